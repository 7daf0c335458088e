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
        // A numbered draft line's wrapped rows stay right of its gutter.
        let (lead, text) = match gutter(line) {
            Some(n) => line.split_at(n),
            None => line.split_at(indent),
        };
        let hang = lead.chars().count();
        let room = (width as usize).saturating_sub(hang).max(8);
        for (k, row) in wrap(text, room).into_iter().enumerate() {
            let lead = if k == 0 {
                lead.to_string()
            } else {
                " ".repeat(hang)
            };
            out.push((format!("{lead}{row}"), heading));
        }
        if i == last_draft_line.min(lines.len().saturating_sub(1)) {
            drafts_end = out.len().saturating_sub(1);
        }
    }
    (out, drafts_end)
}

/// The byte length of a draft line's number gutter ("   3 │ "), if it has one.
fn gutter(line: &str) -> Option<usize> {
    let digits = line
        .trim_start()
        .strip_prefix(|c: char| c.is_ascii_digit())?;
    let rest = digits.trim_start_matches(|c: char| c.is_ascii_digit());
    rest.starts_with(" │ ")
        .then(|| line.len() - rest.len() + " │ ".len())
}

#[cfg(test)]
mod tests {
    use super::gutter;

    #[test]
    fn a_numbered_line_has_a_gutter_and_nothing_else_does() {
        // (line, the text after the gutter)
        let table = [
            ("   3 │ Thank you", Some("Thank you")),
            ("  12 │ ", Some("")),
            ("    Booked a table", None),
            ("Private message", None),
            ("   3 │", None),
        ];
        for (line, want) in table {
            assert_eq!(gutter(line).map(|n| &line[n..]), want, "{line:?}");
        }
    }
}
