//! Table cells measured in terminal columns, not bytes or chars, so names
//! like "Zoë Ångström" or "李雷" line up.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `s` cut to `width` columns (with "…" when cut) and padded with spaces
/// to exactly `width`. Control characters become spaces; a wide character
/// that would straddle the edge is left out.
pub fn fit(s: &str, width: usize) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.width() <= width {
        let pad = width - clean.width();
        return clean + &" ".repeat(pad);
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in clean.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    used += 1;
    out + &" ".repeat(width - used)
}

/// Like [`fit`], but the text sits at the right edge.
pub fn fit_right(s: &str, width: usize) -> String {
    let cut = fit(s, width);
    let text = cut.trim_end();
    format!("{}{text}", " ".repeat(width - text.width()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_counts_columns() {
        let table = [
            ("Ann", 5, "Ann  "),
            ("Zoë Ångström", 12, "Zoë Ångström"),
            ("Zoë Ångström", 6, "Zoë Å…"),
            ("李雷", 5, "李雷 "),
            ("李雷李雷", 5, "李雷…"),
            ("李雷李雷", 4, "李… "),
            ("a\tb", 4, "a b "),
            ("abc", 0, ""),
            ("abcdef", 1, "…"),
        ];
        for (s, w, want) in table {
            assert_eq!(fit(s, w), want, "{s:?} in {w}");
            assert_eq!(fit(s, w).width(), w, "{s:?} in {w}");
        }
        assert_eq!(fit_right("3 h", 6), "   3 h");
        assert_eq!(fit_right("李雷", 6), "  李雷");
    }
}
