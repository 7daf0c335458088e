//! What the person wrote on the empathise, apologise and choices steps,
//! folded on its own: the makings of the reply before it is composed.

use super::event::{Event, EventKind};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Response {
    /// The line written on the empathise step.
    pub empathy: String,
    /// The line written on the apologise step.
    pub apology: String,
    /// The options chosen on the choices step, in the order offered.
    pub choices: Vec<String>,
    /// When the customer can expect each option, as written.
    pub timeline: String,
}

impl Response {
    /// Fold one event; returns false for events that are not the response's.
    pub fn apply(&mut self, event: &Event) -> bool {
        match &event.kind {
            EventKind::EmpathyWritten { text } => self.empathy = text.clone(),
            EventKind::ApologyWritten { text } => self.apology = text.clone(),
            EventKind::ChoicesSet { choices, timeline } => {
                self.choices = choices.clone();
                self.timeline = timeline.clone();
            }
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_latest_words_of_each_step_stand() {
        let at = datetime!(2026-11-29 10:00 UTC);
        let events = [
            EventKind::EmpathyWritten {
                text: "first".into(),
            },
            EventKind::EmpathyWritten {
                text: "That must have hurt.".into(),
            },
            EventKind::ApologyWritten {
                text: "We are sorry.".into(),
            },
            EventKind::ChoicesSet {
                choices: vec!["a new mug".into(), "a refund".into()],
                timeline: "this week".into(),
            },
        ];
        let mut r = Response::default();
        for kind in events {
            assert!(r.apply(&Event::new(at, "ann", kind)));
        }
        assert!(!r.apply(&Event::new(at, "ann", EventKind::Opened)));
        let want = Response {
            empathy: "That must have hurt.".into(),
            apology: "We are sorry.".into(),
            choices: vec!["a new mug".into(), "a refund".into()],
            timeline: "this week".into(),
        };
        assert_eq!(r, want);
    }
}
