//! Folding any sequence of well-formed events never panics, whatever their
//! order, authors or times (a teammate's clock, dates at the very ends of
//! the calendar), and the cool-down gate never opens before the
//! cool-down has run from the first opening.

use heard::domain::debrief::DebriefField;
use heard::domain::gate::{cooldown, cooldown_length};
use heard::domain::review::PlainTextHints;
use heard::domain::when::later;
use heard::domain::{
    Case, Diagnosis, Drafts, Event, EventKind, FollowUpOutcome, Playbook, Review, can_send,
    deadline, follow_up,
};
use proptest::prelude::*;
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

const PLAYBOOK: &str = include_str!("../playbooks/heard.toml");

/// Anywhere the `time` crate can count, far wider than the 1970–2199 the
/// store accepts: the domain's sums must hold even for what slips past.
/// Mostly near now, often within ten days of either end of the calendar.
fn at() -> impl Strategy<Value = OffsetDateTime> {
    let (first, last) = (
        datetime!(-9999-01-01 0:00 UTC),
        datetime!(9999-12-31 23:59:59 UTC),
    );
    let span = (last - first).whole_seconds();
    let ten_days = 10 * 86_400i64;
    prop_oneof![
        (0..span).prop_map(move |s| later(first, Duration::seconds(s))),
        (0..ten_days).prop_map(move |s| later(last, Duration::seconds(-s))),
        (0..ten_days).prop_map(move |s| later(first, Duration::seconds(s))),
        (-ten_days..ten_days)
            .prop_map(|s| later(datetime!(2026-11-23 9:00 UTC), Duration::seconds(s))),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        String::new(),
        "Thanks, Mara.".to_string(),
        "We are sorry the mug arrived cracked.".to_string(),
        "A new mug or a refund; reply by Friday.".to_string(),
        "x".repeat(300),
    ])
}

fn kind() -> impl Strategy<Value = EventKind> {
    let text = text;
    prop_oneof![
        Just(EventKind::Opened),
        (0u8..=9).prop_map(|level| EventKind::CheckedIn { level }),
        Just(EventKind::BreathingStarted),
        (0u32..=10).prop_map(|cycles| EventKind::BreathingFinished { cycles }),
        Just(EventKind::ReadThrough),
        (text(), text()).prop_map(|(question, answer)| EventKind::Answered { question, answer }),
        text().prop_map(|text| EventKind::EmpathyWritten { text }),
        text().prop_map(|text| EventKind::ApologyWritten { text }),
        (prop::collection::vec(text(), 0..4), text())
            .prop_map(|(choices, timeline)| EventKind::ChoicesSet { choices, timeline }),
        (text(), text()).prop_map(|(p, q)| EventKind::DraftEdited {
            drafts: Drafts::new(p, q)
        }),
        Just(EventKind::DiagnosisLogged {
            diagnosis: Diagnosis::default()
        }),
        (text(), any::<bool>()).prop_map(|(h, at_keyboard)| EventKind::Approved {
            drafts_sha256: h.clone(),
            note: String::new(),
            signature: Some(h),
            at_keyboard,
        }),
        text().prop_map(|h| EventKind::Sending {
            channel: "file".into(),
            drafts_sha256: h
        }),
        text().prop_map(|reason| EventKind::DeliveryFailed { reason }),
        text().prop_map(|h| EventKind::HandEditsAccepted {
            findings_sha256: h,
            note: String::new()
        }),
        text().prop_map(|h| EventKind::ChangesRequested {
            drafts_sha256: h.clone(),
            comment: h,
            comments: Vec::new(),
        }),
        text().prop_map(|comment_id| EventKind::CommentResolved { comment_id }),
        text().prop_map(|h| EventKind::Sent {
            channel: "file".into(),
            drafts_sha256: h
        }),
        Just(EventKind::DebriefJoined),
        text().prop_map(|text| EventKind::DebriefNoted {
            field: DebriefField::Process,
            text
        }),
        any::<bool>().prop_map(|broken| EventKind::ProcessJudged { broken }),
        (0u8..=9).prop_map(|level| EventKind::DebriefCheckedIn { level }),
        at().prop_map(|due| EventKind::FollowUpSet { due }),
        prop::sample::select(vec![
            FollowUpOutcome::Resolved,
            FollowUpOutcome::ReviewUpdated,
            FollowUpOutcome::NoAnswer
        ])
        .prop_map(|outcome| EventKind::FollowUpDone {
            outcome,
            note: String::new()
        }),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    (
        at(),
        prop::sample::select(vec!["ann", "bob", "Ann", "b0b"]),
        kind(),
    )
        .prop_map(|(t, by, kind)| Event::new(t, by, kind))
}

fn review(received: OffsetDateTime) -> Review {
    let mut r = Review::from_plain_text(
        "Rating: 1\n\nThe mug arrived cracked.",
        &PlainTextHints::default(),
        received,
    )
    .unwrap();
    r.received_at = received;
    r
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn folding_any_valid_events_never_panics(
        events in prop::collection::vec(event(), 0..40),
        received in at(),
        now in at(),
        created in at(),
    ) {
        let playbook = Playbook::parse(PLAYBOOK, "heard.toml").unwrap();
        let mut all = vec![Event::new(created, "ann", EventKind::Created {
            playbook: Some(Box::new(playbook)),
            playbook_sha256: String::new(),
        })];
        all.extend(events);
        let Ok(case) = Case::fold("p", review(received), &all) else {
            return Ok(());
        };
        let check = can_send(&case, now);
        let _ = (check.can_send(), check.reasons());
        let _ = deadline::left_label(&case, now);
        let _ = deadline::short_when(deadline::deadline(&case), now, 12);
        let _ = follow_up::due_reason(&case, now);
        let _ = case.next_read_counts_at();
        if cooldown(&case, now).open {
            let opened = case.opened_at.expect("open only once opened");
            prop_assert!(now >= later(opened, cooldown_length(&case)));
        }
    }
}
