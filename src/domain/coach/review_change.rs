//! `asks-removal` by shape: a verb of changing ("updating", "amending",
//! "taken down", "bumping … up") with the review or its stars as its object,
//! in any tense or voice; and a higher rating hoped for ("worth the fifth
//! star", "five stars next time?"). Not "we've updated our booking page".

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// A verb (any form) that changes or removes a review.
fn is_change(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "updat",
        "amend",
        "chang",
        "edit",
        "revis",
        "withdr",
        "delet",
        "remov",
        "taken",
        "take",
        "bump",
        "rais",
        "reconsider",
        "adjust",
    ];
    // Every stem has four letters or more and starts with one of these
    // (this runs on every word): most words are turned away here.
    w.len() >= 4
        && matches!(
            w.as_bytes()[0],
            b'u' | b'a' | b'c' | b'e' | b'r' | b'w' | b'd' | b't' | b'b'
        )
        && STEMS.iter().any(|s| w.starts_with(s))
}

/// What a reply may ask to have changed.
fn is_review_word(w: &str) -> bool {
    matches!(
        w,
        "review"
            | "reviews"
            | "rating"
            | "ratings"
            | "star"
            | "stars"
            | "score"
            | "post"
            | "comment"
            | "comments"
    )
}

impl Clauses<'_, '_> {
    /// Every request to change the review, appended to `out`.
    pub fn review_change_requests(&self, out: &mut Vec<Span>) {
        for i in 0..self.text.words.len() {
            if self.text.words[i].quoted {
                continue;
            }
            let w = self.lw(i);
            let found = if is_change(w) {
                self.change_of_review(i)
            } else if matches!(w, "star" | "stars") {
                self.stars_hoped_for(i)
            } else {
                None
            };
            if let Some(span) = found {
                out.push(span);
            }
        }
    }

    /// "would you mind updating your review", "if the review could be
    /// taken down", "change your 1 star", "bumping us up to five stars".
    fn change_of_review(&self, i: usize) -> Option<Span> {
        let j = (i + 1..i + 6)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| is_review_word(self.lw(k)))
            .or_else(|| {
                // Passive: "the review could be taken down".
                (i.saturating_sub(5)..i)
                    .rev()
                    .take_while(|&k| self.same_clause(k, i))
                    .find(|&k| is_review_word(self.lw(k)))
            })?;
        let (a, b) = (i.min(j), i.max(j));
        // "our review process", "we've updated our reviews page": the
        // business's own things.
        let ours = (a..b).any(|k| matches!(self.lw(k), "our" | "my" | "we" | "i"));
        if ours || self.negated(i) || !self.asks(i) {
            return None;
        }
        Some(self.span(a, b))
    }

    /// "worth the fifth star next time?", "consider five stars": a higher
    /// rating hoped for, not thanks for the one given.
    fn stars_hoped_for(&self, i: usize) -> Option<Span> {
        let before = |d: usize| {
            if i >= d && self.same_clause(i - d, i) {
                self.lw(i - d)
            } else {
                ""
            }
        };
        let higher = matches!(
            before(1),
            "fifth" | "five" | "5" | "full" | "extra" | "another"
        ) || before(1) == "more";
        if !higher {
            return None;
        }
        let s = self.text.words[i].sentence;
        let thanks = self
            .sentence_words(s)
            .any(|k| self.lw(k).starts_with("thank"));
        let hoped = self.sentence_words(s).any(|k| {
            matches!(
                self.lw(k),
                "worth" | "hopefully" | "hope" | "deserve" | "consider" | "earn" | "bumping"
            )
        });
        (hoped && !thanks).then(|| self.span(i.saturating_sub(2), i))
    }

    /// Whether the sentence of `i` asks something of the customer: a
    /// question, "would you", "please", "if", "we'd appreciate".
    fn asks(&self, i: usize) -> bool {
        let s = self.text.words[i].sentence;
        let question = self
            .text
            .sentences
            .get(s as usize)
            .is_some_and(|&(_, e)| e > 0 && self.text.src.as_bytes()[e - 1] == b'?');
        question
            || self.sentence_words(s).any(|k| {
                self.is(k, YOU)
                    || matches!(
                        self.lw(k),
                        "please" | "if" | "appreciate" | "grateful" | "love" | "once"
                    )
            })
    }
}
