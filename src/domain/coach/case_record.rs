//! More of the shop's version of the case argued in public (issue 11,
//! blind13's misses), each a move rather than a phrase:
//! - a record or picture that "shows" the customer wrong: "our check-in
//!   photos show the mark was there", "the check-out report shows
//!   staining";
//! - the customer's own act, put in the passive: "the mirror was packed
//!   by the customer", "one lesson was cancelled by you on the 3rd";
//! - what we told them, and when: "we communicated this clearly at
//!   booking", "we did explain at drop-off".
//!
//! A sentence that owns the fault ("our records show we overcharged you,
//! and I'm sorry") is left alone, and none of this is certain from shape:
//! the caller reads every span as `Evidence::Inferred` (warns only).

use super::clauses::Clauses;
use super::lexicon::*;
use super::reason::PublicDetail;
use super::structure::Span;
use super::tone_cues::{SOFT, cue};

/// Things a shop keeps that can be held up as proof.
fn is_record(w: &str) -> bool {
    matches!(
        w,
        "photos"
            | "photographs"
            | "pictures"
            | "footage"
            | "cctv"
            | "report"
            | "inventory"
            | "log"
            | "logs"
            | "timesheet"
            | "tracking"
            | "notes"
            | "records"
            | "system"
            | "paperwork"
    )
}

/// What a record is said to prove.
fn is_proving(w: &str) -> bool {
    matches!(
        w,
        "show"
            | "shows"
            | "showed"
            | "records"
            | "recorded"
            | "confirm"
            | "confirms"
            | "confirmed"
            | "prove"
            | "proves"
    )
}

/// Acts by the customer that a passive hands back to them; "sent by you"
/// or "reported by you" is neutral.
fn is_their_act(w: &str) -> bool {
    matches!(
        w,
        "packed"
            | "cancelled"
            | "canceled"
            | "declined"
            | "refused"
            | "approved"
            | "moved"
            | "chosen"
            | "selected"
            | "supplied"
            | "missed"
            | "installed"
            | "caused"
            | "damaged"
            | "left"
            | "ignored"
    )
}

/// How a shop says it told the customer.
fn is_told(w: &str) -> bool {
    matches!(
        w,
        "explained" | "communicated" | "told" | "informed" | "advised" | "warned" | "mentioned"
    )
}

/// The moments a shop can say it told them at.
fn is_moment(w: &str) -> bool {
    matches!(
        w,
        "booking"
            | "drop-off"
            | "dropoff"
            | "check-in"
            | "checkin"
            | "collection"
            | "pickup"
            | "pick-up"
            | "handover"
            | "consultation"
            | "reception"
            | "checkout"
            | "check-out"
    )
}

impl Clauses<'_, '_> {
    /// Every sentence part that argues the case with the shop's record, the
    /// customer's act or what we told them (see the module note).
    pub fn case_record(&self, out: &mut Vec<(Span, PublicDetail)>) {
        let words = &self.text.words;
        for (a, b) in self.text.sentence_ranges() {
            // One pass for the anchor words; most sentences have none.
            let (mut record, mut by, mut told) = (false, false, false);
            for k in a..b {
                let w = self.lw(k);
                record |= is_record(w);
                by |= w == "by";
                told |= is_told(w);
            }
            let read = (record || by || told)
                && !(a..b).any(|k| cue(self.lw(k)) == SOFT)
                && !(a..b).all(|k| words[k].quoted);
            if let Some((x, y, what)) = read
                .then(|| {
                    record
                        .then(|| self.record_shows(a, b))
                        .flatten()
                        .or_else(|| by.then(|| self.act_by_them(a, b)).flatten())
                        .or_else(|| told.then(|| self.told_at(a, b)).flatten())
                })
                .flatten()
            {
                out.push((self.span(x, y), what));
            }
        }
    }

    /// "our check-in photos show", "The check-out report shows".
    fn record_shows(&self, a: usize, b: usize) -> Option<(usize, usize, PublicDetail)> {
        (a..b).find_map(|k| {
            let proof = is_record(self.lw(k))
                .then(|| {
                    (k + 1..(k + 4).min(b)).find(|&j| is_proving(self.lw(j)) && !self.negated(j))
                })
                .flatten();
            let owner = (a..k)
                .rev()
                .take(4)
                .any(|j| matches!(self.lw(j), "our" | "the"));
            match proof {
                Some(j) if owner => Some((k, j, PublicDetail::RecordsAsEvidence)),
                _ => None,
            }
        })
    }

    /// "was packed by the customer", "was cancelled by you".
    fn act_by_them(&self, a: usize, b: usize) -> Option<(usize, usize, PublicDetail)> {
        (a + 1..b.saturating_sub(1)).find_map(|k| {
            let by = self.lw(k) == "by" && is_their_act(self.lw(k - 1));
            let them = match self.lw(k + 1) {
                "you" | "yourself" | "yourselves" => Some(k + 1),
                "the" if matches!(self.lw(k + 2), "customer" | "client" | "guest" | "tenant") => {
                    Some(k + 2)
                }
                _ => None,
            };
            match them {
                Some(e) if by && !self.negated(k - 1) => Some((k - 1, e, PublicDetail::OurVersion)),
                _ => None,
            }
        })
    }

    /// "we communicated this clearly at booking", "we did explain at
    /// drop-off". "We should have explained at booking" owns it.
    fn told_at(&self, a: usize, b: usize) -> Option<(usize, usize, PublicDetail)> {
        (a + 1..b).find_map(|k| {
            if !is_told(self.lw(k)) || self.negated(k) {
                return None;
            }
            let by_us = (k.saturating_sub(2).max(a)..k).any(|j| self.is(j, WE))
                && !(a..k).any(|j| matches!(self.lw(j), "should" | "could" | "would" | "if"));
            let when = (k + 1..(k + 5).min(b)).find(|&j| {
                is_moment(self.lw(j)) && matches!(self.lw(j - 1), "at" | "on" | "during" | "the")
            });
            match when {
                Some(j) if by_us => Some((k, j, PublicDetail::OurVersion)),
                _ => None,
            }
        })
    }
}
