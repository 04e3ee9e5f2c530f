-- A report's history keeps facts as data, worded only when shown (in the reader's language). Until
-- now the service wrote Vietnamese sentences ("Loại: ATTITUDE → COMPLAINT") and the screen read them
-- back with patterns, so any rewording broke the screen and English readers got Vietnamese.
-- hotline_event.details now holds only what a user typed (a note, an answer, a reason).
CREATE TABLE hotline_event_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    event_id    BIGINT        NOT NULL,
    -- CATEGORY, DUE_DATE, ASSIGN_DUE_DATE, UNIT, OFFICER, DOSSIER, HANDLING_UNIT, INSPECTOR,
    -- ANSWERED_AT, SATISFACTION, CONCLUSION, OFFICER_ACTION
    field       VARCHAR(20)   NOT NULL,
    -- Raw values: enum names, ISO dates (yyyy-MM-dd) and times (yyyy-MM-ddTHH:mm[:ss]), names and
    -- codes as they were when it happened (units are renamed and merged later); NULL = none
    from_value  VARCHAR(500)  NULL,
    to_value    VARCHAR(500)  NULL,
    -- Cascade: the facts are part of their event, and go with it (demo reload, test clean-ups)
    CONSTRAINT fk_hotline_event_change_event FOREIGN KEY (event_id) REFERENCES hotline_event (id) ON DELETE CASCADE
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_hotline_event_change_event ON hotline_event_change (event_id, id);

-- Notifications likewise: what one says is kept as data (JSON: a title and lines as translation keys
-- with raw values, and the words a user wrote), worded when read in the reader's language. Title and
-- body stay for the notifications written before, shown as they are: they are short-lived messages,
-- mostly digests whose many lines are not worth reading back, so they are not converted.
ALTER TABLE user_notification ADD COLUMN content TEXT NULL;
ALTER TABLE user_notification MODIFY title VARCHAR(300) NULL;
ALTER TABLE user_notification MODIFY body TEXT NULL;
