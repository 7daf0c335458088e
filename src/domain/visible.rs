//! Text from outside (a review, a draft, a name, a file name, a remote) may
//! hold characters that change what a terminal shows: control sequences that
//! move the cursor or erase a line, bidi controls that reorder text, and
//! zero-width characters. A reviewer must see exactly what they approve, so
//! such characters are found here and made visible before anything prints.

use std::borrow::Cow;

/// Whether `c` can hide or rearrange text on a screen. Newlines and tabs
/// are ordinary layout, not hidden.
pub fn is_hidden(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        c if c.is_control() => true,
        // Bidi embeddings, overrides and isolates; the marks LRM/RLM/ALM.
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' => true,
        '\u{061C}' => true,
        // Zero-width and other default-ignorable characters.
        '\u{00AD}' | '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}' => true,
        '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' => true,
        '\u{2028}' | '\u{2029}' | '\u{3164}' | '\u{FEFF}' | '\u{FFA0}' => true,
        '\u{FE00}'..='\u{FE0F}' | '\u{E0000}'..='\u{E0FFF}' => true,
        _ => false,
    }
}

/// Every hidden character with its byte offset.
pub fn hidden_chars(text: &str) -> Vec<(usize, char)> {
    text.char_indices().filter(|(_, c)| is_hidden(*c)).collect()
}

/// How a hidden character is shown: `⟨ESC⟩`, `⟨CR⟩`, `⟨U+202E⟩`.
pub fn describe(c: char) -> String {
    match c {
        '\u{1b}' => "⟨ESC⟩".into(),
        '\r' => "⟨CR⟩".into(),
        '\u{7}' => "⟨BEL⟩".into(),
        '\u{8}' => "⟨BS⟩".into(),
        c => format!("⟨U+{:04X}⟩", c as u32),
    }
}

/// The text with every hidden character replaced by its visible name;
/// borrowed when there is nothing to replace (the usual case).
pub fn reveal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_hidden(c) {
            out.push_str(&describe(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// For JSON output: hidden characters that JSON leaves raw (bidi controls,
/// zero-width) written as `\uXXXX` escapes, which keeps the data identical
/// for a program and harmless for a terminal.
pub fn escape_json(json: &str) -> Cow<'_, str> {
    if !json.chars().any(is_hidden) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if is_hidden(c) {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_characters_are_named_table() {
        let table = [
            ("plain text\nline two\ttab", "plain text\nline two\ttab"),
            ("Sorry\r\u{1b}[2K   1 │ Hi", "Sorry⟨CR⟩⟨ESC⟩[2K   1 │ Hi"),
            ("liar\u{202E}olleh", "liar⟨U+202E⟩olleh"),
            ("B\u{200B}ob", "B⟨U+200B⟩ob"),
            ("\u{2066}x\u{2069}", "⟨U+2066⟩x⟨U+2069⟩"),
            ("bell\u{7}", "bell⟨BEL⟩"),
            ("soft\u{AD}hyphen", "soft⟨U+00AD⟩hyphen"),
        ];
        for (input, want) in table {
            assert_eq!(reveal(input), want, "{input:?}");
        }
        assert!(matches!(reveal("fine"), Cow::Borrowed(_)));
    }

    #[test]
    fn json_escapes_stay_valid_and_equal() {
        let value = serde_json::json!({"t": "a\u{202E}b\u{200B}c\u{1F600}"});
        let text = serde_json::to_string(&value).unwrap();
        let escaped = escape_json(&text);
        assert!(!escaped.chars().any(is_hidden), "{escaped}");
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, value);
    }
}
