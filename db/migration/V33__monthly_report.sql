-- The monthly (or quarterly) report on the resolution of administrative procedures (issue 20): written
-- by the job on the first working day of a month or by a leader on demand, kept as the documents it
-- produced (PDF and DOCX, a few hundred kilobytes each, in the database like hotline attachments, so
-- every node serves them), with the day its figures stand at and who or what made it.
CREATE TABLE monthly_report (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT        NOT NULL,
    -- MONTH or QUARTER (PeriodKind)
    period_kind      VARCHAR(10)   NOT NULL,
    period_start     DATE          NOT NULL,
    period_end       DATE          NOT NULL,
    -- "Số: 3/BC-96": the unit's reports of the year counted up
    number           VARCHAR(40)   NOT NULL,
    generated_at     DATETIME      NOT NULL,
    -- The day the figures stand at: the period's last day, or the day of writing while it runs
    figures_as_of    DATE          NOT NULL,
    -- The user who asked for it, or NULL when the monthly job wrote it (generated_by_job names the job)
    generated_by     BIGINT        NULL,
    generated_by_job VARCHAR(60)   NULL,
    pdf              LONGBLOB      NOT NULL,
    docx             LONGBLOB      NOT NULL,
    -- When it was e-mailed to the unit's leaders (NULL: not mailed, no SMTP or nobody to mail)
    mailed_at        DATETIME      NULL,
    CONSTRAINT fk_monthly_report_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_monthly_report_user FOREIGN KEY (generated_by) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_monthly_report_unit ON monthly_report (unit_id, period_start, generated_at);
