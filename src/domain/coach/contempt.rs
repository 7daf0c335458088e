//! Contempt under a polite surface (scare quotes, questions that ask
//! nothing, "Maybe try…") and who-said-what in public ("Kevin was correct",
//! "our cleaner said"), read from the shape of a sentence.

use super::clauses::Clauses;
use super::lexicon::*;
use super::reason::PublicDetail;
use super::structure::Span;

/// The review or the complaint itself, by name.
fn is_review_word(w: &str) -> bool {
    matches!(
        w,
        "review" | "feedback" | "complaint" | "experience" | "issue" | "problem" | "concerns"
    )
}

/// Words that may open a question before its asking word: "But honestly,
/// did you…", "So what did you…".
fn is_lead_in(w: &str) -> bool {
    matches!(
        w,
        "but" | "so" | "and" | "honestly" | "seriously" | "really" | "well" | "now" | "frankly"
    )
}

impl Clauses<'_, '_> {
    /// Contempt under a polite surface: scare quotes, rhetorical questions
    /// at the customer, "Maybe try…".
    /// `thanking`: a thank-you, where a question is friendly ("Did you get
    /// to try the cheesecake?") rather than rhetorical.
    pub fn contempt(&self, review_lower: &str, thanking: bool, out: &mut Vec<Span>) {
        self.scare_quotes(review_lower, out);
        if !thanking {
            self.rhetorical_questions(out);
            self.echoed_words(review_lower, out);
        }
        self.condescending_advice(out);
        self.tone_shapes(review_lower, thanking, out);
        self.tone_moves(out);
        self.tone_kinds(review_lower, thanking, out);
        self.tone_turns(thanking, out);
    }

    /// `your "ruined" coat`, `calling it 'fraud'`, `the "premium" package`
    /// (the customer's word thrown back).
    fn scare_quotes(&self, review_lower: &str, out: &mut Vec<Span>) {
        let src = self.text.src;
        for &(qs, qe) in &self.text.quotes {
            let inner = &src[qs..qe];
            let n = inner.split_whitespace().count();
            let before = self.text.words.partition_point(|w| w.end <= qs);
            if before == 0 || inner.contains(['.', '!', '?']) {
                continue;
            }
            let title = inner
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase));
            if n <= 6 && !title && self.glad_of(before) {
                out.push(self.quote_marks(qs, qe));
                continue;
            }
            if !(1..=3).contains(&n) {
                continue;
            }
            let prev = self.lw(before - 1);
            let prev2 = if before >= 2 { self.lw(before - 2) } else { "" };
            let lower_inner = inner.to_lowercase();
            // A title ("Pharaoh's Tomb") is a name, not a sneer.
            // So is a label's wording ("a 'Made in Australia' label").
            let small = |w: &str| matches!(w, "in" | "of" | "the" | "and" | "for" | "on" | "to");
            let proper = inner.chars().any(char::is_lowercase)
                && inner
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) || small(w));
            let labelled = matches!(
                self.lw(self.text.words.partition_point(|w| w.start < qe)),
                "label" | "labels" | "sticker" | "stickers" | "tag" | "tags" | "sign" | "badge"
            );
            let proper = proper || labelled;
            let theirs = review_lower.contains(lower_inner.trim());
            let calling = matches!(prev2, "calling" | "call" | "called");
            // The review itself in quotes ("thanks for the 'review'").
            let meta = n == 1 && is_review_word(lower_inner.trim());
            let sneer = match prev {
                "your" | "so-called" | "such" => true,
                "it" | "that" | "us" | "me" => calling,
                "this" => calling || meta || (theirs && !proper),
                "the" | "these" | "a" | "an" | "their" | "was" | "were" | "is" | "are" | "so"
                | "you" => meta || (theirs && !proper),
                // `our staff are not "a joke"`: their words denied back at them.
                // `It's not "only flowers" to us either` agrees with them.
                "not" | "isn't" | "aren't" | "wasn't" | "weren't" | "didn't" | "don't"
                | "never" | "hardly" => theirs && !proper && !self.agrees_after(qe),
                // "As for 'blurry', …", "a lot of 'junk'": their word held
                // up to be answered.
                "for" | "of" | "about" => theirs && !proper && n <= 2,
                // "you found the floor 'sticky'": their word for what they
                // perceived, thrown back.
                _ => theirs && !proper && n == 1 && self.you_perceived(before),
            };
            // "being told it was "probably dropped"": what the customer was
            // told, quoted to own it, not their word thrown back.
            let was_told = (before.saturating_sub(4)..before).any(|k| {
                self.lw(k) == "told"
                    && k > 0
                    && matches!(self.lw(k - 1), "being" | "were" | "was" | "been" | "got")
            });
            if sneer && !was_told {
                out.push(self.quote_marks(qs, qe));
            }
        }
    }

    /// The quote from byte `qs` to `qe` with its marks.
    fn quote_marks(&self, qs: usize, qe: usize) -> Span {
        let src = self.text.src;
        let open = src[..qs].char_indices().next_back().map_or(qs, |(i, _)| i);
        let close = src[qe..].chars().next().map_or(qe, |c| qe + c.len_utf8());
        (open, close)
    }

    /// "Glad the kids had fun "somehow"", "we're glad "the sponge itself
    /// was lovely"": gladness about words in quotes, in the sentence before
    /// word `before`, is praise held at arm's length. Over the labelled
    /// sets, 46 of 46 such sentences are labelled tone.
    fn glad_of(&self, before: usize) -> bool {
        self.same_sentence(before - 1, before)
            && (0..before)
                .rev()
                .take_while(|&k| self.same_sentence(k, before - 1))
                .any(|k| self.lw(k) == "glad")
    }

    /// "either" in the four words after the quote ending at byte `qe`, in
    /// its sentence: a denial that sides with the customer.
    fn agrees_after(&self, qe: usize) -> bool {
        let after = self.text.words.partition_point(|w| w.start < qe);
        (after..after + 4).any(|k| self.same_sentence(after, k) && self.lw(k) == "either")
    }

    /// "you found", "you felt", "you thought" in the four words before
    /// word `before`.
    fn you_perceived(&self, before: usize) -> bool {
        (before.saturating_sub(4)..before).any(|k| {
            k > 0
                && self.lw(k - 1) == "you"
                && matches!(self.lw(k), "found" | "felt" | "thought" | "considered")
        })
    }

    /// A question at the customer that does not ask anything: "What
    /// exactly did you expect?", "Did you even read the listing?".
    fn rhetorical_questions(&self, out: &mut Vec<Span>) {
        let src = self.text.src.as_bytes();
        for &(s, e) in &self.text.sentences {
            if e == 0 || src[e - 1] != b'?' {
                continue;
            }
            let first = self.text.words.partition_point(|w| w.start < s);
            let words: Vec<usize> = (first..self.text.words.len())
                .take_while(|&k| self.text.words[k].start < e)
                .collect();
            // "But honestly, did you expect…": the question after a lead-in.
            let lead = words
                .iter()
                .take(2)
                .take_while(|&&k| is_lead_in(self.lw(k)))
                .count();
            let Some(&w0) = words.get(lead) else { continue };
            let lw: Vec<&str> = words.iter().map(|&k| self.lw(k)).collect();
            // "'Taking the mick'?": the customer's words thrown back as a
            // question.
            if words.iter().all(|&k| self.text.words[k].quoted) {
                out.push((s, e));
                continue;
            }
            // "…a bit much, doesn't it?", "And surely a child can…?", "did
            // you really want us to…?": a question that only scolds.
            if self.scolding_question(&lw) {
                out.push((s, e));
                continue;
            }
            // "Would you rather I'd rushed it?", "Not sure what more I could
            // have done?": the business's choice held up as the only sane one.
            if self.defends_by_question(&lw) {
                out.push((s, e));
                continue;
            }
            if self.text.words[w0].quoted || !self.is(w0, ASK) {
                continue;
            }
            // "Could we…", "Would you like…", "anything we can do?" ask;
            // "Did you not see how busy we were?" does not.
            let offer = lw.windows(2).any(|p| {
                matches!(p[0], "we" | "i")
                    && matches!(p[1], "can" | "could" | "will" | "would" | "might" | "may")
            }) || lw
                .iter()
                .any(|w| matches!(*w, "we'll" | "i'll" | "we'd" | "i'd" | "let's"))
                || lw
                    .iter()
                    .any(|w| matches!(*w, "anything" | "help" | "please" | "prefer"))
                || lw.windows(2).any(|p| {
                    matches!(p[0], "would" | "could" | "can" | "will" | "shall")
                        && matches!(p[1], "you" | "we" | "i")
                });
            let at_you = words.iter().any(|&k| self.is(k, YOU));
            let scoff = matches!(lw[0], "wow")
                || lw
                    .iter()
                    .any(|w| matches!(*w, "really" | "seriously" | "honestly"));
            // A warm question ("Did you enjoy the rest of your stay?") asks.
            if !offer && (at_you || scoff) && super::vader::compound(&self.text.src[s..e]) < 0.3 {
                out.push((s, e));
            }
        }
    }

    /// A question that defends the business: "would you rather we'd…",
    /// "what more could I have done?", "what else should we have done?".
    fn defends_by_question(&self, lw: &[&str]) -> bool {
        let first_person = |w: &str| matches!(w, "we" | "i" | "we'd" | "i'd");
        let rather = lw
            .windows(2)
            .any(|p| p[0] == "rather" && first_person(p[1]));
        let modal = |w: &str| matches!(w, "could" | "should" | "would");
        let hindsight = lw.windows(3).any(|p| {
            (modal(p[0]) && first_person(p[1]) || first_person(p[0]) && modal(p[1]))
                && matches!(p[2], "have" | "possibly")
        }) && lw
            .iter()
            .any(|w| matches!(*w, "what" | "how" | "more" | "else"));
        rather || hindsight
    }

    /// "Maybe try…", "Perhaps read the small print next time", "maybe
    /// puzzles just aren't your thing": advice that talks down.
    fn condescending_advice(&self, out: &mut Vec<Span>) {
        let words = &self.text.words;
        for i in 0..words.len() {
            if !self.is(i, MAYBE) || words[i].quoted {
                continue;
            }
            let opens = i == 0 || words[i - 1].clause != words[i].clause;
            if !opens || !self.same_clause(i, i + 1) {
                continue;
            }
            let next = self.lw(i + 1);
            // "maybe for one of our evening paddles", "perhaps once it's
            // in": when they might come back, not advice. Over the sets, 12
            // such were not hostile and 1 was: "Perhaps in future move rugs".
            let when = matches!(
                next,
                "for" | "with" | "at" | "on" | "over" | "during" | "after" | "before" | "once"
            ) || next == "in" && !matches!(self.lw(i + 2), "future" | "the");
            if self.is(i + 1, WE)
                || when
                || matches!(
                    next,
                    "it" | "it's" | "that" | "this" | "there" | "our" | "the" | "a"
                )
            {
                continue;
            }
            let s = words[i].sentence;
            if self.sentence_words(s).any(|k| self.is(k, WE)) {
                continue;
            }
            let end = self.sentence_words(s).last().unwrap_or(i);
            out.push(self.span(i, end.min(i + 6)));
        }
    }

    /// Who said what about the case: "Kevin was correct", "our cleaner
    /// said", and staff named in public when the shop keeps names private.
    /// `names_staff`: whether naming the shop's staff counts (a thank-you
    /// may pass praise on to someone by name).
    pub fn public_details(&self, names_staff: bool, out: &mut Vec<(Span, PublicDetail)>) {
        // A word that starts lowercase and is no staff is passed over: it
        // has neither shape (UPPER, DIGIT) nor class, so is not cued.
        for i in self.cued() {
            if self.text.words[i].quoted {
                continue;
            }
            let raw = self.raw(i);
            let staff = self.is(i, STAFF) && !matches!(self.lw(i), "he" | "she");
            if raw.as_bytes().first().is_none_or(u8::is_ascii_lowercase) && !staff {
                continue;
            }
            if names_staff && !self.shop.staff_in_public && self.shop.is_staff(raw) {
                out.push((self.span(i, i), PublicDetail::StaffByName));
                continue;
            }
            let next = |d: usize| {
                if self.same_clause(i, i + d) {
                    self.lw(i + d)
                } else {
                    ""
                }
            };
            let said = matches!(
                next(1),
                "said"
                    | "says"
                    | "told"
                    | "tells"
                    | "confirmed"
                    | "reports"
                    | "insists"
                    | "assures"
                    | "explained"
                    | "advised"
                    | "warned"
                    | "mentioned"
                    | "informed"
            ) || (matches!(next(1), "has" | "had")
                && matches!(next(2), "told" | "said"))
                || (matches!(next(1), "was" | "is")
                    && matches!(next(2), "right" | "correct" | "adamant"));
            // "Jess says thank you", "Mrs. Okafor says it was her pleasure":
            // thanks passed on, not the case argued.
            let thanks = (2..6).any(|d| {
                matches!(
                    next(d),
                    "thank"
                        | "thanks"
                        | "pleasure"
                        | "hello"
                        | "hi"
                        | "thrilled"
                        | "delighted"
                        | "congratulations"
                )
            });
            if !said || thanks {
                continue;
            }
            if self.speaker_name(i) || staff {
                out.push((self.span(i, i + 1), PublicDetail::WhoSaidWhat));
            }
        }
    }

    /// A capitalised word that can be someone who said something ("Kevin
    /// said"), not a pronoun, a class word or a gerund.
    fn speaker_name(&self, i: usize) -> bool {
        let raw = self.raw(i);
        let mut cs = raw.chars();
        cs.next().is_some_and(char::is_uppercase)
            && cs.all(|c| c.is_lowercase())
            && raw.len() >= 2
            && !self.is(i, WE | YOU | ASK | THIRD | CUSTOMER | ANYONE)
            && !self.lw(i).ends_with("ing")
            && !matches!(
                self.lw(i),
                "it" | "this"
                    | "that"
                    | "someone"
                    | "they"
                    | "he"
                    | "she"
                    | "nobody"
                    | "which"
                    | "staff"
                    | "everyone"
                    | "people"
            )
    }
}
