-- Public apologies for late dossiers (DOMAIN §6).

-- due_date while the dossier has not finished by it (open, or finished after it); NULL once it
-- finished in time or was never received. The dossiers that became late in a period are the rows
-- of this index between the period's start and yesterday: what apology compliance counts.
ALTER TABLE dossier ADD COLUMN unmet_due_date DATE NULL AFTER open_due_date;
/* [jooq ignore start] */
UPDATE dossier SET unmet_due_date = due_date
WHERE state NOT IN (1, 3) AND (finished_at IS NULL OR DATE(finished_at) > due_date);
/* [jooq ignore stop] */
CREATE INDEX ix_dossier_unmet_due ON dossier (unmet_due_date, handling_unit_id);

-- One apology per dossier: the new appointment date may be set only once (Decree 61/2018).
CREATE TABLE apology (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id         BIGINT        NOT NULL,
    -- The agency at fault, which apologises and whose head signs
    unit_id            BIGINT        NOT NULL,
    -- DRAFT, RETURNED, APPROVED (signed), SENT, PUBLISHED
    state              VARCHAR(10)   NOT NULL,
    reason             VARCHAR(2000) NOT NULL,
    -- The appointment date the dossier missed (or will miss), as it stood when the draft was made
    original_due_date  DATE          NOT NULL,
    new_due_date       DATE          NOT NULL,
    -- DESK, EMAIL, SMS, ZALO or POST
    channel            VARCHAR(10)   NOT NULL,
    -- Made before the due date because the responsible officer declared the dossier would be late
    declared_late      BOOLEAN       NOT NULL DEFAULT FALSE,
    -- Set when signed: number within the unit and year, the signer, the date it bears, and the
    -- last day it counted as in time under the lead-time rule then in force
    letter_number      VARCHAR(50)   NULL,
    number_year        INT           NULL,
    number_seq         INT           NULL,
    signer_name        VARCHAR(200)  NULL,
    signer_title       VARCHAR(100)  NULL,
    issued_on          DATE          NULL,
    issue_deadline     DATE          NULL,
    sent_at            DATETIME      NULL,
    published_at       DATETIME      NULL,
    published_where    VARCHAR(300)  NULL,
    return_comment     VARCHAR(1000) NULL,
    created_by         BIGINT        NOT NULL,
    created_at         DATETIME      NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_apology_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_apology_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_apology_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_apology_dossier ON apology (dossier_id);
CREATE UNIQUE INDEX ux_apology_number ON apology (unit_id, number_year, number_seq);
CREATE INDEX ix_apology_unit_state ON apology (unit_id, state);

-- Every step of the workflow: who, when, and the comment of a return.
CREATE TABLE apology_step (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    apology_id  BIGINT        NOT NULL,
    -- CREATED, EDITED, RETURNED, APPROVED, SENT, PUBLISHED
    action      VARCHAR(10)   NOT NULL,
    user_id     BIGINT        NOT NULL,
    acted_at    DATETIME      NOT NULL,
    comment     VARCHAR(1000) NULL,
    CONSTRAINT fk_apology_step_apology FOREIGN KEY (apology_id) REFERENCES apology (id),
    CONSTRAINT fk_apology_step_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_apology_step_apology ON apology_step (apology_id, acted_at);

-- Working days before the original appointment date by which an apology counts as in time.
INSERT INTO app_setting (name, value) VALUES ('apology.lead-working-days', '1');
