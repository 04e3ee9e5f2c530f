-- What several application nodes on one database share (README: "More than one node").

-- ShedLock's lock rows: a scheduled job (the morning digests) runs on one node per schedule. Times are
-- the database's own (UTC_TIMESTAMP), so the nodes' clocks need not agree. DATETIME rather than
-- TIMESTAMP: a TIMESTAMP column may be given an automatic ON UPDATE, which would move lock_until.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  DATETIME(3)  NOT NULL,
    locked_at   DATETIME(3)  NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;

-- The intake rate limit's token bucket, one row per API token, shared by every node: permits left and
-- when they were last counted, in microseconds of the database's clock. One UPDATE takes a permit.
CREATE TABLE intake_rate_bucket (
    token_id     BIGINT  NOT NULL PRIMARY KEY,
    permits      DOUBLE  NOT NULL,
    refilled_at  BIGINT  NOT NULL,
    CONSTRAINT fk_intake_rate_bucket_token FOREIGN KEY (token_id) REFERENCES api_token (id) ON DELETE CASCADE
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;

-- A counter per cached table, raised in the same transaction as every change to it: a node holding a
-- copy in memory (the working-day calendar) compares it on each use, one primary-key read, and so sees
-- another node's change at once.
CREATE TABLE change_version (
    name     VARCHAR(40)  NOT NULL PRIMARY KEY,
    version  BIGINT       NOT NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
INSERT INTO change_version (name, version) VALUES ('calendar_day', 1);
