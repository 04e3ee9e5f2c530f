-- Intake from the one-stop systems (the API) and administrators' file imports.

-- The sending system's own time of the snapshot a dossier was last written from. A snapshot older
-- than the stored one arrived late and changes nothing; events newer than it move the state on.
-- NULL for dossiers written here (the demo data, older imports).
ALTER TABLE dossier ADD COLUMN source_updated_at DATETIME NULL;

-- Every batch that arrived through the API and every file an administrator imported: who, when,
-- what, how many rows, and the result. Refused batches are recorded too (outside the refused
-- transaction), so the IT centre can see what its systems sent and why it was refused.
CREATE TABLE import_run (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- API (a one-stop system's batch) or FILE (an administrator's upload)
    source          VARCHAR(10)   NOT NULL,
    -- DOSSIERS, PROCEDURES or OFFICERS
    kind            VARCHAR(20)   NOT NULL,
    -- The uploaded file's name; the token's name for an API batch
    file_name       VARCHAR(255)  NULL,
    user_id         BIGINT        NULL,
    username        VARCHAR(100)  NOT NULL,
    token_id        BIGINT        NULL,
    started_at      DATETIME(3)   NOT NULL,
    finished_at     DATETIME(3)   NULL,
    -- Records in the batch or data rows in the file
    row_count       INT           NOT NULL DEFAULT 0,
    created_count   INT           NOT NULL DEFAULT 0,
    updated_count   INT           NOT NULL DEFAULT 0,
    unchanged_count INT           NOT NULL DEFAULT 0,
    error_count     INT           NOT NULL DEFAULT 0,
    -- RUNNING, SUCCEEDED, REFUSED (invalid rows: nothing stored) or FAILED (an error of ours: nothing stored)
    result          VARCHAR(10)   NOT NULL,
    -- The first errors, or what failed, for the history list
    message         VARCHAR(2000) NULL,
    CONSTRAINT fk_import_run_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_import_run_token FOREIGN KEY (token_id) REFERENCES api_token (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_import_run_started ON import_run (started_at);
