-- Whether a dossier waits for the applicant now: it has not finished and its latest event (by time,
-- then by id) is a supplement request (state 5). It is derived when the dossier is written, like
-- open_due_date, so that the figures of the running period and the late-case alerts read one column
-- instead of each open dossier's latest event (issue 18, item 7: at 5 million dossiers that look-up
-- cost hundreds of milliseconds per breakdown). A past day's waits are still read from the events.
ALTER TABLE dossier ADD COLUMN waiting_now BOOLEAN NOT NULL DEFAULT FALSE;

/* [jooq ignore start] */
UPDATE dossier d SET d.waiting_now = TRUE
WHERE d.finished_at IS NULL
  AND (SELECT e.state FROM dossier_event e WHERE e.dossier_id = d.id
       ORDER BY e.event_at DESC, e.id DESC LIMIT 1) = 5;
/* [jooq ignore stop] */

-- The alerts' and the open figures' range over the open due dates, now answered from the index alone
DROP INDEX ix_dossier_open_due ON dossier;
CREATE INDEX ix_dossier_open_due ON dossier (open_due_date, handling_unit_id, waiting_now);

-- The apology compliance of a period reads the dossiers whose due date passed unmet in it: with the
-- flag and the finish time in the index it needs no dossier row (860 rows read 2,586 pages, 4 of the
-- query's 6 ms, for the running year at 5 million dossiers)
DROP INDEX ix_dossier_unmet_due ON dossier;
CREATE INDEX ix_dossier_unmet_due ON dossier (unmet_due_date, handling_unit_id, waiting_now, finished_at);
