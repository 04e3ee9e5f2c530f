-- Open sessions per account (issue 15, own account): what a user sees under "my sessions" and ends with
-- "end all my other sessions". One row per signed-in HTTP session, on whichever node holds it, so every
-- node lists the same sessions. Ending them is app_user.sessions_revoked_at (checked on every request);
-- ended_at only says so in the list. A row whose last_seen_at is older than the session timeout has
-- simply expired.
CREATE TABLE user_session (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id       BIGINT        NOT NULL,
    signed_in_at  DATETIME(3)   NOT NULL,
    -- moved on at most once a minute, so a busy screen does not write on every request
    last_seen_at  DATETIME(3)   NOT NULL,
    client_ip     VARCHAR(45)   NULL,
    -- the browser as it names itself, cut to 255 characters
    user_agent    VARCHAR(255)  NULL,
    -- how it signed in: FORM or OIDC
    method        VARCHAR(10)   NOT NULL,
    ended_at      DATETIME(3)   NULL,
    CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_user_session_open ON user_session (user_id, ended_at, last_seen_at);
