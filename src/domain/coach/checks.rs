//! The full check: what each draft, the chosen options and the review are
//! checked for, and the missing-part checks that depend on the kind of
//! reply (a complaint or a thank-you).

use super::advice;
use super::clauses::Clauses;
use super::evidence;
use super::learned;
use super::learned_sentences;
use super::phrases::List;
use super::reason::Reason;
use super::review_analysis::ReviewAnalysis;
use super::said_before::{disowned_excuse, insult_reported, reported};
use super::{
    Category, CoachInput, CompiledRules, Draft, DraftPart, Evidence, Finding, LineKind, ReplyKind,
    Report, Sink, structure, tone,
};

const PHRASE_FINDINGS: &[(List, Category)] = &[
    (List::Blame, Category::Blame),
    (List::Defensive, Category::Defensive),
    (List::RiskyPromise, Category::RiskyPromise),
    (List::AsksRemoval, Category::AsksRemoval),
    (List::NegativeTone, Category::NegativeTone),
];

impl CompiledRules {
    /// The full check, review included; see [`super::check`].
    pub fn check(&self, input: &CoachInput) -> Report {
        self.check_against(&ReviewAnalysis::new(input.review, self), input)
    }

    /// The drafts of `input` against an analysed review.
    pub(super) fn check_against(&self, review: &ReviewAnalysis, input: &CoachInput) -> Report {
        let public = Draft::new(DraftPart::Public, input.public, self);
        let private = Draft::new(DraftPart::Private, input.private, self);
        let options = input.offered_choices.join("\n");
        let chosen = Draft::new(DraftPart::Choices, &options, self);
        let mut sink = Sink::new(self);
        for &span in &review.legal {
            sink.quote_in(Category::LegalRisk, DraftPart::Review, &review.src, span);
        }
        for d in [&public, &private] {
            hidden_text(&mut sink, d);
        }
        let drafts: Vec<&Draft> = [&public, &private]
            .into_iter()
            .filter(|d| !d.text.is_blank())
            .collect();
        for d in &drafts {
            self.check_text(&mut sink, d, review, input);
        }
        // Generic is about the reply as a whole: a specific public reply
        // with a short, concrete private note is not a template; a private
        // message in boilerplate ("We value your business…") is.
        let vague: Vec<bool> = drafts
            .iter()
            .map(|d| {
                !structure::is_specific(&d.text, &review.stems, self)
                    && !super::not_specific::names_a_case_fact(&d.text)
            })
            .collect();
        for (k, d) in drafts.iter().enumerate() {
            let alone = || vague.iter().all(|v| *v) || structure::boilerplate(d.text.src);
            if !review.blank && vague[k] && alone() {
                sink.missing(Category::Generic, d);
            }
        }
        if !chosen.text.is_blank() {
            self.check_options(&mut sink, &chosen, input);
        }
        if let Some(front) = drafts.first() {
            if self.kind.answers_complaint() {
                self.missing_parts(&mut sink, &drafts, review, input);
            }
            // Thanks belong in the public reply, whatever the review.
            if !front.has(List::Thanks) {
                sink.missing(Category::NoThanks, front);
            }
        }
        // What the rules missed in the wording that varies most.
        if !drafts.is_empty() {
            learned::add(&mut sink, [&public, &private], &options, review.blank);
            learned_sentences::add(&mut sink, [&public, &private, &chosen]);
        }
        let findings = sink.finish(&[
            (DraftPart::Review, &review.src),
            (DraftPart::Public, input.public),
            (DraftPart::Private, input.private),
            (DraftPart::Choices, &options),
        ]);
        let advice = if public.text.is_blank() {
            Vec::new()
        } else {
            advice::advise(&public, self.kind)
        };
        Report { findings, advice }
    }

    /// What a reply to a complaint must carry: an apology, empathy, a way
    /// to talk privately, and a couple of concrete options with a real when.
    fn missing_parts(
        &self,
        sink: &mut Sink,
        drafts: &[&Draft],
        review: &ReviewAnalysis,
        input: &CoachInput,
    ) {
        let front = drafts[0];
        // The public reply carries the thanks and invitation; an apology
        // may stand in either draft (categories.md: "neither draft says
        // sorry"), as "sorry for the wait" in the private note does.
        // "Sorry you feel that way" and "sorry if…" are defences, not
        // apologies, and "Apparently it's now our fault" is sarcasm: an
        // apology counts only where no defence or sneer starts or leads.
        let owns_in = |d: &Draft| {
            let sentence = |w: usize| d.text.words[w].sentence;
            d.live(List::Apology).any(|a| {
                !super::apology::owns_nothing(&d.text, a.last)
                    && !d
                        .live(List::Defensive)
                        .chain(d.sneers())
                        .any(|x| x.first <= a.first && sentence(x.first) == sentence(a.first))
            })
        };
        if !drafts.iter().any(|d| owns_in(d)) {
            super::not_stated::no_apology(sink, drafts);
        }
        let empathy = drafts.iter().any(|d| self.empathises(d, review, input));
        if !empathy {
            sink.missing(Category::NoEmpathy, front);
        }
        if front.part == DraftPart::Public && !front.invites(review, input.shop) {
            sink.missing(Category::NoContact, front);
        }
        // Listening or a kind no concedes nothing: no options to ask for.
        if !self.kind.asks_for_choices() {
            return;
        }
        let options = drafts.last().copied().unwrap_or(front);
        let (n, first) =
            structure::choices(&options.text, &options.matches, input.offered_choices, self);
        if (n as u32) < input.min_choices {
            let detail = Reason::TooFewChoices {
                offered: n,
                wanted: input.min_choices,
            };
            let span = first.unwrap_or_else(|| options.text.first_sentence());
            sink.push(
                Category::NoChoices,
                options.part,
                options.text.src,
                span,
                detail,
            );
        }
        for d in drafts.iter().filter(|d| d.part == DraftPart::Private) {
            let mut vague = Vec::new();
            d.clauses(input.shop).vague_timelines(&mut vague);
            for span in vague {
                sink.quote(Category::NoChoices, d, span);
            }
        }
    }

    /// Empathy in the phrase list (not "sorry for any disappointment") or by
    /// its shape (see [`super::clauses::Clauses::empathy_by_shape`]).
    fn empathises(&self, d: &Draft, review: &ReviewAnalysis, input: &CoachInput) -> bool {
        let t = &d.text;
        let listed = d.live(List::Empathy).any(|m| {
            (m.first == 0 || t.lower(&t.words[m.first - 1]) != "any")
                && !super::stock_regret::hollow(d, m.first)
        });
        if listed {
            return true;
        }
        let theirs = |k: usize| {
            let lw = t.lower(&t.words[k]);
            lw.len() >= 4 && !self.stopwords.contains(lw) && {
                let st = structure::stem(lw);
                review
                    .stems
                    .contains(self.synonyms.get(st).map_or(st, |c| &**c))
            }
        };
        let defends = |s: u32| {
            d.matches.iter().any(|m| {
                t.words[m.first].sentence == s
                    && !m.negated
                    && matches!(m.list, List::Defensive | List::Blame | List::NegativeTone)
                    && !(m.list == List::Defensive && disowned_excuse(d, m.first))
            })
        };
        let clauses = d.clauses(input.shop);
        clauses.empathy_by_shape(theirs, defends)
            || clauses.empathy_in_own_words(theirs, defends)
            || clauses.empathy_weighed(defends)
            || super::felt_guess::guessed(d)
    }

    /// The options chosen on the choices step: the same blame and burden
    /// checks as the drafts, and timelines that promise nothing.
    fn check_options(&self, sink: &mut Sink, d: &Draft, input: &CoachInput) {
        let clauses = d.clauses(input.shop);
        let thanking = self.kind == ReplyKind::Positive;
        for &(list, category) in &PHRASE_FINDINGS[..2] {
            for m in d.live(list) {
                // "remarket the policy with three insurers" is a product.
                if list == List::Defensive && super::policy_owned::policy_acted_on(d, m.first) {
                    continue;
                }
                if let Some(evidence) = evidence::of_phrase(d, &clauses, m, thanking) {
                    sink.quote_read(category, d.part, d.text.src, d.span(m), evidence);
                }
            }
        }
        let mut spans = Vec::new();
        clauses.blame(&mut spans);
        for span in spans.drain(..) {
            if let Some(evidence) = evidence::of_blame(d, &clauses, span, thanking) {
                sink.quote_read(Category::Blame, d.part, d.text.src, span, evidence);
            }
        }
        if self.kind.asks_for_choices() {
            clauses.vague_timelines(&mut spans);
            for span in spans {
                sink.quote(Category::NoChoices, d, span);
            }
        }
    }

    /// The single-line check; see [`super::check_line`].
    pub(super) fn check_line(
        &self,
        kind: LineKind,
        line: &str,
        review: &ReviewAnalysis,
    ) -> Vec<Finding> {
        let part = match kind {
            LineKind::Empathy => DraftPart::Empathy,
            LineKind::Apology => DraftPart::Apology,
        };
        let d = Draft::new(part, line, self);
        if d.text.is_blank() {
            return Vec::new();
        }
        let mut sink = Sink::new(self);
        let input = CoachInput {
            review: &review.src,
            public: "",
            private: "",
            min_choices: 0,
            offered_choices: &[],
            shop: &super::NO_SHOP,
        };
        self.check_text(&mut sink, &d, review, &input);
        match kind {
            LineKind::Apology if !d.has(List::Apology) => sink.missing(Category::NoApology, &d),
            LineKind::Empathy if !self.empathises(&d, review, &input) => {
                sink.missing(Category::NoEmpathy, &d)
            }
            _ => {}
        }
        sink.finish(&[(part, line)])
    }

    /// The checks that look at one text on its own.
    fn check_text(&self, sink: &mut Sink, d: &Draft, review: &ReviewAnalysis, input: &CoachInput) {
        let clauses = d.clauses(input.shop);
        let thanking = self.kind == ReplyKind::Positive;
        phrase_findings(sink, d, &clauses, thanking);
        super::apology::undercut(sink, d, self);
        let holes = structure::placeholders(&d.text);
        for span in structure::shouting(&d.text, &review.caps, &holes, self) {
            // One short word in capitals may be an acronym ("AWOL"); one
            // with a digit or a hyphen is a code ("REMEMBER10", "SR-FAO").
            let word = &d.text.src[span.0..span.1];
            let code = word.bytes().any(|b| b.is_ascii_digit() || b == b'-');
            let evidence =
                if code || word.len() <= 4 && word.bytes().all(|b| b.is_ascii_uppercase()) {
                    Evidence::Inferred
                } else {
                    Evidence::Stated
                };
            sink.quote_read(Category::Shouting, d.part, d.text.src, span, evidence);
        }
        for &span in &holes {
            sink.quote(Category::Placeholder, d, span);
        }
        // What sentence shapes suggest warns; see evidence.rs.
        let inferred = Evidence::Inferred;
        for span in tone::hostile_sentences(&d.text, &d.matches) {
            sink.quote_read(Category::NegativeTone, d.part, d.text.src, span, inferred);
        }
        let mut spans = Vec::new();
        clauses.blame(&mut spans);
        for span in spans.drain(..) {
            if super::owning::unwanted_span(d, span)
                || super::policy_owned::taken_back(d, span)
                || super::taken_back::hardship_of_the_day(d, span, thanking)
                || super::not_stated::told_with_sympathy(d, span)
            {
                continue;
            }
            if let Some(evidence) = evidence::of_blame(d, &clauses, span, thanking) {
                sink.quote_read(Category::Blame, d.part, d.text.src, span, evidence);
            }
        }
        clauses.defences(&mut spans);
        for span in spans.drain(..) {
            sink.quote_read(Category::Defensive, d.part, d.text.src, span, inferred);
        }
        clauses.records_cited(&mut spans);
        super::disowning::defences(d, &mut spans);
        for span in spans.drain(..) {
            sink.quote_read(Category::Defensive, d.part, d.text.src, span, inferred);
        }
        clauses.review_change_requests(&mut spans);
        for span in spans.drain(..) {
            sink.quote_read(Category::AsksRemoval, d.part, d.text.src, span, inferred);
        }
        clauses.contempt(&review.lower, self.kind == ReplyKind::Positive, &mut spans);
        for span in spans.drain(..) {
            sink.quote_read(Category::NegativeTone, d.part, d.text.src, span, inferred);
        }
        // A wink is as plain as a word: the layer may not take it back.
        clauses.winks(self.kind == ReplyKind::Positive, &mut spans);
        for span in spans {
            sink.quote_read(Category::NegativeTone, d.part, d.text.src, span, inferred);
            sink.firm(Category::NegativeTone, d.part, span.0);
        }
        // Money promised in the private message (where the options are); a
        // thank-you with none chosen offers nothing.
        let chose = !input.offered_choices.is_empty() || self.kind == ReplyKind::Positive;
        if chose && d.part == DraftPart::Private {
            self.money_outside_choices(sink, d, input.offered_choices);
        }
        // "100%": looked for only in a text that has a '%' at all.
        if d.text.src.contains('%') {
            for (at, _) in d.text.src.match_indices("100%") {
                sink.quote(Category::RiskyPromise, d, (at, at + 4));
            }
        }
        if d.part != DraftPart::Private {
            self.check_public_details(sink, d, review, input, &clauses);
        }
    }
}

/// A hostile phrase at words `first..=last` that its sentence shows is not
/// aimed at the customer: felt with them, what they were told, a right
/// stated, a sincere wish.
fn tone_explained_away(d: &Draft, first: usize, last: usize) -> bool {
    insult_reported(d, first)
        || super::said_before::told_to_them(d, first)
        || super::said_before::sincere_wording(d, first, last)
        || super::owning::grants_feelings(d, last)
        || super::good_faith::sincere_wish(d, last)
        || super::tone_turns::not_at_them(d, first, last)
}

/// The phrase lists' findings in one text, less the matches a nearby word
/// explains away (reported speech, an excuse disowned, a failure admitted,
/// a warranty the customer already has).
fn phrase_findings(sink: &mut Sink, d: &Draft, clauses: &Clauses, thanking: bool) {
    let mut owning = super::owning::Owning::new(d);
    for &(list, category) in PHRASE_FINDINGS {
        for m in d.live(list) {
            // "being told it was your fault made it worse" reports the
            // blame, it does not lay it.
            if list == List::Blame
                && (reported(d, m.first) || super::not_stated::told_with_sympathy(d, d.span(m)))
            {
                continue;
            }
            // "must have felt like being called a liar" feels the insult
            // with them; it does not make it.
            if list == List::NegativeTone && tone_explained_away(d, m.first, m.last) {
                continue;
            }
            // "colour you didn't ask for" describes the thing, not a duty.
            // "Telling you that you should have come earlier was wrong of
            // me" takes the blame back.
            if list == List::Blame
                && (super::owning::unwanted_thing(d, m.first, m.last)
                    || super::policy_owned::told_and_taken_back(d, m.first))
            {
                continue;
            }
            // "We were short-staffed, which is no excuse" owns it; "we
            // should have called: your decision to make, not ours" too.
            if list == List::Defensive
                && (disowned_excuse(d, m.first)
                    || super::owning::owned_before(d, m.first)
                    || super::owning::done_since(d, m.first)
                    || super::policy_owned::policy_broken(d, m.first)
                    || super::policy_owned::policy_acted_on(d, m.first)
                    || super::not_stated::defence_not_offered(d, m))
            {
                continue;
            }
            // Owning nearby ("…, and that's on us") takes the block off a
            // defence but not the warning: appended to a refusal ("our terms
            // say it is not covered"), it must not make the refusal vanish.
            // So does a defence reported as what the customer was told and
            // called wrong ("being told there was nothing we could do is
            // really disappointing"): the words are quoted, not meant.
            let owned_nearby = list == List::Defensive
                && (owning.nearby(m.first)
                    || super::taken_back::said_then_called_wrong(d, m.first));
            // "You showed us exactly what you wanted and we didn't
            // deliver" owns the failure in the same breath.
            if matches!(list, List::Defensive | List::Blame)
                && super::owning::admits_failure(d, m.first)
            {
                continue;
            }
            // "There's no need to update your review" asks nothing.
            if list == List::AsksRemoval && super::not_stated::request_waived(d, m.first) {
                continue;
            }
            // "covered by our 12-month guarantee" names a warranty the
            // customer already has; "I guarantee" promises.
            if list == List::RiskyPromise && super::money::existing_warranty(d, m.first) {
                continue;
            }
            if let Some(evidence) = evidence::of_phrase(d, clauses, m, thanking) {
                // A phrase whose wording is not certain warns only
                // (`[warn_only]` in default_rules.toml).
                let unsure = sink.rules.warn_only.contains(&(m.list, m.source));
                let evidence = if owned_nearby || unsure {
                    Evidence::Inferred
                } else {
                    evidence
                };
                sink.quote_read(category, d.part, d.text.src, d.span(m), evidence);
            }
        }
    }
}

/// Characters a reader cannot see (zero-width, bidi controls) in a draft:
/// what is sent must be what the colleague approved.
fn hidden_text(sink: &mut Sink, d: &Draft) {
    for (at, c) in super::hidden_text::hidden_chars(d.text.src) {
        let span = (at, at + c.len_utf8());
        sink.push_with(
            Category::HiddenText,
            d.part,
            d.text.src,
            span,
            Reason::HiddenChar(c),
            super::Severity::Block,
        );
    }
}
