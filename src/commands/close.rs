//! `heard close ID --reason …` asks to close a case without a reply;
//! `heard close ID --agree` is a colleague's OK, which closes it. `heard
//! triage ID ROAD` chooses what the review needs, as the walk's step does.
//! The rules (who may agree, what a closed case refuses) are the domain's.

use super::{Context, Failure, Outcome};
use crate::domain::EventKind;
use crate::domain::triage::Road;

/// `heard close ID (--reason TEXT | --agree [--note TEXT])`.
pub fn close(
    ctx: &Context,
    id: &str,
    reason: Option<String>,
    agree: bool,
    note: Option<String>,
) -> Outcome {
    let id = ctx.store.resolve(id)?;
    match (reason, agree) {
        (Some(reason), false) => {
            let reason = reason.trim().to_string();
            ctx.record(
                &id,
                vec![EventKind::CloseAsked {
                    reason: reason.clone(),
                }],
            )?;
            say!(
                "{} asked to close {id} without a reply: {reason}\n\
                 It closes when a colleague agrees: `heard close {id} --agree` as them.",
                ctx.me
            );
            Ok(())
        }
        (None, true) => {
            let note = note.unwrap_or_default().trim().to_string();
            let case = ctx.record(&id, vec![EventKind::CloseAgreed { note }])?;
            let Some(closing) = case.closed() else {
                return Err(Failure::refused("the close was not recorded; try again"));
            };
            say!(
                "Closed {id} without a reply: {} (asked by {}, agreed by {}).",
                closing.reason,
                closing.asked_by,
                ctx.me
            );
            Ok(())
        }
        (Some(_), true) => Err(Failure::bad_input(
            "either ask to close (--reason) or agree to a close a colleague asked for (--agree), not both",
        )),
        (None, false) => Err(Failure::bad_input(format!(
            "say why the case is closed without a reply: `heard close {id} --reason \"fake review, reported\"` \
             (a colleague then agrees with `heard close {id} --agree`)"
        ))),
    }
}

/// `heard triage ID ROAD`: resolve, listen-only, polite-no or dont-engage.
pub fn triage(ctx: &Context, id: &str, road: &str) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let Some(road) = Road::parse(road) else {
        let all: Vec<&str> = Road::ALL.iter().map(|r| r.key()).collect();
        return Err(Failure::bad_input(format!(
            "\"{road}\" is not a road; choose one of: {}",
            all.join(", ")
        )));
    };
    ctx.record(&id, vec![EventKind::Triaged { road }])?;
    say!("{id}: {}.", road.label());
    if !road.replies() {
        say!(
            "No public reply. Report the review to the platform, then close the case: \
             `heard close {id} --reason \"…\"` (a colleague agrees)."
        );
    }
    Ok(())
}
