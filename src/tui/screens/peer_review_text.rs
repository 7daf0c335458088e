//! What the colleague reads at the hand-over: the same text as
//! `heard review ID`, wrapped to the box, knowing where the drafts end.

use crate::domain::Case;
use crate::tui::widgets::wrap::wrap;

/// The text's rows at `width` (each with whether it is a section heading),
/// and the row of the private message's last line.
pub fn rows(case: &Case, width: u16) -> (Vec<(String, bool)>, usize) {
    let body = crate::present::review::review_body(case, "");
    let body = crate::domain::visible::reveal(&body).into_owned();
    let lines: Vec<&str> = body.lines().collect();
    // Headings are the unindented lines; the review's own words are
    // indented, so a line of theirs never passes for one.
    let private = lines
        .iter()
        .position(|l| *l == "Private message")
        .unwrap_or(lines.len().saturating_sub(1));
    let last_draft_line = private + case.drafts.private.lines().count().max(1);
    let mut out = Vec::new();
    let mut drafts_end = 0;
    for (i, line) in lines.iter().enumerate() {
        let indent = line.len() - line.trim_start().len();
        let heading = indent == 0 && !line.is_empty();
        let room = (width as usize).saturating_sub(indent).max(8);
        for row in wrap(line.trim_start(), room) {
            out.push((format!("{}{row}", " ".repeat(indent)), heading));
        }
        if i == last_draft_line.min(lines.len().saturating_sub(1)) {
            drafts_end = out.len().saturating_sub(1);
        }
    }
    (out, drafts_end)
}
