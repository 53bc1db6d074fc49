/* DO NOT EDIT: generated from the migrated schema by `npm run db:types` (kysely-codegen). */

import type { ColumnType } from "kysely";

export type ArrayType<T> = ArrayTypeImpl<T> extends (infer U)[]
  ? U[]
  : ArrayTypeImpl<T>;

export type ArrayTypeImpl<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S[], I[], U[]>
  : T[];

export type Generated<T> = T extends ColumnType<infer S, infer I, infer U>
  ? ColumnType<S, I | undefined, U>
  : ColumnType<T, T | undefined, T>;

export type Json = JsonValue;

export type JsonArray = JsonValue[];

export type JsonObject = {
  [x: string]: JsonValue | undefined;
};

export type JsonPrimitive = boolean | number | string | null;

export type JsonValue = JsonArray | JsonObject | JsonPrimitive;

export type Numeric = ColumnType<number, number | string, number | string>;

export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface AccountsGrants {
  created_at: Generated<Timestamp>;
  district_id: string;
  granted_by: string | null;
  id: string;
  node_id: string;
  role: string;
  user_id: string;
}

export interface AccountsInvites {
  code_hash: Buffer;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  expires_at: Timestamp;
  id: string;
  node_id: string;
  person_id: string;
  used_at: Timestamp | null;
  used_by: string | null;
}

export interface AccountsIpFailures {
  blocked_until: Timestamp | null;
  failures: number;
  ip: string;
  window_started_at: Timestamp;
}

export interface AccountsKnownDevices {
  device_hash: string;
  last_seen_at: Generated<Timestamp>;
  user_id: string;
}

export interface AccountsOtpCodes {
  attempts: Generated<number>;
  code_hash: Buffer;
  created_at: Generated<Timestamp>;
  expires_at: Timestamp;
  id: string;
  ip: string;
  phone_bidx: Buffer;
  used_at: Timestamp | null;
}

export interface AccountsPasswordHistory {
  created_at: Generated<Timestamp>;
  id: string;
  password_hash: string;
  user_id: string;
}

export interface AccountsPhones {
  phone_bidx: Buffer;
  phone_enc: Buffer;
  user_id: string;
  verified_at: Generated<Timestamp>;
}

export interface AccountsRolePolicies {
  require_totp: Generated<boolean>;
  role: string;
  updated_at: Generated<Timestamp>;
}

export interface AccountsSessions {
  created_at: Generated<Timestamp>;
  csrf_token: string;
  expires_at: Timestamp;
  id: string;
  ip: string;
  last_seen_at: Generated<Timestamp>;
  mfa_passed: Generated<boolean>;
  user_agent: string;
  user_id: string;
}

export interface AccountsUsers {
  created_at: Generated<Timestamp>;
  disabled: Generated<boolean>;
  display_name: string;
  failed_logins: Generated<number>;
  home_district_id: string | null;
  id: string;
  lang: Generated<string>;
  locked_until: Timestamp | null;
  must_change_password: Generated<boolean>;
  password_changed_at: Generated<Timestamp>;
  password_hash: string;
  person_id: string | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: number | null;
  totp_secret: Buffer | null;
  updated_at: Generated<Timestamp>;
  username: string;
  version: Generated<number>;
}

export interface AssessmentCycles {
  assess_due: string;
  created_at: Generated<Timestamp>;
  dispatched_by: string | null;
  district_id: string;
  good_quota: Numeric;
  id: string;
  publish_due: string;
  quarter: string;
  review_due: string;
  sheets: Generated<number>;
  status: Generated<string>;
  summary_due: string;
}

export interface AssessmentDeclarations {
  code: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  decided_by: string | null;
  decision_note: Generated<string>;
  declared_as: string;
  district_id: string;
  id: string;
  kind: string;
  months: number | null;
  note: string;
  person_id: string;
  polarity: string | null;
  reviewers: Generated<string>;
  status: Generated<string>;
  unit_node_id: string;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  year: number;
}

export interface AssessmentIndicators {
  created_at: Generated<Timestamp>;
  dept_type: string | null;
  description: Generated<string>;
  dimension: string;
  district_id: string;
  evidence_required: Generated<boolean>;
  id: string;
  layer: string;
  max_score: Generated<Numeric>;
  name: string;
  person_id: string | null;
  post: string | null;
  quarter: string;
  scoring: string;
  weight: Numeric;
}

export interface AssessmentObservations {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  note: string;
  observed_on: string;
  observer_kind: string;
  observer_name: string;
  person_id: string | null;
  rating: string;
  unit_node_id: string;
}

export interface AssessmentPeerReviews {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  person_id: string;
  quarter: string;
  scores: Json;
  unit_node_id: string;
}

export interface AssessmentPoints {
  created_at: Generated<Timestamp>;
  day: string;
  decided_at: Timestamp | null;
  decided_by: string | null;
  district_id: string;
  id: string;
  person_id: string;
  points: Numeric;
  reason: string;
  requested_by: string;
  status: Generated<string>;
  unit_node_id: string;
}

export interface AssessmentPortraits {
  district_id: string;
  evidence: number[];
  person_id: string;
  person_name: string;
  scores: number[];
  tags: Generated<string[]>;
  unit_node_id: string;
  updated_at: Generated<Timestamp>;
}

export interface AssessmentPqEntries {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  evidence: Generated<string>;
  id: string;
  in_library: Generated<boolean>;
  indicator_code: string;
  method: string;
  note: string;
  occurred_on: string;
  person_id: string;
  source: string;
  unit_node_id: string;
  value: Numeric | null;
}

export interface AssessmentReportFiles {
  created_at: Generated<Timestamp>;
  data: Buffer;
  district_id: string;
  id: string;
  mime: string;
  name: string;
  report_id: string;
  size: number;
}

export interface AssessmentReports {
  body: string;
  category: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_note: Generated<string>;
  district_id: string;
  happened_on: string;
  id: string;
  outstanding: Generated<boolean>;
  person_id: string;
  person_name: string;
  status: Generated<string>;
  title: string;
  traits: Generated<string[]>;
  unit_node_id: string;
}

export interface AssessmentRotationPlans {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  note: Generated<string>;
  person_id: string;
  planned_on: string;
  rule: string;
  status: Generated<string>;
  target: Generated<string>;
  unit_node_id: string;
}

export interface AssessmentSettings {
  district_id: string;
  good_quota: Generated<Numeric>;
  groups: Json | null;
  order_points: Json | null;
  rotation: Json | null;
  situations: Json | null;
  updated_at: Generated<Timestamp>;
  updated_by: string | null;
  version: Generated<number>;
}

export interface AssessmentSheets {
  assessed_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  cycle_id: string;
  dept_type: string;
  dimension_grades: Json | null;
  dimension_scores: Json | null;
  district_id: string;
  fed_back_at: Timestamp | null;
  grade: string | null;
  id: string;
  items: Json;
  org_comment: Generated<string>;
  person_id: string;
  person_name: string;
  post: string;
  post_mismatch: Generated<boolean>;
  prefill: Json | null;
  published_at: Timestamp | null;
  quarter: string;
  rank_title: string;
  return_reason: string | null;
  reviewed_at: Timestamp | null;
  score: Numeric | null;
  status: Generated<string>;
  submitted_at: Timestamp | null;
  summary: Generated<string>;
  unit_comment: Generated<string>;
  unit_name: string;
  unit_node_id: string;
  version: Generated<number>;
}

export interface AssessmentUnits {
  dept_type: string;
  district_id: string;
  leader_name: Generated<string>;
  level: string;
  liaison: Generated<boolean>;
  name: string;
  node_id: string;
  observation: Generated<boolean>;
  supervising_group: Generated<string>;
  version: Generated<number>;
}

export interface AuditHead {
  hash: string;
  lane: number;
  seq: number;
}

export interface AuditLog {
  action: string;
  actor_name: string;
  actor_user_id: string | null;
  at: Timestamp;
  detail: Generated<Json>;
  district_id: string | null;
  hash: string;
  id: string;
  ip: string;
  lane: number;
  object_id: string | null;
  object_type: string;
  prev_hash: string;
  result: string;
  seq: Generated<number>;
  user_agent: string;
}

export interface CampaignsCampaigns {
  area_m2: Numeric;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
  stage: Generated<string>;
  started_on: string;
  target_move_pct: Numeric;
  target_on: string;
  target_sign_pct: Numeric;
  version: Generated<number>;
}

export interface CampaignsHouseholds {
  area_m2: Numeric;
  building_no: string;
  campaign_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  head_name: string;
  head_person_id: string | null;
  id: string;
  last_visit_on: string | null;
  move_status: Generated<string>;
  moved_on: string | null;
  no: string;
  people: number;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  phone_mask: Generated<string>;
  sign_status: Generated<string>;
  signed_on: string | null;
  team_id: string | null;
  version: Generated<number>;
}

export interface CampaignsMembers {
  campaign_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  leader: Generated<boolean>;
  name: string;
  team_id: string;
  user_id: string | null;
}

export interface CampaignsRecords {
  campaign_id: string;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  district_id: string;
  household_id: string;
  id: string;
  kind: string;
  on_date: string;
  reason: Generated<string>;
  recorded_by: string | null;
  recorded_name: string;
  state: Generated<string>;
  team_id: string | null;
  version: Generated<number>;
}

export interface CampaignsTeams {
  campaign_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
}

export interface CampaignsVisits {
  by_name: string;
  campaign_id: string;
  concerns: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  household_id: string;
  id: string;
  outcome: string;
  team_id: string | null;
  user_id: string | null;
  visited_on: string;
}

export interface CompactsAttendance {
  contract_id: string;
  district_id: string;
  meeting_id: string;
  present: boolean;
}

export interface CompactsContracts {
  community_signer: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  ends_on: string;
  id: string;
  node_id: string;
  seq: number;
  signed_on: string | null;
  starts_on: string;
  state: Generated<string>;
  title: string;
  unit_id: string;
  unit_signed_by: string | null;
  unit_signer: Generated<string>;
  version: Generated<number>;
  year: number;
}

export interface CompactsItems {
  content: string;
  contract_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  done_on: string | null;
  due_on: string | null;
  id: string;
  kind: string;
  meeting_id: string | null;
  owner: Generated<string>;
  state: Generated<string>;
  version: Generated<number>;
}

export interface CompactsMeetings {
  agenda: Generated<Json>;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  held_on: string | null;
  id: string;
  minutes: Generated<string>;
  month: string;
  node_id: string;
  place: Generated<string>;
  planned_on: string;
  state: Generated<string>;
  version: Generated<number>;
}

export interface CompactsNumbers {
  district_id: string;
  last: number;
  year: number;
}

export interface ContestsContests {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  node_id: string;
  series: string;
  title: string;
  version: Generated<number>;
  weights: Json;
  year: number;
}

export interface ContestsEntries {
  attachments: Generated<string[]>;
  contest_id: string;
  district_id: string;
  figures: Generated<string>;
  id: string;
  round_id: string;
  submitted_at: Generated<Timestamp>;
  submitted_by: string;
  submitted_on: string;
  summary: string;
  unit_id: string;
  version: Generated<number>;
}

export interface ContestsJudges {
  contest_id: string;
  display_name: string;
  district_id: string;
  user_id: string;
  username: string;
}

export interface ContestsRounds {
  contest_id: string;
  district_id: string;
  due_on: string;
  id: string;
  opened_at: Timestamp | null;
  opens_on: string;
  published_at: Timestamp | null;
  seq: number;
  state: string;
  title: string;
  version: Generated<number>;
}

export interface ContestsScores {
  contest_id: string;
  district_id: string;
  entry_id: string;
  judge_id: string;
  scores: Json;
  submitted_at: Generated<Timestamp>;
}

export interface ContestsUnits {
  contest_id: string;
  district_id: string;
  node_id: string;
}

export interface CouncilAttendance {
  district_id: string;
  label: string;
  meeting_id: string;
  person_id: string | null;
  role: string;
  seq: number;
}

export interface CouncilBodies {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
}

export interface CouncilComments {
  author_label: string;
  author_person_id: string | null;
  author_user_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  hidden_at: Timestamp | null;
  hidden_reason: string | null;
  id: string;
  stage: string;
  text: string;
  topic_id: string;
}

export interface CouncilDrafts {
  author_label: string;
  author_user_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  note: Generated<string>;
  text: string;
  topic_id: string;
  version: number;
}

export interface CouncilFollows {
  district_id: string;
  seen_at: Generated<Timestamp>;
  topic_id: string;
  user_id: string;
}

export interface CouncilIdeas {
  author_label: string;
  author_person_id: string | null;
  author_user_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  hidden_at: Timestamp | null;
  hidden_reason: string | null;
  id: string;
  supports: Generated<number>;
  text: string;
  topic_id: string;
}

export interface CouncilMeetings {
  agenda: Generated<string>;
  attendees: Generated<number>;
  body_id: string;
  cancel_reason: string | null;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  held_at: Timestamp | null;
  id: string;
  minutes: Generated<string>;
  node_id: string;
  place: Generated<string>;
  starts_at: Timestamp;
  status: Generated<string>;
  title: string;
  topic_ids: Generated<string[]>;
  version: Generated<number>;
}

export interface CouncilMembers {
  alias: string;
  body_id: string;
  district_id: string;
  guardian_id: string | null;
  joined_at: Generated<Timestamp>;
  left_at: Timestamp | null;
  person_id: string;
  role: string;
  seq: number;
}

export interface CouncilPhotos {
  bytes: Buffer;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  height: number;
  id: string;
  meeting_id: string;
  mime: string;
  width: number;
}

export interface CouncilProgress {
  author_label: string;
  author_user_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  percent: number;
  text: string;
  topic_id: string;
}

export interface CouncilSupports {
  by_user_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  supporter_id: string;
  target_id: string;
}

export interface CouncilTopics {
  author_label: string;
  author_person_id: string | null;
  author_user_id: string;
  body_id: string;
  category: string;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decline_reason: string | null;
  description: string;
  district_id: string;
  hidden_at: Timestamp | null;
  hidden_reason: string | null;
  id: string;
  news_at: Generated<Timestamp>;
  node_id: string;
  outcome: string | null;
  progress: Generated<number>;
  resolution_note: string | null;
  resolved_at: Timestamp | null;
  stage: string;
  stage_due_at: Timestamp | null;
  stage_since: Generated<Timestamp>;
  supports: Generated<number>;
  title: string;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  vote_audience: string | null;
  vote_id: string | null;
}

export interface CreationDeclarations {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  expires_on: string | null;
  id: string;
  level: string;
  named_on: string | null;
  node_id: string;
  prereview_note: Generated<string>;
  programme_id: string;
  publicity_from: string | null;
  publicity_no: number | null;
  publicity_until: string | null;
  publicity_year: number | null;
  recheck_note: Generated<string>;
  recheck_outcome: string | null;
  rechecked_on: string | null;
  review_note: Generated<string>;
  state: Generated<string>;
  version: Generated<number>;
  year: number;
}

export interface CreationIndexIndicators {
  code: string;
  district_id: string;
  name: string;
  sort: number;
  weight: number;
}

export interface CreationIndexScores {
  code: string;
  district_id: string;
  party_org_id: string;
  quarter: number;
  score: number;
  scored_at: Generated<Timestamp>;
  scored_by: string | null;
  year: number;
}

export interface CreationIndicators {
  district_id: string;
  guide: Generated<string>;
  id: string;
  name: string;
  points: number;
  programme_id: string;
  sort: number;
}

export interface CreationItems {
  declaration_id: string;
  district_id: string;
  evidence: Generated<string>;
  indicator_id: string;
  review_note: Generated<string>;
  review_score: number | null;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  reviewer_name: Generated<string>;
  self_score: number | null;
}

export interface CreationProgrammes {
  created_at: Generated<Timestamp>;
  description: Generated<string>;
  district_id: string;
  id: string;
  name: string;
  pass_pct: Generated<number>;
  publicity_days: Generated<number>;
  renew_years: Generated<number>;
  version: Generated<number>;
}

export interface CreationPublicityNumbers {
  district_id: string;
  last: number;
  year: number;
}

export interface CreationRectifications {
  district_id: string;
  done_at: Generated<Timestamp>;
  done_by: string | null;
  note: string;
  party_org_id: string;
  quarter: number;
  year: number;
}

export interface CultureCertificateNumbers {
  district_id: string;
  last: number;
  year: number;
}

export interface CultureCertificates {
  district_id: string;
  hours: Numeric;
  id: string;
  issued_on: string;
  member_id: string;
  no: number;
  stars: number;
  year: number;
}

export interface CultureFacilities {
  address: Generated<string>;
  area_m2: Numeric;
  closes_at: number;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  lat: number | null;
  lng: number | null;
  name: string;
  node_id: string;
  opens_at: number;
  theme: string | null;
  version: Generated<number>;
}

export interface CultureHours {
  confirmed_by: string | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  duty: Generated<string>;
  hours: Numeric;
  id: string;
  member_id: string;
  order_id: string | null;
  served_on: string;
  state: string;
  team_id: string;
}

export interface CultureMembers {
  district_id: string;
  id: string;
  joined_on: string;
  kind: string;
  name: string;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  phone_mask: Generated<string>;
  team_id: string;
}

export interface CultureNominationQuotas {
  district_id: string;
  node_id: string;
  quota: number;
  set_at: Generated<Timestamp>;
  set_by: string;
  title: string;
  year: number;
}

export interface CultureNominations {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  member_id: string;
  nominated_by: string;
  reason: string;
  state: string;
  title: string;
  version: Generated<number>;
  year: number;
}

export interface CultureOrders {
  audience: number | null;
  comment: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  half: string;
  id: string;
  node_id: string;
  note: Generated<string>;
  on_day: string;
  ordered_by: string;
  place: string;
  programme_id: string;
  rating: number | null;
  state: string;
  team_id: string;
  version: Generated<number>;
}

export interface CultureProgrammes {
  created_at: Generated<Timestamp>;
  district_id: string;
  genre: string;
  id: string;
  minutes: number;
  team_id: string;
  title: string;
}

export interface CultureRehearsals {
  attendees: number;
  district_id: string;
  held_on: string;
  id: string;
  note: Generated<string>;
  programme_id: string;
}

export interface CultureSettings {
  district_id: string;
  star_hours: number[];
  version: Generated<number>;
}

export interface CultureTeams {
  created_at: Generated<Timestamp>;
  district_id: string;
  facility_id: string | null;
  id: string;
  kind: string;
  leader_name: Generated<string>;
  leader_user_id: string | null;
  name: string;
  node_id: string;
  version: Generated<number>;
}

export interface DutylistsBulletins {
  corrects_id: string | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  figures: Json;
  id: string;
  no: number;
  node_id: string;
  practices: Generated<string>;
  published_at: Timestamp | null;
  quarter: number;
  state: Generated<string>;
  title: string;
  version: Generated<number>;
  year: number;
}

export interface DutylistsItems {
  accepted_on: string | null;
  check_note: Generated<string>;
  checked_by: string | null;
  district_id: string;
  due_on: string;
  evidence: Generated<string>;
  evidence_required: Generated<string>;
  id: string;
  list_id: string;
  progress: Generated<string>;
  reported_at: Timestamp | null;
  reported_by: string | null;
  seq: number;
  state: Generated<string>;
  title: string;
  version: Generated<number>;
}

export interface DutylistsLists {
  created_at: Generated<Timestamp>;
  district_id: string;
  holder: Generated<string>;
  id: string;
  kind: string;
  node_id: string;
  target: string;
  year: number;
}

export interface DutylistsReferrals {
  created_at: Generated<Timestamp>;
  district_id: string;
  exempt: Generated<boolean>;
  exempt_reason: Generated<string>;
  facts: string;
  handed_on: string;
  id: string;
  node_id: string;
  recorded_by: string | null;
  situation: string;
  year: number;
}

export interface DutylistsReports {
  body: string;
  comment: Generated<string>;
  completion: number | null;
  district_id: string;
  filed_at: Generated<Timestamp>;
  filed_by: string | null;
  id: string;
  node_id: string;
  rated_at: Timestamp | null;
  rated_by: string | null;
  rating: string | null;
  score: number | null;
  secretary: string;
  version: Generated<number>;
  year: number;
}

export interface DutylistsTemplates {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  district_id: string;
  due_md: string;
  evidence: Generated<string>;
  id: string;
  kind: string;
  seq: number;
  target: string;
  title: string;
  version: Generated<number>;
}

export interface EldercareStations {
  active: Generated<boolean>;
  address: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  lat: number;
  lng: number;
  minutes: Generated<number>;
  name: string;
  node_id: string;
  opening_hours: Generated<string>;
  services: Generated<string[]>;
  version: Generated<number>;
}

export interface EldercareTickets {
  assigned_at: Timestamp | null;
  assignee_name: Generated<string>;
  assignee_user_id: string | null;
  created_at: Generated<Timestamp>;
  description: string;
  district_id: string;
  done_at: Timestamp | null;
  done_note: Generated<string>;
  id: string;
  node_id: string;
  number: string;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  phone_mask: Generated<string>;
  rated_at: Timestamp | null;
  rating: number | null;
  rating_comment: Generated<string>;
  requester_name: string;
  requester_user_id: string | null;
  service: string;
  state: string;
  station_id: string;
  version: Generated<number>;
}

export interface EventsEvaluations {
  at: Generated<Timestamp>;
  by_name: string;
  by_user_id: string | null;
  district_id: string;
  event_id: string;
  fixed: boolean;
  note: Generated<string>;
  residents_agree: boolean;
}

export interface EventsEvents {
  address: Generated<string>;
  category: string;
  closed_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  deadline_at: Timestamp | null;
  department_id: string | null;
  description: Generated<string>;
  dispatched_at: Timestamp | null;
  district_id: string;
  duplicate_of: string | null;
  ever_dispatched: Generated<boolean>;
  handled_at: Timestamp | null;
  handling_node_id: string;
  id: string;
  lat: number | null;
  level: number;
  lng: number | null;
  node_id: string;
  number: number | null;
  patrol_id: string | null;
  public: Generated<boolean>;
  received_at: Timestamp | null;
  recurring: Generated<boolean>;
  report_day: string;
  reported_at: Timestamp;
  reporter_kind: string;
  reporter_name: string;
  reporter_user_id: string | null;
  resolved_at: Timestamp | null;
  state: string;
  title: string;
  updated_at: Generated<Timestamp>;
  verified_at: Timestamp | null;
  version: Generated<number>;
}

export interface EventsNumbers {
  day: string;
  district_id: string;
  last: number;
}

export interface EventsPhotos {
  bytes: Buffer;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  event_id: string;
  id: string;
  mime: string;
  sha256: string;
  size: number;
}

export interface EventsPrevention {
  address: Generated<string>;
  category: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  id: string;
  kind: string;
  lat: number | null;
  lng: number | null;
  measures: Generated<string>;
  node_id: string;
  owner_name: string;
  owner_user_id: string | null;
  review_note: Generated<string>;
  review_on: string;
  source_event_id: string | null;
  state: Generated<string>;
  title: string;
  version: Generated<number>;
}

export interface EventsRollup {
  category: string;
  day: string;
  dispatched: Generated<number>;
  district_id: string;
  handled: Generated<number>;
  node_id: string;
  received: Generated<number>;
  reported: Generated<number>;
  resolved: Generated<number>;
  shard: number;
  verified: Generated<number>;
}

export interface EventsRouting {
  category: string;
  created_at: Generated<Timestamp>;
  department_id: string;
  district_id: string;
  id: string;
  node_id: string;
}

export interface EventsSettings {
  district_id: string;
  recur_count: number;
  recur_days: number;
  recur_metres: number;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface EventsSla {
  category: string;
  district_id: string;
  handle_days: number;
  level: number;
  receive_hours: number;
}

export interface EventsSteps {
  action: string;
  actor_name: string;
  actor_user_id: string | null;
  at: Generated<Timestamp>;
  department_id: string | null;
  district_id: string;
  event_id: string;
  from_state: string | null;
  id: string;
  note: string | null;
  public: Generated<boolean>;
  to_state: string;
}

export interface GridAssignments {
  created_at: Generated<Timestamp>;
  district_id: string;
  from_day: string;
  id: string;
  kind: string;
  node_id: string;
  to_day: string | null;
  user_id: string;
  user_name: string;
}

export interface GridCivStandards {
  active: Generated<boolean>;
  category: string | null;
  code: string;
  district_id: string;
  id: string;
  item_code: string;
  item_name: string;
  project_code: string;
  project_name: string;
  sort: Generated<number>;
  text: string;
  updated_at: Generated<Timestamp>;
}

export interface GridEventStandards {
  district_id: string;
  event_id: string;
  node_id: string;
  standard_id: string;
  tagged_at: Generated<Timestamp>;
  tagged_by: string;
}

export interface GridImportMappings {
  district_id: string;
  kind: string;
  mapping: Json;
  updated_at: Generated<Timestamp>;
}

export interface GridImportRows {
  data: Json;
  district_id: string;
  import_id: string;
  row_no: number;
  seq: number;
}

export interface GridImports {
  committed_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  done: Generated<number>;
  errors: Json;
  failed: Generated<Json>;
  headers: Generated<Json>;
  id: string;
  imported: Generated<number>;
  kind: string;
  mapping: Generated<Json>;
  node_id: string;
  rows: Json;
  status: Generated<string>;
  total: number;
  user_id: string;
  valid: Generated<number>;
}

export interface GridNumbers {
  day: string;
  district_id: string;
  kind: string;
  last: number;
}

export interface GridOutlines {
  district_id: string;
  geojson: Json;
  max_lat: number;
  max_lng: number;
  min_lat: number;
  min_lng: number;
  node_id: string;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface GridPatrolFindings {
  created_at: Generated<Timestamp>;
  district_id: string;
  event_id: string | null;
  id: string;
  lat: number | null;
  lng: number | null;
  node_id: string;
  note: Generated<string>;
  patrol_id: string;
  rectified_at: Timestamp | null;
  standard_id: string;
}

export interface GridPatrols {
  as_head: Generated<boolean>;
  created_at: Generated<Timestamp>;
  district_id: string;
  ended_at: Timestamp;
  id: string;
  node_id: string;
  note: Generated<string>;
  number: string | null;
  started_at: Timestamp;
  track: Generated<Json>;
  user_id: string;
  user_name: string;
  week: string;
}

export interface GridRecordHistory {
  actor_name: string;
  actor_user_id: string | null;
  after: Json;
  at: Generated<Timestamp>;
  before: Json | null;
  change: string;
  district_id: string;
  id: string;
  record_id: string;
  visit_id: string | null;
}

export interface GridRecords {
  attrs: Json;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  id_bidx: Buffer | null;
  id_enc: Buffer | null;
  kind: string;
  label: string;
  last_visited_at: Timestamp | null;
  node_id: string;
  unique_key: string | null;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  visit_category: string;
}

export interface GridVisitRules {
  category: string;
  district_id: string;
  id: string;
  interval_days: number;
  node_id: string;
}

export interface GridVisits {
  as_cadre: Generated<boolean>;
  changed_count: Generated<number>;
  created_at: Generated<Timestamp>;
  day: string;
  district_id: string;
  id: string;
  lat: number | null;
  lng: number | null;
  node_id: string;
  note: Generated<string>;
  number: string | null;
  record_id: string;
  result: string;
  user_id: string;
  user_name: string;
  verified_count: Generated<number>;
  visited_at: Timestamp;
}

export interface HonoursAwards {
  active: Generated<boolean>;
  categories: Generated<string[]>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
}

export interface HonoursNominations {
  award_id: string;
  category: string;
  created_at: Generated<Timestamp>;
  deeds: string;
  district_id: string;
  id: string;
  node_id: string;
  nominated_by: string;
  nominator_kind: string;
  nominee_name: string;
  published_at: Timestamp | null;
  review_note: Generated<string>;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  state: string;
  version: Generated<number>;
  year: number;
}

export interface IncentivesCare {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  done_on: string;
  follow_up_done_on: string | null;
  follow_up_note: Generated<string>;
  follow_up_on: string | null;
  id: string;
  kind: string;
  node_id: string;
  person_id: string;
  person_name: string;
  summary: string;
  version: Generated<number>;
}

export interface IncentivesGrants {
  decided_at: Timestamp | null;
  decided_by: string | null;
  decider_name: Generated<string>;
  decision_no: number | null;
  decision_note: Generated<string>;
  decision_year: number | null;
  district_id: string;
  id: string;
  measure_code: string;
  node_id: string;
  order_id: string | null;
  person_id: string;
  person_name: string;
  proposed_at: Generated<Timestamp>;
  proposed_by: string | null;
  reason: string;
  rest_days: Generated<number>;
  source_ref: Generated<string>;
  state: Generated<string>;
  version: Generated<number>;
  year: number;
}

export interface IncentivesMeasures {
  active: Generated<boolean>;
  area: string;
  code: string;
  description: Generated<string>;
  district_id: string;
  name: string;
  quota: number | null;
  rest_days: Generated<number>;
  version: Generated<number>;
}

export interface IncentivesNumbers {
  district_id: string;
  kind: string;
  last: number;
  year: number;
}

export interface IncentivesRests {
  days: number;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decider_name: Generated<string>;
  district_id: string;
  ends_on: string;
  grant_id: string;
  id: string;
  node_id: string;
  note: Generated<string>;
  notice_no: number | null;
  notice_year: number | null;
  person_id: string;
  person_name: string;
  requested_at: Generated<Timestamp>;
  starts_on: string;
  state: Generated<string>;
  version: Generated<number>;
}

export interface IncentivesTalks {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  id: string;
  node_id: string;
  note: Generated<string>;
  outcome: string;
  person_id: string;
  person_name: string;
  reason: string;
  talked_on: string;
  talker: string;
}

export interface InspectionsFindings {
  category: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  deadline: string | null;
  description: string;
  district_id: string;
  evidence: Generated<string>;
  handed_over: Generated<boolean>;
  handover_reason: Generated<string>;
  id: string;
  last_return_reason: Generated<string>;
  node_id: string;
  plan: Generated<string>;
  rectified_on: string | null;
  round_id: string;
  seq: number;
  severity: string;
  state: string;
  suggestions: Generated<string[]>;
  unit_id: string;
  version: Generated<number>;
}

export interface InspectionsRounds {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  groups: Generated<Json>;
  id: string;
  kind: string;
  node_id: string;
  number: number;
  period_end: string;
  period_start: string;
  topic: string;
  version: Generated<number>;
  year: number;
}

export interface InspectionsSettings {
  categories: string[];
  district_id: string;
  updated_at: Generated<Timestamp>;
}

export interface InspectionsSteps {
  action: string;
  at: Generated<Timestamp>;
  by_name: Generated<string>;
  by_user: string;
  deadline: string | null;
  district_id: string;
  finding_id: string;
  id: string;
  note: Generated<string>;
}

export interface InspectionsUnits {
  created_at: Generated<Timestamp>;
  district_id: string;
  feedback_no: string | null;
  feedback_on: string | null;
  feedback_seq: number | null;
  group_name: Generated<string>;
  id: string;
  node_id: string;
  round_id: string;
  version: Generated<number>;
}

export interface JobsFairs {
  created_at: Generated<Timestamp>;
  day: string;
  district_id: string;
  id: string;
  name: string;
  node_id: string;
  place: Generated<string>;
  station_id: string;
  version: Generated<number>;
}

export interface JobsPostings {
  closed: Generated<boolean>;
  closes_on: string;
  created_at: Generated<Timestamp>;
  description: Generated<string>;
  district_id: string;
  employer: string;
  fair_id: string | null;
  headcount: number;
  hours: string;
  id: string;
  kind: string;
  node_id: string;
  owner_user_id: string | null;
  pay_max_fen: number;
  pay_min_fen: number;
  place: Generated<string>;
  station_id: string;
  title: string;
  version: Generated<number>;
}

export interface JobsRecommendations {
  answered_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  interview_note: Generated<string>;
  interview_on: string | null;
  posting_id: string;
  state: string;
  ticket_id: string;
  version: Generated<number>;
}

export interface JobsStations {
  active: Generated<boolean>;
  address: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  node_id: string;
  opening_hours: Generated<string>;
  staff_names: Generated<string[]>;
  staff_user_ids: Generated<string[]>;
  version: Generated<number>;
}

export interface JobsTickets {
  acted_at: Generated<Timestamp>;
  confirmed_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  hours: string;
  id: string;
  kinds: string[];
  node_id: string;
  note: Generated<string>;
  number: string;
  outcome_note: Generated<string>;
  person_id: string | null;
  rating: number | null;
  rating_comment: Generated<string>;
  requester_name: string;
  requester_user_id: string;
  skills: Generated<string>;
  state: string;
  station_id: string;
  version: Generated<number>;
  wants_training: Generated<boolean>;
}

export interface JuvenileActivities {
  attendance: number;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  held_on: string;
  id: string;
  site_id: string;
  title: string;
}

export interface JuvenileCases {
  birth_date: string;
  closed_on: string | null;
  closing_note: Generated<string>;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  diverted: boolean | null;
  gender: string;
  id: string;
  id_bidx: Buffer;
  id_enc: Buffer;
  id_mask: string;
  name_enc: Buffer;
  name_mask: string;
  node_id: string;
  outcome: string | null;
  plan: Generated<string[]>;
  problems: Generated<string[]>;
  referred_on: string;
  report_no: number | null;
  report_year: number | null;
  source: string;
  state: Generated<string>;
  summary: Generated<string>;
  version: Generated<number>;
  worker_id: string | null;
  worker_user_id: string | null;
}

export interface JuvenileEvaluations {
  case_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  evaluated_on: string;
  id: string;
  instrument: string;
  note: Generated<string>;
  score: number;
}

export interface JuvenileLibrary {
  code: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  guidance: Generated<string>;
  id: string;
  kind: string;
  name: string;
}

export interface JuvenileReportNumbers {
  district_id: string;
  last: number;
  year: number;
}

export interface JuvenileSessions {
  case_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  held_on: string;
  id: string;
  minutes: number;
  note: Generated<string>;
  technique: string;
}

export interface JuvenileSites {
  address: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
}

export interface JuvenileWorkers {
  active: Generated<boolean>;
  agency: Generated<string>;
  capacity: number;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  node_id: string;
  skills: Generated<string[]>;
  user_id: string;
  version: Generated<number>;
}

export interface LinkageExpertCases {
  closed: Generated<boolean>;
  created_at: Generated<Timestamp>;
  district_id: string;
  expert_id: string;
  id: string;
  node_id: string;
  outcome: Generated<string>;
  summary: string;
  taken_on: string;
}

export interface LinkageExpertRoles {
  code: string;
  district_id: string;
  grp: string;
  name: string;
  seq: number;
}

export interface LinkageExperts {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  node_id: string;
  office_hours: Generated<string>;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  phone_mask: Generated<string>;
  role: string;
  unit: Generated<string>;
  version: Generated<number>;
}

export interface LinkageItems {
  created_at: Generated<Timestamp>;
  detail: Generated<string>;
  district_id: string;
  done_at: Timestamp | null;
  due_on: string | null;
  id: string;
  link_id: string;
  node_id: string;
  note: Generated<string>;
  progress: Generated<number>;
  state: string;
  title: string;
  version: Generated<number>;
}

export interface LinkageLinks {
  created_at: Generated<Timestamp>;
  district_id: string;
  ended_on: string | null;
  id: string;
  kind: string;
  linker_name: string;
  linker_unit: Generated<string>;
  linker_user_id: string | null;
  node_id: string;
  started_on: string;
  version: Generated<number>;
}

export interface LinkageProblems {
  answer: Generated<string>;
  answered_at: Timestamp | null;
  answered_by: string | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  due_on: string;
  id: string;
  node_id: string;
  session_id: string;
  state: string;
  text: string;
  version: Generated<number>;
}

export interface LinkageSessions {
  attendance: number | null;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  format: string;
  host_kind: string;
  host_name: string;
  host_user_id: string | null;
  id: string;
  node_id: string;
  place: Generated<string>;
  starts_at: Timestamp;
  state: string;
  summary: Generated<string>;
  version: Generated<number>;
}

export interface MediationAgreements {
  case_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  performance: Generated<string>;
  signed_on: string;
  text: string;
}

export interface MediationCases {
  category: string;
  concluded_at: Timestamp | null;
  created_by: string;
  district_id: string;
  event_id: string | null;
  id: string;
  mediator_user_id: string | null;
  node_id: string;
  number: string;
  received_at: Generated<Timestamp>;
  referred_by: Generated<string>;
  result: string | null;
  room_id: string | null;
  source: string;
  state: string;
  step_code: string | null;
  summary: string;
  title: string;
  version: Generated<number>;
}

export interface MediationCounters {
  district_id: string;
  last: number;
  year: number;
}

export interface MediationHearings {
  attendees: string;
  case_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  held_at: Timestamp;
  id: string;
  minutes: string;
  place: string;
  step_code: string | null;
}

export interface MediationHistory {
  action: string;
  at: Generated<Timestamp>;
  by_user: string;
  case_id: string;
  district_id: string;
  from_state: string;
  note: Generated<string>;
  seq: number;
  to_state: string;
}

export interface MediationMediators {
  created_at: Generated<Timestamp>;
  district_id: string;
  name: string;
  room_id: string;
  user_id: string;
}

export interface MediationParties {
  case_id: string;
  district_id: string;
  id: string;
  id_bidx: Buffer | null;
  id_enc: Buffer | null;
  name_enc: Buffer;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  role: string;
}

export interface MediationReferrals {
  case_id: string;
  created_by: string;
  district_id: string;
  id: string;
  kind: string;
  note: Generated<string>;
  outcome: string | null;
  outcome_at: Timestamp | null;
  outcome_note: Generated<string>;
  referred_at: Generated<Timestamp>;
  to_name: string;
}

export interface MediationRooms {
  address: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
  version: Generated<number>;
}

export interface MediationSteps {
  code: string;
  district_id: string;
  hint: Generated<string>;
  name: string;
  sort: number;
}

export interface NotifyDeliveries {
  at: Generated<Timestamp>;
  channel: string;
  detail: Generated<string>;
  district_id: string;
  notification_id: string;
  status: string;
}

export interface NotifyNotifications {
  body: Generated<string>;
  created_at: Generated<Timestamp>;
  dedupe_key: string | null;
  district_id: string;
  id: string;
  kind: string;
  link: string | null;
  node_id: string | null;
  object_id: string | null;
  object_type: string | null;
  title: string;
  title_key: string | null;
  title_params: Json | null;
  user_id: string | null;
}

export interface NotifyReads {
  district_id: string;
  notification_id: string;
  read_at: Generated<Timestamp>;
  user_id: string;
}

export interface Open311Keys {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  id: string;
  key_hash: Buffer;
  last_used_at: Timestamp | null;
  name: string;
  node_id: string;
  prefix: string;
  revoked_at: Timestamp | null;
}

export interface Open311Requests {
  account_id: string | null;
  address_id: string | null;
  contact_enc: Buffer | null;
  created_at: Generated<Timestamp>;
  device_id: string | null;
  district_id: string;
  event_id: string;
  key_id: string;
  media_url: string | null;
  token: string;
}

export interface Open311Settings {
  district_id: string;
  publish: Generated<boolean>;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface OrgNodes {
  code: string | null;
  created_at: Generated<Timestamp>;
  depth: number;
  district_id: string;
  geojson: Json | null;
  id: string;
  level: string;
  name: string;
  name_initials: string;
  name_pinyin: string;
  parent_id: string | null;
  path: string;
  sort: Generated<number>;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface OrgPartyOrgs {
  created_at: Generated<Timestamp>;
  dissolved_on: string | null;
  district_id: string;
  established_on: string | null;
  id: string;
  kind: string;
  name: string;
  name_initials: string;
  node_id: string;
  parent_org_id: string | null;
  planned_end: string | null;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface OutreachFeedback {
  comment: Generated<string>;
  district_id: string;
  half_hours: Generated<number>;
  rating: string;
  read_at: Timestamp | null;
  report_id: string;
  sent_at: Generated<Timestamp>;
  sent_by: string | null;
}

export interface OutreachPledges {
  content: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  due_on: string;
  fulfilled_on: string | null;
  fulfilment: Generated<string>;
  id: string;
  report_id: string;
  state: Generated<string>;
  version: Generated<number>;
}

export interface OutreachProgrammes {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
  places: number;
  season: Generated<string>;
  summary: Generated<string>;
  version: Generated<number>;
  year: number;
}

export interface OutreachReports {
  accepted_at: Timestamp | null;
  accepted_by: string | null;
  community_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  member_name: string;
  note: Generated<string>;
  person_id: string;
  post: Generated<string>;
  programme_id: string | null;
  reported_at: Timestamp | null;
  source: string;
  state: string;
  unit_node_id: string;
  user_id: string | null;
  version: Generated<number>;
  year: number;
}

export interface OutreachServices {
  confirmed_at: Timestamp | null;
  confirmed_by: string | null;
  content: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  half_hours: number;
  id: string;
  note: Generated<string>;
  report_id: string;
  residents: Generated<number>;
  served_on: string;
  state: Generated<string>;
  version: Generated<number>;
}

export interface OwnersAssemblies {
  closed_on: string | null;
  closes_on: string;
  compound_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  node_id: string;
  notice_no: number | null;
  notice_year: number | null;
  opens_on: string;
  state: Generated<string>;
  title: string;
  total_area_x100: number;
  total_owners: number;
  version: Generated<number>;
}

export interface OwnersBallots {
  area_x100: number;
  assembly_id: string;
  cast_at: Generated<Timestamp>;
  changes: Generated<number>;
  channel: string;
  choices: string[];
  confirmed_at: Timestamp | null;
  confirmed_by: string | null;
  district_id: string;
  entered_by: string;
  owner_id: string;
  proxy_name: string | null;
}

export interface OwnersCandidates {
  cross_post: Generated<boolean>;
  district_id: string;
  elected: Generated<boolean>;
  election_id: string;
  id: string;
  owner_id: string;
  party_member: Generated<boolean>;
  vet_reason: Generated<string>;
  vetted_by: string | null;
  vetting: Generated<string>;
}

export interface OwnersElections {
  assembly_id: string | null;
  compound_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  node_id: string;
  renewal_of: string | null;
  seats: number;
  state: Generated<string>;
  term_ends: string | null;
  term_starts: string | null;
  version: Generated<number>;
}

export interface OwnersMatters {
  assembly_id: string;
  candidate_id: string | null;
  district_id: string;
  kind: string;
  passed: boolean | null;
  seq: number;
  title: string;
}

export interface OwnersNoticeNumbers {
  district_id: string;
  last: number;
  year: number;
}

export interface OwnersOwners {
  compound_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  node_id: string;
  owner_key: string;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  phone_mask: Generated<string>;
  user_id: string | null;
}

export interface OwnersProxies {
  assembly_id: string;
  district_id: string;
  document: string;
  principal_id: string;
  proxy_key: string;
  proxy_name: string;
  proxy_owner_id: string | null;
  recorded_at: Generated<Timestamp>;
  recorded_by: string;
  state: Generated<string>;
  voided_at: Timestamp | null;
}

export interface OwnersUnits {
  area_x100: number;
  compound_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  owner_id: string;
  room: string;
}

export interface PartnersAssignments {
  created_at: Generated<Timestamp>;
  district_id: string;
  need_id: string;
  partner_id: string;
}

export interface PartnersMembers {
  district_id: string;
  partner_id: string;
  user_id: string;
}

export interface PartnersNeeds {
  created_at: Generated<Timestamp>;
  detail: Generated<string>;
  district_id: string;
  done_at: Timestamp | null;
  id: string;
  merged_into: string | null;
  node_id: string;
  progress: Generated<number>;
  reported_by: string;
  reporter_kind: string;
  screen_note: Generated<string>;
  selected_at: Timestamp | null;
  state: string;
  target_date: string | null;
  title: string;
  version: Generated<number>;
  year: number | null;
}

export interface PartnersPartners {
  applied_by: string | null;
  contact: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
  offer_note: Generated<string>;
  offer_value_yuan: Generated<number>;
  offers: Generated<string[]>;
  review_note: Generated<string>;
  reviewed_at: Timestamp | null;
  reviewed_by: string | null;
  state: string;
  version: Generated<number>;
}

export interface PartnersPoints {
  created_at: Generated<Timestamp>;
  district_id: string;
  need_id: string;
  partner_id: string;
  points: number;
  year: number;
}

export interface PartnersUpdates {
  by_user: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  need_id: string;
  note: Generated<string>;
  partner_id: string | null;
  progress: number;
}

export interface PartnersYears {
  district_id: string;
  node_id: string;
  selected: Generated<number>;
  year: number;
}

export interface PartymembersCodes {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  expires_at: Timestamp;
  id: string;
  node_id: string;
  person_id: string | null;
  token: string;
  used_at: Timestamp | null;
}

export interface PartymembersContacts {
  channel: string;
  contacted_on: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  id: string;
  member_id: string;
  needs: Generated<string>;
  pair_id: string;
  study: Generated<string>;
}

export interface PartymembersHelp {
  contact_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  helped_at: Timestamp | null;
  helped_by: string | null;
  helped_note: Generated<string>;
  id: string;
  member_id: string;
  need: string;
  node_id: string;
  pair_id: string;
  status: Generated<string>;
  version: Generated<number>;
}

export interface PartymembersMembers {
  basic_checked: Generated<boolean>;
  conduct: Generated<string>;
  created_at: Generated<Timestamp>;
  destination: Generated<string>;
  direction: string;
  district_id: string;
  id: string;
  lat: number | null;
  left_on: string | null;
  lng: number | null;
  node_id: string;
  origin: Generated<string>;
  party_org_id: string;
  person_id: string;
  returned_on: string | null;
  source: Generated<string>;
  status: Generated<string>;
  team_id: string | null;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  work: Generated<string>;
}

export interface PartymembersMoves {
  created_at: Generated<Timestamp>;
  direction: string;
  district_id: string;
  id: string;
  member_id: string;
  moved_on: string;
  node_id: string;
  place: Generated<string>;
  source: Generated<string>;
}

export interface PartymembersPairs {
  contact_person_id: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  end_note: Generated<string>;
  end_reason: string | null;
  ended_on: string | null;
  id: string;
  member_id: string;
  node_id: string;
  note: Generated<string>;
  started_on: string;
  status: Generated<string>;
}

export interface PartymembersServices {
  created_at: Generated<Timestamp>;
  district_id: string;
  hours: Generated<Numeric>;
  id: string;
  member_id: string;
  note: Generated<string>;
  served_on: string;
  service: string;
  team_id: string;
}

export interface PartymembersStudy {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  done_on: string;
  id: string;
  item: string;
  member_id: string;
  month: string;
}

export interface PartymembersTeams {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  node_id: string;
  services: Generated<string[]>;
}

export interface PartyorgsActivities {
  attendance: number | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  extent: string;
  extent_met: string | null;
  held_on: string | null;
  how: string;
  id: string;
  menu_id: string | null;
  node_id: string;
  outcome: string | null;
  party_org_id: string;
  planned_on: string;
  recorded_at: Timestamp | null;
  status: Generated<string>;
  target_attendance: Generated<number>;
  version: Generated<number>;
  what: string;
  who: string;
  why: string;
}

export interface PartyorgsCriteria {
  active: Generated<boolean>;
  district_id: string;
  id: string;
  max_score: number;
  name: string;
  org_class: string;
  sort: Generated<number>;
}

export interface PartyorgsGrades {
  district_id: string;
  graded_at: Generated<Timestamp>;
  graded_by: string | null;
  id: string;
  level: string;
  max_total: number;
  node_id: string;
  note: Generated<string>;
  org_class: string;
  party_org_id: string;
  scores: Json;
  total: Numeric;
  version: Generated<number>;
  year: number;
}

export interface PartyorgsMenu {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  description: Generated<string>;
  district_id: string;
  id: string;
  node_id: string;
  title: string;
}

export interface PartyorgsReports {
  district_id: string;
  id: string;
  node_id: string;
  party_org_id: string;
  rated_at: Timestamp | null;
  rated_by: string | null;
  rating: string | null;
  rating_note: Generated<string>;
  report: string;
  secretary: string;
  submitted_at: Generated<Timestamp>;
  version: Generated<number>;
  year: number;
}

export interface PartyworkersAppraisals {
  appraised_at: Generated<Timestamp>;
  appraised_by: string | null;
  district_id: string;
  grade: string;
  note: Generated<string>;
  placement_id: string;
  year: number;
}

export interface PartyworkersLogs {
  days: number;
  district_id: string;
  month: string;
  placement_id: string;
  summary: string;
  written_at: Generated<Timestamp>;
  written_by: string | null;
}

export interface PartyworkersPlacements {
  contract_end: string;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  end_reason: Generated<string>;
  ended_on: string | null;
  id: string;
  name: string;
  node_id: string;
  phone: Generated<string>;
  qualifications: Generated<string[]>;
  started_on: string;
  version: Generated<number>;
}

export interface PartyworkersPosts {
  district_id: string;
  node_id: string;
  posts: number;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface PartyworkersSettings {
  district_id: string;
  version: Generated<number>;
  yearly_target: Generated<number>;
}

export interface PeopleClaimAttempts {
  at: Generated<Timestamp>;
  id: string;
  ip: string;
  matched: boolean;
  user_id: string;
}

export interface PeopleClaims {
  claimed_at: Generated<Timestamp>;
  district_id: string;
  how: string;
  person_id: string;
  user_id: string;
}

export interface PeopleGuardians {
  child_id: string;
  consent_text: string;
  consented_at: Generated<Timestamp>;
  district_id: string;
  guardian_id: string;
  guardian_user_id: string;
  revoked_at: Timestamp | null;
}

export interface PeopleIdentities {
  attrs: Generated<Json>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  person_id: string;
  updated_at: Generated<Timestamp>;
}

export interface PeopleImportBatches {
  committed_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  errors: Generated<Json>;
  expires_at: Timestamp;
  file_name: Generated<string>;
  headers: Generated<Json>;
  id: string;
  imported: number | null;
  invalid: number;
  mapping: Generated<Json>;
  node_id: string;
  rows_enc: Buffer;
  status: Generated<string>;
  total: number;
  user_id: string;
  valid: number;
}

export interface PeopleImportMappings {
  district_id: string;
  mapping: Json;
  updated_at: Generated<Timestamp>;
}

export interface PeopleNodeCounts {
  district_id: string;
  kind: string;
  n: number;
  node_id: string;
}

export interface PeoplePersons {
  address: Generated<string>;
  birth_date: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  gender: string;
  id: string;
  id_bidx: Buffer;
  id_enc: Buffer;
  name: string;
  name_initials: string;
  name_pinyin: string;
  node_id: string;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface PetitionsCounters {
  district_id: string;
  kind: string;
  last: Generated<number>;
  year: number;
}

export interface PetitionsSettings {
  accept_days: number;
  district_id: string;
  handle_days: number;
  review_days: number;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface PetitionsStaff {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  phone_mask: Generated<string>;
  role: string;
  studio_id: string;
  user_id: string | null;
}

export interface PetitionsStudios {
  created_at: Generated<Timestamp>;
  district_id: string;
  hours: Generated<string>;
  id: string;
  kind: string;
  name: string;
  node_id: string;
  version: Generated<number>;
}

export interface PetitionsVisits {
  accept_due: string;
  agreement: boolean | null;
  assigned_on: string | null;
  category: string;
  channel: string;
  closed_on: string | null;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  dept_node_id: string | null;
  district_id: string;
  executed: boolean | null;
  handle_due: string | null;
  id: string;
  id_bidx: Buffer | null;
  id_enc: Buffer | null;
  id_mask: Generated<string>;
  matter: string;
  mediation_case_no: string | null;
  name: string;
  node_id: string;
  notice_no: string | null;
  outcome: string | null;
  people_count: number;
  person_id: string | null;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  phone_mask: Generated<string>;
  repeat_of: string | null;
  replied_on: string | null;
  reply: Generated<string>;
  resident_user_id: string | null;
  review_reason: Generated<string>;
  route: string | null;
  route_note: Generated<string>;
  satisfaction: string | null;
  state: string;
  studio_id: string | null;
  triaged_by: string | null;
  triaged_on: string | null;
  version: Generated<number>;
  visited_on: string;
}

export interface PlatformIdempotency {
  body: Json | null;
  created_at: Generated<Timestamp>;
  key: string;
  request_hash: string;
  status: number;
  user_id: string;
}

export interface PlatformSettings {
  key: string;
  updated_at: Generated<Timestamp>;
  value: Json;
}

export interface ProjectsBallots {
  created_at: Generated<Timestamp>;
  created_by: string;
  decided_at: Timestamp | null;
  district_id: string;
  id: string;
  node_id: string;
  seats: number;
  state: Generated<string>;
  title: string;
  version: Generated<number>;
  vote_id: string | null;
  year: number;
}

export interface ProjectsContractors {
  contact_name: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  phone_enc: Buffer | null;
  phone_mask: Generated<string>;
  project_id: string;
  role: string;
}

export interface ProjectsItems {
  acceptance_note: string | null;
  ballot_id: string | null;
  ballot_position: number | null;
  ballot_votes: number | null;
  category: string;
  closed_at: Timestamp | null;
  completed_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  created_by: string;
  description: Generated<string>;
  district_id: string;
  id: string;
  kind: string;
  menu_item_id: string | null;
  node_id: string;
  orderer_label: Generated<string>;
  orderer_person_id: string | null;
  orderer_user_id: string | null;
  progress: Generated<number>;
  public_fen: Generated<number>;
  rating_count: Generated<number>;
  rating_sum: Generated<number>;
  reject_reason: string | null;
  social_fen: Generated<number>;
  social_source: Generated<string>;
  stage: string;
  stage_since: Generated<Timestamp>;
  title: string;
  unit_node_id: string | null;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  year: number;
}

export interface ProjectsMenu {
  active: Generated<boolean>;
  category: string;
  created_at: Generated<Timestamp>;
  description: Generated<string>;
  district_id: string;
  estimate_fen: Generated<number>;
  id: string;
  node_id: string;
  title: string;
}

export interface ProjectsMilestones {
  created_at: Generated<Timestamp>;
  district_id: string;
  done_at: Timestamp | null;
  due_on: string;
  id: string;
  note: Generated<string>;
  project_id: string;
  seq: number;
  title: string;
}

export interface ProjectsNotes {
  author_label: string;
  author_user_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  project_id: string;
  text: string;
}

export interface ProjectsPhotos {
  bytes: Buffer;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  height: number;
  id: string;
  milestone_id: string | null;
  mime: string;
  project_id: string;
  width: number;
}

export interface ProjectsRatings {
  by_user_id: string;
  comment: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  project_id: string;
  rater_id: string;
  rater_kind: string;
  score: number;
}

export interface ProjectsUnitScores {
  district_id: string;
  project_id: string;
  recorded_at: Generated<Timestamp>;
  score: Numeric;
  source: string;
  unit_node_id: string;
  year: number;
}

export interface PropertyCommitteeLinks {
  compound_id: string;
  district_id: string;
  user_id: string;
}

export interface PropertyCommitteeMembers {
  compound_id: string;
  district_id: string;
  id: string;
  name: string;
  party_member: Generated<boolean>;
  post: string;
  term_ends: string | null;
}

export interface PropertyCompanies {
  contact_name: Generated<string>;
  created_at: Generated<Timestamp>;
  credit_code: string;
  district_id: string;
  has_party_org: Generated<boolean>;
  id: string;
  name: string;
  node_id: string;
  party_org_id: string | null;
  version: Generated<number>;
}

export interface PropertyCompounds {
  address: Generated<string>;
  branch_kind: Generated<string>;
  company_id: string | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  households: Generated<number>;
  id: string;
  name: string;
  node_id: string;
  party_org_id: string | null;
  version: Generated<number>;
}

export interface PropertyCriteria {
  code: string;
  district_id: string;
  grp: Generated<string>;
  kind: string;
  name: string;
  sort: Generated<number>;
  weight: Numeric;
}

export interface PropertyFees {
  billed: Numeric;
  compound_id: string;
  district_id: string;
  households_billed: Generated<number>;
  households_paid: Generated<number>;
  paid: Numeric;
  period: string;
  updated_at: Generated<Timestamp>;
  updated_by: string;
}

export interface PropertyIssues {
  amount: Numeric | null;
  compound_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  due_on: string | null;
  id: string;
  kind: string;
  measure: Generated<string>;
  meeting_id: string | null;
  months: number | null;
  resolution: Generated<string>;
  resolved_at: Timestamp | null;
  room: Generated<string>;
  state: string;
  state_since: Generated<Timestamp>;
  title: string;
  version: Generated<number>;
}

export interface PropertyIssueSteps {
  at: Generated<Timestamp>;
  by_user: string;
  district_id: string;
  from_state: string;
  issue_id: string;
  meeting_id: string | null;
  note: Generated<string>;
  seq: number;
  to_state: string;
}

export interface PropertyMeetings {
  attendees: string;
  compound_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  held_on: string;
  id: string;
  minutes: string;
}

export interface PropertyQualityScores {
  compound_id: string;
  district_id: string;
  quarter: number;
  scored_at: Generated<Timestamp>;
  scored_by: string;
  scores: Json;
  total: Numeric;
  year: number;
}

export interface PropertyQualityYears {
  average: Numeric | null;
  campaign: Generated<boolean>;
  compound_id: string;
  district_id: string;
  rated_at: Timestamp | null;
  stars: number | null;
  year: number;
}

export interface PropertyRatings {
  comment: Generated<string>;
  company_id: string;
  district_id: string;
  id: string;
  node_id: string;
  published_at: Timestamp | null;
  scored_at: Generated<Timestamp>;
  scored_by: string;
  scores: Json;
  stars: number;
  state: string;
  total: Numeric;
  version: Generated<number>;
  year: number;
}

export interface PropertyStaffLinks {
  company_id: string;
  district_id: string;
  user_id: string;
}

export interface PsychBookings {
  counsellor_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  minutes: number | null;
  notes_enc: Buffer | null;
  point_id: string;
  slot: string;
  state: string;
  topic: string;
  user_id: string;
  version: Generated<number>;
}

export interface PsychCounsellors {
  active: Generated<boolean>;
  district_id: string;
  id: string;
  name: string;
  point_id: string;
  user_id: string | null;
  weekly_hours: Numeric;
}

export interface PsychFollowups {
  by_user: string;
  condition: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  on_time: boolean;
  patient_id: string;
  risk_level: number;
  visited_on: string;
  way: string;
}

export interface PsychHotlineMonths {
  calls: number;
  district_id: string;
  id: string;
  month: string;
  node_id: string;
  updated_at: Generated<Timestamp>;
  updated_by: string;
  version: Generated<number>;
  visits: number;
  youth: number;
}

export interface PsychPatients {
  category: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  grid_worker_id: string | null;
  huji: boolean;
  id: string;
  id_enc: Buffer;
  id_index: Buffer;
  id_mask: string;
  last_visit_on: string | null;
  name_enc: Buffer;
  name_mask: string;
  node_id: string;
  registered_on: string;
  risk_level: number;
  version: Generated<number>;
}

export interface PsychPayments {
  amount_fen: number;
  district_id: string;
  month: string;
  paid_on: string;
  subsidy_id: string;
}

export interface PsychPoints {
  active: Generated<boolean>;
  address: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
  version: Generated<number>;
}

export interface PsychScreenings {
  created_at: Generated<Timestamp>;
  district_id: string;
  flagged: number;
  held_on: string;
  id: string;
  node_id: string;
  population: string;
  screened: number;
  title: string;
}

export interface PsychSubsidies {
  applied_on: string;
  approved_by: string | null;
  checked_by: string | null;
  created_at: Generated<Timestamp>;
  decided_on: string | null;
  district_id: string;
  id: string;
  monthly_fen: number;
  patient_id: string;
  reason: Generated<string>;
  state: string;
  version: Generated<number>;
}

export interface SecondmentsAssignments {
  batch_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  person_id: string;
  person_name: string;
  post: Generated<string>;
  rated_at: Timestamp | null;
  rated_by: string | null;
  rating: string | null;
  rating_comment: Generated<string>;
  street_id: string;
  unit_name: Generated<string>;
  user_id: string | null;
  version: Generated<number>;
}

export interface SecondmentsBatches {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  ends_on: string;
  id: string;
  name: string;
  node_id: string;
  starts_on: string;
  version: Generated<number>;
  work_kind: string;
}

export interface SecondmentsEntries {
  assignment_id: string;
  cases: Generated<number>;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  households: Generated<number>;
  id: string;
  kind: string;
  on_date: string;
  what: string;
}

export interface SecondmentsProgress {
  batch_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  done: Numeric;
  recorded_by: string;
  recorded_on: string;
  street_id: string;
  target: Numeric;
}

export interface SecondmentsSpecialCadres {
  attitude: string | null;
  comment: Generated<string>;
  district_id: string;
  id: string;
  outcome: string | null;
  person_id: string;
  person_name: string;
  rated_at: Timestamp | null;
  rated_by: string | null;
  responsibility: string | null;
  results: string | null;
  role: string | null;
  special_id: string;
  unit_name: Generated<string>;
  version: Generated<number>;
}

export interface SecondmentsSpecials {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  ends_on: string;
  id: string;
  node_id: string;
  starts_on: string;
  topic: string;
}

export interface SecondmentsStreets {
  batch_id: string;
  district_id: string;
  street_id: string;
  unit: Generated<string>;
}

export interface SecretariesCandidates {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  interview_score: number | null;
  name: string;
  node_id: string;
  note: Generated<string>;
  notice_from: string | null;
  notice_to: string | null;
  person_id: string | null;
  selection_id: string;
  stage: string;
  user_id: string | null;
  version: Generated<number>;
  written_score: number | null;
}

export interface SecretariesElectionResults {
  district_id: string;
  election_id: string;
  name: string;
  node_id: string;
  term_id: string;
}

export interface SecretariesElections {
  created_at: Generated<Timestamp>;
  district_id: string;
  held_on: string;
  id: string;
  node_id: string;
  year: number;
}

export interface SecretariesRotations {
  created_at: Generated<Timestamp>;
  district_id: string;
  from_node_id: string;
  from_term_id: string;
  id: string;
  name: string;
  rotated_on: string;
  to_node_id: string;
  to_term_id: string;
}

export interface SecretariesSelectionPosts {
  district_id: string;
  node_id: string;
  selection_id: string;
}

export interface SecretariesSelections {
  created_at: Generated<Timestamp>;
  deadline: string;
  district_id: string;
  id: string;
  kind: string;
  node_id: string;
  requirements: Generated<string>;
  state: Generated<string>;
  title: string;
  version: Generated<number>;
}

export interface SecretariesTerms {
  created_at: Generated<Timestamp>;
  district_id: string;
  end_reason: Generated<string>;
  ended_on: string | null;
  id: string;
  method: string;
  name: string;
  node_id: string;
  person_id: string | null;
  selection_id: string | null;
  started_on: string;
  term_no: number;
  user_id: string | null;
  version: Generated<number>;
}

export interface ServicesItems {
  category: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  description: Generated<string>;
  district_id: string;
  id: string;
  list: string;
  node_id: string;
  open: Generated<boolean>;
  provider_org_id: string | null;
  title: string;
}

export interface ServicesOrders {
  accepted_at: Timestamp | null;
  accepted_by: string | null;
  cancelled_at: Timestamp | null;
  category: string;
  contact_phone_enc: Buffer | null;
  delivered_at: Timestamp | null;
  delivery_note: string | null;
  district_id: string;
  id: string;
  item_id: string | null;
  list: string;
  node_id: string;
  note: Generated<string>;
  org_id: string | null;
  org_name: string | null;
  placed_at: Generated<Timestamp>;
  provider_org_id: string | null;
  rated_at: Timestamp | null;
  rating: number | null;
  rating_comment: string | null;
  resident_label: string;
  resident_user_id: string;
  state: string;
  title: string;
  version: Generated<number>;
}

export interface SocialfundAgreementNumbers {
  district_id: string;
  last: number;
  year: number;
}

export interface SocialfundApplications {
  agreement_on: string | null;
  agreement_seq: number | null;
  agreement_year: number | null;
  applicant_name: string;
  beneficiaries: number;
  category: string;
  clawback_fen: number | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  grade: string | null;
  granted_fen: number | null;
  id: string;
  node_id: string;
  office_note: Generated<string>;
  org_id: string | null;
  requested_fen: Generated<number>;
  round_id: string;
  state: Generated<string>;
  submitted_at: Timestamp | null;
  summary: Generated<string>;
  title: string;
  user_id: string;
  version: Generated<number>;
  withdraw_reason: Generated<string>;
}

export interface SocialfundBudgetLines {
  amount_fen: number;
  application_id: string;
  district_id: string;
  item: string;
  line_no: number;
}

export interface SocialfundFunds {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
  tranche_plan: number[];
  version: Generated<number>;
  yearly_budget_fen: number;
}

export interface SocialfundReports {
  application_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  progress: number;
  reported_on: string;
  served: number;
  text: string;
  user_id: string;
}

export interface SocialfundRounds {
  allocated_fen: Generated<number>;
  budget_fen: number;
  cap_fen: number;
  categories: string[];
  closes_on: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  fund_id: string;
  id: string;
  opens_on: string;
  round_no: number;
  state: Generated<string>;
  title: string;
  version: Generated<number>;
  year: number;
}

export interface SocialfundScores {
  application_id: string;
  comment: Generated<string>;
  district_id: string;
  reviewer_id: string;
  reviewer_name: string;
  score: number;
  submitted_at: Generated<Timestamp>;
}

export interface SocialfundTranches {
  amount_fen: number;
  application_id: string;
  district_id: string;
  paid_on: string | null;
  percent: number;
  seq: number;
  state: Generated<string>;
}

export interface SocialorgsAssignments {
  base_id: string | null;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  ends_on: string;
  id: string;
  instructor_id: string;
  org_id: string | null;
  starts_on: string;
}

export interface SocialorgsBases {
  address: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
}

export interface SocialorgsInspections {
  district_id: string;
  note: Generated<string>;
  org_id: string;
  recorded_at: Generated<Timestamp>;
  recorded_by: string;
  result: string;
  year: number;
}

export interface SocialorgsInstructors {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  node_id: string;
  phone: Generated<string>;
  unit: string;
}

export interface SocialorgsLinkOrgs {
  district_id: string;
  link_id: string;
  org_id: string;
}

export interface SocialorgsLinks {
  base_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  held_on: string;
  id: string;
  link: string;
  summary: Generated<string>;
  title: string;
}

export interface SocialorgsOrgs {
  category: string;
  contact: Generated<string>;
  created_at: Generated<Timestamp>;
  credit_code: string;
  district_id: string;
  id: string;
  incubation_level: string | null;
  incubation_state: string | null;
  name: string;
  node_id: string;
  party_branch: string;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface SocialorgsProjects {
  amount_yuan: Generated<Numeric>;
  created_at: Generated<Timestamp>;
  district_id: string;
  funder: Generated<string>;
  id: string;
  org_id: string;
  title: string;
  year: number;
}

export interface SocialorgsSettlements {
  base_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  ends_on: string;
  org_id: string;
  starts_on: string;
}

export interface SocialorgsStaff {
  district_id: string;
  linked_at: Generated<Timestamp>;
  org_id: string;
  user_id: string;
}

export interface SocialorgsTalents {
  cert_level: string | null;
  cert_no: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  name: string;
  node_id: string;
  org_id: string | null;
  phone: Generated<string>;
}

export interface SocialorgsTrainings {
  course: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  hours: Numeric;
  id: string;
  talent_id: string;
  trained_on: string;
}

export interface SocialorgsVisits {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  instructor_id: string;
  org_id: string;
  outcome: Generated<string>;
  topic: string;
  visited_on: string;
}

export interface StabilityAssessments {
  conclusion: Generated<string>;
  confirmed_at: Timestamp | null;
  confirmed_level: string | null;
  created_at: Generated<Timestamp>;
  decision_id: string;
  district_id: string;
  experts: Generated<string>;
  id: string;
  level: string | null;
  methods: Generated<string[]>;
  reasons: Generated<string[]>;
  report_no: number | null;
  report_year: number | null;
  review_note: Generated<string>;
  reviewed_by: string | null;
  reviewer_name: Generated<string>;
  risks: Generated<Json>;
  round: number;
  state: Generated<string>;
  submitted_at: Timestamp | null;
  survey_against: Generated<number>;
  survey_for: Generated<number>;
  survey_neutral: Generated<number>;
  version: Generated<number>;
}

export interface StabilityDecisions {
  affected: number;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  decided_at: Timestamp | null;
  decided_on: string | null;
  district_id: string;
  field: string;
  id: string;
  node_id: string;
  outcome: string | null;
  planned_on: string;
  round: Generated<number>;
  state: Generated<string>;
  summary: Generated<string>;
  title: string;
  version: Generated<number>;
  withdraw_reason: Generated<string>;
}

export interface StabilityIncidents {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  decision_id: string;
  district_id: string;
  event_no: Generated<string>;
  id: string;
  occurred_on: string;
  people: Generated<number>;
  summary: string;
}

export interface StabilityMeasures {
  content: string;
  created_at: Generated<Timestamp>;
  decision_id: string;
  district_id: string;
  done_on: string | null;
  due_on: string;
  id: string;
  owner: string;
  progress: Generated<string>;
  round: number;
  version: Generated<number>;
}

export interface StabilityReportNumbers {
  district_id: string;
  last: number;
  year: number;
}

export interface StabilitySettings {
  district_id: string;
  opposition_high_pct: Generated<number>;
  opposition_mid_pct: Generated<number>;
  version: Generated<number>;
}

export interface StabilitySources {
  created_at: Generated<Timestamp>;
  dimension: string;
  district_id: string;
  hint: Generated<string>;
  id: string;
  name: string;
}

export interface TaskforcesApplications {
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_note: Generated<string>;
  district_id: string;
  id: string;
  incentive_declaration_id: string | null;
  incentive_declared_at: Timestamp | null;
  order_id: string;
  person_id: string;
  person_name: string;
  post_index: number;
  retired_leader: Generated<boolean>;
  start_date: string | null;
  state: string;
  statement: Generated<string>;
  unit_node_id: string;
  user_id: string | null;
  version: Generated<number>;
}

export interface TaskforcesCounters {
  district_id: string;
  last: number;
  year: number;
}

export interface TaskforcesOrders {
  audience: string;
  close_reason: Generated<string>;
  closed: Generated<boolean>;
  closed_at: Timestamp | null;
  closed_by: string | null;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  lead_node_id: string;
  mission: string;
  name: string;
  node_id: string;
  number: string;
  open_from: string;
  open_to: string;
  posts: Json;
  seq: number;
  term_start: string;
  year: number;
}

export interface TaskforcesRatings {
  application_id: string;
  comment: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  rated_by: string;
  rated_on: string;
  rating: string;
}

export interface TasksAcknowledgements {
  at: Generated<Timestamp>;
  district_id: string;
  order_id: string;
  user_id: string;
}

export interface TasksApplications {
  applicant_name: string;
  applicant_node_id: string;
  applicant_user_id: string;
  commander_name: string | null;
  commander_person_id: string | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  party_org_id: string | null;
  plan: string;
  status: Generated<string>;
  task_id: string;
}

export interface TasksAwards {
  awarded_at: Generated<Timestamp>;
  awarded_by: string;
  commander_account_id: string | null;
  commander_name: string;
  commander_person_id: string | null;
  district_id: string;
  task_id: string;
}

export interface TasksAwardUnits {
  application_id: string;
  district_id: string;
  lead: boolean;
  name: string;
  node_id: string;
  party_org_id: string | null;
  task_id: string;
}

export interface TasksConsequences {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  kind: string;
  note: Generated<string>;
  order_id: string;
  points: Generated<Numeric>;
  recorded_by: string;
  subject_node_id: string | null;
  subject_person_id: string | null;
}

export interface TasksEvaluationRuns {
  district_id: string;
  last_day: string;
  ran_at: Generated<Timestamp>;
}

export interface TasksEvaluations {
  actual: Numeric;
  day: string;
  district_id: string;
  overdue: boolean;
  planned: Numeric;
  status: string;
  task_id: string;
}

export interface TasksExemptions {
  applicant_user_id: string;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  district_id: string;
  grounds: string;
  id: string;
  innovation: string;
  order_id: string;
  status: Generated<string>;
  task_id: string;
}

export interface TasksLists {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  published_at: Timestamp | null;
  published_by: string | null;
  published_version: number | null;
  status: Generated<string>;
  title: string;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  year: number;
}

export interface TasksMilestones {
  district_id: string;
  due_date: string;
  percent: Generated<Numeric>;
  planned_from: string;
  seq: number;
  task_id: string;
  title: string;
  weight: Numeric;
}

export interface TasksOrderCounters {
  district_id: string;
  last: number;
  type: string;
  year: number;
}

export interface TasksOrders {
  body: string;
  commander_account_id: string | null;
  commander_name: string | null;
  commander_person_id: string | null;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decision_reason: string | null;
  district_id: string;
  id: string;
  issued_at: Timestamp | null;
  issued_by: string | null;
  number: string | null;
  origin: string;
  proposal_reason: string | null;
  seq: number | null;
  status: Generated<string>;
  task_id: string;
  title: string;
  trigger: string | null;
  type: string;
  unit_name: string | null;
  unit_node_id: string | null;
  version: Generated<number>;
  year: number;
}

export interface TasksPerformance {
  aspect: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  node_id: string;
  note: string;
  occurred_on: string;
  person_id: string | null;
  positive: boolean;
  recorded_by: string;
  task_id: string;
  unit_name: string;
}

export interface TasksProjects {
  branch_party_org_id: string | null;
  category: Generated<string>;
  created_at: Generated<Timestamp>;
  district_id: string;
  hq_party_org_id: string | null;
  id: string;
  investment: Numeric | null;
  lead_name: string | null;
  lead_node_id: string | null;
  name: string;
  note: Generated<string>;
  stage: string;
  task_id: string | null;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  year: number;
}

export interface TasksProposals {
  category: string;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decision_reason: string | null;
  district_id: string;
  id: string;
  list_id: string;
  payload: Json;
  proposer_name: string;
  proposer_node_id: string;
  proposer_user_id: string;
  rationale: Generated<string>;
  status: Generated<string>;
  task_id: string | null;
  title: string;
}

export interface TasksReports {
  attachments: Generated<Json>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  milestone_seq: number;
  narrative: Generated<string>;
  percent: Numeric;
  reporter_name: string;
  reporter_user_id: string;
  task_id: string;
}

export interface TasksSettings {
  deadline_notice_days: number;
  district_id: string;
  indicator_grace_days: Generated<number>;
  ranking_lag_days: Generated<number>;
  ranking_lag_places: Generated<number>;
  red_days_for_accountability: number;
  red_margin: number;
  updated_at: Generated<Timestamp>;
  updated_by: string | null;
  version: Generated<number>;
  yellow_margin: number;
}

export interface TasksTasks {
  actual_progress: Generated<Numeric>;
  beneficiaries: Generated<number>;
  cancel_reason: string | null;
  cancelled_at: Timestamp | null;
  category: string;
  commander_account_id: string | null;
  commander_name: string | null;
  commander_person_id: string | null;
  completed_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  deadline: string;
  district_id: string;
  eval_status: string | null;
  goal: string;
  id: string;
  indicators: Generated<Json>;
  investment: Numeric | null;
  kind: Generated<string>;
  lag_since: string | null;
  list_id: string | null;
  ms_actual: number | null;
  ms_open_due: string | null;
  ms_weight: number | null;
  no: number;
  owner_node_id: string | null;
  plan_cum: number[] | null;
  plan_due: string[] | null;
  plan_start: string | null;
  plan_weight: number[] | null;
  red_since: string | null;
  responsible_name: string | null;
  responsible_node_id: string | null;
  source: string;
  start_date: string;
  status: Generated<string>;
  title: string;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
  year: number;
}

export interface TasksUnitScores {
  district_id: string;
  id: string;
  label: string;
  recorded_at: Generated<Timestamp>;
  recorded_by: string | null;
  score: Numeric;
  source: string;
  unit_node_id: string;
  year: number;
}

export interface TasksViolations {
  created_at: Generated<Timestamp>;
  description: string;
  district_id: string;
  id: string;
  occurred_on: string;
  recorded_by: string;
  task_id: string;
}

export interface TrainingAttempts {
  answers: Json | null;
  deadline_at: Timestamp;
  district_id: string;
  exam_id: string;
  id: string;
  name: string;
  passed: boolean | null;
  person_id: string | null;
  score: number | null;
  started_at: Generated<Timestamp>;
  submitted_at: Timestamp | null;
  user_id: string;
}

export interface TrainingAwards {
  against: number | null;
  agree: number | null;
  basis: Json;
  course_id: string | null;
  created_at: Generated<Timestamp>;
  decided_at: Timestamp | null;
  district_id: string;
  id: string;
  kind: string;
  node_id: string;
  number: string | null;
  opinion: Generated<string>;
  reviewed_at: Timestamp | null;
  score: Numeric;
  status: Generated<string>;
  teacher_id: string;
  version: Generated<number>;
  year: number;
}

export interface TrainingCertificates {
  attempt_id: string;
  course_title: string;
  district_id: string;
  exam_id: string;
  hours: Numeric;
  id: string;
  issued_at: Generated<Timestamp>;
  name: string;
  number: string;
  person_id: string | null;
  score: number;
  user_id: string;
}

export interface TrainingClasses {
  checkin_token: string | null;
  checkin_until: Timestamp | null;
  course_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  ends_at: Timestamp;
  hours: Numeric;
  id: string;
  mode: string;
  node_id: string;
  place: Generated<string>;
  starts_at: Timestamp;
  status: Generated<string>;
  teacher_id: string | null;
  title: string;
  version: Generated<number>;
}

export interface TrainingCommittee {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  district_id: string;
  duty: string;
  id: string;
  name: string;
  node_id: string;
  organisation: Generated<string>;
  user_id: string | null;
}

export interface TrainingCourses {
  active: Generated<boolean>;
  code: string;
  created_at: Generated<Timestamp>;
  description: Generated<string>;
  district_id: string;
  from_problem_id: string | null;
  hours: Numeric;
  id: string;
  mode: string;
  node_id: string;
  power: string;
  title: string;
}

export interface TrainingEnrolments {
  attended_at: Timestamp | null;
  class_id: string;
  district_id: string;
  enrolled_at: Generated<Timestamp>;
  method: string | null;
  name: string;
  person_id: string | null;
  user_id: string;
}

export interface TrainingExams {
  course_id: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  duration_min: number;
  id: string;
  max_attempts: Generated<number>;
  pass_mark: number;
  questions: Json;
  status: Generated<string>;
  title: string;
}

export interface TrainingForums {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  held_on: string;
  id: string;
  node_id: string;
  title: string;
}

export interface TrainingProblems {
  course_id: string | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  forum_id: string;
  id: string;
  kind: string;
  raised_by: string;
  raised_label: string;
  text: string;
}

export interface TrainingRatings {
  class_id: string;
  created_at: Generated<Timestamp>;
  district_id: string;
  stars: number;
  user_id: string;
}

export interface TrainingTeachers {
  active: Generated<boolean>;
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  node_id: string;
  organisation: Generated<string>;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  phone_mask: string | null;
  pool: string;
  specialty: Generated<string>;
  user_id: string | null;
  version: Generated<number>;
}

export interface TrainingTrackCourses {
  course_id: string;
  district_id: string;
  plan_id: string;
}

export interface TrainingTrackPlans {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  node_id: string;
  note: Generated<string>;
  required_hours: Numeric;
  track: string;
  version: Generated<number>;
  year: number;
}

export interface VenuesBookings {
  attendance: number | null;
  booker: string;
  checked_in_at: Timestamp | null;
  created_at: Generated<Timestamp>;
  district_id: string;
  expected: number;
  id: string;
  note: Generated<string>;
  org_name: Generated<string>;
  room_id: string;
  slot: string;
  state: string;
  summary: Generated<string>;
  title: string;
  user_id: string;
  venue_id: string;
  version: Generated<number>;
}

export interface VenuesPopulations {
  as_of: string;
  district_id: string;
  node_id: string;
  population: number;
}

export interface VenuesRooms {
  active: Generated<boolean>;
  capacity: number;
  district_id: string;
  equipment: Generated<string[]>;
  id: string;
  name: string;
  venue_id: string;
}

export interface VenuesVenues {
  address: Generated<string>;
  advance_days: number | null;
  area_m2: Numeric;
  closes_at: number;
  created_at: Generated<Timestamp>;
  district_id: string;
  door_code: string;
  id: string;
  joined_on: string;
  lat: number | null;
  left_on: string | null;
  level: string;
  lng: number | null;
  max_hours: Numeric | null;
  name: string;
  name_initials: string;
  name_pinyin: string;
  needs_approval: Generated<boolean>;
  node_id: string;
  open_days: Generated<number[]>;
  opens_at: number;
  owner_unit: Generated<string>;
  version: Generated<number>;
}

export interface VillagefundBatches {
  amount_fen: number;
  approved_at: Timestamp | null;
  approved_by: string | null;
  decision_note: string | null;
  district_id: string;
  id: string;
  paid_at: Timestamp | null;
  paid_by: string | null;
  progress: number;
  progress_note: string;
  project_id: string;
  requested_at: Generated<Timestamp>;
  requested_by: string;
  seq: number;
  status: string;
}

export interface VillagefundLedger {
  amount_fen: number;
  batch_id: string | null;
  counterparty: Generated<string>;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  id: string;
  kind: string;
  note: Generated<string>;
  occurred_on: string;
  pool_id: string;
  project_id: string | null;
  rate_bp: number | null;
  source: string | null;
}

export interface VillagefundPlans {
  collective_share: number;
  district_id: string;
  exit_terms: string;
  indicators: Json;
  milestones: string;
  project_id: string;
  set_at: Generated<Timestamp>;
  set_by: string;
  sources: Json;
  total_fen: number;
  version: Generated<number>;
}

export interface VillagefundPledges {
  asset: string;
  asset_kind: string;
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  inflow_id: string | null;
  lender: string;
  loan_fen: number;
  node_id: string;
  pledged_on: string;
  pool_id: string;
  release_on: string;
  released_on: string | null;
  term_months: number;
  value_fen: number;
  version: Generated<number>;
}

export interface VillagefundPools {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  name: string;
  node_id: string;
  version: Generated<number>;
}

export interface VillagefundProjects {
  annual_cost_fen: number;
  annual_revenue_fen: number;
  applied_at: Generated<Timestamp>;
  applied_by: string;
  category: string;
  decided_at: Timestamp | null;
  decision_note: string | null;
  description: string;
  district_id: string;
  exit_reason: string | null;
  exit_recovered_fen: number | null;
  exited_at: Timestamp | null;
  feasibility: Json | null;
  feasibility_at: Timestamp | null;
  horizon_years: number;
  households: Generated<number>;
  id: string;
  investment_fen: number;
  node_id: string;
  pool_id: string;
  risks: Json;
  stage: string;
  title: string;
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface VillagefundReviews {
  collective_return_fen: number;
  cost_fen: number;
  district_id: string;
  grade: string;
  household_return_fen: number;
  households: number;
  indicators_met: number;
  indicators_total: number;
  note: Generated<string>;
  project_id: string;
  revenue_fen: number;
  reviewed_at: Generated<Timestamp>;
  reviewed_by: string;
  score: number;
  year: number;
}

export interface VillagefundVisits {
  created_at: Generated<Timestamp>;
  created_by: string;
  district_id: string;
  id: string;
  member_name: string;
  note: Generated<string>;
  opinion: string;
  project_id: string;
  unit: string;
  visited_on: string;
}

export interface VisitteamFindings {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  fixed_by: string | null;
  fixed_note: Generated<string>;
  fixed_on: string | null;
  id: string;
  item: string;
  member_id: string | null;
  place: string;
  round_id: string;
  seen: string;
  version: Generated<number>;
}

export interface VisitteamMembers {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  id: string;
  name: string;
  phone_bidx: Buffer | null;
  phone_enc: Buffer | null;
  phone_mask: Generated<string>;
  street: Generated<string>;
  term_end: string;
  term_start: string;
  version: Generated<number>;
}

export interface VisitteamRoundMembers {
  district_id: string;
  member_id: string;
  round_id: string;
}

export interface VisitteamRounds {
  created_at: Generated<Timestamp>;
  created_by: string | null;
  district_id: string;
  held_on: string;
  id: string;
  items: string[];
  node_id: string;
  note: Generated<string>;
  version: Generated<number>;
}

export interface VolunteersActivities {
  cancelled_at: Timestamp | null;
  capacity: number;
  checkin_token: string;
  created_at: Generated<Timestamp>;
  description: Generated<string>;
  district_id: string;
  ends_at: Timestamp;
  id: string;
  node_id: string;
  organiser_user_id: string;
  place: Generated<string>;
  starts_at: Timestamp;
  team_id: string | null;
  title: string;
}

export interface VolunteersHours {
  activity_id: string | null;
  district_id: string;
  hours: Numeric;
  id: string;
  node_id: string;
  recorded_at: Generated<Timestamp>;
  recorded_by: string;
  source: string;
  volunteer_id: string;
  year: number;
}

export interface VolunteersSettings {
  district_id: string;
  star_hours: number[];
  updated_at: Generated<Timestamp>;
  version: Generated<number>;
}

export interface VolunteersSignups {
  activity_id: string;
  checkin_at: Timestamp | null;
  checkout_at: Timestamp | null;
  confirmed_at: Timestamp | null;
  confirmed_by: string | null;
  district_id: string;
  hours: Numeric | null;
  signed_at: Generated<Timestamp>;
  state: string;
  volunteer_id: string;
}

export interface VolunteersTeams {
  created_at: Generated<Timestamp>;
  district_id: string;
  id: string;
  leader: Generated<string>;
  name: string;
  node_id: string;
}

export interface VolunteersVolunteers {
  district_id: string;
  id: string;
  joined_at: Generated<Timestamp>;
  label: string;
  node_id: string;
  person_id: string | null;
  team_id: string | null;
  user_id: string | null;
}

export interface VotesBallots {
  choices: number[];
  district_id: string;
  id: string;
  vote_id: string;
  voter_id: string | null;
}

export interface VotesOptions {
  district_id: string;
  label: string;
  position: number;
  vote_id: string;
}

export interface VotesPaperBatches {
  ballot_count: number;
  decided_at: Timestamp | null;
  decided_by: string | null;
  decided_name: string | null;
  district_id: string;
  entered_at: Generated<Timestamp>;
  entered_by: string;
  entered_name: string;
  id: string;
  note: Generated<string>;
  reject_reason: string | null;
  sealed: ArrayType<Buffer> | null;
  status: Generated<string>;
  vote_id: string;
  voters: string[];
}

export interface VotesResults {
  count: number;
  district_id: string;
  first: number;
  points: number;
  position: number;
  vote_id: string;
}

export interface VotesSealed {
  district_id: string;
  id: string;
  sealed: Buffer;
  vote_id: string;
}

export interface VotesVoters {
  cast_at: Generated<Timestamp>;
  cast_by: string;
  channel: string;
  district_id: string;
  vote_id: string;
  voter_id: string;
}

export interface VotesVotes {
  ballots_count: number | null;
  cancel_reason: string | null;
  cancelled_at: Timestamp | null;
  closed_at: Timestamp | null;
  closes_at: Timestamp;
  created_at: Generated<Timestamp>;
  created_by: string | null;
  description: Generated<string>;
  district_id: string;
  eligible_count: number | null;
  id: string;
  kind: string;
  kind_params: Generated<Json>;
  max_choices: number;
  method: string;
  node_id: string;
  opens_at: Timestamp;
  owner: string;
  owner_ref: string | null;
  secret: boolean;
  title: string;
  version: Generated<number>;
}

export interface DB {
  accounts_grants: AccountsGrants;
  accounts_invites: AccountsInvites;
  accounts_ip_failures: AccountsIpFailures;
  accounts_known_devices: AccountsKnownDevices;
  accounts_otp_codes: AccountsOtpCodes;
  accounts_password_history: AccountsPasswordHistory;
  accounts_phones: AccountsPhones;
  accounts_role_policies: AccountsRolePolicies;
  accounts_sessions: AccountsSessions;
  accounts_users: AccountsUsers;
  assessment_cycles: AssessmentCycles;
  assessment_declarations: AssessmentDeclarations;
  assessment_indicators: AssessmentIndicators;
  assessment_observations: AssessmentObservations;
  assessment_peer_reviews: AssessmentPeerReviews;
  assessment_points: AssessmentPoints;
  assessment_portraits: AssessmentPortraits;
  assessment_pq_entries: AssessmentPqEntries;
  assessment_report_files: AssessmentReportFiles;
  assessment_reports: AssessmentReports;
  assessment_rotation_plans: AssessmentRotationPlans;
  assessment_settings: AssessmentSettings;
  assessment_sheets: AssessmentSheets;
  assessment_units: AssessmentUnits;
  audit_head: AuditHead;
  audit_log: AuditLog;
  campaigns_campaigns: CampaignsCampaigns;
  campaigns_households: CampaignsHouseholds;
  campaigns_members: CampaignsMembers;
  campaigns_records: CampaignsRecords;
  campaigns_teams: CampaignsTeams;
  campaigns_visits: CampaignsVisits;
  compacts_attendance: CompactsAttendance;
  compacts_contracts: CompactsContracts;
  compacts_items: CompactsItems;
  compacts_meetings: CompactsMeetings;
  compacts_numbers: CompactsNumbers;
  contests_contests: ContestsContests;
  contests_entries: ContestsEntries;
  contests_judges: ContestsJudges;
  contests_rounds: ContestsRounds;
  contests_scores: ContestsScores;
  contests_units: ContestsUnits;
  council_attendance: CouncilAttendance;
  council_bodies: CouncilBodies;
  council_comments: CouncilComments;
  council_drafts: CouncilDrafts;
  council_follows: CouncilFollows;
  council_ideas: CouncilIdeas;
  council_meetings: CouncilMeetings;
  council_members: CouncilMembers;
  council_photos: CouncilPhotos;
  council_progress: CouncilProgress;
  council_supports: CouncilSupports;
  council_topics: CouncilTopics;
  creation_declarations: CreationDeclarations;
  creation_index_indicators: CreationIndexIndicators;
  creation_index_scores: CreationIndexScores;
  creation_indicators: CreationIndicators;
  creation_items: CreationItems;
  creation_programmes: CreationProgrammes;
  creation_publicity_numbers: CreationPublicityNumbers;
  creation_rectifications: CreationRectifications;
  culture_certificate_numbers: CultureCertificateNumbers;
  culture_certificates: CultureCertificates;
  culture_facilities: CultureFacilities;
  culture_hours: CultureHours;
  culture_members: CultureMembers;
  culture_nomination_quotas: CultureNominationQuotas;
  culture_nominations: CultureNominations;
  culture_orders: CultureOrders;
  culture_programmes: CultureProgrammes;
  culture_rehearsals: CultureRehearsals;
  culture_settings: CultureSettings;
  culture_teams: CultureTeams;
  dutylists_bulletins: DutylistsBulletins;
  dutylists_items: DutylistsItems;
  dutylists_lists: DutylistsLists;
  dutylists_referrals: DutylistsReferrals;
  dutylists_reports: DutylistsReports;
  dutylists_templates: DutylistsTemplates;
  eldercare_stations: EldercareStations;
  eldercare_tickets: EldercareTickets;
  events_evaluations: EventsEvaluations;
  events_events: EventsEvents;
  events_numbers: EventsNumbers;
  events_photos: EventsPhotos;
  events_prevention: EventsPrevention;
  events_rollup: EventsRollup;
  events_routing: EventsRouting;
  events_settings: EventsSettings;
  events_sla: EventsSla;
  events_steps: EventsSteps;
  grid_assignments: GridAssignments;
  grid_civ_standards: GridCivStandards;
  grid_event_standards: GridEventStandards;
  grid_import_mappings: GridImportMappings;
  grid_import_rows: GridImportRows;
  grid_imports: GridImports;
  grid_numbers: GridNumbers;
  grid_outlines: GridOutlines;
  grid_patrol_findings: GridPatrolFindings;
  grid_patrols: GridPatrols;
  grid_record_history: GridRecordHistory;
  grid_records: GridRecords;
  grid_visit_rules: GridVisitRules;
  grid_visits: GridVisits;
  honours_awards: HonoursAwards;
  honours_nominations: HonoursNominations;
  incentives_care: IncentivesCare;
  incentives_grants: IncentivesGrants;
  incentives_measures: IncentivesMeasures;
  incentives_numbers: IncentivesNumbers;
  incentives_rests: IncentivesRests;
  incentives_talks: IncentivesTalks;
  inspections_findings: InspectionsFindings;
  inspections_rounds: InspectionsRounds;
  inspections_settings: InspectionsSettings;
  inspections_steps: InspectionsSteps;
  inspections_units: InspectionsUnits;
  jobs_fairs: JobsFairs;
  jobs_postings: JobsPostings;
  jobs_recommendations: JobsRecommendations;
  jobs_stations: JobsStations;
  jobs_tickets: JobsTickets;
  juvenile_activities: JuvenileActivities;
  juvenile_cases: JuvenileCases;
  juvenile_evaluations: JuvenileEvaluations;
  juvenile_library: JuvenileLibrary;
  juvenile_report_numbers: JuvenileReportNumbers;
  juvenile_sessions: JuvenileSessions;
  juvenile_sites: JuvenileSites;
  juvenile_workers: JuvenileWorkers;
  linkage_expert_cases: LinkageExpertCases;
  linkage_expert_roles: LinkageExpertRoles;
  linkage_experts: LinkageExperts;
  linkage_items: LinkageItems;
  linkage_links: LinkageLinks;
  linkage_problems: LinkageProblems;
  linkage_sessions: LinkageSessions;
  mediation_agreements: MediationAgreements;
  mediation_cases: MediationCases;
  mediation_counters: MediationCounters;
  mediation_hearings: MediationHearings;
  mediation_history: MediationHistory;
  mediation_mediators: MediationMediators;
  mediation_parties: MediationParties;
  mediation_referrals: MediationReferrals;
  mediation_rooms: MediationRooms;
  mediation_steps: MediationSteps;
  notify_deliveries: NotifyDeliveries;
  notify_notifications: NotifyNotifications;
  notify_reads: NotifyReads;
  open311_keys: Open311Keys;
  open311_requests: Open311Requests;
  open311_settings: Open311Settings;
  org_nodes: OrgNodes;
  org_party_orgs: OrgPartyOrgs;
  outreach_feedback: OutreachFeedback;
  outreach_pledges: OutreachPledges;
  outreach_programmes: OutreachProgrammes;
  outreach_reports: OutreachReports;
  outreach_services: OutreachServices;
  owners_assemblies: OwnersAssemblies;
  owners_ballots: OwnersBallots;
  owners_candidates: OwnersCandidates;
  owners_elections: OwnersElections;
  owners_matters: OwnersMatters;
  owners_notice_numbers: OwnersNoticeNumbers;
  owners_owners: OwnersOwners;
  owners_proxies: OwnersProxies;
  owners_units: OwnersUnits;
  partners_assignments: PartnersAssignments;
  partners_members: PartnersMembers;
  partners_needs: PartnersNeeds;
  partners_partners: PartnersPartners;
  partners_points: PartnersPoints;
  partners_updates: PartnersUpdates;
  partners_years: PartnersYears;
  partymembers_codes: PartymembersCodes;
  partymembers_contacts: PartymembersContacts;
  partymembers_help: PartymembersHelp;
  partymembers_members: PartymembersMembers;
  partymembers_moves: PartymembersMoves;
  partymembers_pairs: PartymembersPairs;
  partymembers_services: PartymembersServices;
  partymembers_study: PartymembersStudy;
  partymembers_teams: PartymembersTeams;
  partyorgs_activities: PartyorgsActivities;
  partyorgs_criteria: PartyorgsCriteria;
  partyorgs_grades: PartyorgsGrades;
  partyorgs_menu: PartyorgsMenu;
  partyorgs_reports: PartyorgsReports;
  partyworkers_appraisals: PartyworkersAppraisals;
  partyworkers_logs: PartyworkersLogs;
  partyworkers_placements: PartyworkersPlacements;
  partyworkers_posts: PartyworkersPosts;
  partyworkers_settings: PartyworkersSettings;
  people_claim_attempts: PeopleClaimAttempts;
  people_claims: PeopleClaims;
  people_guardians: PeopleGuardians;
  people_identities: PeopleIdentities;
  people_import_batches: PeopleImportBatches;
  people_import_mappings: PeopleImportMappings;
  people_node_counts: PeopleNodeCounts;
  people_persons: PeoplePersons;
  petitions_counters: PetitionsCounters;
  petitions_settings: PetitionsSettings;
  petitions_staff: PetitionsStaff;
  petitions_studios: PetitionsStudios;
  petitions_visits: PetitionsVisits;
  platform_idempotency: PlatformIdempotency;
  platform_settings: PlatformSettings;
  projects_ballots: ProjectsBallots;
  projects_contractors: ProjectsContractors;
  projects_items: ProjectsItems;
  projects_menu: ProjectsMenu;
  projects_milestones: ProjectsMilestones;
  projects_notes: ProjectsNotes;
  projects_photos: ProjectsPhotos;
  projects_ratings: ProjectsRatings;
  projects_unit_scores: ProjectsUnitScores;
  property_committee_links: PropertyCommitteeLinks;
  property_committee_members: PropertyCommitteeMembers;
  property_companies: PropertyCompanies;
  property_compounds: PropertyCompounds;
  property_criteria: PropertyCriteria;
  property_fees: PropertyFees;
  property_issue_steps: PropertyIssueSteps;
  property_issues: PropertyIssues;
  property_meetings: PropertyMeetings;
  property_quality_scores: PropertyQualityScores;
  property_quality_years: PropertyQualityYears;
  property_ratings: PropertyRatings;
  property_staff_links: PropertyStaffLinks;
  psych_bookings: PsychBookings;
  psych_counsellors: PsychCounsellors;
  psych_followups: PsychFollowups;
  psych_hotline_months: PsychHotlineMonths;
  psych_patients: PsychPatients;
  psych_payments: PsychPayments;
  psych_points: PsychPoints;
  psych_screenings: PsychScreenings;
  psych_subsidies: PsychSubsidies;
  secondments_assignments: SecondmentsAssignments;
  secondments_batches: SecondmentsBatches;
  secondments_entries: SecondmentsEntries;
  secondments_progress: SecondmentsProgress;
  secondments_special_cadres: SecondmentsSpecialCadres;
  secondments_specials: SecondmentsSpecials;
  secondments_streets: SecondmentsStreets;
  secretaries_candidates: SecretariesCandidates;
  secretaries_election_results: SecretariesElectionResults;
  secretaries_elections: SecretariesElections;
  secretaries_rotations: SecretariesRotations;
  secretaries_selection_posts: SecretariesSelectionPosts;
  secretaries_selections: SecretariesSelections;
  secretaries_terms: SecretariesTerms;
  services_items: ServicesItems;
  services_orders: ServicesOrders;
  socialfund_agreement_numbers: SocialfundAgreementNumbers;
  socialfund_applications: SocialfundApplications;
  socialfund_budget_lines: SocialfundBudgetLines;
  socialfund_funds: SocialfundFunds;
  socialfund_reports: SocialfundReports;
  socialfund_rounds: SocialfundRounds;
  socialfund_scores: SocialfundScores;
  socialfund_tranches: SocialfundTranches;
  socialorgs_assignments: SocialorgsAssignments;
  socialorgs_bases: SocialorgsBases;
  socialorgs_inspections: SocialorgsInspections;
  socialorgs_instructors: SocialorgsInstructors;
  socialorgs_link_orgs: SocialorgsLinkOrgs;
  socialorgs_links: SocialorgsLinks;
  socialorgs_orgs: SocialorgsOrgs;
  socialorgs_projects: SocialorgsProjects;
  socialorgs_settlements: SocialorgsSettlements;
  socialorgs_staff: SocialorgsStaff;
  socialorgs_talents: SocialorgsTalents;
  socialorgs_trainings: SocialorgsTrainings;
  socialorgs_visits: SocialorgsVisits;
  stability_assessments: StabilityAssessments;
  stability_decisions: StabilityDecisions;
  stability_incidents: StabilityIncidents;
  stability_measures: StabilityMeasures;
  stability_report_numbers: StabilityReportNumbers;
  stability_settings: StabilitySettings;
  stability_sources: StabilitySources;
  taskforces_applications: TaskforcesApplications;
  taskforces_counters: TaskforcesCounters;
  taskforces_orders: TaskforcesOrders;
  taskforces_ratings: TaskforcesRatings;
  tasks_acknowledgements: TasksAcknowledgements;
  tasks_applications: TasksApplications;
  tasks_award_units: TasksAwardUnits;
  tasks_awards: TasksAwards;
  tasks_consequences: TasksConsequences;
  tasks_evaluation_runs: TasksEvaluationRuns;
  tasks_evaluations: TasksEvaluations;
  tasks_exemptions: TasksExemptions;
  tasks_lists: TasksLists;
  tasks_milestones: TasksMilestones;
  tasks_order_counters: TasksOrderCounters;
  tasks_orders: TasksOrders;
  tasks_performance: TasksPerformance;
  tasks_projects: TasksProjects;
  tasks_proposals: TasksProposals;
  tasks_reports: TasksReports;
  tasks_settings: TasksSettings;
  tasks_tasks: TasksTasks;
  tasks_unit_scores: TasksUnitScores;
  tasks_violations: TasksViolations;
  training_attempts: TrainingAttempts;
  training_awards: TrainingAwards;
  training_certificates: TrainingCertificates;
  training_classes: TrainingClasses;
  training_committee: TrainingCommittee;
  training_courses: TrainingCourses;
  training_enrolments: TrainingEnrolments;
  training_exams: TrainingExams;
  training_forums: TrainingForums;
  training_problems: TrainingProblems;
  training_ratings: TrainingRatings;
  training_teachers: TrainingTeachers;
  training_track_courses: TrainingTrackCourses;
  training_track_plans: TrainingTrackPlans;
  venues_bookings: VenuesBookings;
  venues_populations: VenuesPopulations;
  venues_rooms: VenuesRooms;
  venues_venues: VenuesVenues;
  villagefund_batches: VillagefundBatches;
  villagefund_ledger: VillagefundLedger;
  villagefund_plans: VillagefundPlans;
  villagefund_pledges: VillagefundPledges;
  villagefund_pools: VillagefundPools;
  villagefund_projects: VillagefundProjects;
  villagefund_reviews: VillagefundReviews;
  villagefund_visits: VillagefundVisits;
  visitteam_findings: VisitteamFindings;
  visitteam_members: VisitteamMembers;
  visitteam_round_members: VisitteamRoundMembers;
  visitteam_rounds: VisitteamRounds;
  volunteers_activities: VolunteersActivities;
  volunteers_hours: VolunteersHours;
  volunteers_settings: VolunteersSettings;
  volunteers_signups: VolunteersSignups;
  volunteers_teams: VolunteersTeams;
  volunteers_volunteers: VolunteersVolunteers;
  votes_ballots: VotesBallots;
  votes_options: VotesOptions;
  votes_paper_batches: VotesPaperBatches;
  votes_results: VotesResults;
  votes_sealed: VotesSealed;
  votes_voters: VotesVoters;
  votes_votes: VotesVotes;
}
