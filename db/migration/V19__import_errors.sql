-- The errors of a refused import or API batch, kept as data (key and arguments, translated when shown) so
-- the import history can open them: the history line's message holds only the first few.
CREATE TABLE import_error (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    run_id      BIGINT        NOT NULL,
    -- order within the run: file-level problems first, then row errors as found
    position    INT           NOT NULL,
    -- the record type of an API batch ("dossier", "event"); null for a file
    record_kind VARCHAR(20)   NULL,
    -- the data row (file) or the record's index (API); null for a problem with the whole file
    row_index   INT           NULL,
    field       VARCHAR(100)  NULL,
    message_key VARCHAR(100)  NOT NULL,
    -- the message's arguments as a JSON array of strings
    args        VARCHAR(2000) NOT NULL,
    -- the errors go with their run (tests and any clean-up delete runs)
    CONSTRAINT fk_import_error_run FOREIGN KEY (run_id) REFERENCES import_run (id) ON DELETE CASCADE
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_import_error_run ON import_error (run_id, position);
