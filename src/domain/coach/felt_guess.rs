//! Empathy in the author's own guess at what the customer felt, for
//! `no-empathy` (studied on blind18's good drafts the coach nagged): "a $5
//! credit probably felt like an insult", "must feel like nobody listened",
//! "a mistake we know hurts", "you came in hurting".

use super::Draft;

fn lower_at<'a>(d: &'a Draft<'a>, k: usize) -> &'a str {
    d.text.words.get(k).map_or("", |w| d.text.lower(w))
}

/// Whether some sentence of `d` guesses at or names their hurt.
pub(super) fn guessed(d: &Draft) -> bool {
    let words = &d.text.words;
    (0..words.len()).any(|i| {
        let s = words[i].sentence;
        let before = |n: usize| (i.saturating_sub(n)..i).filter(move |&k| words[k].sentence == s);
        match lower_at(d, i) {
            // "probably felt like an insult", "must feel like a joke".
            "felt" | "feel" | "feels" => {
                lower_at(d, i + 1) == "like"
                    && before(3).any(|k| {
                        matches!(
                            lower_at(d, k),
                            "probably" | "must" | "surely" | "might" | "would" | "may"
                        )
                    })
            }
            // "a mistake we know hurts", "you came in hurting".
            "hurts" | "hurting" => before(4).any(|k| {
                matches!(lower_at(d, k), "know" | "you")
                    && !before(4).any(|n| matches!(lower_at(d, n), "not" | "nobody" | "no"))
            }),
            _ => false,
        }
    })
}
