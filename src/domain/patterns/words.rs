//! The same cause worded differently must still group: "mugs packed in a
//! single box" and "mug was packed in one box". Causes are compared by
//! their content words — lower-cased, stop words dropped, simple plural,
//! -ed and -ing endings taken off — and two causes belong together when
//! those word sets overlap strongly (Jaccard index at or above
//! [`SAME_CAUSE`]). Deliberately simple and explainable: a person can see
//! why two causes were grouped by looking at the shared words.

use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Shared words over all words from which two causes count as one.
pub const SAME_CAUSE: f64 = 0.5;

/// Words that say nothing about the cause. Negations are here too: "no
/// padding" and "too little padding" are the same topic.
const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "both", "but", "by", "can", "could", "did", "didn",
    "do", "does", "doesn", "don", "each", "enough", "even", "ever", "for", "from", "get", "got",
    "had", "has", "have", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is",
    "isn", "it", "its", "just", "me", "more", "most", "much", "my", "no", "nor", "not", "now",
    "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "same",
    "she", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
    "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very", "was",
    "wasn", "we", "were", "weren", "what", "when", "where", "which", "while", "who", "why", "will",
    "with", "without", "won", "would", "you", "your",
];

/// One word reduced to its stem: "boxes" → "box", "packed" → "pack",
/// "shipping" → "ship", "deliveries" → "delivery", "damaged" → "damag" (as
/// "damage" is). Never shorter than three letters.
pub fn stem(word: &str) -> String {
    let mut w = word.to_string();
    let keep = |w: &str, suffix: &str| w.len() >= suffix.len() + 3;
    if w.ends_with("ies") && keep(&w, "ies") {
        w.truncate(w.len() - 3);
        w.push('y');
    } else if w.ends_with("ing") && keep(&w, "ing") {
        w.truncate(w.len() - 3);
        undouble(&mut w);
    } else if w.ends_with("ed") && keep(&w, "ed") {
        w.truncate(w.len() - 2);
        undouble(&mut w);
    } else if ["xes", "ches", "shes", "sses", "zes"]
        .iter()
        .any(|s| w.ends_with(s))
        && keep(&w, "es")
    {
        w.truncate(w.len() - 2);
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && keep(&w, "s") {
        w.truncate(w.len() - 1);
    }
    // "damage" and "damag(ed)" meet at "damag".
    if w.ends_with('e') && w.len() > 3 {
        w.pop();
    }
    w
}

/// "shipp" → "ship", "wrapp" → "wrap"; "fill" and "pass" stay.
fn undouble(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 4 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f') {
        let c = b[n - 1];
        if !matches!(c, b'a' | b'e' | b'i' | b'o' | b'u') {
            w.pop();
        }
    }
}

/// The content words of a text, stemmed.
pub fn content_words(text: &str) -> BTreeSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2 && !w.chars().all(|c| c.is_ascii_digit()))
        .filter(|w| !STOP_WORDS.contains(w))
        .map(stem)
        .collect()
}

/// Shared words over all words; 0 when both are empty.
pub fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// [`jaccard`] of two sorted, distinct id lists.
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - both;
    if union == 0 {
        0.0
    } else {
        both as f64 / union as f64
    }
}

/// Group texts whose content words overlap at least [`SAME_CAUSE`], and
/// also through a chain of such pairs (so the result does not depend on the
/// order of the texts). Texts without content words are left out. Each
/// group lists indices into `texts`, ascending; groups come largest first,
/// then by their first index.
pub fn group(texts: &[&str]) -> Vec<Vec<usize>> {
    // The same words are the same cause: each distinct set is compared once
    // (a store repeats its wordings far more often than it invents them).
    let mut distinct: BTreeMap<BTreeSet<String>, Vec<usize>> = BTreeMap::new();
    for (i, t) in texts.iter().enumerate() {
        let words = content_words(t);
        if !words.is_empty() {
            distinct.entry(words).or_default().push(i);
        }
    }
    let sets: Vec<(&BTreeSet<String>, &Vec<usize>)> = distinct.iter().collect();
    // Words as numbers, each set sorted, so an overlap is one merge. Only
    // sets that share a word can overlap.
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut by_word: Vec<Vec<usize>> = Vec::new();
    let numbered: Vec<Vec<u32>> = sets
        .iter()
        .enumerate()
        .map(|(k, (words, _))| {
            let mut v: Vec<u32> = words
                .iter()
                .map(|w| {
                    let next = ids.len() as u32;
                    let id = *ids.entry(w.as_str()).or_insert(next);
                    if id as usize == by_word.len() {
                        by_word.push(Vec::new());
                    }
                    by_word[id as usize].push(k);
                    id
                })
                .collect();
            v.sort_unstable();
            v
        })
        .collect();
    let mut parent: Vec<usize> = (0..sets.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Which set was last compared with j, so each pair is compared once.
    let mut compared_with: Vec<usize> = vec![usize::MAX; numbered.len()];
    for (k, words) in numbered.iter().enumerate() {
        for w in words {
            for &j in &by_word[*w as usize] {
                if j <= k || compared_with[j] == k {
                    continue;
                }
                compared_with[j] = k;
                let (rk, rj) = (root(&mut parent, k), root(&mut parent, j));
                // Already one group: no need to compare.
                if rk != rj && overlap(words, &numbered[j]) >= SAME_CAUSE {
                    parent[rk.max(rj)] = rk.min(rj);
                }
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (k, (_, members)) in sets.iter().enumerate() {
        let r = root(&mut parent, k);
        groups.entry(r).or_default().extend(members.iter().copied());
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_values()
        .map(|mut g| {
            g.sort_unstable();
            g
        })
        .collect();
    out.sort_by_key(|g| (std::cmp::Reverse(g.len()), g[0]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_plural_past_and_ing() {
        let table = [
            ("boxes", "box"),
            ("box", "box"),
            ("mugs", "mug"),
            ("packed", "pack"),
            ("packing", "pack"),
            ("shipping", "ship"),
            ("shipped", "ship"),
            ("deliveries", "delivery"),
            ("damaged", "damag"),
            ("damage", "damag"),
            ("address", "address"),
            ("status", "status"),
            ("filled", "fill"),
            ("bed", "bed"),
            ("ring", "ring"),
            ("used", "used"),
        ];
        for (word, want) in table {
            assert_eq!(stem(word), want, "{word}");
        }
    }

    #[test]
    fn content_words_drop_stop_words_case_and_numbers() {
        let got = content_words("The Mugs were NOT packed in 1 box, it's true");
        let want: BTreeSet<String> = ["mug", "pack", "box", "tru"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn causes_group_when_their_words_overlap_strongly() {
        // (a, b, same cause?)
        let table = [
            (
                "Mugs are packed in a single box",
                "mug was packed in one box",
                true,
            ),
            ("Mugs are packed in a single box", "Single-boxed mugs", true),
            (
                "Courier left parcel in the rain",
                "the courier leaves parcels in rain",
                true,
            ),
            (
                "Mugs are packed in a single box",
                "Courier left parcel in the rain",
                false,
            ),
            (
                "Listing photo shows the wrong colour",
                "Glaze colour differs from photo",
                false,
            ),
            (
                "No stock check before listing",
                "stock not checked before it was listed",
                true,
            ),
            ("", "", false),
        ];
        for (a, b, same) in table {
            let j = jaccard(&content_words(a), &content_words(b));
            assert_eq!(j >= SAME_CAUSE, same, "{a:?} vs {b:?}: {j}");
        }
    }

    #[test]
    fn groups_are_order_independent_and_largest_first() {
        let texts = [
            "courier left the parcel in the rain",
            "mugs packed in a single box",
            "mug packed in one box",
            "",
            "single box for mugs",
            "parcel left in rain by courier",
            "glaze too thin",
        ];
        assert_eq!(group(&texts), vec![vec![1, 2, 4], vec![0, 5], vec![6]]);
        let mut rev = texts;
        rev.reverse();
        assert_eq!(group(&rev), vec![vec![2, 4, 5], vec![1, 6], vec![0]]);
    }

    /// The plain way: every pair compared, chains followed.
    fn naive(texts: &[&str]) -> Vec<Vec<usize>> {
        let words: Vec<BTreeSet<String>> = texts.iter().map(|t| content_words(t)).collect();
        let mut group_of: Vec<usize> = (0..texts.len()).collect();
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..texts.len() {
                for j in 0..texts.len() {
                    if jaccard(&words[i], &words[j]) >= SAME_CAUSE && group_of[j] > group_of[i] {
                        group_of[j] = group_of[i];
                        changed = true;
                    }
                }
            }
        }
        let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for (i, g) in group_of.iter().enumerate() {
            if !words[i].is_empty() {
                groups.entry(*g).or_default().push(i);
            }
        }
        let mut out: Vec<Vec<usize>> = groups.into_values().collect();
        out.sort_by_key(|g| (std::cmp::Reverse(g.len()), g[0]));
        out
    }

    #[test]
    fn grouping_agrees_with_comparing_every_pair() {
        // Eight clusters of five words; each text takes three of its
        // cluster's words, and every ninth one a word of the next cluster.
        let texts: Vec<String> = (0..300usize)
            .map(|i| {
                let c = i % 8;
                let mut w: Vec<String> = (0..3)
                    .map(|k| format!("w{}", c * 5 + (i / 8 + k * 2) % 5))
                    .collect();
                if i % 9 == 0 {
                    w.push(format!("w{}", ((c + 1) % 8) * 5 + i % 5));
                }
                w.join(" ")
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        assert_eq!(group(&refs), naive(&refs));
        assert!(group(&refs).len() > 1);
    }
}
