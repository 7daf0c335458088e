//! The inbox: one row per case, soonest response deadline first, with
//! filters on the number keys and an incremental search on `/`. What a case
//! waits for and which filter it is in are decided by `domain::inbox`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    style::Style,
    text::{Line, Span},
    widgets::{Block, Paragraph, Widget, Wrap},
};
use time::OffsetDateTime;

use crate::domain::Case;
use crate::domain::deadline::{age, deadline, left_label, overdue, short_when, time_left};
use crate::domain::inbox::{Filter, Waiting, counts, progress, select, waiting};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::widgets::columns::{fit, fit_right};
use crate::tui::widgets::theme;
use unicode_width::UnicodeWidthStr;

/// Inner width from which the wide layout (more columns) is used.
const WIDE: u16 = 120;

/// Filter, search and selection; the cases themselves live in the home screen.
pub struct Inbox {
    me: String,
    filter: Filter,
    query: String,
    searching: bool,
    selected: usize,
}

impl Inbox {
    /// Starts on "open"; when every case is answered, on "all" rather than
    /// an empty list.
    pub fn new(me: &str, cases: &[Case]) -> Inbox {
        let any_open = cases.iter().any(|c| c.sent.is_none());
        Inbox {
            me: me.to_string(),
            filter: if any_open { Filter::Open } else { Filter::All },
            query: String::new(),
            searching: false,
            selected: 0,
        }
    }

    pub fn rows<'a>(&self, cases: &'a [Case], now: OffsetDateTime) -> Vec<&'a Case> {
        select(cases, self.filter, &self.query, &self.me, now)
    }

    /// True while `/` search has the keys (letters type into it).
    pub fn searching(&self) -> bool {
        self.searching
    }

    pub fn commands(&self, any_row: bool) -> Vec<Command> {
        if self.searching {
            return vec![
                Command::new("type", "search customer and text"),
                Command::new("↑↓", "move").when(any_row),
                Command::new("Enter", "open").when(any_row),
                Command::new("Esc", "clear the search"),
            ];
        }
        let mut cmds = vec![
            Command::new("↑↓", "move").when(any_row),
            Command::new("Enter", "open").when(any_row),
            Command::new("1-7", "filter"),
            Command::new("/", "search"),
        ];
        if !self.query.is_empty() {
            cmds.push(Command::new("Esc", "clear the search"));
        }
        cmds
    }

    /// Bracketed paste while searching goes into the search.
    pub fn paste(&mut self, text: &str) -> bool {
        if !self.searching {
            return false;
        }
        let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
        self.query.push_str(&line);
        self.selected = 0;
        true
    }

    pub fn handle_key(&mut self, key: KeyEvent, cases: &[Case], now: OffsetDateTime) -> Outcome {
        let rows = self.rows(cases, now);
        let open = |i: usize| {
            rows.get(i).map_or(Outcome::Consumed, |c| {
                Outcome::Emit(Action::OpenCase(c.id.clone()))
            })
        };
        match key.code {
            KeyCode::Down => self.selected = (self.selected + 1).min(rows.len().saturating_sub(1)),
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Enter => {
                self.searching = false;
                return open(self.selected.min(rows.len().saturating_sub(1)));
            }
            _ if self.searching => return self.handle_search_key(key),
            KeyCode::Char('j') => {
                self.selected = (self.selected + 1).min(rows.len().saturating_sub(1))
            }
            KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::Home | KeyCode::Char('g') => self.selected = 0,
            KeyCode::End | KeyCode::Char('G') => self.selected = rows.len().saturating_sub(1),
            KeyCode::Char(c @ '1'..='7') => self.set_filter(Filter::ALL[c as usize - '1' as usize]),
            KeyCode::Tab => self.cycle_filter(1),
            KeyCode::BackTab => self.cycle_filter(Filter::ALL.len() - 1),
            KeyCode::Char('/') => self.searching = true,
            KeyCode::Esc if !self.query.is_empty() => self.clear_search(),
            _ => return Outcome::Ignored,
        }
        Outcome::Consumed
    }

    fn handle_search_key(&mut self, key: KeyEvent) -> Outcome {
        match key.code {
            KeyCode::Esc => self.clear_search(),
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

    pub fn render(&self, cases: &[Case], area: Rect, buf: &mut Buffer, now: OffsetDateTime) {
        let rows = self.rows(cases, now);
        let block = Block::bordered().title(format!(
            " Inbox · {} {} · soonest deadline first ",
            cases.len(),
            if cases.len() == 1 { "case" } else { "cases" }
        ));
        let inner = block.inner(area);
        block.render(area, buf);
        let bar = self.filter_bar(cases, now, inner.width as usize);
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
        self.render_table(&rows, table, buf, now);
        if search_h > 0 {
            let cursor = if self.searching { "▏" } else { "" };
            Paragraph::new(Line::from(vec![
                Span::styled("/ ", theme::key()),
                Span::raw(format!("{}{cursor}", self.query)),
                Span::styled(format!("   {} found", rows.len()), theme::dim()),
            ]))
            .render(search, buf);
        }
    }

    /// "1 open 3  2 my review 0 …", each filter kept whole on one line.
    fn filter_bar(&self, cases: &[Case], now: OffsetDateTime, width: usize) -> Vec<Line<'static>> {
        let n = counts(cases, &self.me, now);
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

    fn render_table(&self, rows: &[&Case], area: Rect, buf: &mut Buffer, now: OffsetDateTime) {
        if area.height == 0 {
            return;
        }
        let cols = Columns::for_width(area.width);
        let [head, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        Line::styled(cols.header(), theme::dim()).render(head, buf);
        if rows.is_empty() {
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
        let selected = self.selected.min(rows.len() - 1);
        let offset = (selected + 1).saturating_sub(visible);
        let lines: Vec<Line> = rows
            .iter()
            .enumerate()
            .skip(offset)
            .take(visible)
            .map(|(i, c)| {
                let line = cols.row(c, &self.me, now);
                if i == selected {
                    line.patch_style(theme::selected())
                } else {
                    line
                }
            })
            .collect();
        Paragraph::new(lines).render(body, buf);
    }
}

/// Column widths for one terminal width.
struct Columns {
    customer: usize,
    platform: usize,
    waiting: usize,
    /// The wide layout's extra columns: deadline, playbook, and the review.
    wide: Option<usize>,
}

const STARS: usize = 5;
const AGE: usize = 6;
const DONE: usize = 5;
const LEFT: usize = 11;
const WHEN: usize = 16;
const PLAYBOOK: usize = 10;

impl Columns {
    fn for_width(width: u16) -> Columns {
        let w = width as usize;
        if width >= WIDE {
            let (customer, platform, waiting) = (22, 12, 20);
            let fixed =
                1 + customer + platform + STARS + AGE + DONE + waiting + LEFT + WHEN + PLAYBOOK + 9;
            return Columns {
                customer,
                platform,
                waiting,
                wide: Some(w.saturating_sub(fixed).max(10)),
            };
        }
        let (platform, waiting) = (9, 19);
        let fixed = 1 + platform + STARS + AGE + DONE + waiting + LEFT + 6;
        Columns {
            customer: w.saturating_sub(fixed).max(8),
            platform,
            waiting,
            wide: None,
        }
    }

    fn header(&self) -> String {
        let mut s = format!(
            " {} {} {} {} {} {} {}",
            fit("customer", self.customer),
            fit("platform", self.platform),
            fit("stars", STARS),
            fit_right("age", AGE),
            fit_right("done", DONE),
            fit("waiting for", self.waiting),
            fit_right("time left", LEFT),
        );
        if let Some(review) = self.wide {
            s += &format!(
                " {} {} {}",
                fit("deadline (UTC)", WHEN),
                fit("playbook", PLAYBOOK),
                fit("review", review)
            );
        }
        s
    }

    fn row(&self, case: &Case, me: &str, now: OffsetDateTime) -> Line<'static> {
        let r = &case.review;
        let stars = r.rating.map_or("—".to_string(), |_| r.stars());
        let (done, total) = progress(case);
        let wait = waiting(case, me, now);
        let wait_style = match wait {
            Waiting::Ready => theme::done(),
            Waiting::MyReview => theme::key(),
            Waiting::FollowUp | Waiting::ChangesRequested => theme::closed(),
            Waiting::Sent => theme::dim(),
            _ => Style::new(),
        };
        let left_style = if case.sent.is_some() {
            theme::dim()
        } else if overdue(case, now) {
            theme::warn()
        } else if time_left(case, now) <= time::Duration::hours(4) {
            theme::closed()
        } else {
            Style::new()
        };
        let mut spans = vec![
            Span::raw(format!(
                " {} {} {} {} {} ",
                fit(&crate::domain::visible::reveal(&r.customer), self.customer),
                fit(&r.platform, self.platform),
                fit(&stars, STARS),
                fit_right(&age(case, now), AGE),
                fit_right(&format!("{done}/{total}"), DONE),
            )),
            Span::styled(fit(&wait.label(now), self.waiting), wait_style),
            Span::raw(" "),
            Span::styled(fit_right(&left_label(case, now), LEFT), left_style),
        ];
        if let Some(review) = self.wide {
            let first = r
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or_else(|| r.text.lines().next().unwrap_or_default().to_string());
            spans.push(Span::raw(format!(
                " {} {} ",
                fit(&short_when(deadline(case), now, WHEN), WHEN),
                fit(&case.playbook.id, PLAYBOOK),
            )));
            spans.push(Span::styled(fit(&first, review), theme::dim()));
        }
        Line::from(spans)
    }
}
