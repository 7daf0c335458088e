//! A phrase from the bank goes into a text box as one undoable step: the
//! text box keeps its own history key by key, and a phrase put in over a
//! selection is two of its edits (the words taken out, the phrase put in).
//! One ^Z must bring back exactly what was typed, so the screen remembers
//! how many edits the phrase took.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::TextArea;

use super::field;

/// What one phrase insertion did to a text box.
#[derive(Debug, Clone)]
pub struct PhraseUndo {
    /// The whole text right after the insertion: if it has changed since,
    /// the person has typed on and undo is the text box's own again.
    after: String,
    /// How many of the text box's edits the insertion made.
    steps: usize,
}

impl PhraseUndo {
    /// Put `phrase` in at the cursor, over the selected words if any.
    pub fn insert(ta: &mut TextArea<'static>, phrase: &str) -> PhraseUndo {
        let over_selection = ta.selection_range().is_some_and(|(from, to)| from != to);
        ta.insert_str(phrase);
        PhraseUndo {
            after: field::text(ta),
            steps: 1 + usize::from(over_selection),
        }
    }
}

/// Whether `key` is an undo: ^Z as most programs have it, or ^U as the
/// text box has it.
pub fn is_undo(key: KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char('z') | KeyCode::Char('u'))
}

/// Undo the phrase just put in, whole, if nothing was typed since;
/// otherwise the text box's last edit. Whether the text changed.
pub fn undo(ta: &mut TextArea<'static>, pending: &mut Option<PhraseUndo>) -> bool {
    match pending.take() {
        Some(p) if field::text(ta) == p.after => {
            (0..p.steps).fold(false, |changed, _| ta.undo() | changed)
        }
        _ => ta.undo(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui_textarea::CursorMove;

    /// Text typed, the words selected (first and last column, on the first
    /// line), the phrase, and what one undo must bring back.
    type Row<'a> = (&'a str, Option<(u16, u16)>, &'a str, &'a str);

    #[test]
    fn one_undo_brings_back_exactly_what_was_typed() {
        let table: &[Row] = &[
            ("", None, "Thank you for telling us.", ""),
            (
                "Mara, a cracked mug",
                None,
                " I'm so sorry.",
                "Mara, a cracked mug",
            ),
            (
                "Mara, a cracked mug",
                Some((6, 19)),
                "your mug",
                "Mara, a cracked mug",
            ),
            (
                "line one\nline two",
                None,
                "two\nlines",
                "line one\nline two",
            ),
            (
                "sorry but late",
                Some((6, 10)),
                "that it was",
                "sorry but late",
            ),
        ];
        for (typed, selected, phrase, want) in table {
            let mut ta = field::text_area(typed, "draft");
            if let Some((from, to)) = selected {
                ta.move_cursor(CursorMove::Jump(0, *from));
                ta.start_selection();
                ta.move_cursor(CursorMove::Jump(0, *to));
            }
            let mut pending = Some(PhraseUndo::insert(&mut ta, phrase));
            assert!(field::text(&ta).contains(phrase), "{typed:?}: inserted");
            assert!(undo(&mut ta, &mut pending), "{typed:?}: undo changed it");
            assert_eq!(field::text(&ta), *want, "{typed:?} + {phrase:?}");
            assert!(pending.is_none());
        }
    }

    #[test]
    fn after_typing_on_undo_is_the_text_box_own() {
        let mut ta = field::text_area("Hi", "draft");
        let mut pending = Some(PhraseUndo::insert(&mut ta, " there"));
        ta.insert_char('!');
        assert!(undo(&mut ta, &mut pending));
        assert_eq!(field::text(&ta), "Hi there");
    }

    /// What is typed (`|` moves the cursor to the start of the line first,
    /// `<` is a backspace) and the text after each undo in turn.
    #[test]
    fn typing_undoes_a_word_at_a_time() {
        let table: &[(&str, &[&str])] = &[
            (
                "Sorry about the wait",
                &["Sorry about the ", "Sorry about ", "Sorry ", ""],
            ),
            ("Hi  there.", &["Hi  ", ""]),
            ("café crème", &["café ", ""]),
            // A backspace ends the run: the undo brings the letter back.
            (
                "Thanks<s a lot",
                &["Thanks a ", "Thanks ", "Thank", "Thanks", ""],
            ),
            // Typing elsewhere is a step of its own.
            ("world|Hello ", &["world", ""]),
        ];
        for (typed, wants) in table {
            let mut ta = field::text_area("", "draft");
            for c in typed.chars() {
                match c {
                    '|' => ta.move_cursor(CursorMove::Head),
                    '<' => drop(ta.delete_char()),
                    c => ta.insert_char(c),
                }
            }
            let whole = field::text(&ta);
            for want in *wants {
                assert!(ta.undo(), "{typed:?}: undo towards {want:?}");
                assert_eq!(field::text(&ta), *want, "{typed:?}");
            }
            assert!(!ta.undo(), "{typed:?}: nothing left to undo");
            for _ in 0..wants.len() {
                assert!(ta.redo(), "{typed:?}: redo");
            }
            assert_eq!(field::text(&ta), whole, "{typed:?}: redone whole");
        }
    }

    #[test]
    fn only_control_z_and_control_u_undo() {
        let ctrl = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
        assert!(is_undo(ctrl('z')) && is_undo(ctrl('u')));
        assert!(!is_undo(ctrl('r')));
        assert!(!is_undo(KeyEvent::new(
            KeyCode::Char('z'),
            KeyModifiers::NONE
        )));
    }
}
