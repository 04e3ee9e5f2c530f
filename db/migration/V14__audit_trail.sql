-- The audit trail (issue 15): who did what, when, from where, to which object, with the state before
-- and after as data. Append-only: the application has an insert path and read paths, nothing else.
CREATE TABLE audit_entry (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(3)   NOT NULL,
    -- the acting account; NULL when there is none (a failed sign-in under an unknown name)
    actor_id      BIGINT        NULL,
    -- the name the actor used, kept as written at the time (accounts are renamed or removed later)
    actor_name    VARCHAR(100)  NULL,
    client_ip     VARCHAR(45)   NULL,
    -- AuditAction
    action        VARCHAR(40)   NOT NULL,
    -- what it was done to: ACCOUNT, API_TOKEN, HOTLINE_REPORT, EXPORT, SETTING, CALENDAR_DAY…
    object_type   VARCHAR(30)   NULL,
    object_id     VARCHAR(100)  NULL,
    -- the unit the entry belongs to, for scoping the audit view: the object's unit where it has one,
    -- else the actor's
    unit_id       BIGINT        NULL,
    -- JSON objects of the changed fields only; NULL where the action changes nothing
    before_state  TEXT          NULL,
    after_state   TEXT          NULL
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor_id, occurred_at);
CREATE INDEX ix_audit_entry_unit ON audit_entry (unit_id, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
