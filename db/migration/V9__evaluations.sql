-- Civil-servant evaluations (DOMAIN §8): rule versions as data, cycles per unit, the four-step
-- workflow, and the discipline decisions that cap a rating.

-- The rules a rating is judged by. Decree 335/2025 from 2026 scores 100 points (general criteria 30
-- + task results 70), monthly, quarterly or annually; Decree 90/2020 as amended by Decree 48/2023
-- rated once a year on criteria, straight into one of the same four levels. Both cap "excellent" at
-- 20% of those rated good or better in a unit. The product's records start in 2023, and so does
-- the older rule set here.
CREATE TABLE evaluation_rule_set (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                     VARCHAR(30)   NOT NULL,
    name                     VARCHAR(300)  NOT NULL,
    valid_from               DATE          NOT NULL,
    valid_to                 DATE          NULL,
    -- Comma-separated MONTHLY, QUARTERLY, ANNUAL: the cycles the rules allow
    frequencies              VARCHAR(50)   NOT NULL,
    -- Points decide the level (and the thresholds below apply); otherwise the level is chosen on criteria
    scored                   BOOLEAN       NOT NULL,
    general_max              DECIMAL(5,2)  NULL,
    task_max                 DECIMAL(5,2)  NULL,
    excellent_min            DECIMAL(5,2)  NULL,
    good_min                 DECIMAL(5,2)  NULL,
    completed_min            DECIMAL(5,2)  NULL,
    -- At most this share of those rated good or better in a unit may be rated excellent
    excellent_quota_percent  INT           NOT NULL,
    -- A discipline decision in the year makes the rating "not completed"
    discipline_caps          BOOLEAN       NOT NULL,
    -- Annual ratings are done before this day of December (90/2020: 15 December); NULL when none
    annual_deadline_day      INT           NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_evaluation_rule_set_code ON evaluation_rule_set (code);

INSERT INTO evaluation_rule_set (code, name, valid_from, valid_to, frequencies, scored, general_max, task_max,
                                 excellent_min, good_min, completed_min, excellent_quota_percent, discipline_caps,
                                 annual_deadline_day) VALUES
    ('ND90-2020', 'Nghị định 90/2020/NĐ-CP, sửa đổi bởi Nghị định 48/2023/NĐ-CP', '2023-01-01', '2025-12-31',
     'ANNUAL', FALSE, NULL, NULL, NULL, NULL, NULL, 20, TRUE, 15),
    ('ND335-2025', 'Nghị định 335/2025/NĐ-CP', '2026-01-01', NULL,
     'MONTHLY,QUARTERLY,ANNUAL', TRUE, 30.00, 70.00, 90.00, 70.00, 50.00, 20, TRUE, NULL);

-- Who proposes an officer's rating: their direct manager.
ALTER TABLE officer ADD COLUMN manager_officer_id BIGINT NULL;
ALTER TABLE officer ADD CONSTRAINT fk_officer_manager FOREIGN KEY (manager_officer_id) REFERENCES officer (id);

-- Discipline decisions (kỷ luật): any in the year caps that year's ratings at "not completed".
CREATE TABLE officer_discipline (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    officer_id       BIGINT        NOT NULL,
    decided_on       DATE          NOT NULL,
    -- REPRIMAND (khiển trách), WARNING (cảnh cáo), SALARY_DEMOTION (hạ bậc lương), DEMOTION (giáng chức),
    -- REMOVAL (cách chức), DISMISSAL (buộc thôi việc)
    form             VARCHAR(20)   NOT NULL,
    decision_number  VARCHAR(50)   NOT NULL,
    note             VARCHAR(1000) NULL,
    created_by       BIGINT        NOT NULL,
    created_at       DATETIME      NOT NULL,
    CONSTRAINT fk_discipline_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
    CONSTRAINT fk_discipline_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_discipline_officer ON officer_discipline (officer_id, decided_on);

-- One rating round of a unit for a period, under the rule set in force on its first day.
CREATE TABLE evaluation_cycle (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id        BIGINT        NOT NULL,
    rule_set_id    BIGINT        NOT NULL,
    -- MONTHLY, QUARTERLY, ANNUAL
    frequency      VARCHAR(10)   NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    -- Officers self-assess by this day; the head approves by approve_deadline
    self_deadline     DATE       NOT NULL,
    approve_deadline  DATE       NOT NULL,
    -- OPEN, CLOSED
    state          VARCHAR(10)   NOT NULL,
    created_by     BIGINT        NOT NULL,
    created_at     DATETIME      NOT NULL,
    CONSTRAINT fk_cycle_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_cycle_rule_set FOREIGN KEY (rule_set_id) REFERENCES evaluation_rule_set (id),
    CONSTRAINT fk_cycle_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_cycle_unit_period ON evaluation_cycle (unit_id, frequency, period_start);

-- One officer's rating in a cycle: what they said of themselves, what their manager proposed, HR's
-- review and the head's approval. Scores are NULL under rules that are not scored.
CREATE TABLE evaluation (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cycle_id           BIGINT        NOT NULL,
    officer_id         BIGINT        NOT NULL,
    -- AWAITING_SELF, SELF_ASSESSED, PROPOSED, REVIEWED, APPROVED (locked); RETURNED_* go back a step
    state              VARCHAR(20)   NOT NULL,
    self_general       DECIMAL(5,2)  NULL,
    self_task          DECIMAL(5,2)  NULL,
    -- EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED
    self_level         VARCHAR(15)   NULL,
    self_comment       VARCHAR(4000) NULL,
    self_at            DATETIME      NULL,
    proposed_general   DECIMAL(5,2)  NULL,
    proposed_task      DECIMAL(5,2)  NULL,
    proposed_level     VARCHAR(15)   NULL,
    proposal_comment   VARCHAR(4000) NULL,
    proposed_by        BIGINT        NULL,
    proposed_at        DATETIME      NULL,
    review_comment     VARCHAR(4000) NULL,
    reviewed_by        BIGINT        NULL,
    reviewed_at        DATETIME      NULL,
    final_level        VARCHAR(15)   NULL,
    final_score        DECIMAL(5,2)  NULL,
    approved_by        BIGINT        NULL,
    approved_at        DATETIME      NULL,
    return_comment     VARCHAR(2000) NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_evaluation_cycle FOREIGN KEY (cycle_id) REFERENCES evaluation_cycle (id),
    CONSTRAINT fk_evaluation_officer FOREIGN KEY (officer_id) REFERENCES officer (id),
    CONSTRAINT fk_evaluation_proposer FOREIGN KEY (proposed_by) REFERENCES app_user (id),
    CONSTRAINT fk_evaluation_reviewer FOREIGN KEY (reviewed_by) REFERENCES app_user (id),
    CONSTRAINT fk_evaluation_approver FOREIGN KEY (approved_by) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_evaluation_cycle_officer ON evaluation (cycle_id, officer_id);
CREATE INDEX ix_evaluation_officer ON evaluation (officer_id);

CREATE TABLE evaluation_step (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    evaluation_id  BIGINT        NOT NULL,
    -- SELF_ASSESSED, PROPOSED, REVIEWED, APPROVED, RETURNED
    action         VARCHAR(20)   NOT NULL,
    user_id        BIGINT        NOT NULL,
    acted_at       DATETIME      NOT NULL,
    comment        VARCHAR(4000) NULL,
    CONSTRAINT fk_evaluation_step_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluation (id),
    CONSTRAINT fk_evaluation_step_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_evaluation_step_evaluation ON evaluation_step (evaluation_id, acted_at);
