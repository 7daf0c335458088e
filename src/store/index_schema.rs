//! The inbox index's tables: one row per case, as `CaseRow` holds it.

/// Bump when a column is added or its meaning changes: older indexes are
/// then rebuilt from the event files.
pub const SCHEMA_VERSION: i64 = 9;

pub(super) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS damaged (id TEXT PRIMARY KEY, message TEXT NOT NULL);
-- Each diagnosed case's precedent for the recurring alarm (domain::alarm),
-- as JSON: opening a case reads these rows instead of every case's files.
CREATE TABLE IF NOT EXISTS precedents (id TEXT PRIMARY KEY, json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cases (
  id TEXT PRIMARY KEY,
  customer TEXT NOT NULL,
  customer_key TEXT NOT NULL,
  platform TEXT NOT NULL,
  platform_id TEXT,
  rating INTEGER,
  headline TEXT NOT NULL,
  playbook TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  received_at INTEGER NOT NULL,
  deadline INTEGER NOT NULL,
  sent INTEGER NOT NULL,
  done INTEGER NOT NULL,
  total INTEGER NOT NULL,
  -- the step the walk opens at (7: was the first required step)
  pending_step TEXT,
  peer_review_open INTEGER NOT NULL,
  review_pending INTEGER NOT NULL,
  authors TEXT NOT NULL,
  authors_key TEXT NOT NULL,
  cooldown_opens_at INTEGER,
  latest_event_at INTEGER NOT NULL,
  changed INTEGER NOT NULL,
  follow_up_due INTEGER,
  search TEXT NOT NULL,
  events INTEGER NOT NULL,
  practice INTEGER NOT NULL,
  closing TEXT,
  answered INTEGER NOT NULL,
  assignee TEXT,
  assignee_key TEXT,
  owner_approval_open INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS cases_inbox ON cases (sent, deadline, customer_key, id);
CREATE INDEX IF NOT EXISTS cases_created ON cases (created_at, id);
CREATE INDEX IF NOT EXISTS cases_platform ON cases (platform, platform_id);
CREATE INDEX IF NOT EXISTS cases_review_by ON cases (review_pending, authors_key);
CREATE INDEX IF NOT EXISTS cases_follow_up ON cases (sent, changed, follow_up_due);
-- The inbox's counts read these small indexes, not every row (an index
-- added here is made on the next open of an older file; no rebuild).
CREATE INDEX IF NOT EXISTS cases_practice ON cases (practice, state);
CREATE INDEX IF NOT EXISTS cases_assignee ON cases (assignee_key, sent, practice);
";
