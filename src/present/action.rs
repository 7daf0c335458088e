//! Process fixes' refusals in words (`domain::action`).

use std::fmt;

use crate::domain::action::{ActionRefusal, UnknownStatus};
use crate::domain::patterns::day_of;

impl fmt::Display for UnknownStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` is not a status: use done, verified, drop or open",
            self.0
        )
    }
}

impl std::error::Error for UnknownStatus {}

impl fmt::Display for ActionRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActionRefusal::AlreadyOpen => f.write_str("the action is already open"),
            ActionRefusal::AlreadyDone => f.write_str("the action is already done"),
            ActionRefusal::AlreadyDropped => f.write_str("the action is already dropped"),
            ActionRefusal::ReopenFirst { from, id } => write!(
                f,
                "the action is {}; reopen it first (heard action {id} open)",
                from.label()
            ),
            ActionRefusal::DropNeedsNote => f.write_str("say why it is dropped with --note"),
            ActionRefusal::VerifyNotDone { status, id } => write!(
                f,
                "only a done fix can be verified; it is {} (heard action {id} done)",
                status.label()
            ),
            ActionRefusal::CameBack { case_id, at } => write!(
                f,
                "the cause came back after the fix was done (case {case_id} on {}): it has not \
                 held; reopen it or drop it",
                day_of(*at)
            ),
            ActionRefusal::StillQuiet {
                quiet_days,
                window_days,
                until,
            } => write!(
                f,
                "the cause has been quiet for {quiet_days} of the {window_days} days that show a \
                 fix held (until {}); say how you verified it with --note",
                day_of(*until)
            ),
        }
    }
}
