-- Counters for figures at a period's edges (issue 17).
--
-- Outcomes other than a result, each on the day it happened: refused at reception (on the day of the
-- refusal, else the day it was submitted), withdrawn by the applicant, processing stopped.
--
-- Waiting for the applicant's supplement: the clock is stopped from the day a supplement is requested
-- (an event in state 5) until the day of the dossier's next event (the supplement arriving, a
-- withdrawal…), or the day it finished when no event follows. A wait that starts and ends on the same
-- day is not a wait at the end of any day. "Waiting at the end of day D" = wait_start on or before D
-- − wait_end on or before D. wait_due_start/wait_due_end bound the days on which a waiting dossier's
-- due date had passed (from max(start, due date) until the wait ends): those are the dossiers that the
-- counters alone would call overdue at the end of a past day, and that the figures leave out.
ALTER TABLE dossier_stat ADD COLUMN refused INT NOT NULL DEFAULT 0;
ALTER TABLE dossier_stat ADD COLUMN withdrawn INT NOT NULL DEFAULT 0;
ALTER TABLE dossier_stat ADD COLUMN stopped INT NOT NULL DEFAULT 0;
ALTER TABLE dossier_stat ADD COLUMN wait_start INT NOT NULL DEFAULT 0;
ALTER TABLE dossier_stat ADD COLUMN wait_end INT NOT NULL DEFAULT 0;
ALTER TABLE dossier_stat ADD COLUMN wait_due_start INT NOT NULL DEFAULT 0;
ALTER TABLE dossier_stat ADD COLUMN wait_due_end INT NOT NULL DEFAULT 0;

/* [jooq ignore start] */
-- The stored dossiers' contributions to the new counters, one row per fact and day, then summed
-- into every slice and grain the application keeps (StatBatch): U by day, month and year; P and O
-- by month (O only for dossiers with a handling officer).
CREATE TEMPORARY TABLE stat_fact_v13 (
    unit_id        BIGINT NOT NULL,
    procedure_id   BIGINT NOT NULL,
    officer_id     BIGINT NOT NULL,
    day            DATE   NOT NULL,
    refused        INT    NOT NULL DEFAULT 0,
    withdrawn      INT    NOT NULL DEFAULT 0,
    stopped        INT    NOT NULL DEFAULT 0,
    wait_start     INT    NOT NULL DEFAULT 0,
    wait_end       INT    NOT NULL DEFAULT 0,
    wait_due_start INT    NOT NULL DEFAULT 0,
    wait_due_end   INT    NOT NULL DEFAULT 0
) ENGINE=InnoDB;

INSERT INTO stat_fact_v13 (unit_id, procedure_id, officer_id, day, refused)
SELECT handling_unit_id, procedure_id, COALESCE(handling_officer_id, 0), DATE(COALESCE(finished_at, received_at)), 1
FROM dossier WHERE state = 3;
INSERT INTO stat_fact_v13 (unit_id, procedure_id, officer_id, day, withdrawn)
SELECT handling_unit_id, procedure_id, COALESCE(handling_officer_id, 0), DATE(finished_at), 1
FROM dossier WHERE state = 7 AND finished_at IS NOT NULL;
INSERT INTO stat_fact_v13 (unit_id, procedure_id, officer_id, day, stopped)
SELECT handling_unit_id, procedure_id, COALESCE(handling_officer_id, 0), DATE(finished_at), 1
FROM dossier WHERE state = 8 AND finished_at IS NOT NULL;

-- Each wait: from the day of a supplement request to the day of the next event (in event time, then
-- id order), else the day the dossier finished, else still waiting (NULL)
CREATE TEMPORARY TABLE wait_v13 ENGINE=InnoDB AS
SELECT d.handling_unit_id AS unit_id, d.procedure_id, COALESCE(d.handling_officer_id, 0) AS officer_id,
       DATE(w.event_at) AS from_day,
       COALESCE(DATE(w.next_at), DATE(d.finished_at)) AS until_day,
       GREATEST(DATE(w.event_at), d.due_date) AS due_from_day
FROM (SELECT e.dossier_id, e.state, e.event_at,
             LEAD(e.event_at) OVER (PARTITION BY e.dossier_id ORDER BY e.event_at, e.id) AS next_at
      FROM dossier_event e) w
JOIN dossier d ON d.id = w.dossier_id
WHERE w.state = 5 AND d.state NOT IN (1, 3);

INSERT INTO stat_fact_v13 (unit_id, procedure_id, officer_id, day, wait_start)
SELECT unit_id, procedure_id, officer_id, from_day, 1 FROM wait_v13;
INSERT INTO stat_fact_v13 (unit_id, procedure_id, officer_id, day, wait_end)
SELECT unit_id, procedure_id, officer_id, until_day, 1 FROM wait_v13 WHERE until_day IS NOT NULL;
INSERT INTO stat_fact_v13 (unit_id, procedure_id, officer_id, day, wait_due_start)
SELECT unit_id, procedure_id, officer_id, due_from_day, 1 FROM wait_v13
WHERE until_day IS NULL OR due_from_day < until_day;
INSERT INTO stat_fact_v13 (unit_id, procedure_id, officer_id, day, wait_due_end)
SELECT unit_id, procedure_id, officer_id, until_day, 1 FROM wait_v13
WHERE until_day IS NOT NULL AND due_from_day < until_day;

INSERT INTO dossier_stat (slice, grain, period_start, unit_id, procedure_id, officer_id, refused, withdrawn,
                          stopped, wait_start, wait_end, wait_due_start, wait_due_end)
SELECT 'U', 'D', day, unit_id, 0, 0, SUM(refused), SUM(withdrawn), SUM(stopped), SUM(wait_start),
       SUM(wait_end), SUM(wait_due_start), SUM(wait_due_end)
FROM stat_fact_v13 GROUP BY day, unit_id
ON DUPLICATE KEY UPDATE refused = VALUES(refused), withdrawn = VALUES(withdrawn), stopped = VALUES(stopped),
    wait_start = VALUES(wait_start), wait_end = VALUES(wait_end), wait_due_start = VALUES(wait_due_start),
    wait_due_end = VALUES(wait_due_end);

INSERT INTO dossier_stat (slice, grain, period_start, unit_id, procedure_id, officer_id, refused, withdrawn,
                          stopped, wait_start, wait_end, wait_due_start, wait_due_end)
SELECT 'U', 'M', DATE_FORMAT(day, '%Y-%m-01'), unit_id, 0, 0, SUM(refused), SUM(withdrawn), SUM(stopped),
       SUM(wait_start), SUM(wait_end), SUM(wait_due_start), SUM(wait_due_end)
FROM stat_fact_v13 GROUP BY DATE_FORMAT(day, '%Y-%m-01'), unit_id
ON DUPLICATE KEY UPDATE refused = VALUES(refused), withdrawn = VALUES(withdrawn), stopped = VALUES(stopped),
    wait_start = VALUES(wait_start), wait_end = VALUES(wait_end), wait_due_start = VALUES(wait_due_start),
    wait_due_end = VALUES(wait_due_end);

INSERT INTO dossier_stat (slice, grain, period_start, unit_id, procedure_id, officer_id, refused, withdrawn,
                          stopped, wait_start, wait_end, wait_due_start, wait_due_end)
SELECT 'U', 'Y', MAKEDATE(YEAR(day), 1), unit_id, 0, 0, SUM(refused), SUM(withdrawn), SUM(stopped),
       SUM(wait_start), SUM(wait_end), SUM(wait_due_start), SUM(wait_due_end)
FROM stat_fact_v13 GROUP BY MAKEDATE(YEAR(day), 1), unit_id
ON DUPLICATE KEY UPDATE refused = VALUES(refused), withdrawn = VALUES(withdrawn), stopped = VALUES(stopped),
    wait_start = VALUES(wait_start), wait_end = VALUES(wait_end), wait_due_start = VALUES(wait_due_start),
    wait_due_end = VALUES(wait_due_end);

INSERT INTO dossier_stat (slice, grain, period_start, unit_id, procedure_id, officer_id, refused, withdrawn,
                          stopped, wait_start, wait_end, wait_due_start, wait_due_end)
SELECT 'P', 'M', DATE_FORMAT(day, '%Y-%m-01'), unit_id, procedure_id, 0, SUM(refused), SUM(withdrawn),
       SUM(stopped), SUM(wait_start), SUM(wait_end), SUM(wait_due_start), SUM(wait_due_end)
FROM stat_fact_v13 GROUP BY DATE_FORMAT(day, '%Y-%m-01'), unit_id, procedure_id
ON DUPLICATE KEY UPDATE refused = VALUES(refused), withdrawn = VALUES(withdrawn), stopped = VALUES(stopped),
    wait_start = VALUES(wait_start), wait_end = VALUES(wait_end), wait_due_start = VALUES(wait_due_start),
    wait_due_end = VALUES(wait_due_end);

INSERT INTO dossier_stat (slice, grain, period_start, unit_id, procedure_id, officer_id, refused, withdrawn,
                          stopped, wait_start, wait_end, wait_due_start, wait_due_end)
SELECT 'O', 'M', DATE_FORMAT(day, '%Y-%m-01'), unit_id, 0, officer_id, SUM(refused), SUM(withdrawn),
       SUM(stopped), SUM(wait_start), SUM(wait_end), SUM(wait_due_start), SUM(wait_due_end)
FROM stat_fact_v13 WHERE officer_id <> 0 GROUP BY DATE_FORMAT(day, '%Y-%m-01'), unit_id, officer_id
ON DUPLICATE KEY UPDATE refused = VALUES(refused), withdrawn = VALUES(withdrawn), stopped = VALUES(stopped),
    wait_start = VALUES(wait_start), wait_end = VALUES(wait_end), wait_due_start = VALUES(wait_due_start),
    wait_due_end = VALUES(wait_due_end);

DROP TEMPORARY TABLE wait_v13;
DROP TEMPORARY TABLE stat_fact_v13;
/* [jooq ignore stop] */
