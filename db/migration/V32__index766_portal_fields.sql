-- Facts the one-stop systems report for the national portal, so that three of the service index's
-- sub-indicators (Decision 766/QĐ-TTg) become computable here (issue 20):
--   online_level       FULL (toàn trình) or PARTIAL (một phần): the online level the dossier's procedure
--                      was offered at when it was received; NULL when the sending system did not say.
--                      The procedure catalogue's own level is catalog_procedure.fully_online.
--   result_electronic  the result was issued electronically
--   data_reused        already digitised data or documents were reused instead of asked for again
-- Dossiers stored before this version carry NULL / FALSE: they add nothing to the new counters, so
-- the counters below start at 0 and equal a direct count without a backfill (their periods show the
-- new sub-indicators as without data, never as 0%).
ALTER TABLE dossier ADD COLUMN online_level VARCHAR(10) NULL;
ALTER TABLE dossier ADD COLUMN result_electronic BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE dossier ADD COLUMN data_reused BOOLEAN NOT NULL DEFAULT FALSE;

-- The counters (StatCounter order): on the received day, dossiers of a procedure offered fully online
-- and those of them received online; on the resolved day, results issued electronically; on the
-- received day, dossiers that reused digitised data.
ALTER TABLE dossier_stat ADD COLUMN online_eligible INT NOT NULL DEFAULT 0;
ALTER TABLE dossier_stat ADD COLUMN fully_online INT NOT NULL DEFAULT 0;
ALTER TABLE dossier_stat ADD COLUMN result_electronic INT NOT NULL DEFAULT 0;
ALTER TABLE dossier_stat ADD COLUMN data_reused INT NOT NULL DEFAULT 0;

-- The 2022 rule set: V30 measured online services by received online ÷ received "until the
-- procedures' online level is held"; it is now, and so are electronic results and data reuse.
/* [jooq ignore start] */
UPDATE index766_indicator SET measure = 'FULLY_ONLINE' WHERE code = 'RECEIVED_ONLINE'
    AND group_id = (SELECT id FROM index766_group WHERE code = 'ONLINE_SERVICE' AND rule_set_id = 1);
UPDATE index766_indicator SET measure = 'RESULT_ELECTRONIC' WHERE code = 'ELECTRONIC_RESULT'
    AND group_id = (SELECT id FROM index766_group WHERE code = 'DIGITISATION' AND rule_set_id = 1);
UPDATE index766_indicator SET measure = 'DATA_REUSED' WHERE code = 'DATA_REUSED'
    AND group_id = (SELECT id FROM index766_group WHERE code = 'DIGITISATION' AND rule_set_id = 1);
/* [jooq ignore stop] */
