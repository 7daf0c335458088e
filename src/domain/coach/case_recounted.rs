//! This case recounted in public, read by shape (categories.md: the public
//! reply argues the details of the case — who said what, what our people
//! found, the visit and its day). The writers of the labelled sets count
//! these, whatever the trade's words:
//! - one of ours telling, finding or testing something in this case, said
//!   in the past ("our fitter checked the hinges and found…", "our desk
//!   team advised the family to…");
//! - a moment of this case named with what was so then ("the side door was
//!   bolted on both visits", "when we ran the engine on the day…");
//! - the shop's records held up even as an absence ("our cameras don't
//!   show…", "the logs do not record…");
//! - their own thing, named as theirs, judged ("the prints you mention
//!   were out of focus");
//! - the state before we touched it ("a pre-existing fault", "an existing
//!   condition of the wiring");
//! - a day of the month with no month ("on the 3rd and the 10th").
//!
//! None of these is certain from shape alone, so each only warns
//! (`public_details.rs` pushes them as `Evidence::Inferred`), and a
//! sentence that owns the failure, apologises, thanks or promises is not
//! read at all: there the detail is what we got wrong, not the case argued.

use super::clauses::Clauses;
use super::lexicon::STAFF;
use super::reason::PublicDetail;
use super::structure::Span;

/// Past-tense verbs of telling the customer something.
fn is_telling(w: &str) -> bool {
    matches!(
        w,
        "explained" | "advised" | "told" | "informed" | "warned" | "instructed"
    )
}

/// Past-tense verbs of examining the job or the thing.
fn is_examining(w: &str) -> bool {
    matches!(
        w,
        "found"
            | "tested"
            | "inspected"
            | "checked"
            | "noticed"
            | "observed"
            | "assessed"
            | "spotted"
            | "diagnosed"
            | "measured"
            | "examined"
            | "confirmed"
    ) || w.ends_with("-tested")
        || w.ends_with("-checked")
}

/// Nouns for a group of the shop's people that the staff class leaves out.
fn is_our_people(w: &str) -> bool {
    matches!(
        w,
        "team" | "staff" | "office" | "crew" | "people" | "desk" | "department" | "chat"
    )
}

/// A moment of this case ("on the day", "on both visits").
fn is_occasion(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "visit"
            | "visits"
            | "appointment"
            | "appointments"
            | "occasion"
            | "occasions"
            | "drop-off"
            | "pickup"
            | "pick-up"
            | "collection"
            | "handover"
            | "arrival"
    )
}

/// Words that keep a sentence from arguing the case: it owns, apologises,
/// thanks, is glad, or looks ahead.
fn is_softening(w: &str) -> bool {
    matches!(
        w,
        "sorry"
            | "apologise"
            | "apologize"
            | "apologies"
            | "should"
            | "shouldn't"
            | "should've"
            | "wrong"
            | "mistake"
            | "fault"
            | "thank"
            | "thanks"
            | "glad"
            | "hope"
            | "will"
            | "we'll"
            | "i'll"
            | "can"
            | "could"
            | "would"
            | "if"
            | "since"
            | "now"
            | "welcome"
            | "pleased"
            | "enjoy"
            | "best"
            | "wrongly"
            | "incorrectly"
            | "mistakenly"
    )
}

/// A fault of ours that was found: "a faulty amplifier", "the problem".
fn is_fault(w: &str) -> bool {
    matches!(
        w,
        "fault" | "faulty" | "problem" | "issue" | "error" | "broken" | "leak" | "defect"
    )
}

/// "3rd", "10th", "21st": a day of the month by its ordinal.
fn is_ordinal_day(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    (1..=2).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "st" | "nd" | "rd" | "th")
}

/// What one pass over a sentence found (see `case_recounted`).
#[derive(Clone, Copy, Default)]
struct Read {
    /// It owns, apologises, thanks, looks ahead, or quotes: not read.
    soft: bool,
    /// A past verb: what was so then.
    past: bool,
    /// "you" (what they went through) or a cause (an excuse).
    them_or_cause: bool,
    /// Said of every job ("typically", "standard").
    general: bool,
}

impl Clauses<'_, '_> {
    /// Every part of this case recounted in the public draft (module note).
    pub fn case_recounted(&self, out: &mut Vec<(Span, PublicDetail)>) {
        for (a, b) in self.text.sentence_ranges() {
            // One pass reads what the shapes ask of the whole sentence.
            let mut read = Read::default();
            for k in a..b {
                let w = self.lw(k);
                if is_softening(w) || self.text.words[k].quoted {
                    read.soft = true;
                    break;
                }
                read.past |= matches!(w, "was" | "were" | "had" | "did" | "wasn't" | "weren't")
                    || w.len() > 4 && w.ends_with("ed");
                read.them_or_cause |= matches!(
                    w,
                    "you" | "your" | "you're" | "you'd" | "you've" | "caused" | "due" | "because"
                ) || w == "affected" && self.lw(k + 1) == "by";
                read.general |= matches!(
                    w,
                    "typically"
                        | "usually"
                        | "generally"
                        | "particularly"
                        | "often"
                        | "normal"
                        | "standard"
                );
            }
            if read.soft {
                continue;
            }
            let found = self
                .ours_found_or_told(a, b)
                .or_else(|| self.occasion_recounted(a, b, read))
                .or_else(|| self.record_lacks(a, b))
                .or_else(|| self.their_thing_judged(a, b))
                .or_else(|| self.state_before_us(a, b, read))
                .or_else(|| self.day_of_month(a, b, read));
            if let Some(found) = found {
                out.push(found);
            }
        }
    }

    /// "our fitter checked…", "our desk team advised…", "Our technician
    /// verbally advised…": one of ours, then (an adverb allowed) a past
    /// telling or examining verb in the same clause.
    fn ours_found_or_told(&self, a: usize, b: usize) -> Option<(Span, PublicDetail)> {
        (a..b).find_map(|k| {
            if !matches!(self.lw(k), "our" | "the") {
                return None;
            }
            // The head noun: one or two words on ("our desk team").
            let head = (k + 1..(k + 3).min(b))
                .take_while(|&j| self.same_clause(k, j))
                .filter(|&j| {
                    (self.is(j, STAFF) && !matches!(self.lw(j), "he" | "she"))
                        || is_our_people(self.lw(j))
                })
                .last()?;
            // "our fitters attended twice and found…": the first telling or
            // examining verb a few words on, in the same clause.
            let verb = (head + 1..(head + 6).min(b))
                .take_while(|&j| self.same_clause(head, j))
                .find(|&j| is_telling(self.lw(j)) || is_examining(self.lw(j)))?;
            // "the receptionist has been told": said to one of ours, which
            // is blame made public, not this case recounted; "the team
            // member who advised you was a casual" names who, and says its
            // piece after.
            if (head + 1..verb).any(|j| {
                matches!(
                    self.lw(j),
                    "been" | "was" | "were" | "is" | "are" | "who" | "that"
                )
            }) {
                return None;
            }
            let w = self.lw(verb);
            let what = if is_telling(w) {
                PublicDetail::WhoSaidWhat
            } else if is_examining(w) {
                PublicDetail::OurVersion
            } else {
                return None;
            };
            // "our team checked every van" reports a fix, and "our
            // technicians found a faulty amplifier" owns one: not this case
            // argued.
            let every = matches!(self.lw(verb + 1), "every" | "all" | "each");
            let fault = (verb + 1..(verb + 4).min(b)).any(|j| is_fault(self.lw(j)));
            (!every && !fault && !self.negated(verb)).then(|| (self.span(k, verb), what))
        })
    }

    /// "…was bolted on both visits", "when we ran it on the day the engine
    /// was…": a moment of this case named in a sentence that says what was
    /// so then (a past verb).
    fn occasion_recounted(&self, a: usize, b: usize, read: Read) -> Option<(Span, PublicDetail)> {
        // A sentence with "you" recounts what the customer went through,
        // one with a cause ("the delay on the day was caused by…") excuses:
        // neither is our version of the day (empathy and blame read those).
        if !read.past || read.them_or_cause {
            return None;
        }
        (a + 2..b).find_map(|k| {
            let det = self.lw(k - 1);
            let on = self.lw(k - 2);
            let named = is_occasion(self.lw(k))
                && matches!(det, "the" | "both" | "that")
                && matches!(on, "on" | "at" | "during")
                && !(self.lw(k) == "day" && (det != "the" || self.lw(k + 1) == "of"))
                // "not recorded on the pickup sheet": the paper, not the day.
                && !matches!(self.lw(k + 1), "sheet" | "form" | "report" | "note" | "notes");
            named.then(|| (self.span(k - 2, k), PublicDetail::OurVersion))
        })
    }

    /// "our cameras don't show any contact", "the logs did not record a
    /// call": the shop's records held up by what they lack.
    fn record_lacks(&self, a: usize, b: usize) -> Option<(Span, PublicDetail)> {
        (a + 1..b).find_map(|k| {
            let record = matches!(
                self.lw(k),
                "cameras"
                    | "camera"
                    | "footage"
                    | "cctv"
                    | "records"
                    | "logs"
                    | "notes"
                    | "tracking"
                    | "system"
                    | "timesheets"
            ) && (k.saturating_sub(2).max(a)..k)
                .any(|j| matches!(self.lw(j), "our" | "the"));
            if !record {
                return None;
            }
            let proof = (k + 1..(k + 4).min(b)).find(|&j| {
                matches!(
                    self.lw(j),
                    "show" | "record" | "confirm" | "indicate" | "mention" | "have"
                ) && self.negated(j)
            })?;
            Some((self.span(k - 1, proof), PublicDetail::RecordsAsEvidence))
        })
    }

    /// "The prints you mention were out of focus", "the dress you sent back
    /// had been worn": their thing, named as theirs, then judged in the
    /// past.
    fn their_thing_judged(&self, a: usize, b: usize) -> Option<(Span, PublicDetail)> {
        (a + 1..b).find_map(|k| {
            let named = self.lw(k - 1) != "you"
                && self.lw(k) == "you"
                && matches!(
                    self.lw(k + 1),
                    "mention"
                        | "mentioned"
                        | "mentions"
                        | "refer"
                        | "describe"
                        | "sent"
                        | "returned"
                );
            if !named || !self.same_clause(k - 1, k) {
                return None;
            }
            let judged = (k + 2..(k + 6).min(b)).find(|&j| {
                matches!(
                    self.lw(j),
                    "was" | "were" | "had" | "did" | "didn't" | "wasn't" | "weren't"
                )
            })?;
            Some((self.span(k - 1, judged), PublicDetail::OurVersion))
        })
    }

    /// "a pre-existing fault", "an existing condition": the state before we
    /// touched it, held up ("consistent with…" alone the writers split on).
    fn state_before_us(&self, a: usize, b: usize, read: Read) -> Option<(Span, PublicDetail)> {
        // "…typically occurs where there is pre-existing wear" speaks of
        // every case, not this one.
        if read.general {
            return None;
        }
        (a..b).find_map(|k| {
            let w = self.lw(k);
            // "pre-existing" may come as one word or as "pre" and "existing".
            let read = w == "pre-existing"
                || w == "existing"
                    && (self.lw(k + 1) == "condition" || k > a && self.lw(k - 1) == "pre");
            read.then(|| (self.span(k, (k + 1).min(b - 1)), PublicDetail::OurVersion))
        })
    }

    /// "on the 3rd and the 10th": days of this case by ordinal alone.
    fn day_of_month(&self, a: usize, b: usize, read: Read) -> Option<(Span, PublicDetail)> {
        if read.them_or_cause {
            return None;
        }
        (a + 2..b).find_map(|k| {
            let day = is_ordinal_day(self.lw(k))
                && self.lw(k - 1) == "the"
                && matches!(self.lw(k - 2), "on" | "and");
            day.then(|| (self.span(k - 2, k), PublicDetail::VisitDate))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::Category::PublicDetails;
    use super::super::sentence_table::{Row, WARN, assert_rows, check_severities};

    /// A fitter's and a locksmith's replies, in words no labelled set uses:
    /// this case recounted (each shape once) against the same words owned,
    /// promised, or said of every job.
    const REVIEW: &str = "The new sash window sticks, the lock was scratched and nobody came back.";

    #[test]
    fn this_case_recounted_warns_and_owning_it_does_not() {
        let rows: &[Row] = &[
            (
                "Our fitter measured the frame twice and found it had been forced.",
                &[PublicDetails],
                &[],
            ),
            (
                "Our reception desk advised the couple to keep the balcony door shut.",
                &[PublicDetails],
                &[],
            ),
            (
                "The side shutter was jammed on both visits, so the rear bay was never reached.",
                &[PublicDetails],
                &[],
            ),
            (
                "Our dashcam footage does not show any contact with the kerb.",
                &[PublicDetails],
                &[],
            ),
            (
                "The cufflinks you mention were already scratched when they came in.",
                &[PublicDetails],
                &[],
            ),
            (
                "The damp patch is a pre-existing crack in that wall.",
                &[PublicDetails],
                &[],
            ),
            (
                "The late deliveries were on the 4th and the 19th.",
                &[PublicDetails],
                &[],
            ),
            // Owned, promised, done since, or said of every job: no detail.
            (
                "Our fitter found the sash had been hung badly, and we should have spotted it sooner.",
                &[],
                &[PublicDetails],
            ),
            (
                "Our team checked every frame we fitted this month.",
                &[],
                &[PublicDetails],
            ),
            (
                "We're sorry the shutter jammed on both visits.",
                &[],
                &[PublicDetails],
            ),
            (
                "Old frames typically show some pre-existing wear.",
                &[],
                &[PublicDetails],
            ),
            (
                "We will come back on the 14th to refit it.",
                &[],
                &[PublicDetails],
            ),
            (
                "The apprentice who advised you has been given more training.",
                &[],
                &[PublicDetails],
            ),
        ];
        assert_rows(REVIEW, rows);
    }

    /// Read from shape alone, none of these is certain: each warns.
    #[test]
    fn a_case_recounted_only_warns() {
        check_severities(
            REVIEW,
            &[
                (
                    "Our fitter measured the frame twice and found it had been forced.",
                    PublicDetails,
                    WARN,
                ),
                (
                    "The side shutter was jammed on both visits, so the rear bay was never reached.",
                    PublicDetails,
                    WARN,
                ),
                (
                    "Our dashcam footage does not show any contact with the kerb.",
                    PublicDetails,
                    WARN,
                ),
            ],
        );
    }
}
