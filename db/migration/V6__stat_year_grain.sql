-- A year grain for the per-unit slice (period_start = 1 January). The open state needs sums over
-- every day since the first dossier; with years, that is a handful of rows per unit instead of one
-- per month since 2023, and a whole past year is one row per unit.
/* [jooq ignore start] */
INSERT INTO dossier_stat (slice, grain, period_start, unit_id, procedure_id, officer_id,
                          received, received_online, received_postal, with_fee, paid_online, resolved,
                          resolved_early, resolved_on_time, resolved_late, late_days, digitised,
                          returned_home, rated, satisfied, finished, finished_after_due, due, due_met)
SELECT 'U', 'Y', MAKEDATE(YEAR(period_start), 1), unit_id, 0, 0,
       SUM(received), SUM(received_online), SUM(received_postal), SUM(with_fee), SUM(paid_online),
       SUM(resolved), SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late), SUM(late_days),
       SUM(digitised), SUM(returned_home), SUM(rated), SUM(satisfied), SUM(finished),
       SUM(finished_after_due), SUM(due), SUM(due_met)
FROM dossier_stat
WHERE slice = 'U' AND grain = 'M'
GROUP BY unit_id, YEAR(period_start);
/* [jooq ignore stop] */

-- "Due soon" on a past day reads the dossiers due in a few days after it: with the columns it
-- filters on in the index, that read never leaves the index.
CREATE INDEX ix_dossier_due_open ON dossier (due_date, handling_unit_id, received_at, finished_at, state);
DROP INDEX ix_dossier_due ON dossier;
