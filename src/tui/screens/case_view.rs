//! Drawing the case screen: the header, the checklist and gates on the
//! side, the step's title and why, the review beside the steps that answer
//! it, and the step itself.

use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Margin, Rect},
    text::{Line, Span},
    widgets::{Paragraph, Widget, Wrap},
};

use super::CaseScreen;
use crate::tui::screens::View;
use crate::tui::widgets::{checklist, gate_panel, review_pane, theme};

impl CaseScreen {
    pub fn render(&self, area: Rect, buf: &mut Buffer, now: time::OffsetDateTime, me: &str) {
        let view = View {
            case: &self.case,
            now,
            me,
        };
        let [header, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
        self.render_header(header, buf, me);
        let side_w = if area.width >= 100 { 28 } else { 20 };
        let [side, main] =
            Layout::horizontal([Constraint::Length(side_w), Constraint::Fill(1)]).areas(body);
        self.render_side(side, buf, now);
        let main = main.inner(Margin::new(1, 0));
        let content = self.render_heading(main, area.height, buf);
        if self.review_beside() {
            let open = review_pane::is_open(content, self.review_flipped);
            let (review, step) = review_pane::split(content, open, &self.case);
            review_pane::render(&self.case, open, review, buf);
            self.current().render(step, buf, &view);
        } else {
            self.current().render(content, buf, &view);
        }
    }

    /// Who the review is from, on which playbook, and who is at the
    /// keyboard ("you: Ann", right-aligned: what is recorded is under it).
    fn render_header(&self, area: Rect, buf: &mut Buffer, me: &str) {
        let r = &self.case.review;
        let practice = if self.case.practice.is_some() {
            " PRACTICE "
        } else {
            ""
        };
        let you = format!(" you: {} ", crate::domain::visible::reveal(me));
        // The case id only where it fits beside the name; the inbox has it.
        let id = if area.width >= 100 {
            format!(" · {}", self.case.id)
        } else {
            String::new()
        };
        Paragraph::new(Line::from(vec![
            Span::styled(practice, theme::warn()),
            Span::styled(
                format!(" {} ", crate::domain::visible::reveal(&r.customer)),
                theme::title(),
            ),
            Span::raw(format!("{} · {} · ", r.stars(), r.platform)),
            Span::styled(format!("{}{id}", self.case.playbook.name), theme::dim()),
        ]))
        .render(area, buf);
        let w = (you.chars().count() as u16).min(area.width);
        let right = Rect {
            x: area.right().saturating_sub(w),
            width: w,
            ..area
        };
        Paragraph::new(Line::styled(you, theme::key())).render(right, buf);
    }

    /// The checklist of steps above the gate panel.
    fn render_side(&self, side: Rect, buf: &mut Buffer, now: time::OffsetDateTime) {
        let gate_h = gate_panel::height(side.height, self.screens.len() as u16 + 2);
        let [list, gates] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(gate_h)]).areas(side);
        let items: Vec<checklist::Item> = (0..self.screens.len())
            .map(|i| checklist::Item {
                title: self.short_title(i),
                done: self.panel_done(i),
                reachable: self.reachable(i),
                needed: self.needed(i),
            })
            .collect();
        checklist::render(&items, self.selected, list, buf);
        gate_panel::render(&self.case, now, gates, buf);
    }

    /// The step's title and its why; returns the area left for the step.
    fn render_heading(&self, main: Rect, screen_h: u16, buf: &mut Buffer) -> Rect {
        // On a small terminal the why gets one line; `?` shows all of it.
        let max_why = if screen_h < 30 { 1 } else { 3 };
        let why_text = if self.why().is_empty() {
            String::new()
        } else {
            format!("Why: {}", self.why())
        };
        let mut why_rows = crate::tui::widgets::wrap::wrap(&why_text, main.width as usize);
        if why_rows.len() > max_why {
            why_rows.truncate(max_why);
            if let Some(last) = why_rows.last_mut() {
                // The help key as bound ("?" unless [keys] says otherwise).
                let help = crate::tui::keys::hint(
                    crate::tui::keys::Scope::Global,
                    crate::tui::keys::Cmd::Help,
                )
                .key;
                let keep = last
                    .chars()
                    .count()
                    .saturating_sub(9 + help.chars().count());
                let kept: String = last.chars().take(keep).collect();
                *last = format!("{kept}… ({help} more)");
            }
        }
        let why_lines = if why_text.is_empty() {
            0
        } else {
            why_rows.len() as u16
        };
        let [title, content] =
            Layout::vertical([Constraint::Length(1 + why_lines + 1), Constraint::Fill(1)])
                .areas(main);
        let mut heading = vec![Line::styled(
            self.title(self.selected).to_string(),
            theme::title(),
        )];
        heading.extend(why_rows.into_iter().map(|r| Line::styled(r, theme::dim())));
        Paragraph::new(heading)
            .wrap(Wrap { trim: true })
            .render(title, buf);
        content
    }
}
