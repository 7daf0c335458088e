//! `heard follow-up ID [--done OUTCOME [--note TEXT] | --on DATE]`: see,
//! set or close the follow-up of a sent case (seed 003).

use time::{Date, OffsetDateTime, format_description::well_known::Iso8601};

use super::{Context, Failure, Outcome};
use crate::domain::follow_up::{self, FollowUpOutcome};
use crate::domain::follow_up_outcome::UnknownOutcome;
use crate::domain::{Case, Clock, EventKind};
use crate::present::time::short_time;

/// What the person asked for.
pub enum Request<'a> {
    /// Print where the follow-up stands.
    Show,
    /// Set the follow-up date (YYYY-MM-DD).
    On(&'a str),
    /// Record how it ended.
    Done {
        outcome: &'a str,
        note: Option<&'a str>,
    },
}

/// `date` at the time of day the reply was sent, so "3 days" stays 3 days.
fn parse_date(date: &str, case: &Case) -> Result<OffsetDateTime, Failure> {
    let day = Date::parse(date.trim(), &Iso8601::DEFAULT).map_err(|_| {
        Failure::bad_input(format!(
            "`{date}` is not a date: write it as YYYY-MM-DD, e.g. 2026-11-30"
        ))
    })?;
    let time_of_day = case
        .sent
        .as_ref()
        .map_or(time::Time::MIDNIGHT, |s| s.at.time());
    Ok(day.with_time(time_of_day).assume_utc())
}

pub fn run(ctx: &Context, id: &str, request: Request) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.store.load(&id)?;
    let now = ctx.clock.now();
    let kind = match request {
        Request::Show => {
            say_part!("{}", describe(&case, now));
            return Ok(());
        }
        Request::On(date) => {
            let due = parse_date(date, &case)?;
            if let Some(why) = follow_up::set_refusal(&case, due) {
                return Err(Failure::refused(why.to_string()));
            }
            EventKind::FollowUpSet { due }
        }
        Request::Done { outcome, note } => {
            let outcome: FollowUpOutcome = outcome
                .parse()
                .map_err(|e: UnknownOutcome| Failure::bad_input(e.to_string()))?;
            let note = note.unwrap_or_default().trim().to_string();
            if let Some(why) = follow_up::done_refusal(&case, outcome, &note) {
                return Err(Failure::refused(why.to_string()));
            }
            EventKind::FollowUpDone { outcome, note }
        }
    };
    let case = ctx.record(&id, vec![kind])?;
    say_part!("{}", describe(&case, now));
    Ok(())
}

/// Where a case's follow-up stands, a few lines.
pub fn describe(case: &Case, now: OffsetDateTime) -> String {
    let mut out = format!("{} — {}\n", case.id, case.review.customer);
    let Some(sent) = &case.sent else {
        out += "Not sent yet: the follow-up comes after the reply went out.\n";
        return out;
    };
    out += &format!("Sent {} via {}.\n", short_time(sent.at), sent.channel);
    if let Some(why) = follow_up::due_reason(case, now) {
        out += &format!(
            "Follow-up due: {why}.\nWhen done: heard follow-up {} --done resolved|review-updated|no-answer|other --note TEXT\n",
            case.id
        );
    } else if let Some(due) = follow_up::due_at(case) {
        out += &format!("Follow up on {}.\n", short_time(due));
    }
    for f in &case.follow_ups {
        out += &format!(
            "Followed up {} by {}: {}{}\n",
            short_time(f.at),
            f.by,
            f.outcome.label(),
            if f.note.is_empty() {
                String::new()
            } else {
                format!(" — {}", f.note)
            }
        );
    }
    out
}
