//! Text fields: a thin setup around ratatui-textarea so every field looks
//! and behaves the same.

use ratatui::widgets::Block;
use ratatui_textarea::{TextArea, WrapMode};

use super::theme;

/// A text area with `text`, wrapping words, titled.
pub fn text_area(text: &str, title: &str) -> TextArea<'static> {
    let lines: Vec<String> = if text.is_empty() {
        vec![String::new()]
    } else {
        text.split('\n').map(str::to_string).collect()
    };
    let mut ta = TextArea::new(lines);
    ta.set_wrap_mode(WrapMode::WordOrGlyph);
    ta.set_cursor_line_style(ratatui::style::Style::new());
    ta.set_block(Block::bordered().title(format!(" {title} ")));
    ta.move_cursor(ratatui_textarea::CursorMove::Bottom);
    ta.move_cursor(ratatui_textarea::CursorMove::End);
    ta
}

/// Show whether the field has the keys.
pub fn set_focus(ta: &mut TextArea<'static>, title: &str, focused: bool) {
    let block = Block::bordered().title(format!(" {title} "));
    if focused {
        ta.set_block(block.border_style(theme::focus_border()));
        ta.set_cursor_style(theme::selected());
    } else {
        ta.set_block(block.border_style(theme::dim()));
        ta.set_cursor_style(ratatui::style::Style::new());
    }
}

/// The field the keys will go to once typing starts: its border in bold,
/// its title in the focus colour.
pub fn set_picked(ta: &mut TextArea<'static>, title: &str) {
    ta.set_block(
        Block::bordered()
            .title(ratatui::text::Span::styled(
                format!(" {title} "),
                theme::focus_border(),
            ))
            .border_style(theme::title()),
    );
}

/// The field's whole text.
pub fn text(ta: &TextArea) -> String {
    ta.lines().join("\n")
}

/// (row, column in characters) of a byte offset in `text`, as a text area
/// places its cursor.
pub fn position(text: &str, byte: usize) -> (u16, u16) {
    let before = &text[..byte.min(text.len())];
    let row = before.matches('\n').count();
    let col = before.rsplit('\n').next().unwrap_or("").chars().count();
    (row as u16, col as u16)
}
