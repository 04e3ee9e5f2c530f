-- Dossier monitoring: the procedure catalogue, officers, dossiers with their step events, and the
-- summary counters that every indicator screen reads instead of scanning dossiers.

-- Where a unit's figures are shown today. Current units report under themselves; a former commune
-- under its primary successor (unit_lineage.is_primary); a former district under the province,
-- because district-level work has no single successor commune (the UI labels that row).
ALTER TABLE admin_unit ADD COLUMN report_unit_id BIGINT NULL;
/* [jooq ignore start] */
UPDATE admin_unit SET report_unit_id = id WHERE valid_to IS NULL;
UPDATE admin_unit u JOIN unit_lineage l ON l.old_unit_id = u.id AND l.is_primary
    SET u.report_unit_id = l.new_unit_id;
UPDATE admin_unit SET report_unit_id = 1 WHERE report_unit_id IS NULL;
/* [jooq ignore stop] */
CREATE INDEX ix_admin_unit_report ON admin_unit (report_unit_id);

-- Where a user's notifications (the daily digest, reminders) are e-mailed, when mail is configured
ALTER TABLE app_user ADD COLUMN email VARCHAR(200) NULL;

-- Lĩnh vực: hộ tịch, chứng thực, đất đai…
CREATE TABLE procedure_field (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(40)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL DEFAULT 0
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_procedure_field_code ON procedure_field (code);

-- Thủ tục hành chính. "procedure" is a reserved word in MariaDB, hence the table name.
CREATE TABLE catalog_procedure (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- National code from the national procedure database, e.g. '1.001612'
    code             VARCHAR(40)   NOT NULL,
    name             VARCHAR(500)  NOT NULL,
    search_name      VARCHAR(500)  NOT NULL,
    field_id         BIGINT        NOT NULL,
    -- PROVINCE, DISTRICT (before July 2025) or COMMUNE
    resolving_level  VARCHAR(20)   NOT NULL,
    statutory_limit  INT           NOT NULL,
    -- The province's reduced limit; NULL when it kept the statutory one
    reduced_limit    INT           NULL,
    -- WORKING_DAY or WORKING_HOUR
    time_unit        VARCHAR(20)   NOT NULL DEFAULT 'WORKING_DAY',
    -- In đồng; NULL or 0 means free of charge
    fee              BIGINT        NULL,
    fully_online     BOOLEAN       NOT NULL DEFAULT FALSE,
    -- "4 tại chỗ": received, appraised, approved and returned on the spot, same day
    same_day         BOOLEAN       NOT NULL DEFAULT FALSE,
    active           BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_procedure_field FOREIGN KEY (field_id) REFERENCES procedure_field (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_catalog_procedure_code ON catalog_procedure (code);
CREATE INDEX ix_catalog_procedure_field ON catalog_procedure (field_id);

-- Civil servants who handle dossiers (cán bộ, công chức).
CREATE TABLE officer (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    full_name      VARCHAR(200) NOT NULL,
    search_name    VARCHAR(200) NOT NULL,
    unit_id        BIGINT       NOT NULL,
    position       VARCHAR(200) NOT NULL,
    -- Works at the one-stop desk (bộ phận một cửa)
    one_stop_desk  BOOLEAN      NOT NULL DEFAULT FALSE,
    active         BOOLEAN      NOT NULL DEFAULT TRUE,
    user_id        BIGINT       NULL,
    CONSTRAINT fk_officer_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_officer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_officer_code ON officer (code);
CREATE INDEX ix_officer_unit ON officer (unit_id);

CREATE TABLE dossier (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(60)  NOT NULL,
    procedure_id        BIGINT       NOT NULL,
    -- The one-stop desk that received it, and the unit that resolves it; both as they were then
    -- (a 2024 dossier names the former commune). Indicators count it under the handling unit.
    receiving_unit_id   BIGINT       NOT NULL,
    handling_unit_id    BIGINT       NOT NULL,
    -- IN_PERSON, ONLINE or POSTAL
    channel             VARCHAR(10)  NOT NULL,
    -- National sync states 1-10 (DOMAIN §4): 1 submitted online … 10 result returned
    state               TINYINT      NOT NULL,
    received_at         DATETIME     NOT NULL,
    -- Ngày hẹn trả as promised to the applicant
    appointment_date    DATE         NOT NULL,
    -- The date timing is judged against: the appointment, moved by supplement requests according
    -- to the configured rule (pause or restart)
    due_date            DATE         NOT NULL,
    resolved_at         DATETIME     NULL,
    returned_at         DATETIME     NULL,
    -- When it left the process for good: resolved, refused, withdrawn or stopped
    finished_at         DATETIME     NULL,
    -- EARLY, ON_TIME or LATE once resolved (by date); NULL otherwise
    timing              VARCHAR(10)  NULL,
    -- Working days past due_date when resolved late
    late_working_days   INT          NULL,
    -- due_date while the dossier is open, NULL once finished: the late-case alerts read this index
    open_due_date       DATE         NULL,
    has_fee             BOOLEAN      NOT NULL DEFAULT FALSE,
    paid_online         BOOLEAN      NOT NULL DEFAULT FALSE,
    digitised           BOOLEAN      NOT NULL DEFAULT FALSE,
    returned_at_home    BOOLEAN      NOT NULL DEFAULT FALSE,
    -- VERY_SATISFIED, SATISFIED or DISSATISFIED; NULL when the applicant did not rate
    rating              VARCHAR(15)  NULL,
    -- Personal data of the applicant: shown only to those who need it
    applicant_name      VARCHAR(200) NOT NULL,
    applicant_phone     VARCHAR(20)  NULL,
    applicant_email     VARCHAR(200) NULL,
    -- The officer who handles (or handled) the main processing step
    handling_officer_id BIGINT       NULL,
    -- Who holds it now (open) or whose step overran (late): derived from the events
    responsible_unit_id    BIGINT    NULL,
    responsible_officer_id BIGINT    NULL,
    responsible_step       VARCHAR(200) NULL,
    updated_at          TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_dossier_procedure FOREIGN KEY (procedure_id) REFERENCES catalog_procedure (id),
    CONSTRAINT fk_dossier_receiving FOREIGN KEY (receiving_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_dossier_handling FOREIGN KEY (handling_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_dossier_officer FOREIGN KEY (handling_officer_id) REFERENCES officer (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_dossier_code ON dossier (code);
CREATE INDEX ix_dossier_handling_received ON dossier (handling_unit_id, received_at);
CREATE INDEX ix_dossier_handling_resolved ON dossier (handling_unit_id, resolved_at);
CREATE INDEX ix_dossier_open_due ON dossier (open_due_date, handling_unit_id);
CREATE INDEX ix_dossier_received ON dossier (received_at);
CREATE INDEX ix_dossier_due ON dossier (due_date);
CREATE INDEX ix_dossier_officer_resolved ON dossier (handling_officer_id, resolved_at);

-- State changes and hand-offs between steps. Each event opens a step held by a unit/officer with
-- its own share of the time (step_due_date); a step that ends after its share owns the lateness.
CREATE TABLE dossier_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id     BIGINT       NOT NULL,
    event_at       DATETIME     NOT NULL,
    -- The dossier's state from this event on
    state          TINYINT      NOT NULL,
    step_name      VARCHAR(200) NOT NULL,
    unit_id        BIGINT       NOT NULL,
    officer_id     BIGINT       NULL,
    step_due_date  DATE         NULL,
    note           VARCHAR(500) NULL,
    -- The sending system's own id for the event, so that a repeated delivery changes nothing
    source_event_id VARCHAR(100) NULL,
    CONSTRAINT fk_dossier_event_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_dossier_event_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_dossier_event_officer FOREIGN KEY (officer_id) REFERENCES officer (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_dossier_event_dossier ON dossier_event (dossier_id, event_at);
CREATE UNIQUE INDEX ux_dossier_event_source ON dossier_event (dossier_id, source_event_id);

-- Summary counters. Each dossier adds to the row of the day (and month) on which each fact
-- happened: reception facts on its received date, resolution facts on its resolved date, finish
-- facts on its finished date, due facts on its due date. Sums over these rows, and cumulative sums
-- for carried-over and overdue counts, give every indicator without touching the dossier table.
-- slice: U = per handling unit, P = per unit and procedure, O = per unit and handling officer;
-- grain: D = day (slice U only), M = month (period_start is the first of the month).
CREATE TABLE dossier_stat (
    slice            CHAR(1)  NOT NULL,
    grain            CHAR(1)  NOT NULL,
    period_start     DATE     NOT NULL,
    unit_id          BIGINT   NOT NULL,
    procedure_id     BIGINT   NOT NULL DEFAULT 0,
    officer_id       BIGINT   NOT NULL DEFAULT 0,
    received         INT      NOT NULL DEFAULT 0,
    received_online  INT      NOT NULL DEFAULT 0,
    received_postal  INT      NOT NULL DEFAULT 0,
    with_fee         INT      NOT NULL DEFAULT 0,
    paid_online      INT      NOT NULL DEFAULT 0,
    resolved         INT      NOT NULL DEFAULT 0,
    resolved_early   INT      NOT NULL DEFAULT 0,
    resolved_on_time INT      NOT NULL DEFAULT 0,
    resolved_late    INT      NOT NULL DEFAULT 0,
    late_days        INT      NOT NULL DEFAULT 0,
    digitised        INT      NOT NULL DEFAULT 0,
    returned_home    INT      NOT NULL DEFAULT 0,
    rated            INT      NOT NULL DEFAULT 0,
    satisfied        INT      NOT NULL DEFAULT 0,
    finished         INT      NOT NULL DEFAULT 0,
    finished_after_due INT    NOT NULL DEFAULT 0,
    due              INT      NOT NULL DEFAULT 0,
    due_met          INT      NOT NULL DEFAULT 0,
    PRIMARY KEY (slice, grain, period_start, unit_id, procedure_id, officer_id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_dossier_stat_unit ON dossier_stat (slice, grain, unit_id, period_start);

-- Settings an administrator may change (the rules DOMAIN leaves open).
CREATE TABLE app_setting (
    name        VARCHAR(100) NOT NULL PRIMARY KEY,
    value       VARCHAR(500) NOT NULL,
    updated_by  VARCHAR(100) NULL,
    updated_at  TIMESTAMP    NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
INSERT INTO app_setting (name, value) VALUES
    ('dossier.due-soon-working-days', '1'),
    ('dossier.supplement-rule', 'PAUSE');

-- Đôn đốc: a leader's reminder to the unit responsible for a late or nearly late dossier.
CREATE TABLE dossier_reminder (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dossier_id   BIGINT        NOT NULL,
    unit_id      BIGINT        NOT NULL,
    officer_id   BIGINT        NULL,
    sent_by      BIGINT        NOT NULL,
    sent_at      DATETIME      NOT NULL,
    message      VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_reminder_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_reminder_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_reminder_user FOREIGN KEY (sent_by) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_reminder_dossier ON dossier_reminder (dossier_id, sent_at);

-- In-app notifications (reminders received, the leaders' daily digest).
CREATE TABLE user_notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT        NOT NULL,
    created_at  DATETIME      NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    body        TEXT          NOT NULL,
    link        VARCHAR(500)  NULL,
    read_at     DATETIME      NULL,
    emailed_at  DATETIME      NULL,
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_notification_user ON user_notification (user_id, created_at);

-- Tokens that an administrator issues for machine access; only a hash is kept. A token acts with
-- the unit scope and roles of the user it belongs to.
CREATE TABLE api_token (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200) NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    user_id       BIGINT       NOT NULL,
    -- READ (indicators API) or INTAKE (one-stop systems sending dossiers)
    purpose       VARCHAR(10)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    DATETIME     NOT NULL,
    revoked_at    DATETIME     NULL,
    last_used_at  DATETIME     NULL,
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_api_token_hash ON api_token (token_hash);
