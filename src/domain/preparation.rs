//! The walk before writing, folded on its own: how upset the person said
//! they were, the breathing run, the read-throughs and the answers on the
//! read step. Pure: the case hands in what the playbook and the review ask
//! of each event (its [`Pace`]).

use std::collections::BTreeMap;
use time::OffsetDateTime;

use super::event::{Event, EventKind};

/// How much longer than its length a breathing run may take and still count.
pub const BREATHING_SLACK_SECONDS: i64 = 30;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Preparation {
    /// Every check-in level, 1 (calm) to 5 (furious), in order.
    pub check_ins: Vec<u8>,
    pub breathing_started_at: Option<OffsetDateTime>,
    /// A breathing run that really ran its length (see [`Pace::breathing`]).
    pub breathing_done: bool,
    /// Full reads that counted (see [`Pace::read_counts_from`]).
    pub reads: u32,
    pub last_read_at: Option<OffsetDateTime>,
    /// The read step's questions and their answers.
    pub answers: BTreeMap<String, String>,
}

/// What the playbook and the review ask of the preparation events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pace {
    /// The breathing step's length in seconds and its rounds, if it has one.
    pub breathing: Option<(i64, u32)>,
    /// A read finished before this was not a real read.
    pub read_counts_from: OffsetDateTime,
}

impl Preparation {
    /// Whether `event` is one of the walk's preparation events.
    pub fn folds(event: &Event) -> bool {
        matches!(
            event.kind,
            EventKind::CheckedIn { .. }
                | EventKind::BreathingStarted
                | EventKind::BreathingFinished { .. }
                | EventKind::ReadThrough
                | EventKind::Answered { .. }
        )
    }

    /// Fold one preparation event (others are left alone).
    pub fn apply(&mut self, event: &Event, pace: Pace) {
        match &event.kind {
            EventKind::CheckedIn { level } => self.check_ins.push((*level).clamp(1, 5)),
            EventKind::BreathingStarted => self.breathing_started_at = Some(event.at),
            EventKind::BreathingFinished { cycles } => {
                self.finish_breathing(event.at, *cycles, pace)
            }
            EventKind::ReadThrough if event.at >= pace.read_counts_from => {
                self.reads += 1;
                self.last_read_at = Some(event.at);
            }
            EventKind::Answered { question, answer } => {
                self.answers.insert(question.clone(), answer.clone());
            }
            _ => {}
        }
    }

    /// Breathing counts only if the pacer really ran: the recorded start and
    /// finish are at least the pattern's length apart, and not so far apart
    /// that the person clearly walked away (quitting mid-way and coming back
    /// later starts the pacer again).
    fn finish_breathing(&mut self, at: OffsetDateTime, cycles: u32, pace: Pace) {
        let (Some((needed, rounds)), Some(started)) = (pace.breathing, self.breathing_started_at)
        else {
            return;
        };
        let ran = (at - started).whole_seconds();
        if cycles >= rounds && ran >= needed && ran <= needed + BREATHING_SLACK_SECONDS {
            self.breathing_done = true;
        }
    }

    /// The highest check-in so far; the cool-down never shrinks when someone
    /// checks in again calmer.
    pub fn upset_level(&self) -> Option<u8> {
        self.check_ins.iter().copied().max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    const T0: OffsetDateTime = datetime!(2026-11-29 10:00 UTC);

    fn at(seconds: i64, kind: EventKind) -> Event {
        Event::new(T0 + time::Duration::seconds(seconds), "ann", kind)
    }

    fn pace() -> Pace {
        Pace {
            breathing: Some((48, 3)),
            read_counts_from: T0 + time::Duration::seconds(10),
        }
    }

    #[test]
    fn breathing_counts_only_when_the_pacer_ran_its_length() {
        // (seconds from start to finish, rounds, counts)
        let table = [
            (48, 3, true),
            (47, 3, false),
            (48, 2, false),
            (48 + BREATHING_SLACK_SECONDS, 3, true),
            (49 + BREATHING_SLACK_SECONDS, 3, false),
        ];
        for (ran, cycles, want) in table {
            let mut p = Preparation::default();
            p.apply(&at(0, EventKind::BreathingStarted), pace());
            p.apply(&at(ran, EventKind::BreathingFinished { cycles }), pace());
            assert_eq!(p.breathing_done, want, "ran {ran} s, {cycles} rounds");
        }
        // A finish with no start, or a playbook without the step, never counts.
        let mut p = Preparation::default();
        p.apply(&at(60, EventKind::BreathingFinished { cycles: 3 }), pace());
        assert!(!p.breathing_done);
        let no_step = Pace {
            breathing: None,
            ..pace()
        };
        p.apply(&at(0, EventKind::BreathingStarted), no_step);
        p.apply(&at(60, EventKind::BreathingFinished { cycles: 3 }), no_step);
        assert!(!p.breathing_done);
    }

    #[test]
    fn reads_check_ins_and_answers_fold() {
        let mut p = Preparation::default();
        // (seconds, read counted so far)
        for (s, reads) in [(5, 0), (10, 1), (11, 2)] {
            p.apply(&at(s, EventKind::ReadThrough), pace());
            assert_eq!(p.reads, reads, "read at {s} s");
        }
        assert_eq!(p.last_read_at, Some(T0 + time::Duration::seconds(11)));
        for level in [4, 9, 2] {
            p.apply(&at(0, EventKind::CheckedIn { level }), pace());
        }
        assert_eq!(p.check_ins, vec![4, 5, 2]);
        assert_eq!(p.upset_level(), Some(5), "never shrinks, clamped to 5");
        let answered = |a: &str| EventKind::Answered {
            question: "concern".into(),
            answer: a.into(),
        };
        p.apply(&at(0, answered("late")), pace());
        p.apply(&at(1, answered("broken")), pace());
        assert_eq!(p.answers.get("concern").map(String::as_str), Some("broken"));
        assert!(Preparation::folds(&at(0, EventKind::ReadThrough)));
        assert!(!Preparation::folds(&at(0, EventKind::Opened)));
    }
}
