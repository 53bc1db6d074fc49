-- No query reads the audit log by actor id: the auditor searches by account name
-- (audit_log_actor_name), action, object, result and time. The index cost every audited write an
-- insert and served nothing.
DROP INDEX audit_log_actor;
