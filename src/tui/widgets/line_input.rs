//! One line typed in a box — a colleague's name, a note, a path — the
//! same everywhere: the cursor moves with ←→ and Home/End, Backspace and
//! Delete erase, and the keys the screen's table gives (Enter to submit,
//! Esc to cancel, by default) come back to the screen as commands. A new
//! line is never typed: Enter is the screen's.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::{buffer::Buffer, layout::Rect, widgets::Widget};
use ratatui_textarea::TextArea;

use super::field;
use crate::tui::keys::{self, Cmd, Scope};

pub struct LineInput {
    area: TextArea<'static>,
}

impl LineInput {
    /// A box titled `title` holding `text`, with the keys, cursor at the end.
    pub fn new(text: &str, title: &str) -> LineInput {
        let mut area = field::text_area(text, title);
        field::set_focus(&mut area, title, true);
        LineInput { area }
    }

    /// What is typed, as typed.
    pub fn text(&self) -> String {
        field::text(&self.area)
    }

    /// What is typed, without spaces around it.
    pub fn trimmed(&self) -> String {
        self.text().trim().to_string()
    }

    /// A key while the line has the keys: the command it stands for in
    /// `scope` goes back to the screen; any other key edits the line.
    pub fn handle(&mut self, scope: Scope, key: KeyEvent) -> Option<Cmd> {
        if let Some(cmd) = keys::resolve(scope, key) {
            return Some(cmd);
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let new_line = matches!(key.code, KeyCode::Enter)
            || (ctrl && matches!(key.code, KeyCode::Char('m' | 'j')));
        if !new_line {
            self.area.input(key);
        }
        None
    }

    /// Pasted text, on one line.
    pub fn paste(&mut self, text: &str) {
        let one_line: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        self.area.insert_str(one_line);
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer) {
        (&self.area).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed(start: &str, keys: &[KeyCode]) -> (String, Vec<Cmd>) {
        let mut line = LineInput::new(start, "t");
        let cmds = keys
            .iter()
            .filter_map(|k| line.handle(Scope::PeerReviewName, key(*k)))
            .collect();
        (line.text(), cmds)
    }

    #[test]
    fn the_line_edits_like_any_text_box_and_hands_back_enter_and_esc() {
        use KeyCode::*;
        let table: &[(&str, &[KeyCode], &str, &[Cmd])] = &[
            ("", &[Char('B'), Char('e'), Char('n')], "Ben", &[]),
            ("Ben", &[Backspace], "Be", &[]),
            ("Ben", &[Left, Left, Char('r')], "Bren", &[]),
            ("Ben", &[Home, Char('>')], ">Ben", &[]),
            ("Ben", &[Home, End, Char('!')], "Ben!", &[]),
            ("Ben", &[Home, Delete], "en", &[]),
            ("Ben", &[Enter], "Ben", &[Cmd::Confirm]),
            ("Ben", &[Esc], "Ben", &[Cmd::Cancel]),
        ];
        for (start, keys, text, cmds) in table {
            assert_eq!(
                typed(start, keys),
                (text.to_string(), cmds.to_vec()),
                "{start:?} {keys:?}"
            );
        }
    }

    /// ^Z undoes in a one-line box as in the drafts: the help lists it
    /// for every text box (it only worked where a phrase bank was).
    #[test]
    fn control_z_and_control_u_undo_a_typed_word() {
        for undo in ['z', 'u'] {
            let mut line = LineInput::new("", "t");
            for c in "the cake never came".chars() {
                line.handle(Scope::PeerReviewName, key(KeyCode::Char(c)));
            }
            let ctrl = KeyEvent::new(KeyCode::Char(undo), KeyModifiers::CONTROL);
            assert_eq!(line.handle(Scope::PeerReviewName, ctrl), None);
            assert_eq!(line.text(), "the cake never ", "^{undo}");
        }
    }

    #[test]
    fn a_new_line_never_gets_in() {
        let mut line = LineInput::new("a", "t");
        // Enter unbound on this scope still types no new line.
        line.handle(Scope::Scorecard, key(KeyCode::Enter));
        line.handle(
            Scope::Scorecard,
            KeyEvent::new(KeyCode::Char('m'), KeyModifiers::CONTROL),
        );
        line.paste("b\nc\r\n");
        assert_eq!(line.text(), "ab c  ");
        assert_eq!(line.trimmed(), "ab c");
    }
}
