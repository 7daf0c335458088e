//! Use cases shared by the command line and the screen. Every change to a
//! case goes through [`record`]: the domain's `decide` judges each event on
//! the case as it stands, and only when all of them may happen are they
//! written, so no front end can record what the rules refuse.

pub mod context;
pub mod create;
pub mod duplicate;
pub mod sign;

pub use context::{Context, Failure, Outcome};

use time::OffsetDateTime;

use crate::domain::decide::{Actor, Refusal, decide};
use crate::domain::{Case, Event, EventKind};
use crate::store::{Store, StoreError};

/// Why nothing was recorded.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error(transparent)]
    Refused(#[from] Refusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Record `kinds`, in order, by `by` on case `id` — all of them or none.
/// Returns the case as it stands afterwards.
pub fn record(
    store: &Store,
    id: &str,
    by: &str,
    kinds: Vec<EventKind>,
    now: OffsetDateTime,
) -> Result<Case, RecordError> {
    let mut case = store.load(id)?;
    let gates_before = crate::domain::can_send(&case, now).can_send();
    let actor = Actor {
        name: by,
        device: store.device(),
    };
    let mut events = Vec::with_capacity(kinds.len());
    for kind in kinds {
        let name = kind.name();
        let decided = decide(&case, actor, kind, now).inspect_err(|r| {
            tracing::warn!(case = id, by, event = name, refusal = %r, "refused");
        })?;
        let mut event = Event::new(now, by, decided);
        event.device = store.device().map(str::to_string);
        case.push(&event).map_err(|source| StoreError::Fold {
            id: id.to_string(),
            source,
        })?;
        events.push(event);
    }
    for event in &events {
        store.append(id, event)?;
        tracing::info!(case = id, by, event = event.kind.name(), "recorded");
    }
    let after = store.load(id)?;
    let check = crate::domain::can_send(&after, now);
    if check.can_send() != gates_before {
        tracing::info!(case = id, sendable = check.can_send(), reasons = ?check.reasons(), "gates changed");
    }
    Ok(after)
}
