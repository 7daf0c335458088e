//! Which gates were open when last looked at, so each opening is announced
//! once (a bell and a notification), never on every tick.

use time::OffsetDateTime;

use crate::domain::{Case, GateId, can_send};

#[derive(Debug, Clone, Default)]
pub struct GateWatch {
    open: Vec<GateId>,
}

impl GateWatch {
    /// Start from the gates open now: nothing is announced for them.
    pub fn new(case: &Case, now: OffsetDateTime) -> GateWatch {
        GateWatch {
            open: can_send(case, now).open_gates(),
        }
    }

    /// Take `gate` as it is now, without announcing it.
    pub fn settle(&mut self, case: &Case, gate: GateId, now: OffsetDateTime) {
        self.open.retain(|g| *g != gate);
        if can_send(case, now).open_gates().contains(&gate) {
            self.open.push(gate);
        }
    }

    /// The gates that opened since the last look.
    pub fn opened(&mut self, case: &Case, now: OffsetDateTime) -> Vec<GateId> {
        let open = can_send(case, now).open_gates();
        let opened = open
            .iter()
            .filter(|g| !self.open.contains(g))
            .copied()
            .collect();
        self.open = open;
        opened
    }
}
