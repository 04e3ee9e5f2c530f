-- Late-risk (issue 21): a cell may hold an officer's step over every procedure they handle (procedure_id
-- NULL, unit_id and officer_id set): on a year of history an officer's own cases of one procedure are often
-- too few for a figure, while all of theirs together show whether they fall behind.
ALTER TABLE late_risk_cell MODIFY procedure_id BIGINT NULL;
