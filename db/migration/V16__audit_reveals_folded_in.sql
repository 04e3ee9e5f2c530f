-- Issue 15: the hotline's reveals of a reporter's identity were logged only in hotline_reveal. From now
-- on each reveal is also written to the audit trail (in the same transaction); this copies the reveals
-- made before, so the audit view shows every reveal. hotline_reveal stays: the report's timeline and
-- its own count read it. The client address of those earlier reveals was never kept (NULL).
/* [jooq ignore start] */
INSERT INTO audit_entry (occurred_at, actor_id, actor_name, client_ip, action, object_type, object_id, unit_id,
                         before_state, after_state)
SELECT v.revealed_at, v.user_id, u.username, NULL, 'REPORTER_REVEALED', 'HOTLINE_REPORT', CAST(r.id AS CHAR),
       r.unit_id, NULL, JSON_OBJECT('code', r.code, 'purpose', v.purpose)
FROM hotline_reveal v
JOIN hotline_report r ON r.id = v.report_id
JOIN app_user u ON u.id = v.user_id
ORDER BY v.revealed_at, v.id;
/* [jooq ignore stop] */
