//! Sarcasm, contempt and jabs read from the SHAPE of a sentence, for
//! wording no phrase list has seen: a new writer finds new words for the
//! same moves. Each kind below is a move, not a phrase:
//! - an ironic remark: "Interesting that…", "… is telling.";
//! - the shop's record held up against the complaint: "hundreds of … without
//!   a single complaint";
//! - the customer compared to others: "most travellers check…", "plenty of
//!   customers who…";
//! - a legal counter-move: "we will be contesting it", "our advisers will
//!   respond accordingly";
//! - the customer's conduct judged: "Filing a chargeback is not the way to
//!   handle this", "not how adults resolve problems";
//! - a scolding tag question ("…, do they?", "Really?"); a grudging tail ("…, I guess.");
//! - the rating itself grumbled at: "a bit harsh to knock a star off";
//! - advice that talks down: "we'd suggest … next time", "maybe reconsider",
//!   "Perhaps it went to spam?".
//!
//! None of these is certain from shape alone (a sincere reply can share
//! any of them), so every reading is `Evidence::Inferred`: it warns, it
//! never blocks a draft.

use super::Draft;
use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;
use super::tone_cues::*;

/// Words that judge with irony when they open a remark ("Interesting
/// that…") or close one ("… is telling.").
fn is_ironic(w: &str) -> bool {
    cue(w) == IRONIC
}

/// The people a reply compares the customer with.
pub(super) fn is_population(w: &str) -> bool {
    matches!(
        w,
        "customers"
            | "people"
            | "clients"
            | "guests"
            | "travellers"
            | "travelers"
            | "parents"
            | "families"
            | "groups"
            | "diners"
            | "members"
            | "patients"
            | "users"
            | "visitors"
            | "passengers"
            | "owners"
            | "buyers"
            | "shoppers"
            | "tenants"
            | "students"
            | "homeowners"
            | "couples"
            | "brides"
            | "drivers"
            | "riders"
            | "renters"
            | "hirers"
    )
}

/// What a reply says others did or reported, rather than how they behave.
fn is_report_verb(w: &str) -> bool {
    matches!(
        w,
        "told"
            | "reported"
            | "mentioned"
            | "raised"
            | "said"
            | "asked"
            | "complained"
            | "contacted"
            | "experienced"
            | "had"
            | "felt"
            | "were"
            | "was"
    )
}

/// Kindness or ownership in a sentence: it is not aimed at the customer.
fn is_soft(w: &str) -> bool {
    cue(w) == SOFT
}

impl Clauses<'_, '_> {
    /// Every sentence-shape jab this file knows, as spans to warn on.
    /// `thanking`: a reply to a good review, where a question is friendly.
    pub fn tone_shapes(&self, review_lower: &str, thanking: bool, out: &mut Vec<Span>) {
        for (a, b) in self.text.sentence_ranges() {
            self.sentence_shapes(a, b, review_lower, thanking, out);
        }
    }

    /// The shapes of the sentence of words `a..b`.
    fn sentence_shapes(
        &self,
        a: usize,
        b: usize,
        review_lower: &str,
        thanking: bool,
        out: &mut Vec<Span>,
    ) {
        if (a..b).all(|k| self.text.words[k].quoted) {
            return;
        }
        // One pass for the cue words; a kind is looked at only when its cue
        // is in the sentence (most sentences have none).
        let cues = (a..b).fold(0, |c, k| c | cue(self.lw(k)));
        // "Most owners understand that" is the customer set beside others,
        // not our understanding.
        let soft = cues & SOFT != 0
            && (a..b).any(|k| is_soft(self.lw(k)) && !(k > a && is_population(self.lw(k - 1))));
        let has = |c: u16| cues & c != 0;
        let question = self.ends_with(b, b'?');
        let found = (has(IRONIC) && self.ironic_remark(a, b))
            || (!soft && has(WITHOUT) && self.record_against(a, b))
            || (!soft
                && has(QUANT)
                && self.others_compared(a, b)
                && (!thanking || self.sounds_negative(a, b)))
            || (has(LEGAL) && self.legal_counter(a, b))
            || (!soft && has(NOT) && self.conduct_judged(a, b))
            || (question && !thanking && self.scolding_tag(a, b, review_lower, has(HOW)))
            || self.grudging_tail(a, b)
            || (!soft && has(GRIPE) && self.rating_grumbled(a, b))
            || (has(ADVICE) && self.talks_down(a, b, question, thanking))
            || (question && !thanking && self.exasperated(a, b))
            || (has(SURE) && self.sure_of_their_slip(a, b));
        if found {
            out.push(self.span(a, b - 1));
        }
    }

    /// A question closed with two marks or more ("You want quality or you
    /// want fast??"): exasperation, not a question. About ourselves alone
    /// ("Not sure what happened after it left us??") it is puzzlement at our
    /// own end, not aimed at the customer.
    fn exasperated(&self, a: usize, b: usize) -> bool {
        let about_us = (a..b).any(|k| self.is(k, WE) || matches!(self.lw(k), "us" | "me"))
            && !(a..b).any(|k| self.is(k, YOU));
        if about_us {
            return false;
        }
        let from = self.text.words[b - 1].end;
        let marks = self.text.src.as_bytes()[from..]
            .iter()
            .take_while(|c| !c.is_ascii_alphanumeric() && !c.is_ascii_whitespace())
            .filter(|&&c| c == b'?')
            .count();
        marks >= 2
    }

    /// "which you obviously didn't read", "Clearly you never checked": the
    /// customer's slip announced as plain to see. "you clearly did" praises.
    fn sure_of_their_slip(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            cue(self.lw(k)) == SURE
                && ((k > a && self.is(k - 1, YOU)) || self.is(k + 1, YOU))
                && !matches!(self.lw(k.wrapping_sub(1)), "yours" | "your")
                && (k + 1..(k + 4).min(b)).any(|j| self.same_clause(k, j) && self.is(j, NEGATION))
        })
    }

    /// In a thank-you, a comparison with others is a jab only when it runs
    /// someone down ("most groups of teenagers are a nightmare", "how many
    /// customers never proofread"), not when it shares good news.
    fn sounds_negative(&self, a: usize, b: usize) -> bool {
        let (s, e) = (self.text.words[a].start, self.text.words[b - 1].end);
        (a..b).any(|k| self.is(k, NEGATION)) || super::vader::compound(&self.text.src[s..e]) < -0.1
    }

    /// Whether the sentence whose last word is `b - 1` ends with `mark`.
    fn ends_with(&self, b: usize, mark: u8) -> bool {
        let src = self.text.src.as_bytes();
        let from = self.text.words[b - 1].end;
        src[from..]
            .iter()
            .take_while(|c| !c.is_ascii_alphanumeric())
            .any(|&c| c == mark)
    }

    /// "Interesting that a solicitor was contacted first", "Funny how…",
    /// "…without giving us a chance is interesting."
    fn ironic_remark(&self, a: usize, b: usize) -> bool {
        let lead = (a..b)
            .take_while(|&k| {
                matches!(
                    self.lw(k),
                    "it's"
                        | "it"
                        | "is"
                        | "how"
                        | "rather"
                        | "quite"
                        | "very"
                        | "and"
                        | "but"
                        | "so"
                        | "also"
                        | "honestly"
                        | "frankly"
                        | "i"
                        | "find"
                        | "we"
                        | "just"
                )
            })
            .count();
        let k = a + lead;
        let opens = k + 1 < b && is_ironic(self.lw(k)) && matches!(self.lw(k + 1), "that" | "how");
        // "Funny, we sold twenty from the same batch and nobody else…": the
        // remark set before the sentence it mocks.
        let aside = k == a
            && b - a >= 4
            && matches!(self.lw(a), "funny" | "strange" | "odd" | "curious")
            && self.comma_at(a + 1);
        let closes = b - a >= 4
            && is_ironic(self.lw(b - 1))
            && matches!(
                self.lw(b - 2),
                "is" | "was" | "seems" | "very" | "quite" | "certainly" | "rather" | "most"
            )
            && !self.ends_with(b, b'?');
        opens || closes || aside
    }

    /// "We groom over 40 dogs a week without incident": a count of good
    /// work set against the complaint.
    fn record_against(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            self.lw(k) == "without"
                && (k + 1..(k + 4).min(b)).any(|j| {
                    matches!(
                        self.lw(j),
                        "complaint"
                            | "complaints"
                            | "incident"
                            | "incidents"
                            | "issue"
                            | "issues"
                            | "problem"
                            | "problems"
                    )
                })
                && (a..k).any(|j| {
                    let w = self.lw(j);
                    w.bytes().next().is_some_and(|c| c.is_ascii_digit())
                        || matches!(
                            w,
                            "hundreds" | "thousands" | "dozens" | "years" | "every" | "decades"
                        )
                })
        }) && !self.same_occasion(a, b)
    }

    /// "Most travellers check the notices", "plenty of customers who are
    /// 'sure'", "how many customers never proofread": the customer set
    /// beside others who manage. "Unfortunately some customers leave the
    /// rooms in a poor state" regrets what happens (an excuse, read as blame
    /// elsewhere), it does not set the reader beside anyone.
    fn others_compared(&self, a: usize, b: usize) -> bool {
        (a..b.saturating_sub(1)).any(|k| {
            let q = self.lw(k);
            let of = q == "plenty" || q == "lots" && self.lw(k + 1) == "of";
            let at = if of { k + 2 } else { k + 1 };
            let quantifier = of
                || matches!(q, "most" | "some" | "few")
                || q == "many" && k > a && self.lw(k - 1) == "how";
            quantifier
                && at + 1 < b
                && is_population(self.lw(at))
                && !self.text.words[at].quoted
                && !is_report_verb(self.lw(at + 1))
                && !matches!(
                    self.lw(at + 1),
                    "have" | "of" | "and" | "in" | "on" | "at" | "to"
                )
                && !(k > a
                    && matches!(
                        self.lw(k - 1),
                        "for"
                            | "to"
                            | "with"
                            | "our"
                            | "other"
                            | "unfortunately"
                            | "take"
                            | "takes"
                            | "took"
                            | "need"
                            | "needs"
                    ))
        })
    }

    /// "We will be contesting the chargeback", "we will be defending it",
    /// "our legal advisers will respond accordingly", "through ours".
    fn legal_counter(&self, a: usize, b: usize) -> bool {
        let for_them = (a..b.saturating_sub(1)).any(|k| {
            matches!(
                (self.lw(k), self.lw(k + 1)),
                ("for", "you") | ("your", "behalf") | ("on", "your")
            )
        });
        if for_them {
            return false;
        }
        (a..b).any(|k| {
            let w = self.lw(k);
            let adversarial = w.len() >= 6
                && is_adversarial(w)
                && (a..k)
                    .rev()
                    .take(3)
                    .any(|j| matches!(self.lw(j), "will" | "we'll" | "shall" | "be" | "are"))
                && !self.negated(k);
            let accordingly =
                w == "accordingly" && (a..k).any(|j| self.lw(j).starts_with("respond"));
            let through_ours = w == "ours" && k > a && self.lw(k - 1) == "through";
            adversarial || accordingly || through_ours
        })
    }

    /// "Threatening us with solicitors is not the way to resolve
    /// anything", "Disputing a valid charge is not the answer", "…is not how
    /// adults resolve problems": the customer's own act judged. Our act
    /// done to them ("leaving you…", "…isn't the answer you needed") is
    /// owning, not judging.
    fn conduct_judged(&self, a: usize, b: usize) -> bool {
        let first = self.lw(a);
        let gerund = first.len() > 5 && first.ends_with("ing") && first != "being";
        if !gerund || matches!(self.lw(a + 1), "you" | "your") {
            return false;
        }
        (a + 1..b.saturating_sub(1)).any(|k| {
            let neg = matches!(self.lw(k), "not" | "isn't" | "wasn't" | "won't");
            if !neg {
                return false;
            }
            let mut j = k + 1;
            if self.lw(j) == "the" {
                j += 1;
                if matches!(self.lw(j), "right" | "best" | "correct" | "proper" | "way") {
                    j += usize::from(self.lw(j) != "way");
                }
                let way = matches!(self.lw(j), "way" | "answer" | "solution");
                let next = self.lw(j + 1);
                return way && (j + 1 >= b || matches!(next, "to" | "forward" | "here"));
            }
            matches!(self.lw(j), "how")
                && matches!(
                    self.lw(j + 1),
                    "adults" | "grown-ups" | "grownups" | "reasonable"
                )
                || matches!(self.lw(j), "help") && matches!(self.lw(j + 1), "you" | "anyone")
        })
    }

    /// A question that scolds: a tag after a statement ("Brakes don't
    /// replace themselves, do they?") or one or two words that scoff or
    /// throw the review's word back ("Really?", "Cowboys?").
    fn scolding_tag(&self, a: usize, b: usize, review_lower: &str, how: bool) -> bool {
        let n = b - a;
        if n <= 2 {
            let scoff = (a..b).all(|k| matches!(self.lw(k), "really" | "seriously" | "honestly"));
            let echo = n == 1
                && self.lw(a).len() >= 5
                && !self.is(a, ASK | WE | YOU)
                && !is_soft(self.lw(a))
                && review_lower.contains(self.lw(a));
            return scoff || echo;
        }
        // "How was I meant to know…?": the business's ignorance held up as
        // the only sane answer.
        let meant = how
            && (a..b.saturating_sub(3)).any(|k| {
                self.lw(k) == "how"
                    && matches!(self.lw(k + 1), "was" | "were" | "am" | "are")
                    && matches!(self.lw(k + 2), "i" | "we")
                    && matches!(self.lw(k + 3), "meant" | "supposed" | "expected")
            });
        let (aux, who) = (self.lw(b - 2), self.lw(b - 1));
        let tag = n >= 4
            && self.comma_at(b - 2)
            && matches!(
                aux,
                "do" | "does"
                    | "did"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "can"
                    | "has"
                    | "have"
                    | "isn't"
                    | "doesn't"
                    | "don't"
                    | "didn't"
                    | "wasn't"
                    | "aren't"
            )
            && matches!(who, "they" | "it" | "you" | "we" | "he" | "she" | "there");
        // "If the sleeve was wrong why did you wear it?": a question that
        // asks why the customer did what they did, to blame, not to learn.
        let why = (a..b.saturating_sub(2)).any(|k| {
            self.lw(k) == "why"
                && matches!(self.lw(k + 1), "did" | "didn't" | "would" | "wouldn't")
                && self.lw(k + 2) == "you"
        });
        tag || meant || why
    }

    /// "…, you know." and "…, I guess." closing a statement.
    fn grudging_tail(&self, a: usize, b: usize) -> bool {
        b - a >= 4
            && self.comma_at(b - 2)
            && matches!(
                (self.lw(b - 2), self.lw(b - 1)),
                ("you", "know") | ("i", "guess") | ("i", "suppose")
            )
            && !self.ends_with(b, b'?')
    }

    /// "Bit harsh to knock a star off", "a little disappointing to get two
    /// stars": the rating complained about.
    fn rating_grumbled(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            matches!(
                self.lw(k),
                "harsh" | "unfair" | "disappointing" | "steep" | "mean"
            ) && self.lw(k + 1) == "to"
                && (k + 2..(k + 7).min(b))
                    .any(|j| matches!(self.lw(j), "star" | "stars" | "rating"))
        })
    }

    /// "we'd suggest sticking to one channel next time", "maybe reconsider
    /// the rating", "Perhaps it went to spam?": advice that talks down.
    fn talks_down(&self, a: usize, b: usize, question: bool, thanking: bool) -> bool {
        let suggest = (a..b).any(|k| {
            matches!(self.lw(k), "suggest" | "recommend" | "advise")
                && k > a
                && (self.is(k - 1, WE) || matches!(self.lw(k - 1), "we'd" | "i'd" | "would"))
                && ((k + 1..b).any(|j| self.lw(j) == "next" && self.lw(j + 1) == "time")
                    || matches!(
                        self.lw(k + 1),
                        "thinking" | "reading" | "reconsidering" | "considering"
                    )
                    || self.lw(k + 1) == "your"
                        && matches!(self.lw(k + 2), "solicitor" | "lawyer" | "attorney"))
        });
        let reconsider = (a..b).any(|k| {
            self.is(k, MAYBE)
                && (matches!(self.lw(k + 1), "reconsider" | "rethink" | "revisit")
                    || !thanking && self.lw(k + 1) == "try")
        });
        // A guess at the customer's slip, put as a question: "…in May —
        // perhaps it went to spam?"
        let slip = question
            && (a..b).any(|m| {
                self.is(m, MAYBE)
                    && matches!(self.lw(m + 1), "it" | "this" | "that")
                    && (m + 2..b).any(|k| {
                        matches!(
                            self.lw(k),
                            "missed" | "spam" | "junk" | "overlooked" | "misread" | "forgotten"
                        )
                    })
            });
        suggest || reconsider || slip
    }
}

/// Whether a phrase hit starting at word `first` is said of things, not of
/// the customer: "once things calm down after the summer rush" is the shop's
/// busy week; "calm down" said to them is contempt.
pub(super) fn said_of_things(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let lw = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    first > 0
        && lw(first) == "calm"
        && t.words[first - 1].sentence == t.words[first].sentence
        && matches!(
            lw(first - 1),
            "things" | "it" | "everything" | "rush" | "orders" | "work" | "matters" | "season"
        )
}
