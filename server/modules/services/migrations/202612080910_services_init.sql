-- The service marketplace 服务超市 (seed 001, Putuo): four lists 四张清单 (government purchase,
-- community needs, residents' needs, social-organisation offers); residents order 点单, social
-- organisations accept 接单 (the first accept wins), deliver, and are rated by the resident.

CREATE TABLE services_items (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- where it is offered (residents below it may order)
  list text NOT NULL CHECK (list IN ('government', 'community', 'resident', 'offer')),
  category text NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  provider_org_id uuid,                  -- offers: the organisation offering it (only it accepts)
  open boolean NOT NULL DEFAULT true,
  created_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id)
);
CREATE INDEX services_items_node ON services_items (district_id, node_id, list);

CREATE TABLE services_orders (
  district_id uuid NOT NULL,
  id uuid NOT NULL,
  node_id uuid NOT NULL,                 -- the resident's community (or the node they ordered on)
  item_id uuid,                          -- null for a need a resident raised in their own words
  list text NOT NULL CHECK (list IN ('government', 'community', 'resident', 'offer')),
  category text NOT NULL,
  title text NOT NULL,
  note text NOT NULL DEFAULT '',
  resident_user_id uuid NOT NULL,
  resident_label text NOT NULL,          -- masked name, the most a social organisation sees
  contact_phone_enc bytea,               -- SM4; never sent to social organisations
  provider_org_id uuid,                  -- set when only one organisation may accept
  state text NOT NULL CHECK (state IN ('open', 'accepted', 'delivered', 'rated', 'cancelled')),
  org_id uuid,                           -- the organisation that accepted it
  org_name text,
  accepted_by uuid,
  accepted_at timestamptz,
  delivered_at timestamptz,
  delivery_note text,
  rating integer CHECK (rating BETWEEN 1 AND 5),
  rating_comment text,
  rated_at timestamptz,
  cancelled_at timestamptz,
  placed_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, node_id) REFERENCES org_nodes (district_id, id),
  CHECK ((state IN ('open', 'cancelled')) = (org_id IS NULL))
);
CREATE INDEX services_orders_node ON services_orders (district_id, node_id, placed_at);
CREATE INDEX services_orders_resident ON services_orders (resident_user_id, placed_at);
CREATE INDEX services_orders_org ON services_orders (district_id, org_id, state);
