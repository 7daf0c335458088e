//! `asks-removal` by shape: a verb of changing ("updating", "amending",
//! "taken down", "bumping … up") with the review or its stars as its object,
//! in any tense or voice; and a higher rating hoped for ("worth the fifth
//! star", "five stars next time?"). Not "we've updated our booking page".

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// A verb (any form) that changes or removes a review.
pub(super) fn is_change(w: &str) -> bool {
    // Every stem has four letters or more; the first byte picks the few
    // stems to try (this runs on every word).
    if w.len() < 4 {
        return false;
    }
    let stems: &[&str] = match w.as_bytes()[0] {
        b'u' => &["updat"],
        b'a' => &["amend", "adjust"],
        b'c' => &["chang"],
        b'e' => &["edit"],
        b'r' => &["revis", "remov", "retract", "rais", "reconsider"],
        b'w' => &["withdr"],
        b'd' => &["delet"],
        b't' => &["taken", "take", "taking"],
        b'b' => &["bump"],
        _ => return false,
    };
    stems.iter().any(|s| w.starts_with(s))
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
        // Every word named below has the lexicon's CHANGE_CUE.
        for i in self.cued() {
            if self.text.words[i].quoted || !self.is(i, CHANGE_CUE) {
                continue;
            }
            let w = self.lw(i);
            let found = if is_change(w) {
                self.change_of_review(i)
            } else if matches!(w, "star" | "stars" | "rating" | "score") {
                self.stars_hoped_for(i).or_else(|| self.rating_going_up(i))
            } else if matches!(w, "add" | "adding") {
                self.added_to_review(i)
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
            })
            .or_else(|| self.part_of_review_removed(i))?;
        // "taking the time to review us": the review as a verb; "raise a
        // ticket for a review": a review of something else.
        if j > 0 && matches!(self.lw(j - 1), "to" | "a") {
            return None;
        }
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
        let stars = matches!(self.lw(i), "star" | "stars");
        let higher = if stars {
            matches!(
                before(1),
                "fifth" | "five" | "5" | "four" | "4" | "full" | "extra" | "another" | "more"
            )
        } else {
            // "a better rating from you", "a higher score".
            matches!(before(1), "better" | "higher")
        };
        // "a five star stay": the stars describe a thing, not the review.
        let describes = self.lw(i) == "star"
            && self.same_clause(i, i + 1)
            && !matches!(
                self.lw(i + 1),
                "review" | "rating" | "from" | "next" | "or" | "and" | "to" | "for" | "back" | ""
            )
            && !self.text.words[i + 1].quoted
            && self.lw(i + 1).bytes().all(|b| b.is_ascii_lowercase());
        if !higher || describes {
            return None;
        }
        let s = self.text.words[i].sentence;
        let thanks = self
            .sentence_words(s)
            .any(|k| self.lw(k).starts_with("thank"));
        let hoped = self.sentence_words(s).any(|k| {
            matches!(
                self.lw(k),
                "worth"
                    | "hopefully"
                    | "hope"
                    | "deserve"
                    | "consider"
                    | "earn"
                    | "bumping"
                    | "love"
                    | "chance"
                    | "appreciate"
                    | "grateful"
                    | "kindly"
                    | "please"
                    | "make"
            )
        });
        (hoped && !thanks).then(|| self.span(i.saturating_sub(2), i))
    }

    /// Whether the sentence of `i` asks something of the customer: a
    /// question, "would you", "please", "if", "we'd appreciate".
    fn asks(&self, i: usize) -> bool {
        let s = self.text.words[i].sentence;
        self.is_question(s)
            || self.sentence_words(s).any(|k| {
                self.is(k, YOU)
                    || matches!(
                        self.lw(k),
                        "please"
                            | "if"
                            | "appreciate"
                            | "grateful"
                            | "love"
                            | "once"
                            | "kindly"
                            | "consider"
                    )
            })
    }
}

/// A part of what the customer wrote ("the line about", "that remark").
fn is_part_of_review(w: &str) -> bool {
    matches!(
        w,
        "suggestion"
            | "claim"
            | "claims"
            | "accusation"
            | "accusations"
            | "remark"
            | "remarks"
            | "line"
            | "mention"
            | "bit"
            | "sentence"
            | "paragraph"
            | "part"
            | "wording"
    )
}

impl Clauses<'_, '_> {
    /// "consider removing the suggestion that…", "could you take that remark
    /// out": a removal verb whose object is a part of what they wrote, in a
    /// sentence that plainly asks (a question, "please", "consider", "ask").
    fn part_of_review_removed(&self, i: usize) -> Option<usize> {
        let w = self.lw(i);
        let removal = ["remov", "delet", "withdr", "retract", "tak"]
            .iter()
            .any(|s| w.starts_with(s));
        // "we've removed the line from the menu": done, not asked.
        if !removal || w.ends_with("ed") || w == "taken" || w == "took" {
            return None;
        }
        let j = (i + 1..i + 4)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| is_part_of_review(self.lw(k)))?;
        let det = matches!(self.lw(j - 1), "the" | "that" | "your" | "this" | "those");
        // "taking your claim seriously": taken away only with "down/out/off".
        let away = !w.starts_with("tak")
            || (j + 1..j + 4)
                .take_while(|&k| self.same_clause(i, k))
                .any(|k| matches!(self.lw(k), "down" | "out" | "off"));
        (det && away && self.plainly_asks(i)).then_some(j)
    }

    /// Whether sentence `s` ends with a question mark.
    fn is_question(&self, s: u32) -> bool {
        self.text
            .sentences
            .get(s as usize)
            .is_some_and(|&(_, e)| e > 0 && self.text.src.as_bytes()[e - 1] == b'?')
    }

    /// A question, or "please", "kindly", "consider", "ask", "would you".
    fn plainly_asks(&self, i: usize) -> bool {
        let s = self.text.words[i].sentence;
        self.is_question(s)
            || self.sentence_words(s).any(|k| {
                matches!(
                    self.lw(k),
                    "please" | "kindly" | "consider" | "ask" | "appreciate" | "grateful"
                )
            })
    }

    /// "would you add a line to your review about the new sauna": more
    /// asked to be written into what they posted.
    fn added_to_review(&self, i: usize) -> Option<Span> {
        let to = (i + 1..i + 7)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| self.lw(k) == "to")?;
        let j = (to + 1..to + 3).find(|&k| is_review_word(self.lw(k)))?;
        let owner = self.lw(to + 1);
        (matches!(owner, "your" | "the" | "that") && self.asks(i)).then(|| self.span(i, j))
    }

    /// "we'd love to see that rating go up", "hoping your score creeps up":
    /// their rating said to rise.
    fn rating_going_up(&self, i: usize) -> Option<Span> {
        let up = (i + 2..i + 5)
            .take_while(|&k| self.same_clause(i, k))
            .find(|&k| self.lw(k) == "up")?;
        let moves = matches!(
            self.lw(up - 1),
            "go" | "goes" | "going" | "move" | "moves" | "creep" | "creeps" | "climb" | "climbs"
        );
        let ours = i > 0 && matches!(self.lw(i - 1), "our" | "my");
        (moves && !ours && self.asks(i)).then(|| self.span(i, up))
    }
}
