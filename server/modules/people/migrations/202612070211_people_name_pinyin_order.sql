-- Names sort by pinyin (阿明, 陈七, 李四, 王五, 张三 …), as a Chinese register is read, not by code
-- point. The column takes ICU's Chinese collation (pinyin order), so every index on it and every
-- ORDER BY name follows it without changing one query. PostgreSQL built without ICU keeps the
-- database's own order.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'zh-x-icu') THEN
    ALTER TABLE people_persons ALTER COLUMN name TYPE text COLLATE "zh-x-icu";
  END IF;
END $$;
