//! Table-driven tests of waiting: what to wait for, the rounding of time
//! left, and when the loop must wake.

use time::{Duration, OffsetDateTime};

use super::*;
use crate::domain::coach::{Category, DraftPart, Finding, Reason, Severity};
use crate::domain::gate::{Blocker, Gate, GateId, GateReason, SendCheck};
use crate::domain::test_support::T0;

/// A blocking finding on the public reply's first line, quoting `words`.
fn coach_block(words: &str) -> Finding {
    Finding {
        category: Category::NegativeTone,
        severity: Severity::Block,
        evidence: crate::domain::coach::Evidence::Stated,
        draft: DraftPart::Public,
        start: 0,
        end: words.len(),
        line: 1,
        column: 1,
        reason: Reason::Quoted(words.to_string()),
    }
}

fn gate(id: GateId, open: bool, opens_at: Option<OffsetDateTime>) -> Gate {
    Gate {
        id,
        open,
        reason: if open {
            GateReason::NoCooldown
        } else {
            GateReason::AwaitingApproval
        },
        opens_at,
    }
}

fn check(cooldown: Gate, peer: Gate, steps: &[&str], coach: &[&str], sent: bool) -> SendCheck {
    SendCheck {
        gates: vec![cooldown, peer],
        pending_steps: steps.iter().map(|s| s.to_string()).collect(),
        coach_blocks: coach.iter().map(|s| coach_block(s)).collect(),
        already_sent: sent,
        delivery_uncertain: false,
        practice: None,
    }
}

#[test]
fn what_waiting_would_do() {
    let later = T0 + Duration::minutes(60);
    let cool_open = || gate(GateId::Cooldown, true, Some(T0));
    let cool_shut = || gate(GateId::Cooldown, false, Some(later));
    let cool_unstarted = || gate(GateId::Cooldown, false, None);
    let peer_open = || gate(GateId::PeerReview, true, None);
    let peer_shut = || gate(GateId::PeerReview, false, None);
    let rows: Vec<(&str, SendCheck, Wait)> = vec![
        (
            "all open",
            check(cool_open(), peer_open(), &[], &[], false),
            Wait::Ready,
        ),
        (
            "only the cool-down: until it opens",
            check(cool_shut(), peer_open(), &[], &[], false),
            Wait::Until(later),
        ),
        (
            "peer review never opens by waiting",
            check(cool_open(), peer_shut(), &[], &[], false),
            Wait::Blocked(vec![Blocker::Gate(
                GateId::PeerReview,
                GateReason::AwaitingApproval,
            )]),
        ),
        (
            "both closed: only the one that needs a person is named",
            check(cool_shut(), peer_shut(), &[], &[], false),
            Wait::Blocked(vec![Blocker::Gate(
                GateId::PeerReview,
                GateReason::AwaitingApproval,
            )]),
        ),
        (
            "a cool-down not started has no time to wait for",
            check(cool_unstarted(), peer_open(), &[], &[], false),
            Wait::Blocked(vec![Blocker::Gate(
                GateId::Cooldown,
                GateReason::AwaitingApproval,
            )]),
        ),
        (
            "steps left",
            check(cool_shut(), peer_open(), &["Compose"], &[], false),
            Wait::Blocked(vec![Blocker::StepsPending(vec!["Compose".into()])]),
        ),
        (
            "the coach blocks",
            check(cool_open(), peer_open(), &[], &["a threat"], false),
            Wait::Blocked(vec![Blocker::Coach(coach_block("a threat"))]),
        ),
        (
            "already sent",
            check(cool_open(), peer_open(), &[], &[], true),
            Wait::Blocked(vec![Blocker::AlreadySent]),
        ),
    ];
    for (name, check, want) in rows {
        assert_eq!(what_to_wait_for(&check, T0), want, "{name}");
    }
}

#[test]
fn the_loop_wakes_when_the_number_changes_and_when_the_gate_opens() {
    let opens = T0 + Duration::minutes(60);
    let rows: Vec<(Duration, Option<Duration>)> = vec![
        // 58 min 30 s left shows "59 min"; at 58 min it shows "58 min".
        (
            Duration::minutes(58) + Duration::seconds(30),
            Some(Duration::seconds(30)),
        ),
        (Duration::minutes(58), Some(Duration::minutes(1))),
        // The last two minutes count by the second, to the very moment.
        (Duration::seconds(90), Some(Duration::seconds(1))),
        (
            Duration::milliseconds(400),
            Some(Duration::milliseconds(400)),
        ),
        (
            Duration::milliseconds(1400),
            Some(Duration::milliseconds(400)),
        ),
        (Duration::ZERO, None),
        (Duration::seconds(-3), None),
    ];
    for (left, want) in rows {
        assert_eq!(until_label_changes(opens, opens - left), want, "{left}");
    }
}
