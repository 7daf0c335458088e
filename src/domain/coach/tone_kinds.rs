//! Kinds of negative tone a new writer (blind17) used that the other shapes
//! miss or misread, kept as moves rather than phrases:
//! - a group the customer belongs to said to misjudge things: "Brides often
//!   remember colours differently from the photos they send";
//! - a farewell that meets them before an authority: "…happy to show
//!   Consumer Affairs the report. See you there.";
//! - the customer's own words quoted and corrected: `The "chap in the
//!   cardigan" is in fact the owner`;
//!
//! and two readings that are NOT hostility:
//! - the business owning the failure in a sentence about the customer's
//!   things: "Your return should have been filed in January and the delay
//!   was ours alone";
//! - a count of guests tied to the same occasion ("Hundreds of guests ate the
//!   same omakase that weekend without issue"): evidence offered about this
//!   incident, which the writers label defensive, where a standing record
//!   ("we make hundreds of pies every Friday without problems") is a jab.
//!
//! None is certain from shape alone, so each reading is `Evidence::Inferred`.

use super::clauses::Clauses;
use super::lexicon::*;
use super::structure::Span;
use super::text::Text;

/// How often a group does something: the hedge before a generalisation.
fn is_frequency(w: &str) -> bool {
    matches!(
        w,
        "often"
            | "usually"
            | "sometimes"
            | "generally"
            | "typically"
            | "frequently"
            | "commonly"
            | "tend"
    )
}

/// Remembering, seeing or judging: what a group is said to get wrong.
fn is_judging_mind(w: &str) -> bool {
    matches!(
        w,
        "remember"
            | "misremember"
            | "forget"
            | "expect"
            | "assume"
            | "imagine"
            | "misjudge"
            | "underestimate"
            | "overestimate"
            | "exaggerate"
            | "confuse"
            | "misread"
            | "overlook"
            | "panic"
            | "recall"
            | "perceive"
    )
}

/// Who a threat of proceedings is made before.
fn is_authority(w: &str, before: &str) -> bool {
    match w {
        "court" | "courts" | "tribunal" | "ombudsman" | "regulator" | "solicitor"
        | "solicitors" | "lawyer" | "lawyers" | "attorney" | "arbitration" | "vcat" | "ncat" => {
            true
        }
        "affairs" => before == "consumer",
        "standards" | "claims" => matches!(before, "trading" | "small"),
        _ => false,
    }
}

impl Clauses<'_, '_> {
    /// The missed kinds above, as spans to warn on.
    pub(super) fn tone_kinds(&self, review_lower: &str, thanking: bool, out: &mut Vec<Span>) {
        for (a, b) in self.text.sentence_ranges() {
            let found = !thanking
                && (self.group_misjudges(a, b)
                    || self.farewell_before_authority(a, b)
                    || self.not_how_it_works(a, b));
            if found {
                out.push(self.span(a, b - 1));
            }
        }
        self.quote_corrected(review_lower, out);
    }

    /// "Brides often remember colours differently…": a group opening the
    /// sentence, a hedge of frequency, then a verb of memory or judgement.
    /// With "we" in it ("guests often expect a sea view, and we should have
    /// said") it explains our slip instead.
    fn group_misjudges(&self, a: usize, b: usize) -> bool {
        let lead = usize::from(matches!(self.lw(a), "but" | "and" | "honestly" | "frankly"));
        let g = a + lead;
        if g + 2 >= b || !super::tone_shapes::is_population(self.lw(g)) {
            return false;
        }
        let hedge = (g + 1..(g + 3).min(b)).find(|&k| is_frequency(self.lw(k)));
        hedge.is_some_and(|h| (h + 1..(h + 4).min(b)).any(|k| is_judging_mind(self.lw(k))))
            && !(a..b).any(|k| self.is(k, WE))
    }

    /// "See you there." right after a sentence naming a court, tribunal or
    /// regulator: a day in front of them looked forward to.
    fn farewell_before_authority(&self, a: usize, b: usize) -> bool {
        let farewell = b - a == 3
            && self.lw(a) == "see"
            && self.lw(a + 1) == "you"
            && self.lw(a + 2) == "there";
        if !farewell || a == 0 {
            return false;
        }
        let prev = self.text.words[a - 1].sentence;
        (0..a)
            .rev()
            .take_while(|&k| self.text.words[k].sentence == prev)
            .any(|k| is_authority(self.lw(k), if k > 0 { self.lw(k - 1) } else { "" }))
    }

    /// "Lodging complaints before even contacting us isn't how this works":
    /// the customer's own act (a sentence opening with it) waved off as not
    /// how things are done. "Being left on hold isn't how it should work"
    /// is what they suffered; "Sending you…" is our act.
    fn not_how_it_works(&self, a: usize, b: usize) -> bool {
        let first = self.lw(a);
        let act = first.len() > 5 && first.ends_with("ing") && first != "being";
        act && !matches!(self.lw(a + 1), "you" | "your")
            && (a + 1..b.saturating_sub(3)).any(|k| {
                matches!(self.lw(k), "isn't" | "not")
                    && self.lw(k + 1) == "how"
                    && matches!(self.lw(k + 2), "this" | "it" | "things")
                    && matches!(self.lw(k + 3), "works" | "work")
            })
    }

    /// `The "chap in the cardigan" is in fact the owner`: the review's own
    /// words quoted and put right at once.
    fn quote_corrected(&self, review_lower: &str, out: &mut Vec<Span>) {
        let src = self.text.src;
        for &(qs, qe) in &self.text.quotes {
            let after = self.text.words.partition_point(|w| w.start < qe);
            let copula = matches!(self.lw(after), "is" | "was" | "are" | "were");
            let k = after + usize::from(copula);
            let correction =
                self.lw(k) == "actually" || self.lw(k) == "in" && self.lw(k + 1) == "fact";
            if !correction || !self.same_sentence(after.saturating_sub(1), k) {
                continue;
            }
            let inner = src[qs..qe].trim().to_lowercase();
            if inner.len() >= 3 && review_lower.contains(&inner) {
                let open = src[..qs].char_indices().next_back().map_or(qs, |(i, _)| i);
                let last = k + usize::from(self.lw(k) == "in");
                out.push((open, self.text.words[last].end));
            }
        }
    }

    /// A count of others tied to the same occasion: "the same omakase that
    /// weekend", "to over 200 guests this month". "every Friday", "a week"
    /// is a standing record instead.
    pub(super) fn same_occasion(&self, a: usize, b: usize) -> bool {
        let habit = (a..b).any(|k| {
            matches!(self.lw(k), "every" | "per" | "each")
                || self.lw(k) == "a" && is_period(self.lw(k + 1))
                || self.lw(k) == "for" && self.lw(k + 2) == "years"
        });
        !habit
            && (a..b).any(|k| {
                self.lw(k) == "same"
                    || matches!(self.lw(k), "that" | "this") && is_period(self.lw(k + 1))
            })
    }
}

/// A stretch of time a count is tied to.
fn is_period(w: &str) -> bool {
    matches!(
        w,
        "day" | "night" | "evening" | "weekend" | "week" | "month" | "year" | "season" | "batch"
    )
}

/// Marks the sentences where the business owns the failure with "ours" or
/// "mine" after a verb of being ("the delay was ours alone", "the mistake is
/// entirely mine"): a sentence opening "Your return should have been…" is
/// then about what we owed them, not an attack. "yours, not ours" disowns.
pub(crate) fn mark_owned(text: &Text, softened: &mut [bool]) {
    let words = &text.words;
    for (k, w) in words.iter().enumerate() {
        let lw = text.lower(w);
        if !matches!(lw, "ours" | "mine") || k == 0 {
            continue;
        }
        let at = |j: usize| text.lower(&words[j]);
        let mut j = k - 1;
        if j > 0
            && matches!(
                at(j),
                "entirely" | "all" | "wholly" | "completely" | "solely"
            )
        {
            j -= 1;
        }
        let owned = matches!(at(j), "was" | "is" | "were" | "are" | "it's" | "that's")
            && words[j].sentence == w.sentence;
        let s = w.sentence as usize;
        if owned && s < softened.len() {
            softened[s] = true;
        }
    }
}
