-- Late-risk early warning (issue 21): the model's parameters and today's scores, both rebuilt by the
-- nightly job (LateRiskJob) from the dossier events of the 12 months before the day.

-- One cell of the model: a step of a procedure, over the dossiers resolved in the window. unit_id and
-- officer_id NULL: all units (or all officers of the unit). Durations are in working days.
CREATE TABLE late_risk_cell (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    procedure_id    BIGINT        NOT NULL,
    step_name       VARCHAR(200)  NOT NULL,
    unit_id         BIGINT        NULL,
    officer_id      BIGINT        NULL,
    -- the day the cell was trained for; the window is [window_from, trained_for)
    trained_for     DATE          NOT NULL,
    window_from     DATE          NOT NULL,
    cases           INT           NOT NULL,
    -- the median working days the step itself took (what the reason quotes)
    step_median     INT           NOT NULL,
    -- per working days left L = 0, 1, 2, ... (comma-separated; the last count holds every larger L): the
    -- mornings a past dossier spent in the step with L days left, and those of them that ended late
    mornings_histogram VARCHAR(2000) NOT NULL,
    late_histogram  VARCHAR(2000) NOT NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_late_risk_cell_key ON late_risk_cell (procedure_id, step_name, unit_id, officer_id);

-- The score of each open dossier as of scored_at, with the reason's parameters (worded when shown).
-- probability NULL: the step has too little history for a figure. Derived data, replaced whole each night:
-- no foreign key, so that removing dossiers (a correction, a failed demo load) need not know of it; the
-- readers join the dossier.
CREATE TABLE late_risk_score (
    dossier_id      BIGINT        NOT NULL PRIMARY KEY,
    probability     DECIMAL(5,4)  NULL,
    step_name       VARCHAR(200)  NOT NULL,
    -- ALL, UNIT or OFFICER: which cell the figure came from; NULL without one
    basis           VARCHAR(10)   NULL,
    cases           INT           NOT NULL DEFAULT 0,
    typical_days    INT           NULL,
    days_in_step    INT           NOT NULL,
    days_left       INT           NOT NULL,
    scored_for      DATE          NOT NULL,
    scored_at       DATETIME      NOT NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_late_risk_score_probability ON late_risk_score (probability, dossier_id);

INSERT INTO app_setting (name, value) VALUES
    ('risk.threshold', '0.5'),
    ('risk.min-cases', '20');
