-- The auditor's searches: by account name (case-insensitive) and by result, newest first.
CREATE INDEX audit_log_actor_name ON audit_log (lower(actor_name), seq);
CREATE INDEX audit_log_result ON audit_log (result, seq) WHERE result <> 'ok';
