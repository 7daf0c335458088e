//! Turns of negative tone that each new writer words afresh, kept as the
//! move a sentence makes rather than its words (found in blind18/19's
//! misses, written and tested in other trades):
//! - what "most people" or "any reasonable customer" would accept, set
//!   against the customer: "I'd hope most people would understand that";
//! - the customer set beside others who manage: "like the 2,000 other
//!   customers who…", "unlike the rest of our members";
//! - a consequence held over them: "may result in your account being
//!   closed";
//! - a fact called obvious: "it's hardly a secret that…", "no surprise
//!   some places…";
//! - a question that opens "Ever…?": "Ever thought of booking ahead?";
//! - an apology refused: "we will not apologise for…";
//! - a sneering tail after the last comma: "…, at least.", "…, believe it
//!   or not.", "…, it always is.";
//! - how much it mattered, doubted: "if it matters that much…";
//! - the customer told what not to do with their own things: "don't leave
//!   your alterations to the last week";
//! - the customer's own act judged: "Threatening legal action on a review
//!   site is unhelpful";
//! - the customer sent to the rivals: "Enjoy the other three shops.";
//! - the talking passed to lawyers: "correspondence should go through our
//!   solicitors".
//!
//! A sincere reply can share a shape, so every reading is
//! `Evidence::Inferred`: it warns, it never blocks.

use super::Draft;
use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;
use super::text::Text;
use super::tone_shapes::is_population;

/// One bit per turn's anchor word, so a sentence is looked at only for the
/// turns whose anchor it holds (most hold none).
const MODAL: u16 = 1;
const RESULT: u16 = 1 << 1;
const KNOWN: u16 = 1 << 2;
const APOLOGY: u16 = 1 << 3;
const IF: u16 = 1 << 4;
const DONT: u16 = 1 << 5;
const LIKE: u16 = 1 << 6;
const LAWYER: u16 = 1 << 7;
const NOT: u16 = 1 << 8;
const AFTER: u16 = 1 << 9;

/// The anchor bit of one lowercase word (the words of the lexicon's
/// `TONE_TURN` class).
fn anchor(w: &str) -> u16 {
    match w {
        "not" | "aren't" => NOT,
        "after" => AFTER,
        "would" | "will" | "should" | "can" | "could" => MODAL,
        "result" | "results" | "lead" | "leads" => RESULT,
        "secret" | "surprise" | "mystery" => KNOWN,
        "if" => IF,
        "don't" | "do" | "never" => DONT,
        "like" | "unlike" | "rest" => LIKE,
        _ if super::tone_moves::is_lawyer(w) => LAWYER,
        _ if w.starts_with("apologi") => APOLOGY,
        _ => 0,
    }
}

/// Verbs of accepting what the business did, as others are said to.
fn is_accepting(w: &str) -> bool {
    matches!(
        w,
        "understand" | "accept" | "appreciate" | "realise" | "realize" | "agree" | "know"
    )
}

/// Someone in general, to set the customer beside.
fn is_others(w: &str) -> bool {
    is_population(w)
        || matches!(
            w,
            "anyone" | "anybody" | "everyone" | "everybody" | "person" | "customer" | "adult"
        )
}

/// An act of the customer's own that a reply can hold against them
/// (suffering — waiting, paying, finding — is not one).
fn is_their_act(w: &str) -> bool {
    matches!(
        w,
        "threatening"
            | "posting"
            | "writing"
            | "demanding"
            | "shouting"
            | "swearing"
            | "accusing"
            | "disputing"
            | "filing"
            | "airing"
            | "publishing"
            | "refusing"
            | "insulting"
            | "abusing"
            | "naming"
            | "calling"
            | "reviewing"
            | "complaining"
    )
}

/// A judgement of an act as out of place.
fn is_out_of_place(w: &str) -> bool {
    matches!(
        w,
        "unhelpful"
            | "inappropriate"
            | "unacceptable"
            | "counterproductive"
            | "uncalled"
            | "unreasonable"
            | "pointless"
            | "childish"
            | "disrespectful"
            | "unconstructive"
            | "unnecessary"
    )
}

/// How much something matters, doubted in "if … that much".
fn is_degree(w: &str) -> bool {
    matches!(
        w,
        "much" | "important" | "urgent" | "bothered" | "worried" | "concerned" | "precious"
    )
}

/// Praise that damns: "met your standards", "was fine", "passed inspection".
const FAINT_PRAISE: [&str; 13] = [
    "standards",
    "standard",
    "inspection",
    "decent",
    "fine",
    "nice",
    "okay",
    "ok",
    "passable",
    "acceptable",
    "adequate",
    "edible",
    "approval",
];
impl Clauses<'_, '_> {
    /// Every sentence holding one of this file's turns, as spans to warn on.
    pub(super) fn tone_turns(&self, thanking: bool, out: &mut Vec<Span>) {
        for (a, b) in self.text.sentence_ranges() {
            // One pass: the anchors, and whether anything is not quoted.
            let (mut cues, mut said) = (0, false);
            for k in a..b {
                said |= !self.text.words[k].quoted;
                if self.is(k, TONE_TURN) {
                    cues |= anchor(self.lw(k));
                }
            }
            if !said {
                continue;
            }
            let has = |c: u16| cues & c != 0;
            // In a thank-you only the retorts that cannot be friendly: "It's
            // a darts bar, not a library", a dare to go further.
            if thanking {
                if (has(NOT) && self.what_we_are_not(a, b)) || self.dares_them_further(a, b) {
                    out.push(self.span(a, b - 1));
                }
                continue;
            }
            let found = (has(MODAL) && self.others_would_accept(a, b))
                || (has(LIKE) && self.beside_others(a, b))
                || (has(RESULT) && self.consequence_held(a, b))
                || (has(KNOWN) && self.called_obvious(a, b))
                || self.ever_question(a, b)
                || (has(APOLOGY) && self.apology_refused(a, b))
                || self.sneering_tail(a, b)
                || (has(IF) && self.mattered_doubted(a, b))
                || (has(DONT) && self.told_not_to(a, b))
                || self.act_judged(a, b)
                || self.sent_to_rivals(a, b)
                || (has(LAWYER) && self.through_lawyers(a, b))
                || (has(NOT) && self.what_we_are_not(a, b))
                || (has(AFTER) && self.after_all(a, b))
                || self.statement_questioned(a, b)
                || self.dares_them_further(a, b)
                || self.would_you_have_preferred(a, b);
            if found {
                out.push(self.span(a, b - 1));
            }
        }
    }

    /// "most people would understand that", "any reasonable customer will
    /// accept": what others would accept. "anyone would understand your
    /// frustration" sides with the customer.
    fn others_would_accept(&self, a: usize, b: usize) -> bool {
        (a + 1..b.saturating_sub(1)).any(|k| {
            let modal = self.is(k, TONE_TURN) && anchor(self.lw(k)) == MODAL;
            modal
                && self.crowd(k - 1)
                && (k + 1..(k + 3).min(b))
                    .find(|&j| is_accepting(self.lw(j)))
                    .is_some_and(|v| {
                        !(v + 1..(v + 4).min(b))
                            .any(|j| self.is(j, YOU) || matches!(self.lw(j), "why" | "how"))
                    })
        })
    }

    /// People in general at word `k`: "customers", "anyone", or any plural
    /// up to three words after one that counts a crowd ("most sailors",
    /// "other renters", "any sensible sailor", "most of our renters").
    fn crowd(&self, k: usize) -> bool {
        let w = self.lw(k);
        let counted = |j: usize| {
            matches!(
                self.lw(j),
                "most" | "any" | "every" | "other" | "many" | "reasonable" | "sensible" | "normal"
            )
        };
        is_others(w)
            || (w.len() > 3
                && w.bytes().all(|c| c.is_ascii_lowercase())
                && (k.saturating_sub(3)..k).any(counted))
    }

    /// "like the 2,000 other customers who…", "unlike every other guest",
    /// "the rest of our members": the customer set beside others.
    fn beside_others(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            if !self.is(k, TONE_TURN) || anchor(self.lw(k)) != LIKE {
                return false;
            }
            let n = k + 1..(k + 6).min(b);
            let other = || n.clone().any(|j| self.lw(j) == "other");
            let crowd = || n.clone().any(|j| self.crowd(j));
            match self.lw(k) {
                "like" => other() && crowd(),
                "unlike" => {
                    crowd()
                        && n.clone()
                            .any(|j| matches!(self.lw(j), "most" | "other" | "every" | "many"))
                }
                "rest" => self.lw(k + 1) == "of" && crowd(),
                _ => false,
            }
        })
    }

    /// "may result in your account being closed", "will lead to you being
    /// charged": a consequence held over the customer.
    fn consequence_held(&self, a: usize, b: usize) -> bool {
        (a + 1..b.saturating_sub(2)).any(|k| {
            anchor(self.lw(k)) == RESULT
                && matches!(self.lw(k + 1), "in" | "to")
                && matches!(
                    self.lw(k - 1),
                    "may" | "will" | "could" | "can" | "might" | "would"
                )
                && (k + 2..(k + 4).min(b)).any(|j| self.is(j, YOU))
        })
    }

    /// "it's hardly a secret that…", "no surprise some places…", "is no
    /// mystery": a fact called plain to all. "It's no surprise you were
    /// upset" grants their feeling.
    fn called_obvious(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|k| {
            let det = if self.lw(k - 1) == "a" { k - 1 } else { k };
            anchor(self.lw(k)) == KNOWN
                && det > a
                && matches!(self.lw(det - 1), "hardly" | "no" | "not" | "isn't")
                && !(k + 1..(k + 3).min(b)).any(|j| self.is(j, YOU))
        })
    }

    /// "Ever thought of coming back the next day?": a question that opens on
    /// "ever" asks nothing.
    fn ever_question(&self, a: usize, b: usize) -> bool {
        let lead = usize::from(matches!(self.lw(a), "so" | "and" | "but"));
        self.lw(a + lead) == "ever" && a + lead + 1 < b && self.ends_with_mark(b, b'?')
    }

    /// "we will not apologise for asking", "I won't apologise": an apology
    /// refused. "We can't apologise enough" is one.
    fn apology_refused(&self, a: usize, b: usize) -> bool {
        (a + 1..b).any(|k| {
            self.lw(k).starts_with("apologi")
                && (k.saturating_sub(3).max(a)..k).any(|j| {
                    matches!(self.lw(j), "won't" | "refuse" | "refusing")
                        || self.lw(j) == "not"
                            && j > a
                            && matches!(self.lw(j - 1), "will" | "going" | "shall")
                })
                && (a..k).any(|j| self.is(j, WE))
        })
    }

    /// "…, at least.", "…, believe it or not.", "…, it always is.": a short
    /// aside after the last comma that sneers at what came before.
    fn sneering_tail(&self, a: usize, b: usize) -> bool {
        // The last word first: most sentences end on none of these.
        let last = matches!(
            self.lw(b - 1),
            "least"
                | "not"
                | "is"
                | "does"
                | "are"
                | "do"
                | "was"
                | "seems"
                | "course"
                | "naturally"
                | "apparently"
                | "presumably"
        );
        if !last || b - a < 4 || self.ends_with_mark(b, b'?') {
            return false;
        }
        let Some(c) = (b.saturating_sub(4).max(a + 1)..b)
            .rev()
            .find(|&k| self.comma_at(k))
        else {
            return false;
        };
        let mut tail = [""; 4];
        for (t, k) in tail.iter_mut().zip(c..b) {
            *t = self.lw(k);
        }
        match &tail[..b - c] {
            ["at", "least"] => self.faint_praise(a, c),
            ["believe", "it", "or", "not"] => true,
            ["it" | "they" | "that", "always", v] | ["as", "always", v] => {
                matches!(*v, "is" | "does" | "are" | "do" | "was" | "seems")
            }
            ["of", "course"] | ["naturally"] | ["apparently"] | ["presumably"] => true,
            _ => false,
        }
    }

    /// In a reply that says sorry, "…, at least" sneers only at faint or
    /// quoted praise ("Glad the sponge passed inspection, at least"), else
    /// consoles ("Glad the valve is holding, at least"): labelled sets, 12
    /// of 19 such tails sincere beside an apology, 0 of 5 without one.
    fn faint_praise(&self, a: usize, c: usize) -> bool {
        let apology = (0..self.text.words.len()).any(|k| {
            matches!(self.lw(k), "sorry" | "apologies") || self.lw(k).starts_with("apologi")
        });
        !apology || (a..c).any(|k| self.text.words[k].quoted || FAINT_PRAISE.contains(&self.lw(k)))
    }

    /// "if a wedding matters that much", "if it was so urgent": how much it
    /// mattered to the customer, doubted.
    fn mattered_doubted(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            self.is(k, TONE_TURN)
                && self.lw(k) == "if"
                && (k + 1..(k + 7).min(b)).any(|j| {
                    matches!(self.lw(j), "that" | "so")
                        && is_degree(self.lw(j + 1))
                        && self.same_clause(k, j + 1)
                })
        })
    }

    /// "don't leave your cleaning to the last week", "maybe next time don't
    /// book your test before…": the customer told what not to do with their
    /// own things. "Don't hesitate to…", "don't worry about your deposit" and
    /// "Please don't pay that invoice" are kind.
    fn told_not_to(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| {
            if !self.is(k, TONE_TURN) {
                return false;
            }
            let verb = match self.lw(k) {
                "don't" | "never" => k + 1,
                "do" if self.lw(k + 1) == "not" => k + 2,
                _ => return false,
            };
            let opens = (a..k).all(|j| {
                matches!(
                    self.lw(j),
                    "and" | "so" | "maybe" | "perhaps" | "just" | "next" | "time" | "then"
                )
            });
            opens
                && !matches!(
                    self.lw(verb),
                    "hesitate" | "worry" | "feel" | "mind" | "be" | "forget" | "let" | "pay"
                )
                && (verb + 1..(verb + 3).min(b))
                    .any(|j| self.lw(j) == "your" && self.same_clause(verb, j))
        })
    }

    /// "Threatening legal action on a review site is unhelpful": the
    /// customer's own act, opening the sentence, judged out of place.
    /// "Waiting an hour is unacceptable" owns what they suffered.
    fn act_judged(&self, a: usize, b: usize) -> bool {
        let lead = usize::from(matches!(self.lw(a), "but" | "and" | "frankly" | "honestly"));
        let act = a + lead;
        if !is_their_act(self.lw(act)) || self.is(act + 1, YOU) {
            return false;
        }
        (act + 2..b).any(|k| {
            let be = matches!(self.lw(k - 1), "is" | "was" | "are" | "were");
            let not_be = matches!(self.lw(k - 1), "not" | "isn't" | "wasn't")
                && matches!(
                    self.lw(k),
                    "helpful" | "appropriate" | "constructive" | "fair"
                );
            (be && is_out_of_place(self.lw(k))) || not_be
        })
    }

    /// "Enjoy the other three shops.", "Try elsewhere next time.":
    /// the customer sent to the rivals. "Try our other branch" keeps them.
    fn sent_to_rivals(&self, a: usize, b: usize) -> bool {
        let lead = usize::from(matches!(self.lw(a), "so" | "and" | "then"));
        let rivals = match self.lw(a + lead) {
            "enjoy" => |w: &str| matches!(w, "other" | "another" | "elsewhere"),
            // "Try another size" is help; "try elsewhere" is not.
            "try" => |w: &str| w == "elsewhere",
            _ => return false,
        };
        (a..b).any(|k| rivals(self.lw(k)))
            && !(a..b).any(|k| self.is(k, WE) || matches!(self.lw(k), "our" | "us"))
    }

    /// "Any further correspondence should go through our solicitors", "via
    /// our legal team": the talking handed to lawyers.
    fn through_lawyers(&self, a: usize, b: usize) -> bool {
        (a..b.saturating_sub(2)).any(|k| {
            matches!(self.lw(k), "through" | "via")
                && matches!(self.lw(k + 1), "our" | "the")
                && anchor(self.lw(k + 2)) == LAWYER
        })
    }

    /// Whether the sentence whose last word is `b - 1` ends with `mark`.
    pub(super) fn ends_with_mark(&self, b: usize, mark: u8) -> bool {
        let from = self.text.words[b - 1].end;
        self.text.src.as_bytes()[from..]
            .iter()
            .take_while(|c| !c.is_ascii_alphanumeric())
            .any(|&c| c == mark)
    }

    /// A comma between word `k - 1` and word `k`.
    pub(super) fn comma_at(&self, k: usize) -> bool {
        k > 0 && {
            let (e, s) = (self.text.words[k - 1].end, self.text.words[k].start);
            self.text.src[e..s].contains(',')
        }
    }
}

/// Whether a tone phrase hit (words `first..=last`) is not aimed at the
/// customer: said of things ("once things calm down") or amends offered.
pub(super) fn not_at_them(d: &Draft, first: usize, last: usize) -> bool {
    super::tone_shapes::said_of_things(d, first) || amends_offered(d, last)
}

/// "once we've made it up to you", "making it up to you": amends offered,
/// not an accusation of making things up (`last`: the phrase's last word).
fn amends_offered(d: &Draft, last: usize) -> bool {
    let t = &d.text;
    let at = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    at(last) == "up" && at(last + 1) == "to"
}

/// Whether the negation at word `k`, followed by "the", calls what the
/// customer got short of their due ("that's not the care you needed", "not
/// the night out you paid for"): the sentence is about their hard time, not
/// an attack on them (`tone::hostile_sentences` reads it as softened).
pub(crate) fn short_of_due(text: &Text, k: usize) -> bool {
    let at = |j: usize| text.words.get(j).map_or("", |w| text.lower(w));
    (k + 3..k + 6).any(|j| {
        matches!(at(j), "you" | "you'd" | "you've")
            && matches!(
                at(j + 1),
                "needed"
                    | "deserved"
                    | "deserve"
                    | "expected"
                    | "wanted"
                    | "paid"
                    | "came"
                    | "should"
                    | "booked"
                    | "hoped"
            )
    })
}
