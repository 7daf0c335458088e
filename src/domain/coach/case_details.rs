//! The case argued in public, read by shape: records held up as evidence
//! ("our technician's notes show", "the tracking confirms") and the dates of
//! the customer's visit ("on 14 February", "the sessions on 4 and 18
//! March"). A date the reply promises ("by 3 March") is a commitment, not
//! an argument.

use super::clauses::Clauses;
use super::lexicon::CASE_CUE;
use super::reason::PublicDetail;
use super::structure::Span;

fn is_record(w: &str) -> bool {
    matches!(
        w,
        "notes"
            | "records"
            | "record"
            | "logs"
            | "log"
            | "footage"
            | "cctv"
            | "tracking"
            | "timesheet"
            | "timesheets"
            | "camera"
            | "cameras"
            | "history"
            | "system"
            | "file"
            | "checklist"
            | "sheet"
            | "sheets"
            | "jobsheet"
    )
}

/// The words [`Clauses::case_details`] opens on (the lexicon's CASE_CUE):
/// the records and the months, in full and short.
pub(super) const OPENERS: &[&str] = &[
    "notes",
    "records",
    "record",
    "logs",
    "log",
    "footage",
    "cctv",
    "tracking",
    "timesheet",
    "timesheets",
    "camera",
    "cameras",
    "history",
    "system",
    "file",
    "checklist",
    "sheet",
    "sheets",
    "jobsheet",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

fn is_month(w: &str) -> bool {
    super::excuses::is_full_month(w)
        || matches!(
            w,
            "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        )
}

/// "14", "14th", "3rd": a day of the month.
fn is_day(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    !digits.is_empty()
        && digits.len() <= 2
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "" | "st" | "nd" | "rd" | "th")
}

impl Clauses<'_, '_> {
    /// Every detail of the case argued in public, with what it is.
    pub fn case_details(&self, out: &mut Vec<(Span, PublicDetail)>) {
        for i in self.cued() {
            let w = self.lw(i);
            if self.text.words[i].quoted || !self.is(i, CASE_CUE) {
                debug_assert!(self.text.words[i].quoted || (!is_record(w) && !is_month(w)));
                continue;
            }
            if is_record(w) && self.shows(i + 1) {
                out.push((self.span(i, i + 1), PublicDetail::RecordsAsEvidence));
            } else if (is_month(w) && w != "may" || w == "may" && i > 0 && is_day(self.lw(i - 1)))
                && let Some(span) = self.past_date(i)
            {
                out.push((span, PublicDetail::VisitDate));
            }
        }
    }

    fn shows(&self, k: usize) -> bool {
        k < self.text.words.len()
            && self.same_clause(k - 1, k)
            && matches!(
                self.lw(k),
                "show"
                    | "shows"
                    | "showed"
                    | "confirm"
                    | "confirms"
                    | "confirmed"
                    | "indicate"
                    | "indicates"
                    | "state"
                    | "states"
                    | "say"
                    | "says"
            )
    }

    /// A day and month ("14 February", "March 4th", "4 and 18 March") that
    /// is not a promise ("by", "before", "until", "from", "next").
    fn past_date(&self, month: usize) -> Option<Span> {
        let day_before =
            month > 0 && self.same_clause(month - 1, month) && is_day(self.lw(month - 1));
        let day_after = self.same_clause(month, month + 1)
            && month + 1 < self.text.words.len()
            && is_day(self.lw(month + 1));
        if !day_before && !day_after {
            return None;
        }
        let start = if day_before { month - 1 } else { month };
        let end = if day_after { month + 1 } else { month };
        let lead = (start.saturating_sub(4)..start)
            .rev()
            .take_while(|&k| self.same_sentence(k, start))
            .map(|k| self.lw(k))
            .find(|w| !is_day(w) && *w != "and" && *w != "the");
        if lead.is_some_and(|w| matches!(w, "by" | "before" | "until" | "from" | "next" | "till")) {
            return None;
        }
        // "we'll come on 3 March" promises a visit; "your book ships on 24
        // July" says when the remedy comes.
        let s = self.text.words[month].sentence;
        let promise = self.sentence_words(s).any(|k| {
            matches!(
                self.lw(k),
                "will" | "we'll" | "i'll" | "can" | "could" | "ships" | "arrives" | "lands"
            )
        });
        (!promise).then(|| self.span(start, end))
    }
}
