-- One row, written by every application node on the primary each second when a replica is configured,
-- and read back on the replica: how far behind the replica is, in the primary's own time.
CREATE TABLE replication_heartbeat (
    id    TINYINT      NOT NULL PRIMARY KEY,
    beat  DATETIME(6)  NOT NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
