//! `heard assign ID NAME`: give a case to a team member. Recorded as an
//! event, so it syncs like everything else; the inbox's "assigned to me"
//! filter shows each person theirs.

use super::{Context, Outcome};
use crate::domain::EventKind;

pub fn run(ctx: &Context, id: &str, name: &str) -> Outcome {
    let id = ctx.store.resolve(id)?;
    let case = ctx.record(
        &id,
        vec![EventKind::Assigned {
            to: name.to_string(),
        }],
    )?;
    let to = case.assignee.clone().unwrap_or_default();
    say!("{id} is assigned to {to}.");
    if let Some(owner) = crate::domain::can_send(&case, crate::domain::Clock::now(&ctx.clock))
        .gates
        .iter()
        .find(|g| g.id == crate::domain::GateId::OwnerApproval && !g.open)
    {
        say!("Before it is sent it {}.", owner.reason);
    }
    Ok(())
}
