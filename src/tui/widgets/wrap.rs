//! Word wrapping for read-only text, so a screen knows how many lines a
//! review takes and where its end is.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The no-break space: `keep_together` puts it between words.
const NO_BREAK: char = '\u{a0}';

/// `text` with its words joined so that `wrap` keeps them on one row
/// ("(40 min left)"); `hanging` shows the joins as plain spaces.
pub fn keep_together(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

/// Wrap `text` to `width` columns, keeping blank lines between paragraphs.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        // A no-break space joins words that must stay on one row.
        let words = para
            .split(|c: char| c.is_whitespace() && c != NO_BREAK)
            .filter(|w| !w.is_empty());
        for word in words {
            let needed = if line.is_empty() { 0 } else { 1 } + word.width();
            if !line.is_empty() && line.width() + needed > width {
                out.push(std::mem::take(&mut line));
            }
            if word.width() > width {
                // A word longer than the line is cut where it must be.
                for c in word.chars() {
                    if line.width() + c.width().unwrap_or(0) > width {
                        out.push(std::mem::take(&mut line));
                    }
                    line.push(c);
                }
                continue;
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        out.push(line);
    }
    out
}

/// `text` wrapped to `width` columns after `lead` (a marker, an indent, a
/// label), its later rows indented as far as `lead` is wide: a wrapped
/// question, answer or bullet stays in its column instead of starting
/// again at the edge.
pub fn hanging(
    lead: Vec<Span<'static>>,
    text: &str,
    style: Style,
    width: usize,
) -> Vec<Line<'static>> {
    let indent: usize = lead.iter().map(|s| s.content.width()).sum();
    let rows = wrap(text, width.saturating_sub(indent));
    let mut lead = Some(lead);
    rows.into_iter()
        .map(|row| {
            let mut spans = lead
                .take()
                .unwrap_or_else(|| vec![Span::raw(" ".repeat(indent))]);
            spans.push(Span::styled(row.replace(NO_BREAK, " "), style));
            Line::from(spans)
        })
        .collect()
}

/// Rows `text` takes when wrapped to `width`.
pub fn height(text: &str, width: u16) -> u16 {
    if text.trim().is_empty() {
        0
    } else {
        wrap(text, width as usize).len() as u16
    }
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_words_and_keeps_paragraphs() {
        assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
        assert_eq!(wrap("a\n\nb", 5), vec!["a", "", "b"]);
        assert_eq!(wrap("abcdefgh", 3), vec!["abc", "def", "gh"]);
        assert_eq!(wrap("Zoë Ångström", 4), vec!["Zoë", "Ångs", "tröm"]);
    }

    #[test]
    fn wrapped_rows_keep_the_indent_of_the_first() {
        use super::hanging;
        use ratatui::{style::Style, text::Span};
        let rows = |lead: &'static str, text: &str, width| -> Vec<String> {
            hanging(vec![Span::raw(lead)], text, Style::new(), width)
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        let table: &[(&str, &str, usize, &[&str])] = &[
            (
                "› ",
                "Is it fact or a misunderstanding?",
                20,
                &["› Is it fact or a", "  misunderstanding?"],
            ),
            (
                "Not before: ",
                "15:00 UTC — the cool-down (40 min left)",
                40,
                &[
                    "Not before: 15:00 UTC — the cool-down",
                    "            (40 min left)",
                ],
            ),
            ("  • ", "short", 40, &["  • short"]),
            // Words kept together move to the next row as one.
            (
                "Not before: ",
                "15:00 — the cool-down (40\u{a0}min\u{a0}left)",
                40,
                &[
                    "Not before: 15:00 — the cool-down",
                    "            (40 min left)",
                ],
            ),
            // Narrower than the lead: one column a row, still indented.
            ("    ", "ab", 4, &["    a", "    b"]),
        ];
        for (lead, text, width, want) in table {
            assert_eq!(rows(lead, text, *width), *want, "{lead:?} {text:?}");
        }
    }
}
