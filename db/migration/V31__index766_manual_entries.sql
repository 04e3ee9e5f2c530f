-- Figures of the service index that this system cannot compute (procedures published on time on the
-- national portal, dossiers synchronised to it, electronic certified copies, ...), entered by hand per
-- unit and period by an administrator, with a note saying where the figure comes from. One entry per
-- unit, period and sub-indicator: a correction replaces it, and the audit trail keeps what it replaced
-- (INDEX_FIGURE_ENTERED, before and after), so the history is not lost.
CREATE TABLE index766_manual_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id         BIGINT        NOT NULL,
    -- MONTH, QUARTER or YEAR (PeriodKind); the period is the one of that kind starting on period_start
    period_kind     VARCHAR(10)   NOT NULL,
    period_start    DATE          NOT NULL,
    -- index766_indicator.code of a NOT_COMPUTABLE sub-indicator of the rule set in force
    indicator_code  VARCHAR(40)   NOT NULL,
    -- Either a percentage (0..100) or the counts behind it (numerator <= denominator, denominator > 0)
    percent         DECIMAL(5,2)  NULL,
    numerator       BIGINT        NULL,
    denominator     BIGINT        NULL,
    -- Where the figure comes from (the national portal's report of ..., a letter of ...): required
    note            VARCHAR(500)  NOT NULL,
    entered_by      VARCHAR(100)  NOT NULL,
    entered_at      TIMESTAMP     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT fk_index766_entry_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_index766_entry ON index766_manual_entry (unit_id, period_kind, period_start, indicator_code);
CREATE INDEX ix_index766_entry_period ON index766_manual_entry (period_kind, period_start);
