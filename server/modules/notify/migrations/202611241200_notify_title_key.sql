-- A notice's title as a message key and its parameters, so each reader sees it in their own
-- language; `title` keeps the Chinese text (for SMS, and for notices sent before this column).
ALTER TABLE notify_notifications ADD COLUMN title_key text, ADD COLUMN title_params jsonb;
