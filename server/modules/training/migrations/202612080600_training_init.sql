-- 领雁学苑 (Shangcheng, seed 001): five teacher pools, the 五力十课 curriculum as data, classes
-- online and offline with attendance (QR check-in), 头雁论坛 forums whose hard problems become
-- courses, exams with a timed attempt and a pass mark, and certificates.

CREATE TABLE training_teachers (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the academy's node (street or district)
  pool text NOT NULL CHECK (pool IN ('expert', 'master', 'red_mentor', 'grassroots', 'post8090')),
  name text NOT NULL,
  organisation text NOT NULL DEFAULT '',
  specialty text NOT NULL DEFAULT '',
  phone_enc bytea,                       -- SM4; shown masked
  phone_mask text,
  phone_bidx bytea,
  user_id uuid,                          -- the teacher's account, when they have one
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX training_teachers_node ON training_teachers (district_id, node_id, pool);
CREATE INDEX training_teachers_user ON training_teachers (user_id) WHERE user_id IS NOT NULL;

-- The curriculum: courses under the five powers 五力 (political, leading, professional, service,
-- integrity); the standard ten are loaded as data and edited like any other.
CREATE TABLE training_courses (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  power text NOT NULL CHECK (power IN ('political', 'leading', 'professional', 'service', 'integrity')),
  code text NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  hours numeric(5, 1) NOT NULL CHECK (hours > 0),
  mode text NOT NULL CHECK (mode IN ('online', 'offline', 'mixed')),
  from_problem_id uuid,                  -- made from a forum's hard problem
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, node_id, code),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);

CREATE TABLE training_classes (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  course_id uuid NOT NULL,
  teacher_id uuid,
  title text NOT NULL,
  mode text NOT NULL CHECK (mode IN ('online', 'offline')),
  place text NOT NULL DEFAULT '',        -- a room, or the online platform's link
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  hours numeric(5, 1) NOT NULL CHECK (hours > 0),
  status text NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')) DEFAULT 'planned',
  checkin_token text,                    -- the QR code's secret while check-in is open
  checkin_until timestamptz,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  CHECK (ends_at > starts_at),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  FOREIGN KEY (district_id, course_id) REFERENCES training_courses (district_id, id),
  FOREIGN KEY (district_id, teacher_id) REFERENCES training_teachers (district_id, id)
);
CREATE INDEX training_classes_node ON training_classes (district_id, node_id, starts_at);

-- Trainees of a class and their attendance.
CREATE TABLE training_enrolments (
  district_id uuid NOT NULL,
  class_id uuid NOT NULL,
  user_id uuid NOT NULL,
  person_id uuid,
  name text NOT NULL,
  enrolled_at timestamptz NOT NULL DEFAULT now(),
  attended_at timestamptz,
  method text CHECK (method IN ('qr', 'manual', 'online')),
  PRIMARY KEY (district_id, class_id, user_id),
  FOREIGN KEY (district_id, class_id) REFERENCES training_classes (district_id, id)
);
CREATE INDEX training_enrolments_user ON training_enrolments (user_id);
CREATE INDEX training_enrolments_person ON training_enrolments (district_id, person_id) WHERE person_id IS NOT NULL;

-- 头雁论坛: forums where secretaries bring hard problems; a problem may become a course.
CREATE TABLE training_forums (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,
  title text NOT NULL,
  held_on date NOT NULL,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE TABLE training_problems (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  forum_id uuid NOT NULL,
  raised_by uuid NOT NULL,
  raised_label text NOT NULL,
  text text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('difficulty', 'dispute', 'blockage')),  -- 难点、争议点、堵点
  course_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, forum_id) REFERENCES training_forums (district_id, id)
);

CREATE TABLE training_exams (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  course_id uuid NOT NULL,
  title text NOT NULL,
  duration_min integer NOT NULL CHECK (duration_min BETWEEN 1 AND 600),
  pass_mark integer NOT NULL CHECK (pass_mark BETWEEN 1 AND 100),  -- percent of the points
  questions jsonb NOT NULL,              -- [{text, options[], answer, points}]
  max_attempts integer NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 10),
  status text NOT NULL CHECK (status IN ('draft', 'open', 'closed')) DEFAULT 'draft',
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, course_id) REFERENCES training_courses (district_id, id)
);

CREATE TABLE training_attempts (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  exam_id uuid NOT NULL,
  user_id uuid NOT NULL,
  person_id uuid,
  name text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  deadline_at timestamptz NOT NULL,
  submitted_at timestamptz,
  answers jsonb,
  score integer,
  passed boolean,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, exam_id) REFERENCES training_exams (district_id, id)
);
CREATE INDEX training_attempts_user ON training_attempts (district_id, exam_id, user_id);
-- at most one attempt open at a time per trainee and exam
CREATE UNIQUE INDEX training_attempts_open ON training_attempts (district_id, exam_id, user_id)
  WHERE submitted_at IS NULL;

CREATE TABLE training_certificates (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  number text NOT NULL,
  exam_id uuid NOT NULL,
  attempt_id uuid NOT NULL,
  user_id uuid NOT NULL,
  person_id uuid,
  name text NOT NULL,
  course_title text NOT NULL,
  hours numeric(5, 1) NOT NULL,
  score integer NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, number),
  UNIQUE (district_id, exam_id, user_id),
  FOREIGN KEY (district_id, exam_id) REFERENCES training_exams (district_id, id)
);
