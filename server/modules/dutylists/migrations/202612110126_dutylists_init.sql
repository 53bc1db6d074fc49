-- 全面从严治党主体责任清单 (seed 004 Luohu 明确主责主业，构建全面从严治党责任体系): the district's
-- templates of responsibility items per organisation kind (纵向到底, 横向到边) and per post (定向到人),
-- the lists instantiated from them each year for each organisation or post with items, due dates,
-- progress and evidence, the office's quarterly bulletins 季度专项通报 (numbered, frozen once
-- published), the secretaries' yearly reports 年度专项述职 with their rating, and the records of cases
-- handed to accountability 问责 citing the catalogue of situations.

CREATE TABLE dutylists_templates (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  target text NOT NULL CHECK (target IN ('org', 'post')),
  kind text NOT NULL,                     -- an organisation kind or a post (dutylists.rules.ts)
  seq integer NOT NULL CHECK (seq BETWEEN 1 AND 999),
  title text NOT NULL,
  evidence text NOT NULL DEFAULT '',      -- what evidence is required
  due_md text NOT NULL CHECK (due_md ~ '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'),  -- MM-DD in the year
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id)
);
CREATE UNIQUE INDEX dutylists_templates_title ON dutylists_templates (district_id, target, kind, title);

CREATE TABLE dutylists_lists (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  node_id uuid NOT NULL,                  -- the organisation's node (a post: the node of its organisation)
  target text NOT NULL CHECK (target IN ('org', 'post')),
  kind text NOT NULL,
  holder text NOT NULL DEFAULT '',        -- who holds the post, for a post's list
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  UNIQUE (district_id, year, node_id, target, kind)
);

CREATE TABLE dutylists_items (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  list_id uuid NOT NULL,
  seq integer NOT NULL,
  title text NOT NULL,
  evidence_required text NOT NULL DEFAULT '',
  due_on date NOT NULL,
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'submitted', 'returned', 'accepted')),
  progress text NOT NULL DEFAULT '',
  evidence text NOT NULL DEFAULT '',
  reported_at timestamptz,
  reported_by uuid,
  accepted_on date,
  check_note text NOT NULL DEFAULT '',
  checked_by uuid,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, list_id) REFERENCES dutylists_lists (district_id, id)
);
CREATE INDEX dutylists_items_list ON dutylists_items (district_id, list_id, seq);
CREATE INDEX dutylists_items_due ON dutylists_items (district_id, due_on) WHERE state <> 'accepted';

CREATE TABLE dutylists_bulletins (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                  -- the office's node (the district)
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  quarter integer NOT NULL CHECK (quarter BETWEEN 1 AND 4),
  no integer NOT NULL,                    -- 第几期, numbered through the year
  title text NOT NULL,
  practices text NOT NULL DEFAULT '',     -- good practices 好的做法
  figures jsonb NOT NULL,                 -- the quarter's figures as composed (ranking, overdue items)
  state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published')),
  corrects_id uuid,                       -- a correction names the bulletin it corrects
  published_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, corrects_id) REFERENCES dutylists_bulletins (district_id, id),
  UNIQUE (district_id, node_id, year, no)
);

CREATE TABLE dutylists_reports (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  node_id uuid NOT NULL,
  secretary text NOT NULL,
  body text NOT NULL,
  filed_at timestamptz NOT NULL DEFAULT now(),
  filed_by uuid,
  score double precision CHECK (score BETWEEN 0 AND 100),
  completion double precision,            -- the list's completion rate when rated (0–100)
  rating text CHECK (rating IN ('good', 'fair', 'average', 'poor')),
  comment text NOT NULL DEFAULT '',
  rated_at timestamptz,
  rated_by uuid,
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  UNIQUE (district_id, year, node_id)
);

CREATE TABLE dutylists_referrals (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                  -- the organisation concerned
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  situation text NOT NULL,                -- a situation of the catalogue (dutylists.rules.ts)
  facts text NOT NULL,
  handed_on date NOT NULL,
  exempt boolean NOT NULL DEFAULT false,  -- 容错纠错: exempted
  exempt_reason text NOT NULL DEFAULT '',
  recorded_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX dutylists_referrals_node ON dutylists_referrals (district_id, node_id, year);
