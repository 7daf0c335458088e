//! Phone numbers in a draft: runs of digits with phone-like separators.

use super::personal_data::{Detail, DetailKind};

/// Runs of digits with phone-like separators, 9 to 15 digits.
pub(super) fn phones(src: &str, out: &mut Vec<Detail>) {
    let b = src.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // Most bytes can start no number: skip to the next one that may.
        match super::byte_scan::next_byte(b, i, |c| c.is_ascii_digit() || c == b'+' || c == b'(') {
            Some(at) => i = at,
            None => break,
        }
        let starts = b[i].is_ascii_digit()
            || (matches!(b[i], b'+' | b'(') && b.get(i + 1).is_some_and(u8::is_ascii_digit));
        if !starts || (i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'#')) {
            i += 1;
            continue;
        }
        let mut j = i;
        let mut digits = 0;
        let mut last_digit = i;
        while j < b.len() {
            let c = b[j];
            if c.is_ascii_digit() {
                digits += 1;
                last_digit = j;
            } else if !(matches!(c, b'-' | b'.' | b'(' | b')' | b'+')
                || (c == b' '
                    && b.get(j + 1)
                        .is_some_and(|n| n.is_ascii_digit() || *n == b'(')))
            {
                break;
            }
            j += 1;
        }
        let followed_by_letter = b.get(last_digit + 1).is_some_and(u8::is_ascii_alphabetic);
        let long = (9..=15).contains(&digits);
        if (long || is_local_number(&b[i..=last_digit])) && !followed_by_letter {
            out.push(Detail {
                start: i,
                end: last_digit + 1,
                kind: DetailKind::Phone,
            });
        }
        i = j.max(i + 1);
    }
}

/// A North American local number, "555-0108": three digits (the first 2-9),
/// a hyphen, four digits. Small shops give these without an area code. A
/// range such as "300-1000" ends in round hundreds and is left alone.
fn is_local_number(run: &[u8]) -> bool {
    matches!(run, [a, b, c, b'-', d, e, f, g]
        if matches!(a, b'2'..=b'9')
            && [b, c, d, e, f, g].iter().all(|x| x.is_ascii_digit())
            && !(*f == b'0' && *g == b'0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        phones(s, &mut out);
        out.iter().map(|d| &s[d.start..d.end]).collect()
    }

    #[test]
    fn local_numbers_count_and_ranges_do_not() {
        let rows: [(&str, &[&str]); 8] = [
            ("Contact 555-0108.", &["555-0108"]),
            ("Ring the shop on 555-0173 any weekday", &["555-0173"]),
            (
                "Call 020 7946 0958 or 555-0142.",
                &["020 7946 0958", "555-0142"],
            ),
            ("between 300-1000 guests a week", &[]),
            ("code 155-0108 on the box", &[]),
            ("ref 555-01080", &[]),
            ("the 555-0108x model", &[]),
            ("opened in 2019-2023", &[]),
        ];
        for (text, want) in rows {
            assert_eq!(found(text), want, "{text}");
        }
    }
}
