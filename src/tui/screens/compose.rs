//! Compose: the short public reply and the private message, side by side
//! with what the walk collected. Autosaved while typing; recorded as a new
//! version of the drafts on ^S and whenever the person leaves the step.

use crossterm::event::KeyEvent;
use ratatui::{
    buffer::Buffer,
    layout::{Constraint, Layout, Rect},
    text::Line,
    widgets::{Block, List, ListState, Paragraph, StatefulWidget, Widget},
};
use ratatui_textarea::TextArea;

use super::{StepScreen, View};
use std::time::Duration;

use crate::domain::coach::{Coach, DraftPart, Report};
use crate::domain::comments::DraftPart as CommentPart;
use crate::domain::draft::suggest;
use crate::domain::gate::stale_approval;
use crate::domain::{Drafts, EventKind, Step};
use crate::tui::action::Action;
use crate::tui::command::{Command, Outcome};
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::widgets::coach_panel;
use crate::tui::widgets::phrase_undo::{self, PhraseUndo};
use crate::tui::widgets::wrap::{height, wrap};
use crate::tui::widgets::{comments, field, phrase_list, scroll_hint, theme};
use ratatui_textarea::CursorMove;

const TITLES: [&str; 2] = [
    "Public reply — short: thanks, apology, invitation to talk privately",
    "Private message — the choices, the timeline, next steps",
];

/// The titles for a thank-you (a playbook whose coach kind is "positive").
const THANKS_TITLES: [&str; 2] = [
    "Public reply — short: thanks, what they liked, an invitation back",
    "Private message — optional for a thank-you",
];

fn titles(view: &View) -> [&'static str; 2] {
    match view.case.playbook.coach.kind {
        crate::domain::coach::ReplyKind::Positive => THANKS_TITLES,
        _ => TITLES,
    }
}

pub struct ComposeScreen {
    step: Step,
    editors: [TextArea<'static>; 2],
    focus: usize,
    editing: bool,
    /// Whether the person has typed here; until then the editors follow the
    /// suggestion built from the earlier steps.
    touched: bool,
    /// The recorded drafts the editors were last in line with: while the
    /// editors still hold them, a newer record (`heard draft`, a colleague)
    /// replaces them on screen instead of being overwritten on leaving.
    base: Drafts,
    /// The open review comment `r` resolves.
    comment_pick: usize,
    /// The coach's findings on what is on screen, refreshed shortly after
    /// typing stops (never on every key, never blocking input).
    report: Option<Report>,
    report_stale: bool,
    /// The coach for this case's review, made once when the step opens.
    coach: Coach,
    /// Index (in panel order) of the finding last jumped to.
    finding: Option<usize>,
    /// The playbook's phrase bank, open at this phrase.
    bank: Option<usize>,
    /// The editors' titles (a thank-you's differ from a complaint's).
    titles: [&'static str; 2],
    /// The draft last cleared with `c` and its text, for `u` to bring back.
    cleared: Option<(usize, String)>,
    /// The draft a phrase was just put in, so one ^Z takes it out whole.
    phrase: Option<(usize, PhraseUndo)>,
}

/// How long after the last key the coach looks again.
const COACH_DEBOUNCE: Duration = Duration::from_millis(150);

const PARTS: [CommentPart; 2] = [CommentPart::Public, CommentPart::Private];

// Jumping to a finding, clearing a draft and bringing it back.
#[path = "compose_edit.rs"]
mod compose_edit;

impl ComposeScreen {
    /// `restored`: the person's autosaved working copy, if it differs from
    /// the recorded drafts (typing that was never recorded).
    pub fn new(step: &Step, view: &View, restored: Option<Drafts>) -> ComposeScreen {
        let touched = restored.is_some();
        let start = restored.unwrap_or_else(|| {
            if view.case.drafts == Drafts::default() {
                suggest(view.case)
            } else {
                view.case.drafts.clone()
            }
        });
        let coach = view.case.coach();
        let mut s = ComposeScreen {
            step: step.clone(),
            editors: [
                field::text_area(&start.public, titles(view)[0]),
                field::text_area(&start.private, titles(view)[1]),
            ],
            focus: 0,
            editing: false,
            touched,
            base: view.case.drafts.clone(),
            comment_pick: 0,
            report: view.case.check_drafts_with(&coach, &start),
            report_stale: false,
            coach,
            finding: None,
            bank: None,
            titles: titles(view),
            cleared: None,
            phrase: None,
        };
        s.fill(&start);
        s.highlight();
        s
    }

    fn fill(&mut self, drafts: &Drafts) {
        self.editors = [
            field::text_area(&drafts.public, self.titles[0]),
            field::text_area(&drafts.private, self.titles[1]),
        ];
        for ed in &mut self.editors {
            ed.move_cursor(ratatui_textarea::CursorMove::Jump(0, 0));
        }
        self.refocus();
    }

    /// Mark the words each finding points at, in the draft where they are.
    /// Findings about something missing point at a whole sentence; those
    /// are listed in the panel, not painted over the text.
    fn highlight(&mut self) {
        for (ed, part) in [(0, DraftPart::Public), (1, DraftPart::Private)] {
            let text = field::text(&self.editors[ed]);
            let mut spans: Vec<String> = self
                .report
                .iter()
                .flat_map(|r| &r.findings)
                .filter(|f| f.draft == part && f.end > f.start && f.end - f.start <= 40)
                .filter_map(|f| text.get(f.start..f.end))
                .filter(|s| !s.contains('\n'))
                .map(regex::escape)
                .collect();
            // Longest first: the alternation takes the first that matches.
            spans.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            spans.dedup();
            let editor = &mut self.editors[ed];
            editor.set_search_style(theme::finding());
            // An escaped literal alternation always compiles; if it somehow
            // did not, the text simply stays unmarked.
            let _ = editor.set_search_pattern(spans.join("|"));
        }
    }

    fn refocus(&mut self) {
        for (i, ed) in self.editors.iter_mut().enumerate() {
            field::set_focus(ed, self.titles[i], self.editing && i == self.focus);
            if !self.editing && i == self.focus {
                // The draft e, v and Tab act on, marked while not typing.
                field::set_picked(ed, self.titles[i]);
            }
        }
    }

    fn drafts(&self) -> Drafts {
        Drafts::new(field::text(&self.editors[0]), field::text(&self.editors[1]))
    }

    pub(super) fn changed(&self, view: &View) -> Option<EventKind> {
        let drafts = self.drafts();
        (drafts != view.case.drafts).then_some(EventKind::DraftEdited { drafts })
    }

    /// `r`: resolve the picked open comment.
    fn resolve(&mut self, view: &View) -> Outcome {
        let open = view.case.open_comments();
        let Some(c) = open.get(self.comment_pick.min(open.len().saturating_sub(1))) else {
            return Outcome::Emit(Action::Say("No open review comments.".into()));
        };
        self.comment_pick = self.comment_pick.min(open.len().saturating_sub(2));
        Outcome::record(vec![EventKind::CommentResolved {
            comment_id: c.id.clone(),
        }])
    }

    /// Keys while the phrase bank is open: pick, insert at the cursor, close.
    fn handle_bank_key(&mut self, at: usize, key: KeyEvent) -> Outcome {
        let n = self.step.phrases.len();
        match keys::resolve(Scope::PhraseBank, key) {
            Some(Cmd::Down) => self.bank = Some((at + 1) % n),
            Some(Cmd::Up) => self.bank = Some((at + n - 1) % n),
            Some(Cmd::Confirm) => {
                let phrase = self.step.phrases[at].clone();
                let editor = &mut self.editors[self.focus];
                self.phrase = Some((self.focus, PhraseUndo::insert(editor, &phrase)));
                self.touched = true;
                self.report_stale = true;
                self.bank = None;
                self.editing = true;
                self.refocus();
            }
            Some(Cmd::Close) => self.bank = None,
            _ => {}
        }
        Outcome::Consumed
    }

    /// A command while not typing (the ones shared with typing are above).
    fn handle_browse(&mut self, cmd: Option<Cmd>, view: &View) -> Outcome {
        match cmd {
            Some(Cmd::OpenEditor) => Outcome::Emit(Action::EditExternally {
                part: PARTS[self.focus],
                text: field::text(&self.editors[self.focus]),
            }),
            Some(Cmd::ResolveComment) => self.resolve(view),
            Some(Cmd::ClearDraft) => self.clear(),
            Some(Cmd::UndoClear) => self.undo_clear(),
            Some(Cmd::Down) => {
                let n = view.case.open_comments().len();
                self.comment_pick = (self.comment_pick + 1).min(n.saturating_sub(1));
                Outcome::Consumed
            }
            Some(Cmd::Up) => {
                self.comment_pick = self.comment_pick.saturating_sub(1);
                Outcome::Consumed
            }
            Some(Cmd::Edit) => {
                self.editing = true;
                self.refocus();
                Outcome::Consumed
            }
            _ => Outcome::Ignored,
        }
    }
}

impl StepScreen for ComposeScreen {
    fn commands(&self, view: &View) -> Vec<Command> {
        use Cmd::*;
        if self.bank.is_some() {
            let s = Scope::PhraseBank;
            return vec![
                keys::pair(s, Up, Down, "pick a phrase"),
                keys::hint(s, Confirm),
                keys::hint(s, Close),
            ];
        }
        let has_bank = !self.step.phrases.is_empty();
        if self.editing {
            let s = Scope::ComposeTyping;
            return vec![
                keys::hint(s, OtherDraft),
                keys::hint(s, Save),
                keys::hint(s, NextFinding),
                keys::hint(s, PhraseBank).when(has_bank),
                Command::new("^Z", "undo").when(self.editors[self.focus].can_undo()),
                keys::pair(s, DraftTop, DraftEnd, "top/end of draft"),
                keys::hint(s, StopTyping),
            ];
        }
        let s = Scope::Compose;
        let mut cmds: Vec<Command> = [OtherDraft, Save, NextFinding, OpenEditor, ClearDraft]
            .into_iter()
            .map(|c| keys::hint(s, c))
            .collect();
        cmds.insert(0, keys::hint(s, Edit));
        cmds.push(keys::hint(s, PhraseBank).when(has_bank));
        if self.cleared.is_some() {
            cmds.push(keys::hint(s, UndoClear));
        }
        if !view.case.open_comments().is_empty() {
            cmds.push(keys::pair(s, Up, Down, "pick comment"));
            cmds.push(keys::hint(s, ResolveComment));
        }
        cmds
    }

    fn handle_key(&mut self, key: KeyEvent, view: &View) -> Outcome {
        if let Some(at) = self.bank {
            return self.handle_bank_key(at, key);
        }
        let scope = if self.editing {
            Scope::ComposeTyping
        } else {
            Scope::Compose
        };
        match keys::resolve(scope, key) {
            Some(Cmd::PhraseBank) => {
                if self.step.phrases.is_empty() {
                    return Outcome::Emit(Action::Say(
                        "This playbook has no phrases for the reply.".into(),
                    ));
                }
                self.bank = Some(0);
                Outcome::Consumed
            }
            Some(Cmd::OtherDraft) => {
                self.focus = 1 - self.focus;
                self.refocus();
                Outcome::Consumed
            }
            Some(Cmd::Save) => self.save(view),
            Some(Cmd::StopTyping) => {
                self.editing = false;
                self.refocus();
                self.save(view)
            }
            Some(Cmd::NextFinding) => self.jump(),
            Some(c @ (Cmd::DraftTop | Cmd::DraftEnd)) => {
                // The very start or end of the text, not the same column
                // of the first or last line (a paragraph wraps long).
                let to = if c == Cmd::DraftTop {
                    [CursorMove::Top, CursorMove::Head]
                } else {
                    [CursorMove::Bottom, CursorMove::End]
                };
                to.into_iter()
                    .for_each(|m| self.editors[self.focus].move_cursor(m));
                Outcome::Consumed
            }
            _ if self.editing && phrase_undo::is_undo(key) => self.undo_typing(),
            _ if self.editing => {
                let changed = self.editors[self.focus].input(key);
                self.touched |= changed;
                self.report_stale |= changed;
                Outcome::Consumed
            }
            cmd => self.handle_browse(cmd, view),
        }
    }

    fn wheel(&mut self, down: bool, _view: &View) -> Outcome {
        self.scroll_focus(down)
    }

    fn editing(&self) -> bool {
        // The open phrase bank owns the keys too (Esc closes it).
        self.editing || self.bank.is_some()
    }

    fn paste(&mut self, text: &str) -> Outcome {
        if !self.editing {
            return Outcome::Ignored;
        }
        let changed = self.editors[self.focus].insert_str(text);
        self.touched |= changed;
        self.report_stale |= changed;
        Outcome::Consumed
    }

    fn flush(&mut self, view: &View) -> Vec<EventKind> {
        // An untouched suggestion is not the person's draft until they save it.
        if !self.touched && view.case.drafts == Drafts::default() {
            return Vec::new();
        }
        self.changed(view).into_iter().collect()
    }

    fn case_changed(&mut self, view: &View) {
        let recorded = &view.case.drafts;
        let follow = if !self.touched && *recorded == Drafts::default() {
            Some(suggest(view.case))
        } else if !self.touched || self.drafts() == self.base {
            // Nothing typed here since the last record: show the newer one.
            Some(recorded.clone())
        } else {
            None
        };
        if let Some(drafts) = follow.filter(|d| *d != self.drafts()) {
            self.fill(&drafts);
        }
        self.base = recorded.clone();
        self.report_stale = true;
    }

    fn tick_every(&self, _view: &View) -> Option<Duration> {
        self.report_stale.then_some(COACH_DEBOUNCE)
    }

    fn tick(&mut self, view: &View) -> Outcome {
        if !self.report_stale {
            return Outcome::Ignored;
        }
        self.report_stale = false;
        if !view.case.coach_fits(&self.coach) {
            // The review was updated (a re-import) or triage chose another
            // road while this step was open.
            self.coach = view.case.coach();
        }
        self.report = view.case.check_drafts_with(&self.coach, &self.drafts());
        self.highlight();
        Outcome::Consumed
    }

    fn set_draft(&mut self, part: CommentPart, text: &str) -> bool {
        let i = PARTS.iter().position(|p| *p == part).unwrap_or(0);
        self.editors[i] = field::text_area(text, self.titles[i]);
        self.touched = true;
        self.refocus();
        true
    }

    fn working_drafts(&self) -> Option<Drafts> {
        // An untouched suggestion is not the person's typing: nothing to keep.
        self.touched.then(|| self.drafts())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, view: &View) {
        // Wide: coach beside the drafts. Narrow: below them, and the prompt
        // (also in `?` help) gives way on short terminals.
        let (drafts_area, coach_area) = if area.width >= 110 {
            let [l, r] =
                Layout::horizontal([Constraint::Percentage(60), Constraint::Fill(1)]).areas(area);
            (l, r)
        } else {
            let rows = coach_panel::rows(self.report.as_ref(), area.width).clamp(1, 4);
            let [d, c] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(rows + 2)]).areas(area);
            (d, c)
        };
        let prompt_h = if area.height >= 26 {
            height(&self.step.prompt, drafts_area.width).min(3)
        } else {
            0
        };
        let open = view.case.open_comments();
        let comments_h = comments::height(&open, area.height / 3);
        let [prompt, notes, public, private, state] = Layout::vertical([
            Constraint::Length(prompt_h),
            Constraint::Length(comments_h),
            Constraint::Percentage(45),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(drafts_area);
        comments::render(&open, self.comment_pick, notes, buf);
        // Wrapped by the same wrapper that measured `prompt_h`.
        let prompt_lines: Vec<Line> = wrap(&self.step.prompt, prompt.width as usize)
            .into_iter()
            .map(Line::from)
            .collect();
        Paragraph::new(prompt_lines).render(prompt, buf);
        self.editors[0].render(public, buf);
        self.editors[1].render(private, buf);
        scroll_hint::render(&self.editors[0], public, buf);
        scroll_hint::render(&self.editors[1], private, buf);
        let stale_line;
        let (text, style) = if self.changed(view).is_some() {
            (
                "not yet a saved version (s / ^S) · autosaved while typing",
                theme::dim(),
            )
        } else if let Some(stale) = stale_approval(view.case) {
            stale_line = format!("saved version ✓ · {stale}");
            (stale_line.as_str(), theme::closed())
        } else if view.case.drafts_complete() {
            ("saved version ✓", theme::done())
        } else {
            ("both drafts need text", theme::closed())
        };
        Paragraph::new(Line::styled(text, style)).render(state, buf);
        match self.bank {
            Some(at) => {
                let width = coach_area.width.saturating_sub(2) as usize;
                let items = phrase_list::items(&self.step.phrases, width, Some(at));
                let mut state = ListState::default().with_selected(Some(at));
                StatefulWidget::render(
                    List::new(items)
                        .block(
                            Block::bordered().title(" Phrase bank — Enter inserts at the cursor "),
                        )
                        .highlight_style(theme::selected()),
                    coach_area,
                    buf,
                    &mut state,
                );
            }
            None => coach_panel::render(self.report.as_ref(), self.finding, coach_area, buf),
        }
    }
}
