-- Core reference tables: administrative units across the July 2025 reorganisation, their lineage,
-- the working-day calendar and the application's users.
-- Plain MariaDB DDL that jOOQ's DDLDatabase also parses: no inline KEY clauses, indexes separately.

CREATE TABLE admin_unit (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    -- National code (2 digits province, 3 district, 5 commune) or an internal code for agencies.
    -- Codes are reused across the reorganisation, so (code, valid_from) is the identity over time.
    code          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    -- Lower-case name without diacritics ("phuong an xuyen"), for searching without accents
    search_name   VARCHAR(200) NOT NULL,
    -- PROVINCE, DISTRICT, COMMUNE or AGENCY
    unit_level    VARCHAR(20)  NOT NULL,
    -- The unit's own word for its kind: Tỉnh, Thành phố, Huyện, Thị xã, Xã, Phường, Thị trấn, Sở, Trung tâm…
    kind_label    VARCHAR(50)  NOT NULL,
    parent_id     BIGINT       NULL,
    -- Materialised path of ids, '/1/17/230/': a user's scope is every unit whose path starts with theirs
    path          VARCHAR(255) NOT NULL,
    valid_from    DATE         NULL,
    valid_to      DATE         NULL,
    -- For former units: the province they belonged to before 1 July 2025 (95 Bạc Liêu, 96 Cà Mau)
    former_province_code VARCHAR(2) NULL,
    former_province_name VARCHAR(100) NULL,
    sort_order    INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_admin_unit_parent FOREIGN KEY (parent_id) REFERENCES admin_unit (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_admin_unit_code_from ON admin_unit (code, valid_from);
CREATE INDEX ix_admin_unit_parent ON admin_unit (parent_id);
CREATE INDEX ix_admin_unit_path ON admin_unit (path);
CREATE INDEX ix_admin_unit_search ON admin_unit (search_name);

-- Old unit -> new unit. A split (PARTIAL) unit has several rows; exactly one of them is marked
-- primary: that is where its history is shown, and primary_rule says why (so the UI can say so).
CREATE TABLE unit_lineage (
    old_unit_id   BIGINT      NOT NULL,
    new_unit_id   BIGINT      NOT NULL,
    merge_type    VARCHAR(10) NOT NULL,
    is_primary    BOOLEAN     NOT NULL,
    -- ONLY_SUCCESSOR, KEPT_CODE or FIRST_LISTED
    primary_rule  VARCHAR(20) NOT NULL,
    PRIMARY KEY (old_unit_id, new_unit_id),
    CONSTRAINT fk_lineage_old FOREIGN KEY (old_unit_id) REFERENCES admin_unit (id),
    CONSTRAINT fk_lineage_new FOREIGN KEY (new_unit_id) REFERENCES admin_unit (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_lineage_new ON unit_lineage (new_unit_id);

-- Exceptions to the Monday-Friday week: days off (holidays, Tết, compensatory days) and
-- Saturdays worked in exchange. Announced by the government each year, edited by administrators.
CREATE TABLE calendar_day (
    day           DATE         NOT NULL PRIMARY KEY,
    -- DAY_OFF or WORKING_SATURDAY
    kind          VARCHAR(20)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    -- HIGH, MEDIUM, LOW: how sure the source is (a LOW day wants checking against the official notice)
    confidence    VARCHAR(10)  NOT NULL DEFAULT 'HIGH',
    updated_by    VARCHAR(100) NULL,
    updated_at    TIMESTAMP    NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;

CREATE TABLE app_user (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username         VARCHAR(100) NOT NULL,
    -- Spring Security's delegating format, '{bcrypt}$2a$12$…'
    password_hash    VARCHAR(200) NOT NULL,
    full_name        VARCHAR(200) NOT NULL,
    unit_id          BIGINT       NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP    NULL,
    locale           VARCHAR(10)  NOT NULL DEFAULT 'vi',
    created_at       TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_login_at    TIMESTAMP    NULL,
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES admin_unit (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE UNIQUE INDEX ux_app_user_username ON app_user (username);

CREATE TABLE app_user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
