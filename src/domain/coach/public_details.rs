//! `public-details` in a public reply: who said what, records and dates
//! argued, new times of day, and the customer's personal data (the shop's
//! own contact details never count).

use super::clauses::Clauses;
use super::good_faith::service_named;
use super::phrases::List;
use super::reason::PublicDetail;
use super::review_analysis::ReviewAnalysis;
use super::terms_quoted::in_quoted_terms;
use super::{Category, CoachInput, CompiledRules, Draft, Evidence, Sink, advice, personal_data};

impl CompiledRules {
    /// Every public detail in the public draft `d`.
    pub(super) fn check_public_details(
        &self,
        sink: &mut Sink,
        d: &Draft,
        review: &ReviewAnalysis,
        input: &CoachInput,
        clauses: &Clauses,
    ) {
        let mut owning = super::owning::Owning::new(d);
        for m in d.live(List::PublicDetails) {
            if admits_misinformation(d, m.last)
                || reported_to_us(d, m.first)
                || service_named(d, m)
                || their_grievance(d, m.first)
            {
                continue;
            }
            // Restated beside owning ("you're right. … the contract said
            // eight weeks") it does not block, but it still shows: an owning
            // word put before an argued detail must not make it vanish.
            let unsure = self.warn_only.contains(&(m.list, m.source));
            let evidence = if unsure || owning.detail(m.first) || we_fell_short(d, m.first) {
                Evidence::Inferred
            } else {
                Evidence::Stated
            };
            sink.quote_read(
                Category::PublicDetails,
                d.part,
                d.text.src,
                d.span(m),
                evidence,
            );
        }
        let said = self.shaped_details(d, clauses, &mut owning);
        // Who said what, names and times are read from shape: they warn.
        let inferred = Evidence::Inferred;
        for (span, what) in said {
            sink.push_read(
                Category::PublicDetails,
                d.part,
                d.text.src,
                span,
                what,
                inferred,
            );
        }
        // A time the customer gave is theirs to mention; a new one told
        // as what happened argues (a timetable or a promise does not).
        let new_times = advice::times_of_day(&d.text)
            .into_iter()
            .filter(|&(s, e)| !review.lower.contains(&d.text.src[s..e].to_lowercase()))
            .filter(|&(s, _)| advice::tells_the_past(&d.text, s))
            .filter(|&span| !in_quoted_terms(d, span, PublicDetail::TimeOfDay));
        for span in new_times {
            sink.push_read(
                Category::PublicDetails,
                d.part,
                d.text.src,
                span,
                PublicDetail::TimeOfDay,
                inferred,
            );
        }
        self.personal_details(sink, d, review, input);
    }

    /// The details read from shape in the public draft `d`, less those a
    /// nearby word explains away.
    fn shaped_details(
        &self,
        d: &Draft,
        clauses: &Clauses,
        owning: &mut super::owning::Owning,
    ) -> Vec<(super::structure::Span, PublicDetail)> {
        let thanking = !self.kind.answers_complaint();
        let mut said = Vec::new();
        clauses.public_details(self.kind.answers_complaint(), &mut said);
        clauses.case_details(&mut said);
        clauses.counter_facts(&mut said);
        clauses.case_record(&mut said);
        let shaped = said.len();
        clauses.case_recounted(&mut said);
        let mut k = 0;
        said.retain(|&(span, what)| {
            k += 1;
            // A recounted detail beside owning the failure is what we got
            // wrong, not the case argued (case_recounted.rs).
            let owned =
                k > shaped && owning.detail(d.text.words.partition_point(|w| w.end <= span.0));
            // A thank-you passing on what one of us said ("Mel says you
            // earned every step") shares the praise, not the case.
            let praise = thanking && what == PublicDetail::WhoSaidWhat;
            !owned
                && !praise
                && !greeting_passed_on(d, span, what)
                && !in_quoted_terms(d, span, what)
        });
        said
    }

    /// The customer's personal data in the public draft `d`; the shop's
    /// own contact details, offered as a way to talk, are not.
    fn personal_details(
        &self,
        sink: &mut Sink,
        d: &Draft,
        review: &ReviewAnalysis,
        input: &CoachInput,
    ) {
        let inferred = Evidence::Inferred;
        let invitation = |s: u32| d.invites_in(s) || offers_to_talk(d, s);
        let found = personal_data::find(&d.text, &d.contacts, review, self, input.shop, invitation);
        for detail in found {
            let span = (detail.start, detail.end);
            if in_quoted_terms(d, span, detail.kind.what()) {
                continue;
            }
            // A full name is a guess (it may be the author's own); an
            // amount the customer gave in the review is theirs already.
            let said = &d.text.src[detail.start..detail.end];
            let evidence = match detail.kind {
                personal_data::DetailKind::FullName => inferred,
                personal_data::DetailKind::Amount
                    if review.src.contains(said) || !to_them(d, detail.start) =>
                {
                    inferred
                }
                _ => Evidence::Stated,
            };
            sink.push_read(
                Category::PublicDetails,
                d.part,
                d.text.src,
                (detail.start, detail.end),
                detail.kind.what(),
                evidence,
            );
        }
    }
}

/// Whether the clause of the amount at `at` speaks to the customer ("on
/// your card", "you paid"): "it's now $2" sets a price for everyone, so an
/// amount in a clause without them is not certainly theirs (it warns).
fn to_them(d: &Draft, at: usize) -> bool {
    let t = &d.text;
    let k = t.words.partition_point(|w| w.end <= at);
    let Some(clause) = t.words.get(k).map(|w| w.clause) else {
        return false;
    };
    t.words
        .iter()
        .filter(|w| w.clause == clause)
        .any(|w| t.lower(w).starts_with("you"))
}

/// "help when you told us", "after you told us": the customer reporting
/// the problem, which the reply owns; "you told us you wanted X" argues.
fn reported_to_us(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    first > 0
        && t.lower(&t.words[first]) == "you"
        && t.words[first - 1].sentence == t.words[first].sentence
        && matches!(
            t.lower(&t.words[first - 1]),
            "when" | "after" | "once" | "as" | "and" | "until" | "before"
        )
        && t.words.get(first + 1).is_some_and(|w| t.lower(w) == "told")
}

/// "you were told the checklist had been followed when your photos show
/// it hadn't": what the customer was told, held up as wrong — owning it,
/// not arguing the case.
fn admits_misinformation(d: &Draft, last: usize) -> bool {
    let t = &d.text;
    let s = t.words[last].sentence;
    let after: Vec<&str> = t.words[last + 1..]
        .iter()
        .take_while(|w| w.sentence == s)
        .map(|w| t.lower(w))
        .collect();
    after
        .iter()
        .position(|w| matches!(*w, "when" | "though" | "although" | "but"))
        .is_some_and(|k| {
            after[k + 1..]
                .iter()
                .any(|w| w.ends_with("n't") || *w == "not")
        })
        || judged_wrong(&after)
}

/// "…you were told wood varies — that's not a good enough answer": what
/// they were told, judged wrong in the same sentence.
fn judged_wrong(after: &[&str]) -> bool {
    after.iter().enumerate().any(|(k, w)| {
        let negated = w.ends_with("n't") || matches!(*w, "not" | "no");
        negated
            && after[k + 1..].iter().take(3).any(|v| {
                matches!(
                    *v,
                    "good" | "right" | "fair" | "acceptable" | "okay" | "ok" | "true" | "helpful"
                )
            })
            || matches!(*w, "wrong" | "unfair" | "unacceptable")
    })
}

/// The lowercased words of sentence `s`.
fn lower_words<'t>(t: &'t super::text::Text, s: u32) -> Vec<&'t str> {
    t.words
        .iter()
        .filter(|w| w.sentence == s)
        .map(|w| t.lower(w))
        .collect()
}

/// "Milo should have gone home with the cut in your photos": the detail is
/// what we should have delivered, the customer proved right (not "you
/// should have…", which argues).
fn we_fell_short(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let s = t.words[first].sentence;
    let words = lower_words(t, s);
    // Said with the apology, or by us: "the parcel should have been
    // signed for" on its own argues the terms.
    let sorry = words.contains(&"sorry");
    words.windows(3).any(|p| {
        (matches!(p[0], "we" | "i") || sorry && !matches!(p[0], "you" | "they" | "customers"))
            && matches!(p[1], "should" | "shouldn't")
            && matches!(p[2], "have" | "not")
    })
}

/// "Olivia would like to go through them with you: 01632 960925": one of
/// us offering to talk, so the number given is the shop's, not theirs.
fn offers_to_talk(d: &Draft, s: u32) -> bool {
    let t = &d.text;
    let words = lower_words(t, s);
    words.windows(3).any(|p| {
        matches!(
            p[0],
            "like" | "love" | "happy" | "glad" | "keen" | "chance" | "opportunity"
        ) && p[1] == "to"
            && matches!(
                p[2],
                "talk" | "speak" | "chat" | "discuss" | "hear" | "go" | "call" | "meet" | "listen"
            )
    })
}

/// "Priya says he's welcome back any time", "Marcus says see you in a few
/// weeks": a greeting passed on from a member of staff, not the case argued.
fn greeting_passed_on(d: &Draft, span: (usize, usize), what: PublicDetail) -> bool {
    if what != PublicDetail::WhoSaidWhat {
        return false;
    }
    let t = &d.text;
    let k = t.words.partition_point(|w| w.end <= span.1);
    let Some(clause) = t.words.get(k).map(|w| w.clause) else {
        return false;
    };
    let rest: Vec<&str> = t.words[k..]
        .iter()
        .take_while(|w| w.clause == clause)
        .take(5)
        .map(|w| t.lower(w))
        .collect();
    rest.contains(&"welcome") || rest.windows(2).any(|p| p == ["see", "you"])
}

/// "three times what you were told on the phone", "and then you were told
/// it was water damage — I'd be annoyed too", "You told us the wax was too
/// hot and we should have stopped": what they were told or told us, retold
/// as their grievance (after "than", "what", "when" or "then", or beside
/// how it felt or what we should have done), not the case argued. "For the
/// record, you were told…", "exactly what you were told" and "our notes
/// show you were told…" still argue. Over blind100-182 these phrases stood
/// in 50 replies labelled without public-details and 8 with it; this
/// takes back 96 findings over every set, none in a reply labelled with it.
fn their_grievance(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    let at = |k: usize| t.words.get(k).map_or("", |w| t.lower(w));
    let told = at(first) == "you" && matches!(at(first + 1), "were" | "told" | "confirmed");
    if !told {
        return false;
    }
    let s = t.words[first].sentence;
    let before: Vec<&str> = t.words[..first]
        .iter()
        .rev()
        .take_while(|w| w.sentence == s)
        .map(|w| t.lower(w))
        .collect();
    let compared = match before.first() {
        Some(&"than") => true,
        Some(&"what") => !matches!(before.get(1), Some(&("exactly" | "just" | "precisely"))),
        _ => before.iter().any(|w| matches!(*w, "when" | "then")),
    };
    let words = lower_words(t, s);
    let felt = words.iter().any(|w| is_felt(w))
        || words
            .windows(2)
            .any(|p| matches!(p[0], "should" | "shouldn't") && p[1] == "have");
    compared || felt
}

/// Words of how it felt to the customer, or of owning it.
fn is_felt(w: &str) -> bool {
    matches!(
        w,
        "sorry"
            | "apologise"
            | "apologize"
            | "frustrating"
            | "frustrated"
            | "stressful"
            | "upsetting"
            | "upset"
            | "disappointing"
            | "disappointed"
            | "annoyed"
            | "furious"
            | "angry"
            | "misled"
            | "miserable"
            | "rotten"
            | "nasty"
            | "shock"
            | "stuck"
            | "embarrassing"
            | "anyone"
            | "feel"
            | "feeling"
    )
}
