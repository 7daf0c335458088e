use crate::util::char_width;
#[cfg(feature = "arbitrary")]
use arbitrary::Arbitrary;
#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

/// Specify how logical lines are soft-wrapped at render time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "arbitrary", derive(Arbitrary))]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
pub enum WrapMode {
    /// Disable soft wrapping and keep horizontal scrolling behavior.
    None,
    /// Wrap only at word boundaries. Words wider than viewport are not split.
    Word,
    /// Wrap at grapheme boundaries.
    Glyph,
    /// Wrap at word boundaries, and fall back to grapheme wrapping for long words.
    WordOrGlyph,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct WrappedLine {
    pub row: usize,
    pub start_byte: usize,
    pub end_byte: usize,
    pub start_col: usize,
    pub end_col: usize,
    pub first_in_row: bool,
    pub last_in_row: bool,
}

pub(crate) fn effective_wrap_width(total_width: u16, line_number_len: Option<u8>) -> usize {
    let total_width = total_width as usize;
    let reserved = line_number_len.map(|len| len as usize + 2).unwrap_or(0);
    if total_width > reserved {
        total_width - reserved
    } else {
        1
    }
}

pub(crate) fn wrapped_rows(
    lines: &[String],
    mode: WrapMode,
    width: usize,
    tab_len: u8,
    mask: Option<char>,
) -> Vec<WrappedLine> {
    let mut rows = Vec::new();
    for (row, line) in lines.iter().enumerate() {
        rows.extend(row_pieces(line, row, mode, width, tab_len, mask));
    }
    rows
}

/// The wrapped pieces of one line (number `row`).
pub(crate) fn row_pieces(
    line: &str,
    row: usize,
    mode: WrapMode,
    width: usize,
    tab_len: u8,
    mask: Option<char>,
) -> Vec<WrappedLine> {
    let ranges = line_ranges(line, mode, width, tab_len, mask);
    let mut rows = Vec::with_capacity(ranges.len());
    let mut start_col = 0usize;
    for (i, (start_byte, end_byte)) in ranges.iter().copied().enumerate() {
        let end_col = start_col + line[start_byte..end_byte].chars().count();
        rows.push(WrappedLine {
            row,
            start_byte,
            end_byte,
            start_col,
            end_col,
            first_in_row: i == 0,
            last_in_row: i + 1 == ranges.len(),
        });
        start_col = end_col;
    }
    rows
}

pub(crate) fn line_ranges(
    line: &str,
    mode: WrapMode,
    width: usize,
    tab_len: u8,
    mask: Option<char>,
) -> Vec<(usize, usize)> {
    if mode == WrapMode::None {
        return vec![(0, line.len())];
    }

    let width = width.max(1);
    let mut out = match mode {
        WrapMode::None => vec![(0, line.len())],
        WrapMode::Glyph => {
            let mut chunks = Vec::new();
            split_range_by_grapheme_width(line, 0, line.len(), width, tab_len, mask, &mut chunks);
            chunks
        }
        WrapMode::Word => wrap_word_chunks(line, width, tab_len, mask, false),
        WrapMode::WordOrGlyph => wrap_word_chunks(line, width, tab_len, mask, true),
    };

    if out.is_empty() {
        out.push((0, 0));
    }
    out
}

/// One place a line may break: a run of visible text ("ink") and the
/// whitespace after it. heard's patch: breaking only between these pieces
/// keeps a space or a comma from starting a row, as word processors do.
#[derive(Clone, Copy)]
struct BreakUnit {
    start: usize,
    ink_end: usize,
    end: usize,
}

/// Punctuation that belongs to the word before it, even across a space
/// ("sorry ," stays together), so it never starts a row.
fn is_closing_punctuation(c: char) -> bool {
    matches!(
        c,
        ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '”' | '’' | '»' | '…' | '%'
    )
}

/// The line cut into break units. Whitespace at the very start of the line
/// (indentation) is a unit of its own whose ink is that whitespace, so it
/// is measured like text instead of hanging.
fn break_units(line: &str) -> Vec<BreakUnit> {
    let mut units: Vec<BreakUnit> = Vec::new();
    let mut chars = line.char_indices().peekable();
    let leading = line.len() - line.trim_start().len();
    if leading > 0 {
        units.push(BreakUnit {
            start: 0,
            ink_end: leading,
            end: leading,
        });
        while chars.next_if(|(i, _)| *i < leading).is_some() {}
    }
    while let Some(&(start, first)) = chars.peek() {
        let mut ink_end = start;
        while let Some((i, c)) = chars.next_if(|(_, c)| !c.is_whitespace()) {
            ink_end = i + c.len_utf8();
        }
        let mut end = ink_end;
        while let Some((i, c)) = chars.next_if(|(_, c)| c.is_whitespace()) {
            end = i + c.len_utf8();
        }
        match units.last_mut() {
            Some(prev) if is_closing_punctuation(first) && prev.ink_end < prev.end => {
                prev.ink_end = ink_end;
                prev.end = end;
            }
            _ => units.push(BreakUnit {
                start,
                ink_end,
                end,
            }),
        }
    }
    units
}

fn wrap_word_chunks(
    line: &str,
    width: usize,
    tab_len: u8,
    mask: Option<char>,
    fallback_to_glyph: bool,
) -> Vec<(usize, usize)> {
    let units = break_units(line);
    if units.is_empty() {
        return vec![(0, 0)];
    }

    let mut out = Vec::new();
    let mut seg_start = 0usize;
    let mut seg_end = 0usize;
    let mut seg_width = 0usize;

    for unit in units {
        let ink = &line[unit.start..unit.ink_end];
        if seg_end > seg_start
            && seg_width + display_width_from(ink, seg_width, tab_len, mask) > width
        {
            out.push((seg_start, seg_end));
            seg_start = seg_end;
            seg_width = 0;
        }
        if seg_end == seg_start && display_width_from(ink, 0, tab_len, mask) > width {
            // A word wider than the row: cut it (or leave it whole), and
            // carry on after its last piece.
            let mut pieces = Vec::new();
            if fallback_to_glyph {
                split_range_by_grapheme_width(
                    line,
                    unit.start,
                    unit.ink_end,
                    width,
                    tab_len,
                    mask,
                    &mut pieces,
                );
            } else {
                pieces.push((unit.start, unit.ink_end));
            }
            if let Some((last_start, _)) = pieces.pop() {
                out.extend(pieces);
                seg_start = last_start;
                seg_width = display_width_from(&line[last_start..unit.ink_end], 0, tab_len, mask);
            }
            let space = &line[unit.ink_end..unit.end];
            seg_width += display_width_from(space, seg_width, tab_len, mask);
            seg_end = unit.end;
            continue;
        }
        // The whitespace after the word hangs past the edge if it must:
        // it is never carried to the start of the next row.
        seg_width += display_width_from(&line[unit.start..unit.end], seg_width, tab_len, mask);
        seg_end = unit.end;
    }

    if seg_end > seg_start {
        out.push((seg_start, seg_end));
    }

    out
}

fn split_range_by_grapheme_width(
    line: &str,
    start: usize,
    end: usize,
    width: usize,
    tab_len: u8,
    mask: Option<char>,
    out: &mut Vec<(usize, usize)>,
) {
    let mut segment_start = start;
    while segment_start < end {
        let mut segment_end = segment_start;
        let mut segment_width = 0usize;
        let mut last_start = segment_start;

        for (offset, grapheme) in
            UnicodeSegmentation::grapheme_indices(&line[segment_start..end], true)
        {
            let grapheme_start = segment_start + offset;
            let grapheme_end = grapheme_start + grapheme.len();
            let next_width = display_width_to(grapheme, segment_width, tab_len, mask);
            let grapheme_width = next_width.saturating_sub(segment_width);

            if segment_end != segment_start && segment_width + grapheme_width > width {
                // heard's patch: a comma or full stop does not start a row;
                // the last letter before it moves down with it instead.
                if grapheme.starts_with(is_closing_punctuation) && last_start > segment_start {
                    segment_end = last_start;
                }
                break;
            }

            last_start = grapheme_start;
            segment_end = grapheme_end;
            segment_width = next_width;
            if segment_width > width {
                break;
            }
        }

        if segment_end == segment_start {
            if let Some(ch) = line[segment_start..end].chars().next() {
                segment_end = segment_start + ch.len_utf8();
            } else {
                break;
            }
        }

        out.push((segment_start, segment_end));
        segment_start = segment_end;
    }
}

fn display_width_from(text: &str, start_width: usize, tab_len: u8, mask: Option<char>) -> usize {
    display_width_to(text, start_width, tab_len, mask).saturating_sub(start_width)
}

fn display_width_to(text: &str, mut width: usize, tab_len: u8, mask: Option<char>) -> usize {
    for c in text.chars() {
        // A masked line is drawn as one mask character per char,
        // so each char is as wide as the mask.
        if let Some(mask) = mask {
            width += char_width(mask);
        } else if c == '\t' {
            if tab_len > 0 {
                let tab = tab_len as usize;
                let pad = tab - (width % tab);
                width += pad;
            }
        } else {
            width += char_width(c);
        }
    }
    width
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segments(line: &str, mode: WrapMode, width: usize) -> Vec<&str> {
        line_ranges(line, mode, width, 4, None)
            .into_iter()
            .map(|(s, e)| &line[s..e])
            .collect()
    }

    fn masked_segments(line: &str, mode: WrapMode, width: usize, mask: char) -> Vec<&str> {
        line_ranges(line, mode, width, 4, Some(mask))
            .into_iter()
            .map(|(s, e)| &line[s..e])
            .collect()
    }

    /// heard's patch: no row starts with a space or a comma; whitespace
    /// hangs at the end of the row it follows, and every byte is on a row.
    /// (Left out: "word ," where the word alone is wider than the box; it
    /// is cut by letters like any over-long word.)
    #[test]
    fn rows_never_start_with_a_space_or_a_comma() {
        let table: &[(&str, usize, &[&str])] = &[
            ("one two three", 7, &["one two ", "three"]),
            ("one two three", 6, &["one ", "two ", "three"]),
            ("one two", 3, &["one ", "two"]),
            ("one   two", 4, &["one   ", "two"]),
            ("we are sorry, truly", 11, &["we are ", "sorry, ", "truly"]),
            (
                "we are sorry , truly",
                11,
                &["we are ", "sorry , ", "truly"],
            ),
            ("sorry, truly", 5, &["sorr", "y, ", "truly"]),
            ("ab,cd", 2, &["a", "b,", "cd"]),
            ("sorry, truly", 6, &["sorry, ", "truly"]),
            (
                "Hello! How are you?",
                6,
                &["Hello! ", "How ", "are ", "you?"],
            ),
            ("  indented text", 8, &["  ", "indented ", "text"]),
            ("      ", 4, &["    ", "  "]),
            ("a verylongword b", 5, &["a ", "veryl", "ongwo", "rd b"]),
            ("do — whichever", 3, &["do ", "— ", "whi", "che", "ver"]),
            ("end ", 3, &["end "]),
            ("", 5, &[""]),
        ];
        for (line, width, want) in table {
            let have = segments(line, WrapMode::WordOrGlyph, *width);
            assert_eq!(&have, want, "{line:?} at {width}");
            assert_eq!(have.concat(), *line, "every byte on a row: {line:?}");
            // Only indentation wider than the box is cut (rows of nothing
            // but spaces); a space never starts a row of words.
            for row in have[1..].iter().filter(|r| !r.trim().is_empty()) {
                assert!(
                    !row.starts_with([' ', ',']),
                    "{line:?} at {width}: row {row:?} starts with a space or a comma"
                );
            }
        }
    }

    #[test]
    fn word_wrap_keeps_long_word() {
        let have = segments("helloworld", WrapMode::Word, 4);
        assert_eq!(have, vec!["helloworld"]);
    }

    #[test]
    fn word_or_glyph_wrap_splits_long_word() {
        let have = segments("helloworld", WrapMode::WordOrGlyph, 4);
        assert_eq!(have, vec!["hell", "owor", "ld"]);
    }

    #[test]
    fn glyph_wrap_handles_wide_chars() {
        let have = segments("ab犬猫", WrapMode::Glyph, 4);
        assert_eq!(have, vec!["ab犬", "猫"]);
    }

    #[test]
    fn glyph_wrap_keeps_combining_grapheme_cluster() {
        let have = segments("e\u{301}x", WrapMode::Glyph, 1);
        assert_eq!(have, vec!["e\u{301}", "x"]);
    }

    #[test]
    fn tab_width_is_accounted_for_in_wrap() {
        let have = segments("\tX", WrapMode::WordOrGlyph, 2);
        assert_eq!(have, vec!["\t", "X"]);
    }

    #[test]
    fn glyph_wrap_preserves_full_mixed_width_row_capacity() {
        let have = segments("a中bcde", WrapMode::Glyph, 4);
        assert_eq!(have, vec!["a中b", "cde"]);
    }

    #[test]
    fn mask_wraps_by_the_mask_width() {
        let have = masked_segments("a中\tcde", WrapMode::Glyph, 4, '*');
        assert_eq!(have, vec!["a中\tc", "de"]);
        let have = masked_segments("abcd", WrapMode::WordOrGlyph, 4, '＊');
        assert_eq!(have, vec!["ab", "cd"]);
    }

    #[test]
    fn halfwidth_sound_marks_take_a_cell() {
        let have = segments("ｶﾞﾊﾟ", WrapMode::Glyph, 2);
        assert_eq!(have, vec!["ｶﾞ", "ﾊﾟ"]);
    }
}
