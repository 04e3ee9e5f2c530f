-- The province's administrative-procedure service index (Decision 766/QĐ-TTg, 2022) kept as data:
-- a versioned rule set, its groups with their maxima and its sub-indicators with maximum, target
-- and how the figure is measured, so a new decision is a new rule set, not new code.
CREATE TABLE index766_rule_set (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code          VARCHAR(30)   NOT NULL,
    name          VARCHAR(300)  NOT NULL,
    -- The legal text the weights and targets come from
    source        VARCHAR(300)  NOT NULL,
    valid_from    DATE          NOT NULL,
    valid_to      DATE          NULL,
    -- The groups' maxima must add up to this
    total_points  DECIMAL(6,2)  NOT NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_index766_rule_set_code ON index766_rule_set (code);

CREATE TABLE index766_group (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    rule_set_id   BIGINT        NOT NULL,
    code          VARCHAR(30)   NOT NULL,
    max_points    DECIMAL(6,2)  NOT NULL,
    sort_order    INT           NOT NULL,
    CONSTRAINT fk_index766_group_rule_set FOREIGN KEY (rule_set_id) REFERENCES index766_rule_set (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_index766_group_code ON index766_group (rule_set_id, code);

CREATE TABLE index766_indicator (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    group_id      BIGINT        NOT NULL,
    code          VARCHAR(40)   NOT NULL,
    max_points    DECIMAL(6,2)  NOT NULL,
    -- The ratio (0..1] that earns the full maximum
    target        DECIMAL(5,4)  NOT NULL,
    -- How the ratio is measured (Measure); NOT_COMPUTABLE when the data is not held here
    measure       VARCHAR(30)   NOT NULL,
    sort_order    INT           NOT NULL,
    CONSTRAINT fk_index766_indicator_group FOREIGN KEY (group_id) REFERENCES index766_group (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_index766_indicator_code ON index766_indicator (group_id, code);

INSERT INTO index766_rule_set (id, code, name, source, valid_from, valid_to, total_points) VALUES
    (1, 'QD766-2022', 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp',
     'Quyết định 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ', '2022-06-23', NULL, 100.00);

INSERT INTO index766_group (id, rule_set_id, code, max_points, sort_order) VALUES
    (1, 1, 'TRANSPARENCY', 18.00, 1),
    (2, 1, 'PROGRESS', 20.00, 2),
    (3, 1, 'ONLINE_SERVICE', 12.00, 3),
    (4, 1, 'ONLINE_PAYMENT', 10.00, 4),
    (5, 1, 'DIGITISATION', 22.00, 5),
    (6, 1, 'SATISFACTION', 18.00, 6);

-- The sub-indicators as publicly described (DOMAIN §5); those our data cannot compute are NOT_COMPUTABLE.
-- Online services uses received online ÷ received until the procedures' online level is held.
INSERT INTO index766_indicator (group_id, code, max_points, target, measure, sort_order) VALUES
    (1, 'PUBLISHED_ON_TIME', 6.00, 1.0000, 'NOT_COMPUTABLE', 1),
    (1, 'UPDATED_ON_TIME', 4.00, 1.0000, 'NOT_COMPUTABLE', 2),
    (1, 'FULL_CONTENT', 2.00, 1.0000, 'NOT_COMPUTABLE', 3),
    (1, 'SYNCHRONISED', 6.00, 1.0000, 'NOT_COMPUTABLE', 4),
    (2, 'RESOLVED_ON_TIME', 20.00, 1.0000, 'RESOLVED_ON_TIME_OF_RECEIVED', 1),
    (3, 'RECEIVED_ONLINE', 12.00, 0.8000, 'RECEIVED_ONLINE', 1),
    (4, 'FEE_PROCEDURES_ON_PORTAL', 2.00, 0.8000, 'NOT_COMPUTABLE', 1),
    (4, 'PROCEDURES_PAID_ONLINE', 2.00, 0.8000, 'NOT_COMPUTABLE', 2),
    (4, 'PAID_ONLINE', 6.00, 1.0000, 'PAID_ONLINE', 3),
    (5, 'ELECTRONIC_RESULT', 6.00, 1.0000, 'NOT_COMPUTABLE', 1),
    (5, 'COMPONENTS_DIGITISED', 4.00, 1.0000, 'RESULTS_DIGITISED', 2),
    (5, 'CERTIFIED_COPIES', 2.00, 1.0000, 'NOT_COMPUTABLE', 3),
    (5, 'DATA_REUSED', 2.00, 1.0000, 'NOT_COMPUTABLE', 4),
    (5, 'RESULTS_TO_DATA_STORE', 4.00, 1.0000, 'NOT_COMPUTABLE', 5),
    (5, 'POPULATION_DB_DOSSIERS', 2.00, 1.0000, 'NOT_COMPUTABLE', 6),
    (5, 'POPULATION_DB_PROCEDURES', 2.00, 1.0000, 'NOT_COMPUTABLE', 7),
    (6, 'CITIZENS_SATISFIED', 6.00, 1.0000, 'CITIZENS_SATISFIED', 1),
    (6, 'HOTLINE_ON_TIME', 6.00, 1.0000, 'HOTLINE_ON_TIME', 2),
    (6, 'HOTLINE_SATISFIED', 6.00, 1.0000, 'HOTLINE_SATISFIED', 3);
