//! The inbox: one row per case, soonest response deadline first, with
//! filters on the number keys and an incremental search on `/`. What a case
//! waits for and which filter it is in are decided by `domain::inbox_row`.
//! Rows come from the store's index, sorted there: only a window around
//! the selection is read, and the counts are kept until something changes
//! (a filter or search, a minute passing, a return from a case).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    style::Style,
    text::{Line, Span},
    widgets::{Block, Paragraph, Row, Widget, Wrap},
};
use time::OffsetDateTime;

use crate::domain::inbox::Filter;
use crate::domain::inbox_row::CaseRow;
use crate::store::index::InboxQuery;
use crate::store::{Store, StoreError};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::theme;
use unicode_width::UnicodeWidthStr;

/// Inner width from which the wide layout (more columns) is used.
const WIDE: u16 = 120;

#[path = "inbox_table.rs"]
mod table;
use table::Columns;

/// Rows read around the selection: more than any screen is tall, so moving
/// the selection reads the index only every few hundred rows.
const REACH: usize = 256;

/// Filter, search and selection, and what the index said about them.
pub struct Inbox {
    store: Store,
    me: String,
    filter: Filter,
    query: String,
    searching: bool,
    selected: usize,
    /// Cases under each filter (ignoring the search), in `Filter::ALL` order.
    counts: [usize; 8],
    /// Rows under the current filter and search.
    shown: usize,
    /// Rows `window_start..window_start + window.len()` in inbox order.
    window_start: usize,
    window: Vec<CaseRow>,
    /// The last index read that failed, said in the status line.
    pub error: Option<String>,
}

impl Inbox {
    /// Starts on "open"; when every case is answered, on "all" rather than
    /// an empty list.
    pub fn new(store: &Store, me: &str, now: OffsetDateTime) -> Result<Inbox, StoreError> {
        let counts = store.with_index(|ix| ix.counts(me, now))?;
        let mut inbox = Inbox {
            store: store.clone(),
            me: me.to_string(),
            filter: if counts[0] > 0 {
                Filter::Open
            } else {
                Filter::All
            },
            query: String::new(),
            searching: false,
            selected: 0,
            counts,
            shown: 0,
            window_start: 0,
            window: Vec::new(),
            error: None,
        };
        inbox.read_rows(now);
        Ok(inbox)
    }

    /// Every case in the store.
    pub fn total(&self) -> usize {
        self.counts[Filter::ALL_INDEX]
    }

    fn query(&self, now: OffsetDateTime) -> InboxQuery<'_> {
        InboxQuery {
            filter: self.filter,
            query: &self.query,
            me: &self.me,
            now,
        }
    }

    /// The time moved on (follow-ups fall due) or the cases changed.
    pub fn refresh(&mut self, now: OffsetDateTime) {
        match self.store.with_index(|ix| ix.counts(&self.me, now)) {
            Ok(c) => self.counts = c,
            Err(e) => self.error = Some(e.to_string()),
        }
        self.read_rows(now);
    }

    /// How many rows the filter and search show, and the window.
    fn read_rows(&mut self, now: OffsetDateTime) {
        let q = self.query(now);
        let counted = Filter::ALL.iter().position(|f| *f == self.filter);
        match counted {
            // Without a search the filter's count is the number of rows
            // (only "follow-up due" moves with the clock: counted now).
            Some(i) if self.query.trim().is_empty() && self.filter != Filter::FollowUpDue => {
                self.shown = self.counts[i]
            }
            _ => match self.store.with_index(|ix| ix.count(&q)) {
                Ok(n) => self.shown = n,
                Err(e) => self.error = Some(e.to_string()),
            },
        }
        self.selected = self.selected.min(self.shown.saturating_sub(1));
        self.window.clear();
        self.read_window(now);
    }

    /// Read the rows around the selection unless they are already here.
    fn read_window(&mut self, now: OffsetDateTime) {
        let from = self.selected.saturating_sub(REACH);
        let to = (self.selected + REACH).min(self.shown);
        let end = self.window_start + self.window.len();
        if !self.window.is_empty() && from >= self.window_start && to <= end {
            return;
        }
        let q = self.query(now);
        match self.store.with_index(|ix| ix.window(&q, from, 2 * REACH)) {
            Ok(rows) => {
                self.window_start = from;
                self.window = rows;
            }
            Err(e) => self.error = Some(e.to_string()),
        }
    }

    /// The row at position `i` under the current filter, if read.
    fn row_at(&self, i: usize) -> Option<&CaseRow> {
        self.window.get(i.checked_sub(self.window_start)?)
    }

    /// The case the person would open with Enter, when it is the only one
    /// and not sent (a first run straight into its walk).
    pub fn only_unsent_case(&self) -> Option<String> {
        (self.total() == 1)
            .then(|| self.row_at(0))
            .flatten()
            .filter(|r| !r.sent && !r.is_closed())
            .map(|r| r.id.clone())
    }

    /// Whether any row is shown.
    pub fn any_row(&self) -> bool {
        self.shown > 0
    }

    /// True while `/` search has the keys (letters type into it).
    pub fn searching(&self) -> bool {
        self.searching
    }

    pub fn commands(&self, any_row: bool) -> Vec<Command> {
        let s = if self.searching {
            Scope::InboxSearch
        } else {
            Scope::Inbox
        };
        let mut cmds = Vec::new();
        if self.searching {
            cmds.push(Command::new("type", "search customer and text"));
        }
        cmds.extend([
            keys::pair(s, Cmd::Up, Cmd::Down, "move").when(any_row),
            keys::hint(s, Cmd::Confirm).when(any_row),
        ]);
        if !self.searching {
            // Fixed: the numbers are printed beside the filters.
            cmds.push(Command::new("1-8", "filter"));
            cmds.push(keys::hint(s, Cmd::Search));
            cmds.extend([
                keys::pair(
                    s,
                    Cmd::NextFilter,
                    Cmd::PreviousFilter,
                    "next / previous filter",
                )
                .in_help_only(),
                keys::group(s, &[Cmd::ToTop, Cmd::ToEnd], "first / last case")
                    .when(any_row)
                    .in_help_only(),
            ]);
        }
        if self.searching || !self.query.is_empty() {
            cmds.push(keys::hint(s, Cmd::ClearSearch));
        }
        cmds
    }

    /// Bracketed paste while searching goes into the search.
    pub fn paste(&mut self, text: &str, now: OffsetDateTime) -> bool {
        if !self.searching {
            return false;
        }
        let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.query.push_str(&line);
        self.selected = 0;
        self.read_rows(now);
        true
    }

    pub fn handle_key(&mut self, key: KeyEvent, now: OffsetDateTime) -> Outcome {
        let (filter, query) = (self.filter, self.query.clone());
        let outcome = self.move_or_choose(key);
        if self.filter != filter || self.query != query {
            self.read_rows(now);
        } else {
            self.read_window(now);
        }
        outcome
    }

    fn move_or_choose(&mut self, key: KeyEvent) -> Outcome {
        let last = self.shown.saturating_sub(1);
        let scope = if self.searching {
            Scope::InboxSearch
        } else {
            Scope::Inbox
        };
        match keys::resolve(scope, key) {
            Some(Cmd::Down) => self.selected = (self.selected + 1).min(last),
            Some(Cmd::Up) => self.selected = self.selected.saturating_sub(1),
            Some(Cmd::Confirm) => {
                self.searching = false;
                return self
                    .row_at(self.selected.min(last))
                    .map_or(Outcome::Consumed, |r| {
                        Outcome::Emit(Action::OpenCase(r.id.clone()))
                    });
            }
            Some(Cmd::ClearSearch) if self.searching || !self.query.is_empty() => {
                self.clear_search()
            }
            _ if self.searching => return self.handle_search_key(key),
            Some(Cmd::ToTop) => self.selected = 0,
            Some(Cmd::ToEnd) => self.selected = last,
            Some(Cmd::NextFilter) => self.cycle_filter(1),
            Some(Cmd::PreviousFilter) => self.cycle_filter(Filter::ALL.len() - 1),
            Some(Cmd::Search) => self.searching = true,
            // Fixed, outside the key table: the numbers are printed beside
            // the filters they pick.
            _ => match key.code {
                KeyCode::Char(c @ '1'..='8') if key.modifiers.is_empty() => {
                    self.set_filter(Filter::ALL[c as usize - '1' as usize])
                }
                _ => return Outcome::Ignored,
            },
        }
        Outcome::Consumed
    }

    /// The search's own text box: letters type, Backspace and ^U delete.
    fn handle_search_key(&mut self, key: KeyEvent) -> Outcome {
        match key.code {
            KeyCode::Backspace => {
                self.query.pop();
            }
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.query.clear()
            }
            KeyCode::Char(_) if key.modifiers.contains(KeyModifiers::CONTROL) => {
                return Outcome::Ignored;
            }
            KeyCode::Char(c) => self.query.push(c),
            _ => return Outcome::Consumed,
        }
        self.selected = 0;
        Outcome::Consumed
    }

    fn clear_search(&mut self) {
        self.query.clear();
        self.searching = false;
        self.selected = 0;
    }

    fn set_filter(&mut self, filter: Filter) {
        self.filter = filter;
        self.selected = 0;
    }

    fn cycle_filter(&mut self, step: usize) {
        let i = Filter::ALL
            .iter()
            .position(|f| *f == self.filter)
            .unwrap_or(0);
        self.set_filter(Filter::ALL[(i + step) % Filter::ALL.len()]);
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, now: OffsetDateTime) {
        let total = self.total();
        let block = Block::bordered().title(format!(
            " Inbox · {} {} · soonest deadline first ",
            total,
            if total == 1 { "case" } else { "cases" }
        ));
        let inner = block.inner(area);
        block.render(area, buf);
        let bar = self.filter_bar(inner.width as usize);
        let bar_h = bar.len() as u16;
        let search_h = u16::from(self.searching || !self.query.is_empty());
        let [bar_area, _, table, search] = Layout::vertical([
            Constraint::Length(bar_h),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(search_h),
        ])
        .areas(inner);
        Paragraph::new(bar).render(bar_area, buf);
        self.render_table(table, buf, now);
        if search_h > 0 {
            let cursor = if self.searching { "▏" } else { "" };
            Paragraph::new(Line::from(vec![
                Span::styled("/ ", theme::key()),
                Span::raw(format!("{}{cursor}", self.query)),
                Span::styled(format!("   {} found", self.shown), theme::dim()),
            ]))
            .render(search, buf);
        }
    }

    /// "1 open 3  2 my review 0 …", each filter kept whole on one line.
    fn filter_bar(&self, width: usize) -> Vec<Line<'static>> {
        let n = self.counts;
        let mut lines = Vec::new();
        let mut spans: Vec<Span> = Vec::new();
        let mut used = 0;
        for (i, f) in Filter::ALL.into_iter().enumerate() {
            let item = format!("{} {}", f.label(), n[i]);
            let item_w = 2 + item.width();
            if used > 0 && used + item_w > width {
                lines.push(Line::from(std::mem::take(&mut spans)));
                used = 0;
            }
            used += item_w + 2;
            let count_style = match f {
                Filter::MyReview | Filter::FollowUpDue if n[i] > 0 => theme::closed(),
                _ => Style::new(),
            };
            let label_style = if f == self.filter {
                theme::selected()
            } else {
                count_style
            };
            spans.push(Span::styled(format!("{} ", i + 1), theme::key()));
            spans.push(Span::styled(item, label_style));
            spans.push(Span::raw("  "));
        }
        lines.push(Line::from(spans));
        lines
    }

    fn render_table(&self, area: Rect, buf: &mut Buffer, now: OffsetDateTime) {
        if area.height == 0 {
            return;
        }
        let cols = Columns::for_width(area.width);
        let [head, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        if self.shown == 0 {
            cols.table(Vec::new()).render(head, buf);
            let msg = if self.query.is_empty() {
                self.filter.empty_message().to_string()
            } else {
                format!(
                    "No case under “{}” matches “{}”. Esc clears the search.",
                    self.filter.label(),
                    self.query
                )
            };
            Paragraph::new(Line::styled(msg, theme::dim()))
                .wrap(Wrap { trim: true })
                .render(body, buf);
            return;
        }
        let visible = body.height as usize;
        let selected = self.selected.min(self.shown - 1);
        let offset = (selected + 1).saturating_sub(visible);
        let rows: Vec<Row> = (offset..(offset + visible).min(self.shown))
            .filter_map(|i| Some((i, self.row_at(i)?)))
            .map(|(i, row)| {
                let row = cols.row(row, &self.me, now);
                if i == selected {
                    row.style(theme::selected())
                } else {
                    row
                }
            })
            .collect();
        cols.table(rows).render(area, buf);
    }
}
