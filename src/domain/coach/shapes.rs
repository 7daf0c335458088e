//! Things recognised by their shape rather than a fixed wording: empathy
//! that names a norm ("…is not the brunch anyone should have with us"),
//! a way to be reached (an address, a number, a web link), timelines that
//! promise nothing ("when we get round to it"), and, beyond the reply, the
//! opening and length of the public reply.

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;

impl Clauses<'_, '_> {
    /// A sentence that holds the customer's experience up to a norm and
    /// finds it short: a norm word ("should", "deserve", "expect"), a
    /// negation, and the customer, anyone, or what the review was about
    /// (`theirs(word)`: "…are not what a special night should look like").
    /// `skip(sentence)`: sentences that defend or blame do not count.
    pub fn empathy_by_shape(
        &self,
        theirs: impl Fn(usize) -> bool,
        skip: impl Fn(u32) -> bool,
    ) -> bool {
        let words = &self.text.words;
        let mut k = 0;
        while k < words.len() {
            let s = words[k].sentence;
            let (mut norm, mut neg, mut who) = (false, false, false);
            while k < words.len() && words[k].sentence == s {
                norm |= self.is(k, NORM);
                neg |= self.is(k, NEGATION) || self.lw(k).ends_with("n't");
                who |= self.is(k, ANYONE | YOU);
                k += 1;
            }
            if norm && neg && !skip(s) {
                let from = words.partition_point(|w| w.sentence < s);
                if who || (from..k).any(&theirs) {
                    return true;
                }
            }
        }
        false
    }

    /// A web address: "www.…", "https://…", or a word.word/path.
    /// A page to read (an FAQ, the terms) is not a way to talk to anyone.
    pub fn has_web_address(&self) -> bool {
        let src = self.text.src;
        src.split_whitespace().any(|w| {
            let w = w.trim_end_matches(['.', ',', ')', ';', '!']);
            let reading = w.contains('/') && {
                let page = w.to_ascii_lowercase();
                ["/faq", "/terms", "/policy", "/policies", "/conditions"]
                    .iter()
                    .any(|p| page.contains(p))
            };
            !reading
                && (w.contains("www.") || w.contains("://") || {
                    !w.contains('@')
                        && w.split_once('.').is_some_and(|(a, b)| {
                            !a.is_empty()
                                && a.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
                                && (b.contains('/')
                                    || matches!(
                                        b.split('/').next().unwrap_or(""),
                                        "com"
                                            | "co.uk"
                                            | "org"
                                            | "net"
                                            | "io"
                                            | "uk"
                                            | "us"
                                            | "shop"
                                            | "example"
                                            | "ie"
                                            | "ca"
                                            | "au"
                                            | "de"
                                            | "org.uk"
                                    ))
                        })
                })
        })
    }

    /// "ask for Sam at the desk": a person to ask for by name.
    pub fn ask_for_someone(&self) -> bool {
        let n = self.text.words.len();
        (0..n.saturating_sub(2)).any(|i| {
            self.lw(i) == "ask"
                && self.lw(i + 1) == "for"
                && self.same_sentence(i, i + 2)
                && (self.raw(i + 2).starts_with(char::is_uppercase)
                    || self.shop.is_staff(self.raw(i + 2)))
        })
    }

    /// Timelines that promise nothing: "when we get round to it", "in due
    /// course", "at some point", "eventually".
    pub fn vague_timelines(&self, out: &mut Vec<Span>) {
        // By first word, so most words are passed over with one match.
        fn starting(first: &str) -> &'static [&'static [&'static str]] {
            match first {
                "when" => &[
                    &["when", "we", "get", "round"],
                    &["when", "we", "get", "around"],
                    &["when", "we", "get", "a", "chance"],
                    &["when", "we", "have", "time"],
                    &["when", "we", "have", "a", "moment"],
                    &["when", "we", "can"],
                    &["when", "time", "allows"],
                    &["when", "things", "calm", "down"],
                    &["when", "things", "quieten", "down"],
                ],
                "whenever" => &[&["whenever", "we", "can"]],
                "in" => &[
                    &["in", "due", "course"],
                    &["in", "the", "coming", "weeks"],
                    &["in", "the", "coming", "months"],
                ],
                "as" => &[&["as", "and", "when"]],
                "at" => &[
                    &["at", "some", "point"],
                    &["at", "a", "later", "date"],
                    &["at", "our", "convenience"],
                ],
                "eventually" => &[&["eventually"]],
                "some" => &[&["some", "time", "soon"]],
                "sometime" => &[&["sometime", "soon"]],
                "no" => &[&["no", "fixed", "date"]],
                "tbc" => &[&["tbc"]],
                _ => &[],
            }
        }
        let n = self.text.words.len();
        for i in self.cued() {
            if !self.is(i, VAGUE) {
                continue;
            }
            for pat in starting(self.lw(i)) {
                if i + pat.len() > n {
                    continue;
                }
                let hit = pat
                    .iter()
                    .enumerate()
                    .all(|(d, w)| self.same_sentence(i, i + d) && self.lw(i + d) == *w);
                if hit {
                    out.push(self.span(i, i + pat.len() - 1));
                    break;
                }
            }
        }
    }

    /// A person blamed in a diagnosis or debrief: a name or a described
    /// member of staff tied to a fault, or judged ("he is careless").
    /// Whether word `k` starts an object: "Tom broke the mug" names who
    /// did it; "Mug broke in transit" tells what happened to a thing.
    fn acts_on_something(&self, k: usize) -> bool {
        matches!(
            self.lw(k),
            "the"
                | "a"
                | "an"
                | "it"
                | "them"
                | "her"
                | "his"
                | "their"
                | "your"
                | "our"
                | "this"
                | "that"
                | "my"
                | "some"
                | "two"
                | "three"
        )
    }

    /// "Tom is careless", "Priya was sloppy", "Sam has been lazy": a name
    /// opening a sentence, then a judgement of their character.
    fn judged_at_start(&self, i: usize) -> bool {
        let be = matches!(
            self.lw(i + 1),
            "is" | "was" | "seems" | "seemed" | "has" | "gets"
        );
        be && !self.is(i, WE | YOU | ASK | THIRD | CUSTOMER | ANYONE)
            && (i + 2..i + 4).any(|j| self.same_clause(i, j) && self.is(j, CHARACTER))
    }

    pub fn person_blamed(&self, out: &mut Vec<Span>) {
        let words = &self.text.words;
        for i in 0..words.len() {
            let raw = self.raw(i);
            let mut cs = raw.chars();
            let capital = cs.next().is_some_and(char::is_uppercase)
                && cs.all(char::is_lowercase)
                && raw.len() >= 2;
            let person = self.shop.is_staff(raw)
                || self.is(i, STAFF)
                || (capital && i > 0 && self.same_sentence(i - 1, i) && !self.is(i, WE | YOU))
                || (capital && !self.is(i, WE | YOU | ASK | THIRD | CUSTOMER | ANYONE))
                    && self.same_clause(i, i + 1)
                    && self.is(i + 1, DAMAGE)
                    && self.acts_on_something(i + 2)
                || capital && self.judged_at_start(i);
            if !person {
                continue;
            }
            let hit = (i + 1..i + 6)
                .take_while(|&j| self.same_clause(i, j))
                .find(|&j| self.is(j, DAMAGE | FAULT | CHARACTER) && !self.negated(j));
            if let Some(j) = hit {
                out.push(self.span(i, j));
            }
        }
    }
}
