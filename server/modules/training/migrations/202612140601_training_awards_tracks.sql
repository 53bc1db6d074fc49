-- 学苑工作委员会 and teachers' awards (Shangcheng, seed 001): trainees rate the classes they attended;
-- each year the academy nominates teachers for 优秀教师, 精品课程 and 最受欢迎教师 from the ratings,
-- attendance and exam pass rates of their classes; the committee reviews; the academy decides
-- with a number. Training plans per track (Kaihua, seed 001): 领航, 雏鹰, 常青藤 from assessment's
-- groups, with the hours and courses each track's cadres must complete in the year.

CREATE TABLE training_ratings (
  district_id uuid NOT NULL,
  class_id uuid NOT NULL,
  user_id uuid NOT NULL,
  stars integer NOT NULL CHECK (stars BETWEEN 1 AND 5),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, class_id, user_id),
  FOREIGN KEY (district_id, class_id) REFERENCES training_classes (district_id, id)
);

-- 学苑工作委员会: the committee of an academy's node.
CREATE TABLE training_committee (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  name text NOT NULL,
  duty text NOT NULL CHECK (duty IN ('chair', 'vice_chair', 'member')),
  organisation text NOT NULL DEFAULT '',
  user_id uuid,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX training_committee_node ON training_committee (district_id, node_id) WHERE active;

CREATE TABLE training_awards (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  kind text NOT NULL CHECK (kind IN ('excellent_teacher', 'fine_course', 'popular_teacher')),
  teacher_id uuid NOT NULL,
  course_id uuid,                        -- 精品课程 only
  score numeric(5, 1) NOT NULL,
  basis jsonb NOT NULL,                  -- classes, ratings, average stars, attendance and pass rates
  status text NOT NULL CHECK (status IN ('nominated', 'approved', 'rejected', 'awarded')) DEFAULT 'nominated',
  agree integer,
  against integer,
  opinion text NOT NULL DEFAULT '',
  reviewed_at timestamptz,
  number text,
  decided_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, number),
  UNIQUE NULLS NOT DISTINCT (district_id, node_id, year, kind, teacher_id, course_id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, teacher_id) REFERENCES training_teachers (district_id, id),
  FOREIGN KEY (district_id, course_id) REFERENCES training_courses (district_id, id)
);
CREATE INDEX training_awards_node ON training_awards (district_id, node_id, year);

-- A track's plan for a year: the hours and the required courses.
CREATE TABLE training_track_plans (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  track text NOT NULL,                   -- assessment's group key: lead, eagle, ivy
  required_hours numeric(5, 1) NOT NULL CHECK (required_hours >= 0),
  note text NOT NULL DEFAULT '',
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, year, track),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE TABLE training_track_courses (
  district_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  course_id uuid NOT NULL,
  PRIMARY KEY (district_id, plan_id, course_id),
  FOREIGN KEY (district_id, plan_id) REFERENCES training_track_plans (district_id, id) ON DELETE CASCADE,
  FOREIGN KEY (district_id, course_id) REFERENCES training_courses (district_id, id)
);
