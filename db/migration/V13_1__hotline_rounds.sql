-- Each round of a hotline report's answer (issue 17). A report is answered in rounds: the first from
-- its reception, one more each time a dissatisfied citizen has it reopened. A round keeps its own
-- deadline, answer, the citizen's word on that answer and the leader's finding, so a reopening never
-- rewrites what an earlier period counted. hotline_report keeps the current round's values for the
-- workflow; the figures read the rounds.
CREATE TABLE hotline_round (
    report_id        BIGINT       NOT NULL,
    -- 1 = as received; 2, 3… after each reopening
    round_no         INT          NOT NULL,
    -- when the round began: the report's reception, or its reopening
    opened_at        DATETIME     NOT NULL,
    due_date         DATE         NOT NULL,
    answered_at      DATETIME     NULL,
    -- SATISFIED, NOT_SATISFIED, NO_RESPONSE, and when the citizen said so
    satisfaction     VARCHAR(15)  NULL,
    satisfaction_at  DATETIME     NULL,
    -- UNFOUNDED, PARTLY_FOUNDED, FOUNDED
    conclusion       VARCHAR(16)  NULL,
    concluded_at     DATETIME     NULL,
    -- when the next round replaced this one (the reopening); NULL for the current round
    reopened_at      DATETIME     NULL,
    PRIMARY KEY (report_id, round_no),
    CONSTRAINT fk_hotline_round_report FOREIGN KEY (report_id) REFERENCES hotline_report (id) ON DELETE CASCADE
) /* [jooq ignore start] */ ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci /* [jooq ignore stop] */;
CREATE INDEX ix_hotline_round_due ON hotline_round (due_date);
CREATE INDEX ix_hotline_round_opened ON hotline_round (opened_at);

/* [jooq ignore start] */
-- The reports' history, each event numbered with the round it belongs to (a REOPENED event opens the
-- round it is numbered with).
CREATE TEMPORARY TABLE hotline_event_round_v13 ENGINE=InnoDB AS
SELECT e.report_id, e.action, e.acted_at, e.details,
       1 + SUM(e.action = 'REOPENED') OVER (PARTITION BY e.report_id ORDER BY e.acted_at, e.id
                                            ROWS UNBOUNDED PRECEDING) AS round_no,
       -- the answer deadline an event states, as the service wrote it (dd/MM/yyyy); NULL when none
       -- (REGEXP_SUBSTR gives '' for no match, which STR_TO_DATE would refuse)
       NULLIF(CASE e.action
           WHEN 'RECEIVED' THEN RIGHT(REGEXP_SUBSTR(e.details, '(?i)hạn trả lời: [0-9]{2}/[0-9]{2}/[0-9]{4}'), 10)
           WHEN 'REOPENED' THEN RIGHT(REGEXP_SUBSTR(e.details, '(?i)hạn trả lời mới: [0-9]{2}/[0-9]{2}/[0-9]{4}'), 10)
           WHEN 'EDITED' THEN RIGHT(REGEXP_SUBSTR(e.details,
                   '(?i)hạn trả lời: [0-9]{2}/[0-9]{2}/[0-9]{4} → [0-9]{2}/[0-9]{2}/[0-9]{4}'), 10)
           WHEN 'ANSWERED' THEN LEFT(RIGHT(REGEXP_SUBSTR(e.details, '(?i)hạn [0-9]{2}/[0-9]{2}/[0-9]{4}\\)'), 11), 10)
       END, '') AS due_text,
       -- the answer's time as written in "Trả lời đúng hạn (hạn …), dd/MM/yyyy HH:mm:"
       NULLIF(CASE WHEN e.action = 'ANSWERED' THEN SUBSTRING(REGEXP_SUBSTR(e.details,
                   '\\), [0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2}'), 4) END, '') AS answered_text
FROM hotline_event e;
ALTER TABLE hotline_event_round_v13 ADD INDEX ix_v13_round (report_id, round_no);

-- Earlier rounds of reopened reports, where the history says enough (the deadline at least)
INSERT INTO hotline_round (report_id, round_no, opened_at, due_date, answered_at, satisfaction, satisfaction_at,
                           conclusion, concluded_at, reopened_at)
SELECT k.report_id, k.round_no,
       CASE WHEN k.round_no = 1 THEN r.received_at
            ELSE (SELECT MIN(o.acted_at) FROM hotline_event_round_v13 o
                  WHERE o.report_id = k.report_id AND o.round_no = k.round_no AND o.action = 'REOPENED') END,
       STR_TO_DATE(k.due_text, '%d/%m/%Y'),
       (SELECT CASE WHEN STR_TO_DATE(a.answered_text, '%d/%m/%Y %H:%i')
                         = DATE_FORMAT(a.acted_at, '%Y-%m-%d %H:%i:00') THEN a.acted_at
                    ELSE COALESCE(STR_TO_DATE(a.answered_text, '%d/%m/%Y %H:%i'), a.acted_at) END
        FROM hotline_event_round_v13 a
        WHERE a.report_id = k.report_id AND a.round_no = k.round_no AND a.action = 'ANSWERED'
        ORDER BY a.acted_at DESC LIMIT 1),
       (SELECT s.details FROM hotline_event_round_v13 s
        WHERE s.report_id = k.report_id AND s.round_no = k.round_no AND s.action = 'SATISFACTION'
        ORDER BY s.acted_at DESC LIMIT 1),
       (SELECT MAX(s.acted_at) FROM hotline_event_round_v13 s
        WHERE s.report_id = k.report_id AND s.round_no = k.round_no AND s.action = 'SATISFACTION'),
       (SELECT SUBSTRING_INDEX(c.details, ' / ', 1) FROM hotline_event_round_v13 c
        WHERE c.report_id = k.report_id AND c.round_no = k.round_no AND c.action = 'CONCLUDED'
        ORDER BY c.acted_at DESC LIMIT 1),
       (SELECT MAX(c.acted_at) FROM hotline_event_round_v13 c
        WHERE c.report_id = k.report_id AND c.round_no = k.round_no AND c.action = 'CONCLUDED'),
       (SELECT MIN(n.acted_at) FROM hotline_event_round_v13 n
        WHERE n.report_id = k.report_id AND n.round_no = k.round_no + 1 AND n.action = 'REOPENED')
FROM (SELECT x.report_id, x.round_no,
             (SELECT d.due_text FROM hotline_event_round_v13 d
              WHERE d.report_id = x.report_id AND d.round_no = x.round_no AND d.due_text IS NOT NULL
              ORDER BY d.acted_at DESC LIMIT 1) AS due_text
      FROM (SELECT DISTINCT report_id, round_no FROM hotline_event_round_v13) x) k
JOIN hotline_report r ON r.id = k.report_id
WHERE k.round_no <= r.reopen_count AND k.due_text IS NOT NULL;

-- The current round of every report, from its row (exact), opened at its last reopening
INSERT INTO hotline_round (report_id, round_no, opened_at, due_date, answered_at, satisfaction, satisfaction_at,
                           conclusion, concluded_at, reopened_at)
SELECT r.id, r.reopen_count + 1,
       CASE WHEN r.reopen_count = 0 THEN r.received_at
            ELSE COALESCE((SELECT MAX(o.acted_at) FROM hotline_event o
                           WHERE o.report_id = r.id AND o.action = 'REOPENED'), r.received_at) END,
       r.due_date, r.answered_at, r.satisfaction,
       CASE WHEN r.satisfaction IS NOT NULL THEN
            COALESCE((SELECT MAX(s.acted_at) FROM hotline_event_round_v13 s
                      WHERE s.report_id = r.id AND s.round_no = r.reopen_count + 1 AND s.action = 'SATISFACTION'),
                     r.concluded_at, r.answered_at, r.updated_at) END,
       r.conclusion, r.concluded_at, NULL
FROM hotline_report r;

DROP TEMPORARY TABLE hotline_event_round_v13;
/* [jooq ignore stop] */
