-- The hotline complaint log (đường dây nóng, DOMAIN §7).

-- One report from a citizen. The reporter's identity lives only in the reporter_* columns and is
-- read only by the service that masks it (or reveals it, logged, to those allowed to see it).
CREATE TABLE hotline_report (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- 'PA-2026-00042': number within the year, shown to the citizen and on every screen
    code              VARCHAR(20)   NOT NULL,
    report_year       INT           NOT NULL,
    report_seq        INT           NOT NULL,
    -- PHONE, SMS, ZALO, EMAIL, FIELD_APP, IN_PERSON, MAILBOX
    channel           VARCHAR(12)   NOT NULL,
    received_at       DATETIME      NOT NULL,
    anonymous         BOOLEAN       NOT NULL DEFAULT FALSE,
    reporter_name     VARCHAR(200)  NULL,
    -- Normalised to the national form, '0912345678', so the duplicate hint can match it
    reporter_phone    VARCHAR(20)   NULL,
    reporter_email    VARCHAR(200)  NULL,
    -- ATTITUDE, LATE_DOSSIER, PROCEDURE_QUESTION, FACILITIES, COMPLAINT, DENUNCIATION, OUT_OF_SCOPE
    category          VARCHAR(20)   NOT NULL,
    -- The unit the report concerns: it decides who sees the report and where it counts
    unit_id           BIGINT        NOT NULL,
    officer_id        BIGINT        NULL,
    dossier_id        BIGINT        NULL,
    description       VARCHAR(5000) NOT NULL,
    -- RECEIVED, ASSIGNED, VERIFYING, ANSWERED, CONCLUDED, CLOSED
    state             VARCHAR(12)   NOT NULL,
    -- Forward (assign) by the end of this working day; answer the citizen by due_date. Both are
    -- fixed from the category's setting when the report is received (or reopened).
    assign_due_date   DATE          NOT NULL,
    due_date          DATE          NOT NULL,
    assigned_unit_id  BIGINT        NULL,
    assignee_id       BIGINT        NULL,
    assigned_at       DATETIME      NULL,
    answer_text       VARCHAR(4000) NULL,
    answer_channel    VARCHAR(12)   NULL,
    answered_at       DATETIME      NULL,
    answered_by       BIGINT        NULL,
    -- SATISFIED, NOT_SATISFIED, NO_RESPONSE
    satisfaction      VARCHAR(15)   NULL,
    -- UNFOUNDED, PARTLY_FOUNDED, FOUNDED, and what follows for the officer: NONE, REMINDER, REVIEW, DISCIPLINE
    conclusion        VARCHAR(16)   NULL,
    officer_action    VARCHAR(12)   NULL,
    conclusion_note   VARCHAR(2000) NULL,
    concluded_by      BIGINT        NULL,
    concluded_at      DATETIME      NULL,
    closed_at         DATETIME      NULL,
    reopen_count      INT           NOT NULL DEFAULT 0,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME      NOT NULL,
    updated_by        BIGINT        NOT NULL,
    updated_at        DATETIME      NOT NULL,
    -- Optimistic lock: a save names the version it read, and a stale one is refused
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_hotline_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_hotline_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
    CONSTRAINT fk_hotline_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id),
    CONSTRAINT fk_hotline_assigned_unit FOREIGN KEY (assigned_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_hotline_assignee FOREIGN KEY (assignee_id) REFERENCES app_user (id),
    CONSTRAINT fk_hotline_answered_by FOREIGN KEY (answered_by) REFERENCES app_user (id),
    CONSTRAINT fk_hotline_concluded_by FOREIGN KEY (concluded_by) REFERENCES app_user (id),
    CONSTRAINT fk_hotline_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_hotline_updater FOREIGN KEY (updated_by) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_hotline_code ON hotline_report (code);
CREATE UNIQUE INDEX ux_hotline_number ON hotline_report (report_year, report_seq);
CREATE INDEX ix_hotline_unit_received ON hotline_report (unit_id, received_at);
CREATE INDEX ix_hotline_received ON hotline_report (received_at);
CREATE INDEX ix_hotline_state_due ON hotline_report (state, due_date);
CREATE INDEX ix_hotline_assignee ON hotline_report (assignee_id, state);
CREATE INDEX ix_hotline_phone ON hotline_report (reporter_phone, received_at);
CREATE INDEX ix_hotline_dossier ON hotline_report (dossier_id);
CREATE INDEX ix_hotline_officer ON hotline_report (officer_id);

-- The report's history: every change (who, when, what), verification notes, reveals of identity.
CREATE TABLE hotline_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id   BIGINT        NOT NULL,
    -- RECEIVED, EDITED, ASSIGNED, NOTE, ANSWERED, SATISFACTION, CONCLUDED, CLOSED, REOPENED, ATTACHED
    action      VARCHAR(12)   NOT NULL,
    user_id     BIGINT        NOT NULL,
    acted_at    DATETIME      NOT NULL,
    -- What changed, one "field: before → after" per line, or the note's text
    details     VARCHAR(5000) NULL,
    CONSTRAINT fk_hotline_event_report FOREIGN KEY (report_id) REFERENCES hotline_report (id),
    CONSTRAINT fk_hotline_event_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_hotline_event_report ON hotline_event (report_id, acted_at);

-- Files the citizen sent (photos, recordings, documents). Kept in the database so they are backed
-- up, restored and deleted together with the report they belong to.
CREATE TABLE hotline_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       LONGBLOB      NOT NULL,
    uploaded_by   BIGINT        NOT NULL,
    uploaded_at   DATETIME      NOT NULL,
    CONSTRAINT fk_hotline_attachment_report FOREIGN KEY (report_id) REFERENCES hotline_report (id),
    CONSTRAINT fk_hotline_attachment_user FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_hotline_attachment_report ON hotline_attachment (report_id);

-- Every time someone was shown a reporter's identity in full.
CREATE TABLE hotline_reveal (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id    BIGINT        NOT NULL,
    user_id      BIGINT        NOT NULL,
    revealed_at  DATETIME      NOT NULL,
    purpose      VARCHAR(300)  NOT NULL,
    CONSTRAINT fk_hotline_reveal_report FOREIGN KEY (report_id) REFERENCES hotline_report (id),
    CONSTRAINT fk_hotline_reveal_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_hotline_reveal_report ON hotline_reveal (report_id, revealed_at);

-- Answer deadlines in working days per category: 5 as in Hồ Chí Minh City's 1022 for service
-- reports; 30 for formal complaints and denunciations (Law on Complaints, Law on Denunciation).
-- Days after which a report with the same phone or dossier no longer hints at a duplicate.
INSERT INTO app_setting (name, value) VALUES
    ('hotline.deadline.ATTITUDE', '5'),
    ('hotline.deadline.LATE_DOSSIER', '5'),
    ('hotline.deadline.PROCEDURE_QUESTION', '5'),
    ('hotline.deadline.FACILITIES', '5'),
    ('hotline.deadline.COMPLAINT', '30'),
    ('hotline.deadline.DENUNCIATION', '30'),
    ('hotline.deadline.OUT_OF_SCOPE', '5'),
    ('hotline.duplicate-days', '30');
