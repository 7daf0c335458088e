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
