-- The channel a letter was sent by is a fact of its SENT step, kept typed like apology.channel (a
-- DeliveryChannel name) and worded when shown (issue 19: history as data). Until now the service wrote
-- the channel's name into comment and the screen guessed whether a comment was one; comment now holds
-- only what a user wrote (a return's reason, where it was published). NULL for the other steps.
-- IF NOT EXISTS and the guard on channel let the migration test run this again on old-style rows.
ALTER TABLE apology_step ADD COLUMN IF NOT EXISTS channel VARCHAR(10) NULL;

/* [jooq ignore start] */
UPDATE apology_step SET channel = comment, comment = NULL
WHERE action = 'SENT' AND channel IS NULL AND BINARY comment IN ('DESK', 'EMAIL', 'SMS', 'ZALO', 'POST');
/* [jooq ignore stop] */
