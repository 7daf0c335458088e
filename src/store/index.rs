//! The inbox index: one SQLite row per case with what the inbox and
//! `heard list` show, so nothing reads the whole store to draw a row. It is
//! derived data — the event files stay the truth — kept in
//! `<store>/.index/inbox.sqlite3` (ignored by git), updated in the same step
//! as each event write, and rebuilt from the files when it is missing, from
//! an older schema, made for another team roster, or damaged
//! (`heard reindex` does it by hand). See `index_store.rs` for the hooks.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};
use time::OffsetDateTime;

use crate::domain::inbox::Filter;
use crate::domain::inbox_row::CaseRow;

#[path = "index_schema.rs"]
mod schema;
use schema::SCHEMA;
pub use schema::SCHEMA_VERSION;

#[path = "index_columns.rs"]
mod columns;
use columns::*;

/// What the inbox shows: a filter, a search, for whom, at what time.
#[derive(Debug, Clone, Copy)]
pub struct InboxQuery<'a> {
    pub filter: Filter,
    pub query: &'a str,
    pub me: &'a str,
    pub now: OffsetDateTime,
}

impl InboxQuery<'_> {
    /// The WHERE clause for the filter (the same rule as
    /// `CaseRow::matches`) and the search, with its parameters.
    fn clause(&self, filter: Filter) -> (String, Vec<rusqlite::types::Value>) {
        use rusqlite::types::Value;
        let me = Value::Text(format!("{SEP}{}{SEP}", person_key(self.me)));
        let (mut sql, mut args) = match filter {
            Filter::Open => (
                "sent = 0 AND practice = 0 AND state <> 'closed'".to_string(),
                vec![],
            ),
            Filter::MyReview => (
                "review_pending = 1 AND instr(authors_key, ?) = 0".into(),
                vec![me],
            ),
            Filter::OthersReview => (
                "review_pending = 1 AND instr(authors_key, ?) > 0".into(),
                vec![me],
            ),
            Filter::FollowUpDue => (
                "sent = 1 AND (changed = 1 OR follow_up_due <= ?)".into(),
                vec![Value::Integer(nanos(self.now))],
            ),
            Filter::Sent => ("sent = 1".into(), vec![]),
            Filter::Practice => ("practice = 1".into(), vec![]),
            // Compared with the identity rules, worked out before SQL sees it.
            Filter::AssignedToMe => (
                "sent = 0 AND practice = 0 AND assignee_key = ?".into(),
                vec![Value::Text(crate::domain::identity::name_key(self.me))],
            ),
            Filter::All => ("1".into(), vec![]),
        };
        let q = self.query.trim().to_lowercase();
        if !q.is_empty() {
            sql = format!("({sql}) AND instr(search, ?) > 0");
            args.push(Value::Text(q));
        }
        (sql, args)
    }

    fn order(&self) -> &'static str {
        if self.filter == Filter::FollowUpDue {
            "changed DESC, follow_up_due IS NOT NULL, follow_up_due, customer_key, id"
        } else {
            "sent, deadline, customer_key, id"
        }
    }
}

pub struct Index {
    conn: Connection,
}

impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Index")
    }
}

impl Index {
    /// Open (creating) the index file. Returns whether it is usable as it
    /// is (false: new, or from another schema — emptied, to be rebuilt).
    pub fn open(path: &Path) -> rusqlite::Result<(Index, bool)> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))?;
        // Derived data: losing the last writes to a crash costs a rebuild,
        // never a case, so no fsync per row.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "OFF")?;
        // Up to 32 MB of pages kept (allocated only as pages are read):
        // `heard list` walks every row, the inbox a screenful.
        conn.pragma_update(None, "cache_size", -32_768)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let current = version == SCHEMA_VERSION;
        if !current {
            conn.execute_batch(
                "DROP TABLE IF EXISTS cases; DROP TABLE IF EXISTS meta; DROP TABLE IF EXISTS damaged; \
                 DROP TABLE IF EXISTS precedents;",
            )?;
        }
        conn.execute_batch(SCHEMA)?;
        if !current {
            // Written only when it changes: a start that only reads writes nothing.
            conn.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        }
        Ok((Index { conn }, current))
    }

    /// An index that lives in memory only (tests, benches).
    pub fn in_memory() -> rusqlite::Result<Index> {
        let conn = Connection::open_in_memory()?;
        conn.execute_batch(SCHEMA)?;
        Ok(Index { conn })
    }

    pub fn meta(&self, key: &str) -> rusqlite::Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM meta WHERE key = ?", [key], |r| r.get(0))
            .optional()
    }

    pub fn set_meta(&self, key: &str, value: &str) -> rusqlite::Result<()> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                [key, value],
            )
            .map(drop)
    }

    /// Run `f` in one transaction (a rebuild, an import batch).
    pub fn batch<T>(&self, f: impl FnOnce(&Index) -> rusqlite::Result<T>) -> rusqlite::Result<T> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        match f(self) {
            Ok(v) => {
                self.conn.execute_batch("COMMIT")?;
                Ok(v)
            }
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                Err(e)
            }
        }
    }

    pub fn clear(&self) -> rusqlite::Result<()> {
        self.conn.execute_batch(
            "DELETE FROM cases; DELETE FROM damaged; DELETE FROM meta; DELETE FROM precedents;",
        )
    }

    /// Write a case's row: `search` is `CaseRow::search_text`, `events` the
    /// number of event files it was folded from.
    pub fn put(&self, row: &CaseRow, search: &str, events: usize) -> rusqlite::Result<()> {
        let mut st = self.conn.prepare_cached(
            "INSERT OR REPLACE INTO cases VALUES \
             (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
              ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)",
        )?;
        let authors = row.authors.join(&SEP.to_string());
        let authors_key: String = std::iter::once(String::new())
            .chain(row.authors.iter().map(|a| person_key(a)))
            .chain(std::iter::once(String::new()))
            .collect::<Vec<_>>()
            .join(&SEP.to_string());
        st.execute(params![
            row.id,
            row.customer,
            row.customer.to_lowercase(),
            row.platform,
            row.platform_id,
            row.rating,
            row.headline,
            row.playbook,
            state_name(row.state),
            nanos(row.created_at),
            nanos(row.received_at),
            nanos(row.deadline),
            row.sent,
            int(row.done),
            int(row.total),
            row.pending_step.map(step_name),
            row.peer_review_open,
            row.review_pending,
            authors,
            authors_key,
            row.cooldown_opens_at.map(nanos),
            nanos(row.latest_event_at),
            row.review_changed_after_send,
            row.follow_up_due.map(nanos),
            search,
            int(events),
            row.practice,
            row.closing,
            row.answered,
            row.assignee,
            row.assignee
                .as_deref()
                .map(crate::domain::identity::name_key),
            row.owner_approval_open,
        ])?;
        self.conn
            .prepare_cached("DELETE FROM damaged WHERE id = ?")?
            .execute([&row.id])?;
        Ok(())
    }

    /// A case's row and its precedent for the recurring alarm (none when it
    /// has no diagnosis), from the case as folded from `events` files.
    pub fn put_case(&self, case: &crate::domain::Case, events: usize) -> rusqlite::Result<()> {
        self.put(&CaseRow::of(case), &CaseRow::search_text(case), events)?;
        match crate::domain::alarm::Precedent::of(case) {
            Some(p) => {
                let json = serde_json::to_string(&p)
                    .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
                self.conn
                    .prepare_cached("INSERT OR REPLACE INTO precedents (id, json) VALUES (?, ?)")?
                    .execute([&case.id, &json])?;
            }
            None => {
                self.conn
                    .prepare_cached("DELETE FROM precedents WHERE id = ?")?
                    .execute([&case.id])?;
            }
        }
        Ok(())
    }

    /// Every diagnosed case's precedent, as the index holds them.
    pub fn precedents(&self) -> rusqlite::Result<Vec<crate::domain::alarm::Precedent>> {
        let mut st = self
            .conn
            .prepare_cached("SELECT json FROM precedents ORDER BY id")?;
        let rows = st.query_map([], |r| r.get::<_, String>(0))?;
        let mut out = Vec::new();
        for json in rows {
            let json = json?;
            let p = serde_json::from_str(&json).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(
                    0,
                    rusqlite::types::Type::Text,
                    Box::new(e),
                )
            })?;
            out.push(p);
        }
        Ok(out)
    }

    /// A case whose files do not load: no row, and why, for `heard list`.
    pub fn put_damaged(&self, id: &str, message: &str) -> rusqlite::Result<()> {
        self.conn.execute("DELETE FROM cases WHERE id = ?", [id])?;
        self.conn
            .execute("DELETE FROM precedents WHERE id = ?", [id])?;
        self.conn
            .execute(
                "INSERT OR REPLACE INTO damaged (id, message) VALUES (?, ?)",
                [id, message],
            )
            .map(drop)
    }

    pub fn remove(&self, id: &str) -> rusqlite::Result<()> {
        self.conn.execute("DELETE FROM cases WHERE id = ?", [id])?;
        self.conn
            .execute("DELETE FROM precedents WHERE id = ?", [id])?;
        self.conn
            .execute("DELETE FROM damaged WHERE id = ?", [id])
            .map(drop)
    }

    /// Every id known, with a row or as damaged.
    pub fn ids(&self) -> rusqlite::Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT id FROM cases UNION SELECT id FROM damaged")?;
        st.query_map([], |r| r.get(0))?.collect()
    }

    pub fn damaged(&self) -> rusqlite::Result<Vec<(String, String)>> {
        let mut st = self
            .conn
            .prepare("SELECT id, message FROM damaged ORDER BY id")?;
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect()
    }

    /// How many event files the case's row was folded from.
    pub fn events_of(&self, id: &str) -> rusqlite::Result<Option<usize>> {
        self.conn
            .query_row("SELECT events FROM cases WHERE id = ?", [id], |r| {
                usize_at(r, 0)
            })
            .optional()
    }

    pub fn row(&self, id: &str) -> rusqlite::Result<Option<CaseRow>> {
        self.conn
            .query_row(
                &format!("SELECT {ROW_COLUMNS} FROM cases WHERE id = ?"),
                [id],
                row_from,
            )
            .optional()
    }

    /// Ids starting with `prefix`, at most `limit`, in order.
    pub fn ids_with_prefix(&self, prefix: &str, limit: usize) -> rusqlite::Result<Vec<String>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id FROM cases WHERE id >= ?1 AND substr(id, 1, length(?1)) = ?1 \
             ORDER BY id LIMIT ?2",
        )?;
        st.query_map(params![prefix, int(limit)], |r| r.get(0))?
            .collect()
    }

    /// (id, customer) of the cases whose customer's name starts with
    /// `prefix`, letter case aside, at most `limit`, in id order.
    pub fn ids_with_customer_prefix(
        &self,
        prefix: &str,
        limit: usize,
    ) -> rusqlite::Result<Vec<(String, String)>> {
        let mut st = self.conn.prepare_cached(
            "SELECT id, customer FROM cases \
             WHERE substr(customer_key, 1, length(?1)) = ?1 ORDER BY id LIMIT ?2",
        )?;
        st.query_map(params![prefix.trim().to_lowercase(), int(limit)], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect()
    }

    /// Cases whose drafts wait for a reviewer (`heard review`).
    pub fn review_pending_ids(&self) -> rusqlite::Result<Vec<String>> {
        let mut st = self
            .conn
            .prepare("SELECT id FROM cases WHERE review_pending = 1 ORDER BY id")?;
        st.query_map([], |r| r.get(0))?.collect()
    }

    /// The case holding the review with this platform id.
    pub fn by_platform_id(&self, platform: &str, id: &str) -> rusqlite::Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT id FROM cases WHERE platform = ? AND platform_id = ? LIMIT 1")?
            .query_row([platform, id], |r| r.get(0))
            .optional()
    }

    pub fn len(&self) -> rusqlite::Result<usize> {
        self.conn
            .query_row("SELECT count(*) FROM cases", [], |r| usize_at(r, 0))
    }

    pub fn is_empty(&self) -> rusqlite::Result<bool> {
        Ok(self.len()? == 0)
    }

    /// Every row, newest first (`heard list`).
    pub fn newest_first(&self) -> rusqlite::Result<Vec<CaseRow>> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {ROW_COLUMNS} FROM cases ORDER BY created_at DESC, id"
        ))?;
        st.query_map([], row_from)?.collect()
    }

    /// Every row, newest first, handed to `f` one at a time (a list of
    /// 100,000 cases is never held at once); `f` returns false to stop.
    pub fn each_newest_first(&self, mut f: impl FnMut(CaseRow) -> bool) -> rusqlite::Result<()> {
        let mut st = self.conn.prepare(&format!(
            "SELECT {ROW_COLUMNS} FROM cases ORDER BY created_at DESC, id"
        ))?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            if !f(row_from(r)?) {
                break;
            }
        }
        Ok(())
    }

    /// Every row the inbox shows under `q`, in inbox order, handed to `f`
    /// one at a time; `f` returns false to stop. One query: paging with
    /// OFFSET sorted the whole table again for every page.
    pub fn each_in_inbox_order(
        &self,
        q: &InboxQuery,
        mut f: impl FnMut(CaseRow) -> bool,
    ) -> rusqlite::Result<()> {
        let (clause, args) = q.clause(q.filter);
        let mut st = self.conn.prepare(&format!(
            "SELECT {ROW_COLUMNS} FROM cases WHERE {clause} ORDER BY {}",
            q.order()
        ))?;
        let mut rows = st.query(rusqlite::params_from_iter(args))?;
        while let Some(r) = rows.next()? {
            if !f(row_from(r)?) {
                break;
            }
        }
        Ok(())
    }

    /// Rows `offset..offset + limit` of the inbox under `q`, in inbox order.
    pub fn window(
        &self,
        q: &InboxQuery,
        offset: usize,
        limit: usize,
    ) -> rusqlite::Result<Vec<CaseRow>> {
        let (clause, mut args) = q.clause(q.filter);
        args.push(rusqlite::types::Value::Integer(int(limit)));
        args.push(rusqlite::types::Value::Integer(int(offset)));
        let mut st = self.conn.prepare_cached(&format!(
            "SELECT {ROW_COLUMNS} FROM cases WHERE {clause} ORDER BY {} LIMIT ? OFFSET ?",
            q.order()
        ))?;
        st.query_map(rusqlite::params_from_iter(args), row_from)?
            .collect()
    }

    /// How many rows the inbox shows under `q` (filter and search).
    pub fn count(&self, q: &InboxQuery) -> rusqlite::Result<usize> {
        self.count_under(q, q.filter)
    }

    fn count_under(&self, q: &InboxQuery, filter: Filter) -> rusqlite::Result<usize> {
        let (clause, args) = q.clause(filter);
        self.conn
            .prepare_cached(&format!("SELECT count(*) FROM cases WHERE {clause}"))?
            .query_row(rusqlite::params_from_iter(args), |r| usize_at(r, 0))
    }

    /// How many cases each filter shows (ignoring the search), in
    /// [`Filter::ALL`] order.
    pub fn counts(&self, me: &str, now: OffsetDateTime) -> rusqlite::Result<[usize; 8]> {
        let q = InboxQuery {
            filter: Filter::All,
            query: "",
            me,
            now,
        };
        let mut out = [0; 8];
        for (i, f) in Filter::ALL.into_iter().enumerate() {
            // Open is every case neither sent nor practice (practice is
            // never sent): the one count that would walk nearly every row is
            // a subtraction instead.
            if f != Filter::Open {
                out[i] = self.count_under(&q, f)?;
            }
        }
        let (all, sent, practice) = (6, 4, 5);
        debug_assert_eq!(Filter::ALL[all], Filter::All);
        debug_assert_eq!(Filter::ALL[sent], Filter::Sent);
        debug_assert_eq!(Filter::ALL[practice], Filter::Practice);
        // Closed without a reply is not open either (never sent).
        let closed: usize = self
            .conn
            .prepare_cached("SELECT count(*) FROM cases WHERE state = 'closed' AND practice = 0")?
            .query_row([], |r| usize_at(r, 0))?;
        out[0] = out[all]
            .saturating_sub(out[sent])
            .saturating_sub(out[practice])
            .saturating_sub(closed);
        Ok(out)
    }
}

#[cfg(test)]
#[path = "index_tests.rs"]
mod tests;
