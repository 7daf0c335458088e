//! Word wrapping for read-only text, so a screen knows how many lines a
//! review takes and where its end is.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wrap `text` to `width` columns, keeping blank lines between paragraphs.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split_whitespace() {
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
}
