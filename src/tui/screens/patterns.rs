//! Patterns, from the inbox (`p`): what keeps going wrong across cases —
//! the recurring root causes, categories as a bar chart, cases and the top
//! cause week by week as sparklines, and the numbers beside them (response
//! time, follow-ups, check-ins, process fixes, the team's coach findings).
//! Every figure is `domain::patterns`'; this screen only draws it.

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::{Line, Span},
    widgets::{Bar, BarChart, Block, Paragraph, Sparkline, Widget, Wrap},
};
use time::{Duration, OffsetDateTime};

use crate::domain::Case;
use crate::domain::action::{Action, ActionStatus, action_of};
use crate::domain::patterns::outcomes::{FollowUps, Response};
use crate::domain::patterns::report::Group;
use crate::domain::patterns::{Report, Scope, day_of, report};
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd};
use crate::tui::widgets::columns::fit;
use crate::tui::widgets::theme;

#[path = "patterns_table.rs"]
mod table;

/// The periods `t` steps through: all time, then the last 90 and 30 days.
const PERIODS: [Option<i64>; 3] = [None, Some(90), Some(30)];

/// Inner width from which three columns are drawn.
const WIDE: u16 = 120;

pub struct PatternsScreen {
    period: usize,
    report: Report,
    /// Open process fixes, soonest due first.
    open_actions: Vec<Action>,
}

impl PatternsScreen {
    pub fn new(cases: &[Case], now: OffsetDateTime) -> PatternsScreen {
        let mut s = PatternsScreen {
            period: 0,
            report: report(&[], &Scope::default(), now),
            open_actions: Vec::new(),
        };
        s.recompute(cases, now);
        s
    }

    fn recompute(&mut self, cases: &[Case], now: OffsetDateTime) {
        let since = PERIODS[self.period].map(|days| (now - Duration::days(days)).date());
        let scope = Scope {
            since,
            platform: None,
        };
        self.report = report(cases, &scope, now);
        let mut open: Vec<Action> = cases
            .iter()
            .filter(|c| scope.includes(c))
            .filter_map(action_of)
            .filter(|a| a.status == ActionStatus::Open)
            .collect();
        open.sort_by(|a, b| a.due.cmp(&b.due).then(a.id.cmp(&b.id)));
        self.open_actions = open;
    }

    fn period_label(&self) -> String {
        match PERIODS[self.period] {
            None => "all time".into(),
            Some(days) => format!("last {days} days"),
        }
    }

    pub fn commands(&self) -> Vec<Command> {
        vec![
            keys::hint(keys::Scope::PatternsView, Cmd::Period),
            keys::hint(keys::Scope::PatternsView, Cmd::Cases),
            keys::hint(keys::Scope::Global, Cmd::Help),
            keys::hint(keys::Scope::Global, Cmd::Quit),
        ]
    }

    /// `t` changes the period; leaving is the home screen's (Esc, `p`).
    pub fn handle_key(&mut self, key: KeyEvent, cases: &[Case], now: OffsetDateTime) -> Outcome {
        match keys::resolve(keys::Scope::PatternsView, key) {
            Some(Cmd::Period) => {
                self.period = (self.period + 1) % PERIODS.len();
                self.recompute(cases, now);
                Outcome::Consumed
            }
            _ => Outcome::Ignored,
        }
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        let r = &self.report;
        let block = Block::bordered().title(format!(
            " Patterns · {} · {} cases, {} diagnosed ",
            self.period_label(),
            r.cases,
            r.diagnosed
        ));
        let inner = block.inner(area);
        block.render(area, buf);
        if r.cases == 0 {
            Paragraph::new(Line::styled(
                "No cases in this period. t shows a longer one.",
                theme::dim(),
            ))
            .render(inner, buf);
            return;
        }
        if inner.width >= WIDE {
            let [causes, _, charts, _, figures] = Layout::horizontal([
                Constraint::Fill(4),
                Constraint::Length(2),
                Constraint::Fill(3),
                Constraint::Length(2),
                Constraint::Length(44),
            ])
            .areas(inner);
            let listed = self.report.root_causes.len().clamp(1, 8) as u16;
            let [causes, _, months_area] = Layout::vertical([
                Constraint::Length(1 + 2 * listed),
                Constraint::Length(1),
                Constraint::Fill(1),
            ])
            .areas(causes);
            self.render_causes(causes, buf, true);
            self.render_months(months_area, buf);
            self.render_charts(charts, buf, true);
            self.render_figures(figures, buf, true);
        } else {
            let [left, _, right] = Layout::horizontal([
                Constraint::Fill(1),
                Constraint::Length(1),
                Constraint::Length(33),
            ])
            .areas(inner);
            let shown = self.report.root_causes.len().clamp(1, 5) as u16;
            let [causes, charts] =
                Layout::vertical([Constraint::Length(shown + 2), Constraint::Fill(1)]).areas(left);
            self.render_causes(causes, buf, false);
            self.render_charts(charts, buf, false);
            self.render_figures(right, buf, false);
        }
    }

    /// The recurring root causes, most frequent first; wide: with the
    /// latest fix and its owner under each.
    fn render_causes(&self, area: Rect, buf: &mut Buffer, wide: bool) {
        let [title, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        Line::styled("Recurring root causes", theme::title()).render(title, buf);
        if self.report.root_causes.is_empty() {
            Line::styled("none diagnosed yet", theme::dim()).render(rest, buf);
            return;
        }
        table::causes(&self.report, rest, wide).render(rest, buf);
    }

    /// Categories as a bar chart, then cases and the top cause per week;
    /// wide: platforms and stars too.
    fn render_charts(&self, area: Rect, buf: &mut Buffer, wide: bool) {
        let r = &self.report;
        let shown = if wide { 8 } else { 5 };
        let height = |n: usize| n as u16;
        let charts: Vec<(&str, Vec<Group>, usize)> = if wide {
            let stars: Vec<Group> = r
                .stars
                .iter()
                .map(|s| Group {
                    key: s.stars.map_or("no stars".into(), |n| format!("{n}★")),
                    count: s.count,
                    case_ids: Vec::new(),
                })
                .collect();
            vec![
                ("Categories (diagnosed cases)", r.categories.clone(), shown),
                ("Platforms (cases)", r.platforms.clone(), 5),
                ("Stars (cases)", stars, 6),
            ]
        } else {
            vec![("Categories (diagnosed cases)", r.categories.clone(), shown)]
        };
        let mut constraints: Vec<Constraint> = Vec::new();
        for (_, groups, max) in &charts {
            constraints.push(Constraint::Length(1));
            constraints.push(Constraint::Length(height(groups.len().min(*max))));
            constraints.push(Constraint::Length(1));
        }
        constraints.push(Constraint::Fill(1));
        let areas = Layout::vertical(constraints).split(area);
        for (i, (title, groups, max)) in charts.iter().enumerate() {
            Line::styled(*title, theme::title()).render(areas[i * 3], buf);
            bar_chart(groups, *max).render(areas[i * 3 + 1], buf);
        }
        let rest = areas[charts.len() * 3];
        self.render_weeks(rest, buf, if wide { 3 } else { 1 });
    }

    /// Cases per week and the top cause per week, newest on the right,
    /// each sparkline `tall` rows high.
    fn render_weeks(&self, area: Rect, buf: &mut Buffer, tall: u16) {
        let r = &self.report;
        let per_week: Vec<u64> = r.weeks.iter().map(|w| w.cases as u64).collect();
        let top = r.root_causes.first();
        let top_week: Vec<u64> = top.map_or(Vec::new(), |g| {
            g.per_week.iter().map(|n| *n as u64).collect()
        });
        let max = per_week.iter().copied().max().unwrap_or(0);
        let latest = per_week.last().copied().unwrap_or(0);
        let from = r.weeks.first().map_or("", |w| w.start.as_str());
        let [t1, s1, l1, t2, s2] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(tall),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(tall),
        ])
        .areas(area);
        let title = format!("Cases per week (max {max}, latest {latest})");
        Line::styled(title, theme::title()).render(t1, buf);
        Line::styled(format!("since the week of {from}"), theme::dim()).render(l1, buf);
        // Only as many weeks as fit, the newest kept.
        let fit_last = |v: &[u64]| v[v.len().saturating_sub(area.width as usize)..].to_vec();
        Sparkline::default()
            .data(fit_last(&per_week))
            .max(max.max(1))
            .style(theme::key())
            .render(s1, buf);
        if let Some(g) = top {
            let title = format!("Top cause per week: {}", g.cause);
            Line::styled(fit(&title, area.width as usize), theme::title()).render(t2, buf);
            Sparkline::default()
                .data(fit_last(&top_week))
                .max(max.max(1))
                .style(theme::warn())
                .render(s2, buf);
        }
    }

    /// Month by month: cases, diagnosed, the biggest category, reply time.
    fn render_months(&self, area: Rect, buf: &mut Buffer) {
        let [title, rest] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        Line::styled("Per month", theme::title()).render(title, buf);
        table::months(&self.report, rest.width).render(rest, buf);
    }

    /// The numbers: response time, follow-ups, check-ins, fixes, coach.
    fn render_figures(&self, area: Rect, buf: &mut Buffer, wide: bool) {
        let mut lines = response_lines(&self.report.response);
        lines.extend(follow_up_lines(&self.report.follow_up));
        lines.extend(check_in_and_fix_lines(&self.report));
        if wide && !self.open_actions.is_empty() {
            lines.push(Line::styled("Open, soonest due:", theme::dim()));
            for act in self.open_actions.iter().take(8) {
                lines.push(Line::styled(
                    fit(
                        &format!("  {} — {}, due {}", act.fix, act.owner, day_of(act.due)),
                        area.width as usize,
                    ),
                    theme::dim(),
                ));
            }
        }
        lines.push(Line::from(""));
        lines.push(Line::styled("Coach findings (cases)", theme::title()));
        let coach: Vec<String> = self
            .report
            .coach
            .iter()
            .take(if wide { 8 } else { 4 })
            .map(|g| format!("{} {}", g.key, g.count))
            .collect();
        lines.push(Line::from(if coach.is_empty() {
            "none".to_string()
        } else {
            coach.join(" · ")
        }));
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

/// A share as a whole percentage, "—" when there is nothing to count.
fn pct(s: Option<f64>) -> String {
    s.map_or("—".to_string(), |s| format!("{:.0}%", s * 100.0))
}

/// "overdue N", dim at zero and a warning otherwise.
fn overdue_span(n: usize) -> Span<'static> {
    let style = if n == 0 { theme::dim() } else { theme::warn() };
    Span::styled(format!("overdue {n}"), style)
}

/// The response-time figures: how many were sent, how fast, how many late.
fn response_lines(x: &Response) -> Vec<Line<'static>> {
    vec![
        Line::styled("Response time (sent)", theme::title()),
        Line::from(format!(
            "{} sent · median {}",
            x.sent,
            x.median_hours.map_or("—".into(), |h| format!("{h:.1} h"))
        )),
        Line::from(format!(
            "≤24 h {} · ≤48 h {}",
            pct(x.within_24h),
            pct(x.within_48h)
        )),
        Line::from(vec![
            Span::raw(format!(
                "on time {} · late {} · ",
                pct(x.within_deadline),
                x.late_case_ids.len()
            )),
            overdue_span(x.overdue_case_ids.len()),
        ]),
    ]
}

/// How the follow-ups went: recovered, resolved, no answer, still awaited.
fn follow_up_lines(f: &FollowUps) -> Vec<Line<'static>> {
    vec![
        Line::from(""),
        Line::styled("Follow-ups", theme::title()),
        Line::from(format!(
            "service recovery {} ({} of {})",
            pct(f.recovery_rate),
            f.resolved.len() + f.review_updated.len(),
            f.followed_up
        )),
        Line::from(format!(
            "resolved {} · review updated {}",
            f.resolved.len(),
            f.review_updated.len()
        )),
        Line::from(format!(
            "no answer {} · awaiting {}",
            f.no_answer.len(),
            f.awaiting.len()
        )),
    ]
}

/// Check-ins before and after (calmer?), and where the process fixes stand.
fn check_in_and_fix_lines(r: &Report) -> Vec<Line<'static>> {
    let (c, a) = (&r.check_in, &r.actions);
    vec![
        Line::from(""),
        Line::styled("Check-ins, first → debrief", theme::title()),
        Line::from(match (c.before_mean, c.after_mean) {
            (Some(b), Some(af)) => format!(
                "{b:.1} → {af:.1} /5 ({} calmer of {})",
                c.calmer.len(),
                c.pairs
            ),
            _ => "no debrief check-ins yet".into(),
        }),
        Line::from(""),
        Line::styled("Process fixes", theme::title()),
        Line::from(vec![
            Span::raw(format!("open {} · ", a.open.len())),
            overdue_span(a.overdue.len()),
            Span::raw(format!(
                " · done {} · verified {}",
                a.done.len(),
                a.verified.len()
            )),
        ]),
    ]
}

/// A horizontal bar chart of the biggest groups, the count at each bar.
fn bar_chart(groups: &[Group], shown: usize) -> BarChart<'static> {
    let bars: Vec<Bar> = groups
        .iter()
        .take(shown)
        .map(|g| {
            Bar::default()
                .value(g.count as u64)
                .label(Line::from(fit(&g.key, 16)))
                .text_value(format!("{} ", g.count))
        })
        .collect();
    BarChart::horizontal(bars)
        .bar_width(1)
        .bar_gap(0)
        .bar_style(theme::key())
        .value_style(theme::selected())
}
