-- A manager's proposal made after the self-assessment deadline without the officer's own rating is a
-- fact of that step, worded when shown in the reader's language. It was written as a Vietnamese
-- sentence in front of the comment; those rows become the flag and keep only the manager's words.
ALTER TABLE evaluation_step ADD COLUMN without_self BOOLEAN NOT NULL DEFAULT FALSE;

/* [jooq ignore start] */
UPDATE evaluation_step
SET without_self = TRUE,
    comment = NULLIF(TRIM(LEADING '\n' FROM SUBSTRING(comment, CHAR_LENGTH('Không tự đánh giá trong hạn.') + 1)), '')
WHERE action = 'PROPOSED' AND comment LIKE 'Không tự đánh giá trong hạn.%';
/* [jooq ignore stop] */
