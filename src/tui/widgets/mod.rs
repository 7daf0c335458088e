//! Small pieces shared by screens.

pub mod checklist;
pub mod coach_panel;
pub mod columns;
pub mod comments;
pub mod field;
pub mod gate_panel;
pub mod help;
pub mod hints;
pub mod line_input;
pub mod pacer;
pub mod phrase_list;
pub mod phrase_undo;
pub mod review_pane;
pub mod scroll_hint;
pub mod theme;
pub mod wrap;
