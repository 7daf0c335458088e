//! More sarcasm, scolding and threats read from sentence shape, found in a
//! new writer's wording (blind13) and kept as moves, not phrases:
//! - the customer told how to behave towards the staff: "we would ask all
//!   patients to treat our team with courtesy", "we do not tolerate rudeness
//!   towards our staff", "please do not write wrong things online";
//! - the review handed to lawyers, or a day in court looked forward to:
//!   "we have passed this review to our solicitor", "see you at the
//!   tribunal";
//! - an ironic aside: "Funnily enough, …", "Apparently three calls now
//!   counts as being ignored", "That would be a first!";
//! - a virtue the customer lacked, said as what would have helped: "a
//!   little patience wouldn't have gone amiss";
//! - another business suggested in place of ours: "perhaps a quieter hotel
//!   would suit you better";
//! - a duty waved off as absurd: "we can't follow every swimmer around".
//!
//! A sincere reply can share any of these shapes, so the reading is
//! `Evidence::Inferred`: it warns, it never blocks.

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

/// The anchor words of [`Clauses::tone_moves`] (the lexicon's MOVE_CUE):
/// the manners, "please", "kindly", "see", the lawyers, "can't",
/// "standards".
pub(super) const ANCHORS: &[&str] = &[
    "courtesy",
    "respect",
    "rudeness",
    "abuse",
    "aggression",
    "manners",
    "politeness",
    "civility",
    "kindness",
    "patience",
    "understanding",
    "please",
    "kindly",
    "see",
    "seeing",
    "solicitor",
    "solicitors",
    "lawyer",
    "lawyers",
    "legal",
    "attorney",
    "attorneys",
    "can't",
    "cannot",
    "standards",
];

/// How a customer is asked to behave (or said to have misbehaved).
fn is_manners(w: &str) -> bool {
    matches!(
        w,
        "courtesy"
            | "respect"
            | "rudeness"
            | "abuse"
            | "aggression"
            | "manners"
            | "politeness"
            | "civility"
            | "kindness"
            | "patience"
            | "understanding"
    )
}

/// The people who work for the shop, as a reply names them.
fn is_crew(w: &str) -> bool {
    matches!(
        w,
        "team"
            | "staff"
            | "crew"
            | "receptionists"
            | "employees"
            | "people"
            | "lads"
            | "colleagues"
    )
}

/// Who a review can be handed to, to fight it.
pub(super) fn is_lawyer(w: &str) -> bool {
    matches!(
        w,
        "solicitor" | "solicitors" | "lawyer" | "lawyers" | "legal" | "attorney" | "attorneys"
    )
}

impl Clauses<'_, '_> {
    /// Every sentence holding one of this file's moves, as spans to warn on.
    pub fn tone_moves(&self, out: &mut Vec<Span>) {
        let words = &self.text.words;
        for (a, b) in self.text.sentence_ranges() {
            // One pass for the anchor words; a move is looked at only when
            // its anchor is in the sentence (most sentences have none).
            let (mut manners, mut legal, mut maybe, mut cant) = (false, false, false, false);
            let mut standards = false;
            for k in a..b {
                maybe |= self.is(k, MAYBE);
                // Any other word is no anchor: one bit test.
                let w = self.lw(k);
                let is_manners = || is_manners(w) || matches!(w, "please" | "kindly");
                let is_legal = || matches!(w, "see" | "seeing") || is_lawyer(w);
                let is_cant = || matches!(w, "can't" | "cannot");
                if !self.is(k, MOVE_CUE) {
                    debug_assert!(!is_manners() && !is_legal() && !is_cant(), "{w}");
                    continue;
                }
                manners |= is_manners();
                legal |= is_legal();
                cant |= is_cant();
                standards |= w == "standards";
            }
            let found = (manners && self.manners_demanded(a, b))
                || (legal && self.lawyers_called(a, b))
                || self.ironic_aside(a, b)
                || (manners && self.virtue_lacked(a, b))
                || (maybe && self.sent_elsewhere(a, b))
                || (cant && self.duty_waved_off(a, b))
                || (standards && self.their_standards(a, b));
            if found && !(a..b).all(|k| words[k].quoted) {
                out.push(self.span(a, b - 1));
            }
        }
    }

    /// "Sorry the cupcakes weren't up to your standards", "a cleaner that
    /// meets your exacting standards": the customer's standards, named, are
    /// a sneer at them (every one of 9 drafts over the labelled sets is
    /// labelled tone, negated or not). "Our standards" is the shop's own.
    fn their_standards(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            self.lw(k) == "standards"
                && (k > a && self.lw(k - 1) == "your"
                    || k > a + 1
                        && self.lw(k - 2) == "your"
                        && matches!(self.lw(k - 1), "exacting" | "high" | "lofty" | "own"))
        })
    }

    /// "treat our team with courtesy" asked of them, "rudeness towards our
    /// staff" not tolerated, "please do not write/post…", "kindly do not
    /// escalate", "please don't call us liars". "We expect our
    /// team to treat every patient with courtesy" holds the staff to it.
    fn manners_demanded(&self, a: usize, b: usize) -> bool {
        let treat_us = (a..b.saturating_sub(3)).any(|k| {
            self.lw(k) == "treat"
                && self.lw(k + 1) == "our"
                && is_crew(self.lw(k + 2))
                && (k + 3..b).any(|j| is_manners(self.lw(j)))
        });
        let at_us = (a..b.saturating_sub(3)).any(|k| {
            is_manners(self.lw(k))
                && matches!(self.lw(k + 1), "towards" | "toward" | "to" | "at")
                && self.lw(k + 2) == "our"
                && is_crew(self.lw(k + 3))
        });
        let dont_post = (a..b.saturating_sub(2)).any(|k| {
            // Only what they are told not to do: "please do call us again"
            // invites.
            let v = match (self.lw(k + 1), self.lw(k + 2)) {
                ("do", "not") => k + 3,
                ("don't", _) => k + 2,
                _ => return false,
            };
            // What they say of us, and how far they take it.
            matches!(self.lw(k), "please" | "kindly")
                && matches!(
                    self.lw(v),
                    "write" | "post" | "spread" | "publish" | "call" | "accuse" | "escalate"
                )
        });
        treat_us || at_us || dont_post
    }

    /// "passed this review to our solicitor", "look forward to seeing you
    /// at the tribunal", "see you in court". "your solicitor" is theirs.
    fn lawyers_called(&self, a: usize, b: usize) -> bool {
        let handed = (a..b).any(|k| {
            matches!(
                self.lw(k),
                "passed" | "referred" | "forwarded" | "handed" | "sent"
            ) && (k + 1..(k + 7).min(b))
                .any(|j| is_lawyer(self.lw(j)) && matches!(self.lw(j - 1), "our" | "the"))
        });
        let court = (a..b.saturating_sub(3)).any(|k| {
            matches!(self.lw(k), "see" | "seeing")
                && self.lw(k + 1) == "you"
                && matches!(self.lw(k + 2), "at" | "in")
                && (k + 3..(k + 5).min(b))
                    .any(|j| matches!(self.lw(j), "court" | "tribunal" | "hearing"))
        });
        handed || court
    }

    /// A wink ("we'll have a look 😉", "bring a jumper ;)"): a joke at the
    /// customer's expense. Over the labelled sets, 27 of 28 complaint
    /// replies with a wink are labelled tone. In a thank-you it is one when
    /// the words before it are about the customer ("smarter than you now
    /// 😉"), as in 5 of 5 labelled; "we'll keep the recipe a secret 😉" is
    /// friendly. A wink beside a star or "your review" asks for a better
    /// rating, which asks-removal reads.
    pub fn winks(&self, thanking: bool, out: &mut Vec<Span>) {
        let words = &self.text.words;
        let src = self.text.src;
        // Searched by one char each, which the standard library finds with
        // a fast byte scan (a string pattern is walked byte by byte).
        let emoji = src.match_indices('\u{1f609}').map(|(at, _)| at);
        let faces = src
            .match_indices(';')
            .map(|(at, _)| at)
            .filter(|&at| src[at + 1..].starts_with(')') || src[at + 1..].starts_with("-)"));
        for at in emoji.chain(faces) {
            let k = words.partition_point(|w| w.start < at);
            let Some(s) = k.checked_sub(1).map(|j| words[j].sentence) else {
                continue;
            };
            let a = words[..k]
                .iter()
                .rposition(|w| w.sentence != s)
                .map_or(0, |j| j + 1);
            let b = k + words[k..].iter().take_while(|w| w.sentence == s).count();
            let rating = |j: usize| {
                matches!(self.lw(j), "star" | "stars")
                    || (self.lw(j) == "review" && j > a && self.lw(j - 1) == "your")
            };
            let at_them = |j: usize| {
                matches!(self.lw(j), "you" | "your")
                    && !(j > a && matches!(self.lw(j - 1), "see" | "thank"))
            };
            if !(a..b).any(rating) && (!thanking || (a..k).any(at_them)) {
                out.push(self.span(a, b - 1));
            }
        }
    }

    /// "Funnily enough, …", "Apparently three calls now counts as being
    /// ignored", "That would be a first!".
    fn ironic_aside(&self, a: usize, b: usize) -> bool {
        let enough = matches!(self.lw(a), "funnily" | "oddly" | "strangely" | "curiously")
            && self.lw(a + 1) == "enough";
        let counts = self.lw(a) == "apparently"
            && (a + 1..b.saturating_sub(1))
                .any(|k| matches!(self.lw(k), "counts" | "qualifies") && self.lw(k + 1) == "as");
        let first = b - a >= 3
            && self.lw(b - 1) == "first"
            && self.lw(b - 2) == "a"
            && (a..b - 2).any(|k| self.lw(k) == "be");
        enough || counts || first
    }

    /// "a little patience wouldn't have gone amiss", "some courtesy would
    /// have helped": what the customer lacked, said as what would have
    /// helped.
    fn virtue_lacked(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|k| {
            is_manners(self.lw(k))
                && matches!(self.lw(k - 1), "little" | "bit" | "more" | "some")
                && (k + 1..(k + 4).min(b)).any(|j| {
                    matches!(self.lw(j), "would" | "wouldn't") && self.lw(j + 1) == "have"
                        || self.lw(j) == "wouldn't've"
                })
        })
    }

    /// "Perhaps a country house hotel would suit you better": the customer
    /// sent to another business. "Perhaps our garden rooms would suit you
    /// better" offers ours, and is sincere.
    fn sent_elsewhere(&self, a: usize, b: usize) -> bool {
        let ours = (a..b).any(|k| self.is(k, WE) || matches!(self.lw(k), "our" | "us"));
        !ours
            && (a..b).any(|k| self.is(k, MAYBE))
            && (a..b.saturating_sub(2)).any(|k| {
                matches!(self.lw(k), "suit" | "suits")
                    && self.lw(k + 1) == "you"
                    && self.lw(k + 2) == "better"
            })
    }

    /// "we can't follow every swimmer around with a mop": a duty waved
    /// off as absurd.
    fn duty_waved_off(&self, a: usize, b: usize) -> bool {
        (a..b.saturating_sub(2)).any(|k| {
            matches!(self.lw(k), "can't" | "cannot")
                && k > a
                && self.is(k - 1, WE)
                && matches!(
                    self.lw(k + 1),
                    "follow" | "babysit" | "chase" | "shadow" | "watch" | "supervise"
                )
                && matches!(self.lw(k + 2), "every" | "each" | "all")
        })
    }
}
