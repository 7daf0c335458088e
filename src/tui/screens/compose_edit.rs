//! Compose's bigger edits: jump to the next finding's words, clear the
//! draft in focus (to start again from nothing) and bring it back.

use super::{ComposeScreen, View};
use crate::domain::coach::DraftPart;
use crate::tui::action::Action;
use crate::tui::command::Outcome;
use crate::tui::keys::{self, Cmd, Scope};
use crate::tui::mouse::WHEEL_ROWS;
use crate::tui::widgets::phrase_undo;
use crate::tui::widgets::{coach_panel, field};
use ratatui_textarea::CursorMove;

impl ComposeScreen {
    /// Record the drafts if they changed since the case last had them.
    pub(super) fn save(&self, view: &View) -> Outcome {
        match self.changed(view) {
            Some(e) => Outcome::record(vec![e]),
            None => Outcome::Consumed,
        }
    }

    /// Select the next finding's span in its draft, ready to fix.
    pub(super) fn jump(&mut self) -> Outcome {
        let Some(report) = &self.report else {
            return Outcome::Emit(Action::Say("The coach has nothing to point at yet.".into()));
        };
        let order = coach_panel::ordered(report);
        let n = order.len();
        let next = (1..=n)
            .map(|k| (self.finding.map_or(k - 1, |i| i + k)) % n.max(1))
            .find(|i| matches!(order[*i].draft, DraftPart::Public | DraftPart::Private));
        let Some(i) = next else {
            return Outcome::Emit(Action::Say("Nothing in the drafts to point at.".into()));
        };
        let (ed, start, end) = {
            let f = order[i];
            (usize::from(f.draft == DraftPart::Private), f.start, f.end)
        };
        self.finding = Some(i);
        self.focus = ed;
        self.editing = true;
        self.refocus();
        let text = field::text(&self.editors[ed]);
        let (r0, c0) = field::position(&text, start);
        let (r1, c1) = field::position(&text, end);
        let editor = &mut self.editors[ed];
        editor.cancel_selection();
        editor.move_cursor(CursorMove::Jump(r0, c0));
        editor.start_selection();
        editor.move_cursor(CursorMove::Jump(r1, c1));
        Outcome::Consumed
    }

    /// `c`: empty the draft in focus, keeping its text for `u`. Nothing is
    /// recorded until the person saves or leaves, as with any typing.
    pub(super) fn clear(&mut self) -> Outcome {
        let text = field::text(&self.editors[self.focus]);
        if text.is_empty() {
            return Outcome::Emit(Action::Say("This draft is already empty.".into()));
        }
        let i = self.focus;
        self.cleared = Some((i, text));
        self.editors[i] = field::text_area("", self.titles[i]);
        self.touched = true;
        self.report_stale = true;
        self.refocus();
        self.highlight();
        Outcome::Emit(Action::Say(format!(
            "Cleared the {} — {} brings it back.",
            ["public reply", "private message"][i],
            keys::hint(Scope::Compose, Cmd::UndoClear).key
        )))
    }

    /// `u`: the draft as it was before `c`.
    pub(super) fn undo_clear(&mut self) -> Outcome {
        let Some((i, text)) = self.cleared.take() else {
            return Outcome::Emit(Action::Say("Nothing was cleared.".into()));
        };
        self.editors[i] = field::text_area(&text, self.titles[i]);
        // From the top, as the draft first showed.
        self.editors[i].move_cursor(CursorMove::Jump(0, 0));
        self.focus = i;
        self.touched = true;
        self.report_stale = true;
        self.refocus();
        self.highlight();
        Outcome::Emit(Action::Say("The draft is back as it was.".into()))
    }

    /// ^Z while typing: the phrase just put in, whole, or the last edit.
    pub(super) fn undo_typing(&mut self) -> Outcome {
        let focus = self.focus;
        let mut phrase = self
            .phrase
            .take()
            .filter(|(at, _)| *at == focus)
            .map(|(_, p)| p);
        let changed = phrase_undo::undo(&mut self.editors[focus], &mut phrase);
        self.touched |= changed;
        self.report_stale |= changed;
        Outcome::Consumed
    }

    /// One notch of the mouse wheel: the draft in focus moves by
    /// `WHEEL_ROWS` rows (its cursor kept in view).
    pub(super) fn scroll_focus(&mut self, down: bool) -> Outcome {
        let rows = if down { WHEEL_ROWS } else { -WHEEL_ROWS };
        self.editors[self.focus].scroll((rows, 0));
        Outcome::Consumed
    }
}
