-- Existing hotline history entries become data (hotline_event_change, made by V27): the sentences the
-- service wrote are read once here. An entry is converted only when all of its generated text is
-- understood; any other entry keeps its text, which the screen then shows as it is (as before, only
-- without the enum labels). Entries that already have facts are left alone, so running this twice
-- changes nothing (the migration test runs it again on old-style rows).
/* [jooq ignore start] */

-- EDITED: one "Field: before → after" per line, values as enum names, dd/MM/yyyy dates, names, or "—"
CREATE TEMPORARY TABLE v22_line ENGINE=InnoDB AS
SELECT e.id AS event_id, n.n AS line_no,
       SUBSTRING_INDEX(SUBSTRING_INDEX(e.details, '\n', n.n), '\n', -1) AS line
FROM hotline_event e
JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5
      UNION ALL SELECT 6) n
  ON n.n <= 1 + CHAR_LENGTH(e.details) - CHAR_LENGTH(REPLACE(e.details, '\n', ''))
WHERE e.action = 'EDITED' AND e.details IS NOT NULL AND e.details <> '' AND NOT EXISTS (SELECT 1 FROM hotline_event_change c WHERE c.event_id = e.id);

CREATE TEMPORARY TABLE v22_edit ENGINE=InnoDB AS
SELECT l.event_id, l.line_no,
       CASE WHEN l.line REGEXP BINARY '^Loại: [A-Z_]+ → [A-Z_]+$' THEN 'CATEGORY'
            WHEN l.line REGEXP BINARY '^Hạn trả lời: [0-9]{2}/[0-9]{2}/[0-9]{4} → [0-9]{2}/[0-9]{2}/[0-9]{4}$'
                THEN 'DUE_DATE'
            WHEN l.line REGEXP BINARY '^Đơn vị: .+ → .+$' THEN 'UNIT'
            WHEN l.line REGEXP BINARY '^Cán bộ: .+ → .+$' THEN 'OFFICER'
            WHEN l.line REGEXP BINARY '^Hồ sơ: .+ → .+$' THEN 'DOSSIER'
       END AS field,
       SUBSTRING_INDEX(SUBSTRING(l.line, LOCATE(': ', l.line) + 2), ' → ', 1) AS from_text,
       SUBSTRING(l.line, LOCATE(' → ', l.line) + 3) AS to_text
FROM v22_line l;

-- events of which every line was understood (a line count of up to 6 covers the five fields)
CREATE TEMPORARY TABLE v22_edit_ok ENGINE=InnoDB AS
SELECT x.event_id FROM v22_edit x
GROUP BY x.event_id
HAVING COUNT(*) = COUNT(x.field)
   AND MAX(x.line_no) = (SELECT 1 + CHAR_LENGTH(e.details) - CHAR_LENGTH(REPLACE(e.details, '\n', ''))
                         FROM hotline_event e WHERE e.id = x.event_id);

INSERT INTO hotline_event_change (event_id, field, from_value, to_value)
SELECT x.event_id, x.field,
       CASE WHEN x.field = 'DUE_DATE' THEN DATE_FORMAT(STR_TO_DATE(x.from_text, '%d/%m/%Y'), '%Y-%m-%d')
            ELSE NULLIF(x.from_text, '—') END,
       CASE WHEN x.field = 'DUE_DATE' THEN DATE_FORMAT(STR_TO_DATE(x.to_text, '%d/%m/%Y'), '%Y-%m-%d')
            ELSE NULLIF(x.to_text, '—') END
FROM v22_edit x JOIN v22_edit_ok ok ON ok.event_id = x.event_id
ORDER BY x.event_id, x.line_no;

UPDATE hotline_event e JOIN v22_edit_ok ok ON ok.event_id = e.id SET e.details = NULL;

-- RECEIVED: "Hạn chuyển xử lý: dd/MM/yyyy; hạn trả lời: dd/MM/yyyy"
CREATE TEMPORARY TABLE v22_received ENGINE=InnoDB AS
SELECT e.id AS event_id,
       DATE_FORMAT(STR_TO_DATE(SUBSTRING(e.details, 19, 10), '%d/%m/%Y'), '%Y-%m-%d') AS assign_due,
       DATE_FORMAT(STR_TO_DATE(RIGHT(e.details, 10), '%d/%m/%Y'), '%Y-%m-%d') AS due
FROM hotline_event e
WHERE e.action = 'RECEIVED' AND NOT EXISTS (SELECT 1 FROM hotline_event_change c WHERE c.event_id = e.id)
  AND e.details REGEXP BINARY '^Hạn chuyển xử lý: [0-9]{2}/[0-9]{2}/[0-9]{4}; hạn trả lời: [0-9]{2}/[0-9]{2}/[0-9]{4}$';

INSERT INTO hotline_event_change (event_id, field, from_value, to_value)
SELECT event_id, f.field, NULL, CASE f.field WHEN 'ASSIGN_DUE_DATE' THEN assign_due ELSE due END
FROM v22_received
JOIN (SELECT 1 AS pos, 'ASSIGN_DUE_DATE' AS field UNION ALL SELECT 2, 'DUE_DATE') f
ORDER BY event_id, f.pos;

UPDATE hotline_event e JOIN v22_received x ON x.event_id = e.id SET e.details = NULL;

-- ASSIGNED: "Đơn vị xử lý: <unit>[; thanh tra: <inspector>]", then the optional note on the next lines
CREATE TEMPORARY TABLE v22_assigned ENGINE=InnoDB AS
SELECT y.event_id,
       SUBSTRING_INDEX(y.head, '; thanh tra: ', 1) AS unit_name,
       IF(LOCATE('; thanh tra: ', y.head) > 0, SUBSTRING(y.head, LOCATE('; thanh tra: ', y.head) + 13), NULL)
           AS inspector,
       y.note
FROM (SELECT e.id AS event_id,
             SUBSTRING(SUBSTRING_INDEX(e.details, '\n', 1), 15) AS head,
             IF(LOCATE('\n', e.details) > 0, SUBSTRING(e.details, LOCATE('\n', e.details) + 1), NULL) AS note
      FROM hotline_event e
      WHERE e.action = 'ASSIGNED' AND NOT EXISTS (SELECT 1 FROM hotline_event_change c WHERE c.event_id = e.id)
        AND e.details REGEXP BINARY '^Đơn vị xử lý: [^\n]+') y;

INSERT INTO hotline_event_change (event_id, field, from_value, to_value)
SELECT event_id, 'HANDLING_UNIT', NULL, unit_name FROM v22_assigned ORDER BY event_id;
INSERT INTO hotline_event_change (event_id, field, from_value, to_value)
SELECT event_id, 'INSPECTOR', NULL, inspector FROM v22_assigned WHERE inspector IS NOT NULL ORDER BY event_id;

UPDATE hotline_event e JOIN v22_assigned x ON x.event_id = e.id SET e.details = x.note;

-- ANSWERED: "Trả lời trễ|đúng hạn (hạn dd/MM/yyyy), dd/MM/yyyy HH:mm:" then the answer. Late or on time
-- follows from the two (answered after the deadline's day), so only they are kept.
CREATE TEMPORARY TABLE v22_answered ENGINE=InnoDB AS
SELECT e.id AS event_id,
       DATE_FORMAT(STR_TO_DATE(SUBSTRING(REGEXP_SUBSTR(e.details, '\\(hạn [0-9]{2}/[0-9]{2}/[0-9]{4}\\)'), 6, 10),
                               '%d/%m/%Y'), '%Y-%m-%d') AS due,
       DATE_FORMAT(STR_TO_DATE(SUBSTRING(REGEXP_SUBSTR(e.details, '\\), [0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2}'), 4),
                               '%d/%m/%Y %H:%i'), '%Y-%m-%dT%H:%i') AS answered_at,
       SUBSTRING(e.details, LOCATE(':\n', e.details) + 2) AS answer
FROM hotline_event e
WHERE e.action = 'ANSWERED' AND NOT EXISTS (SELECT 1 FROM hotline_event_change c WHERE c.event_id = e.id)
  AND e.details REGEXP BINARY '^Trả lời (trễ|đúng) hạn \\(hạn [0-9]{2}/[0-9]{2}/[0-9]{4}\\), [0-9]{2}/[0-9]{2}/[0-9]{4} [0-9]{2}:[0-9]{2}:\n';

INSERT INTO hotline_event_change (event_id, field, from_value, to_value)
SELECT event_id, f.field, NULL, CASE f.field WHEN 'DUE_DATE' THEN due ELSE answered_at END
FROM v22_answered
JOIN (SELECT 1 AS pos, 'DUE_DATE' AS field UNION ALL SELECT 2, 'ANSWERED_AT') f
ORDER BY event_id, f.pos;

UPDATE hotline_event e JOIN v22_answered x ON x.event_id = e.id SET e.details = x.answer;

-- SATISFACTION: the enum's name alone
CREATE TEMPORARY TABLE v22_satisfaction ENGINE=InnoDB AS
SELECT e.id AS event_id, e.details AS satisfaction FROM hotline_event e
WHERE e.action = 'SATISFACTION' AND BINARY e.details IN ('SATISFIED', 'NOT_SATISFIED', 'NO_RESPONSE') AND NOT EXISTS (SELECT 1 FROM hotline_event_change c WHERE c.event_id = e.id);

INSERT INTO hotline_event_change (event_id, field, from_value, to_value)
SELECT event_id, 'SATISFACTION', NULL, satisfaction FROM v22_satisfaction ORDER BY event_id;
UPDATE hotline_event e JOIN v22_satisfaction x ON x.event_id = e.id SET e.details = NULL;

-- CONCLUDED: "CONCLUSION / OFFICER_ACTION", then the optional note on the next lines
CREATE TEMPORARY TABLE v22_concluded ENGINE=InnoDB AS
SELECT e.id AS event_id,
       SUBSTRING_INDEX(SUBSTRING_INDEX(e.details, '\n', 1), ' / ', 1) AS conclusion,
       SUBSTRING_INDEX(SUBSTRING_INDEX(e.details, '\n', 1), ' / ', -1) AS officer_action,
       IF(LOCATE('\n', e.details) > 0, SUBSTRING(e.details, LOCATE('\n', e.details) + 1), NULL) AS note
FROM hotline_event e
WHERE e.action = 'CONCLUDED' AND NOT EXISTS (SELECT 1 FROM hotline_event_change c WHERE c.event_id = e.id)
  AND e.details REGEXP BINARY '^(UNFOUNDED|PARTLY_FOUNDED|FOUNDED) / (NONE|REMINDER|REVIEW|DISCIPLINE)(\n|$)';

INSERT INTO hotline_event_change (event_id, field, from_value, to_value)
SELECT event_id, f.field, NULL, CASE f.field WHEN 'CONCLUSION' THEN conclusion ELSE officer_action END
FROM v22_concluded
JOIN (SELECT 1 AS pos, 'CONCLUSION' AS field UNION ALL SELECT 2, 'OFFICER_ACTION') f
ORDER BY event_id, f.pos;

UPDATE hotline_event e JOIN v22_concluded x ON x.event_id = e.id SET e.details = x.note;

-- REOPENED: the reason (any lines), "Hạn trả lời mới: dd/MM/yyyy", optionally
-- "Kết luận trước: CONCLUSION / OFFICER_ACTION" (kept as the values the fields had before)
CREATE TEMPORARY TABLE v22_reopened ENGINE=InnoDB AS
SELECT y.event_id, y.reason,
       DATE_FORMAT(STR_TO_DATE(SUBSTRING(y.tail, 19, 10), '%d/%m/%Y'), '%Y-%m-%d') AS due,
       NULLIF(SUBSTRING_INDEX(SUBSTRING(y.tail, 46), ' / ', 1), '') AS conclusion,
       IF(CHAR_LENGTH(y.tail) > 29, SUBSTRING_INDEX(y.tail, ' / ', -1), NULL) AS officer_action
FROM (SELECT e.id AS event_id, x.tail,
             LEFT(e.details, CHAR_LENGTH(e.details) - CHAR_LENGTH(x.tail)) AS reason
      FROM hotline_event e
      JOIN (SELECT id, REGEXP_SUBSTR(details,
                '\nHạn trả lời mới: [0-9]{2}/[0-9]{2}/[0-9]{4}(\nKết luận trước: (UNFOUNDED|PARTLY_FOUNDED|FOUNDED) / (NONE|REMINDER|REVIEW|DISCIPLINE))?\\z') AS tail
            FROM hotline_event WHERE action = 'REOPENED') x ON x.id = e.id
      WHERE NOT EXISTS (SELECT 1 FROM hotline_event_change c WHERE c.event_id = e.id)
        AND x.tail <> '') y;

INSERT INTO hotline_event_change (event_id, field, from_value, to_value)
SELECT event_id, 'DUE_DATE', NULL, due FROM v22_reopened ORDER BY event_id;
INSERT INTO hotline_event_change (event_id, field, from_value, to_value)
SELECT event_id, f.field, CASE f.field WHEN 'CONCLUSION' THEN conclusion ELSE officer_action END, NULL
FROM v22_reopened
JOIN (SELECT 1 AS pos, 'CONCLUSION' AS field UNION ALL SELECT 2, 'OFFICER_ACTION') f
WHERE conclusion IS NOT NULL
ORDER BY event_id, f.pos;

UPDATE hotline_event e JOIN v22_reopened x ON x.event_id = e.id SET e.details = x.reason;

DROP TEMPORARY TABLE v22_line;
DROP TEMPORARY TABLE v22_edit;
DROP TEMPORARY TABLE v22_edit_ok;
DROP TEMPORARY TABLE v22_received;
DROP TEMPORARY TABLE v22_assigned;
DROP TEMPORARY TABLE v22_answered;
DROP TEMPORARY TABLE v22_satisfaction;
DROP TEMPORARY TABLE v22_concluded;
DROP TEMPORARY TABLE v22_reopened;
/* [jooq ignore stop] */
