//! Layer 3 (in process): key sequences through the real event loop with a
//! clock the test moves by hand. Nothing here waits for real time.

use crate::support;

use heard::domain::can_send;
use heard::domain::gate::{cooldown, peer_review};
use heard::tui::action::Action;
use support::{AUTHOR, COLLEAGUE, Harness, Stage, T0, at_stage, sample_case, walk_drafts};
use time::Duration;

/// Long enough for any read of the sample review to count.
const READ_TIME: Duration = Duration::seconds(31);

/// Walk the sample review through every step by keys, as a person does,
/// up to the hand-over (a real case) or the scorecard (the welcome screen's
/// `s`, which starts it as practice). The clock only moves where the walk
/// needs time.
fn walk_sample(h: &mut Harness, practice: bool) {
    if practice {
        h.keys("s");
    } else {
        let id = sample_case(h.store(), h.clock_now());
        h.app.update(Action::OpenCase(id));
    }
    assert_eq!(h.case().practice.is_some(), practice);
    assert_eq!(h.step_title(), "How are you feeling?");
    // Check-in: 4 is upset, so the 60-minute cool-down applies.
    h.keys("4");
    assert_eq!(h.case().preparation.check_ins, vec![4]);
    assert_eq!(h.step_title(), "Breathe first");

    // Breathe: no key skips it; it finishes on a tick once 48 s have run.
    h.keys("<enter>");
    h.advance(Duration::seconds(20));
    h.tick();
    h.keys("n");
    assert!(!h.case().preparation.breathing_done);
    assert_eq!(
        h.step_title(),
        "Breathe first",
        "cannot walk past breathing"
    );
    assert!(h.status().contains("Finish"), "{}", h.status());
    h.advance(Duration::seconds(28));
    h.tick();
    assert!(h.case().preparation.breathing_done);
    assert_eq!(h.step_title(), "Hear the whole story");

    // Read: twice to the end, not faster than a skim.
    h.keys("G<enter>");
    assert_eq!(h.case().preparation.reads, 1, "{}", h.screen());
    h.keys("G<enter>");
    assert_eq!(h.case().preparation.reads, 1);
    assert!(h.status().contains("take your time"), "{}", h.status());
    h.advance(READ_TIME);
    h.keys("jjjj<space>G<enter>");
    assert_eq!(h.case().preparation.reads, 2);
    // The questions: free text, option, free text, option. The marker
    // stays on a question once answered: ↓ moves on.
    h.keys("<tab><enter>Her gift arrived broken and nobody answered<enter>");
    h.keys("<down><right><right><left><enter>");
    h.keys("<down><enter>A whole mug in time for the birthday<enter>");
    h.keys("<down><enter>");
    let case = h.case();
    assert_eq!(
        case.preparation.answers["concern"],
        "Her gift arrived broken and nobody answered"
    );
    assert_eq!(
        case.preparation.answers["fact"],
        "Partly fact, partly a misunderstanding"
    );
    assert_eq!(case.preparation.answers["intent"], "Wants it resolved");
    // Triage: this one is to be put right, the full walk.
    assert_eq!(h.step_title(), "What does this review need?");
    h.keys("1");
    assert_eq!(h.step_title(), "Show you understand");

    // Empathise and apologise: pick a phrase, make it yours, save.
    h.keys("<down><enter> Truly.<enter>");
    assert!(
        h.case()
            .response
            .empathy
            .ends_with("waiting for it. Truly.")
    );
    assert_eq!(h.step_title(), "Say sorry and own it");
    h.keys("<down><enter><enter>");
    assert_eq!(
        h.case().response.apology,
        "I'm truly sorry we let you down on this."
    );

    // Choices: two suggestions and a timeline.
    assert_eq!(h.step_title(), "Give them options");
    h.keys("<enter><down><enter>");
    assert_eq!(h.case().response.choices.len(), 2);
    h.keys("tan answer within 2 working days<enter>");
    assert_eq!(
        h.case().response.timeline,
        "an answer within 2 working days"
    );

    // Compose: edit the suggestion, stop typing (records), save, move on.
    assert_eq!(
        h.step_title(),
        "Write the public reply and the private message"
    );
    h.keys("eDear Morag. <esc>");
    let drafts = h.case().drafts;
    assert!(drafts.is_complete(heard::domain::coach::ReplyKind::Complaint));
    assert!(
        drafts.public.starts_with("Dear Morag. Hi Morag,"),
        "{drafts:?}"
    );
    assert!(drafts.private.contains("1. Put it right"));
    assert!(drafts.private.contains("an answer within 2 working days"));
    h.keys("sn");

    // Diagnosis: category, what happened, one why, fix, owner, told.
    assert_eq!(h.step_title(), "Find the cause, not a culprit");
    h.keys("<right><down><enter>Mug posted in one sheet of tissue<enter>");
    // A saved field keeps the marker: ↓ moves on.
    h.keys("<down><enter>No packing standard for ceramics<enter>");
    h.keys("<down><down><down><down><down><enter>Double-box all ceramics<enter>");
    h.keys("<down><enter>Ann<enter><down>y");
    let d = h.case().diagnosis.unwrap();
    assert_eq!(d.category, "shipping damage");
    assert_eq!(d.root_cause(), Some("No packing standard for ceramics"));
    assert_eq!(d.customer_told, Some(true));
    let next = if practice { "Scorecard" } else { "Peer review" };
    assert_eq!(h.step_title(), next);
    assert!(h.case().pending_steps().is_empty());
}

#[test]
fn whole_walk_of_the_sample_review_to_sent() {
    let mut h = Harness::new();
    walk_sample(&mut h, false);

    // A colleague approves at the same keyboard.
    h.keys("rBen<enter>Ga<enter>");
    let case = h.case();
    assert!(peer_review(&case).open, "{}", peer_review(&case).reason);
    assert_eq!(case.latest_verdict().unwrap().by, COLLEAGUE);

    // The cool-down still runs: sending is refused and says why.
    h.keys("nf");
    assert_eq!(h.step_title(), "Send");
    assert!(h.status().contains("cool-down closed"), "{}", h.status());
    assert!(h.case().sent.is_none());

    h.advance(Duration::minutes(60));
    h.keys("f<enter>");
    let case = h.case();
    let outbox = h
        .store()
        .root()
        .join("outbox")
        .join(format!("{}.txt", case.id));
    assert!(case.sent.is_some(), "status: {}", h.status());
    assert_eq!(
        std::fs::read_to_string(&outbox).unwrap(),
        case.drafts.delivery_text()
    );
    h.assert_shows("Sent by Ann via file");
}

#[test]
fn the_welcome_sample_is_practice_walked_to_its_scorecard_and_never_sent() {
    let mut h = Harness::new();
    walk_sample(&mut h, true);
    let screen = h.screen();
    assert!(screen.contains("PRACTICE"), "{screen}");
    assert!(screen.contains("Score "), "{screen}");
    assert!(screen.contains("steps 9/9"), "{screen}");
    // A colleague may still review it at the keyboard; it is never sent.
    h.keys("<up>");
    h.app.update(Action::Record {
        by: None,
        events: vec![heard::domain::EventKind::Sending {
            channel: "file".into(),
            drafts_sha256: h.case().drafts.sha256(),
        }],
    });
    assert!(
        h.status().contains("a practice case is never sent"),
        "{}",
        h.status()
    );
    assert!(h.case().sending.is_none());
    // Back home and `s` again opens the same practice case, not a second.
    let id = h.case_id();
    h.keys("<esc>");
    h.app.update(Action::StartSample);
    assert_eq!(h.case_id(), id);
    let (all, _) = h.store().load_all().unwrap();
    assert_eq!(all.len(), 1);
}

#[test]
fn send_is_refused_listing_every_closed_gate() {
    let mut h = at_stage(Stage::Diagnosed, T0 + Duration::minutes(5), 80, 24);
    h.keys("n");
    assert_eq!(h.step_title(), "Send");
    for key in ["c", "f"] {
        h.keys(key);
        let status = h.status();
        assert!(status.starts_with("Not yet:"), "{key}: {status}");
        assert!(status.contains("cool-down closed"), "{key}: {status}");
        assert!(status.contains("peer review closed"), "{key}: {status}");
    }
    // No send command is set up: `x` says how, rather than nothing.
    h.keys("x");
    let status = h.status();
    assert!(status.starts_with("No send command is set up"), "{status}");
    assert!(status.contains("[send]  command = ["), "{status}");
    assert!(h.case().sent.is_none());
    assert!(h.terminal_bytes.is_empty(), "nothing reached the clipboard");
    assert!(!h.store().root().join("outbox").exists());

    // Approved but still cooling down: only the cool-down is listed.
    h.keys("prBen<enter>Ga<enter>n");
    h.keys("c");
    let status = h.status();
    assert!(status.contains("cool-down closed"), "{status}");
    assert!(!status.contains("peer review"), "{status}");
    assert!(h.terminal_bytes.is_empty());
}

#[test]
fn the_author_cannot_approve_their_own_drafts() {
    let mut h = at_stage(Stage::Diagnosed, T0 + Duration::minutes(90), 80, 24);
    h.keys("rAnn<enter>");
    assert!(
        h.status().contains("Ann wrote part of these drafts"),
        "{}",
        h.status()
    );
    // Still on the name field: `a` types there, it does not approve.
    h.keys("a");
    h.assert_shows("Anna");
    let case = h.case();
    assert!(case.verdicts.is_empty());
    assert!(!peer_review(&case).open);
    // Even an approval sent straight to the app under the author's name is
    // refused by the domain's decision and never recorded.
    h.keys("<esc>");
    h.app.update(Action::Record {
        by: Some(AUTHOR.into()),
        events: vec![heard::domain::EventKind::Approved {
            drafts_sha256: case.drafts.sha256(),
            note: String::new(),
            signature: None,
            at_keyboard: false,
        }],
    });
    assert!(h.case().verdicts.is_empty());
    assert!(!peer_review(&h.case()).open);
    assert!(
        h.status()
            .contains("Not saved: not approved: Ann wrote part of these drafts"),
        "{}",
        h.status()
    );
}

#[test]
fn changes_requested_then_fixed_then_approved() {
    let mut h = at_stage(Stage::Diagnosed, T0 + Duration::minutes(90), 80, 24);
    // An empty comment is not a change request.
    h.keys("rBen<enter>c<enter>");
    assert!(h.status().contains("Say what should change"));
    h.keys("Offer a call too<enter>");
    let gate = peer_review(&h.case());
    assert!(!gate.open);
    assert_eq!(
        gate.reason.to_string(),
        "Ben asked for changes: Offer a call too"
    );
    h.assert_shows("Ben asked for changes: Offer a call too");

    // The author edits the private message; leaving the editor records it.
    h.keys("pp");
    assert_eq!(
        h.step_title(),
        "Write the public reply and the private message"
    );
    h.keys("e<tab> Or we can talk on the phone.<esc>");
    let case = h.case();
    assert!(case.drafts.private.contains("Or we can talk on the phone."));
    assert_ne!(case.drafts, walk_drafts());
    assert_eq!(
        peer_review(&case).reason,
        heard::domain::gate::GateReason::AwaitingApproval
    );

    h.keys("nnrBen<enter>GaThanks<enter>");
    let case = h.case();
    assert!(peer_review(&case).open);
    assert!(can_send(&case, h.clock_now()).can_send());

    // Any edit after the approval makes it stale.
    h.keys("ppe<tab>!<esc>");
    let gate = peer_review(&h.case());
    assert!(!gate.open);
    assert!(
        gate.reason
            .to_string()
            .contains("changed after the last approval"),
        "{}",
        gate.reason
    );
}

#[test]
fn a_clock_moved_backwards_keeps_the_cool_down_closed() {
    // Opened (again) two hours in: the 60-minute cool-down is long over.
    let mut h = at_stage(Stage::Approved, T0 + Duration::hours(2), 80, 24);
    assert!(cooldown(&h.case(), h.clock_now()).open);
    // The clock is set back to 1 h 30: past the cool-down's end, but before
    // the case's last event.
    h.clock.set(T0 + Duration::minutes(90));
    let gate = cooldown(&h.case(), h.clock_now());
    assert!(!gate.open);
    assert!(
        gate.reason.to_string().contains("clock reads earlier"),
        "{}",
        gate.reason
    );
    h.keys("f");
    assert!(h.status().contains("clock reads earlier"), "{}", h.status());
    assert!(h.case().sent.is_none());

    // Set back before the case was even opened: still closed.
    h.clock.set(T0 - Duration::days(1));
    assert!(!cooldown(&h.case(), h.clock_now()).open);
    h.keys("f");
    assert!(h.case().sent.is_none());

    // Once real time catches up, it opens.
    h.clock.set(T0 + Duration::hours(2));
    assert!(cooldown(&h.case(), h.clock_now()).open);
}

#[test]
fn after_the_cool_down_f_enter_writes_exactly_the_approved_drafts() {
    let mut h = at_stage(Stage::Approved, T0 + Duration::minutes(59), 80, 24);
    assert_eq!(h.step_title(), "Send");
    h.keys("f");
    assert!(h.status().contains("cool-down closed"));
    h.advance(Duration::minutes(1));
    h.keys("f<enter>");
    let case = h.case();
    assert!(case.sent.is_some(), "status: {}", h.status());
    let outbox = h
        .store()
        .root()
        .join("outbox")
        .join(format!("{}.txt", case.id));
    let written = std::fs::read_to_string(outbox).unwrap();
    assert_eq!(written, case.drafts.delivery_text());
    assert_eq!(written, walk_drafts().delivery_text());
    assert!(h.status().starts_with("Sent:"), "{}", h.status());
    // Sent once: a second send is refused.
    h.keys("c");
    assert!(h.status().contains("already sent"), "{}", h.status());
    assert!(h.terminal_bytes.is_empty());
}

#[test]
fn the_clipboard_gets_the_approved_text_over_osc52() {
    let mut h = at_stage(Stage::Approved, T0 + Duration::minutes(61), 80, 24);
    h.keys("c");
    let case = h.case();
    assert!(case.sent.is_some(), "status: {}", h.status());
    assert_eq!(
        String::from_utf8(h.terminal_bytes.clone()).unwrap(),
        heard::send::osc52(&case.drafts.delivery_text())
    );
}

#[test]
fn a_restart_keeps_every_gate_state() {
    let h = at_stage(Stage::Approved, T0 + Duration::minutes(30), 80, 24);
    let id = h.case_id();
    let before = can_send(&h.case(), h.clock_now());
    assert!(!before.can_send());

    let mut h = h.restart();
    h.keys("<enter>");
    assert_eq!(h.case_id(), id);
    let after = can_send(&h.case(), h.clock_now());
    assert_eq!(after.gates, before.gates, "same gates, same opens_at");
    assert!(after.gates[1].open, "the approval survived");
    assert_eq!(h.step_title(), "Send");
    h.assert_shows("30 min left");

    // Past the cool-down, after another restart, it sends; and after yet
    // another restart the case is still sent.
    h.advance(Duration::minutes(31));
    let mut h = h.restart();
    h.app.open_latest();
    assert_eq!(h.case_id(), id);
    h.keys("f<enter>");
    assert!(h.case().sent.is_some(), "status: {}", h.status());
    let mut h = h.restart();
    h.keys("<enter>");
    assert!(h.case().sent.is_some());
    h.assert_shows("Sent by Ann via file");
}

#[test]
fn a_restart_keeps_a_change_request_and_typing_is_never_lost() {
    let mut h = at_stage(Stage::Diagnosed, T0 + Duration::minutes(5), 80, 24);
    h.keys("rBen<enter>cShorter please<enter>");
    let mut h = h.restart();
    h.keys("<enter>");
    assert!(!peer_review(&h.case()).open);
    // Sent back with a comment: the case opens on compose, comment shown.
    h.assert_shows("Ben: Shorter please");

    // Typing in compose, then Ctrl-C: the text is recorded, not lost.
    h.keys("e<tab> Typed before Ctrl-C.<c-c>");
    assert!(h.app.quit);
    let mut h = h.restart();
    h.keys("<enter>");
    assert!(
        h.case().drafts.private.contains("Typed before Ctrl-C."),
        "{:?}",
        h.case().drafts
    );
    assert!(!peer_review(&h.case()).open);
}

#[test]
fn an_untouched_suggestion_is_never_kept_as_the_persons_draft() {
    // Compose shows drafts suggested from the earlier steps; looking at
    // them and leaving is not typing them.
    let mut h = at_stage(Stage::Chose, T0 + Duration::minutes(5), 80, 24);
    h.keys("<tab><tab>");
    let id = h.case_id();
    let mut h = h.restart();
    assert_eq!(h.store().autosaved(&id, AUTHOR).unwrap(), None);
    h.keys("<enter>");
    assert_eq!(h.case_id(), id);
    assert!(!h.status().contains("Restored"), "{}", h.status());
    assert_eq!(h.case().drafts, heard::domain::Drafts::default());
    // Typing is kept, and is what comes back.
    h.keys("e Mine.<esc>");
    let mut h = h.restart();
    let kept = h.store().autosaved(&id, AUTHOR).unwrap();
    assert!(kept.is_some_and(|d| d.public.contains(" Mine.")));
    h.keys("<enter>");
    assert!(
        h.case().drafts.public.contains(" Mine."),
        "{:?}",
        h.case().drafts
    );
}

#[test]
fn the_send_command_runs_off_the_key_path_and_reports_back() {
    let mut h = at_stage(Stage::Approved, T0 + Duration::hours(2), 80, 24);
    let out = h.dir.path().join("sent.txt");
    let go = h.dir.path().join("go");
    // The command takes the reply, then holds until the test lets it go:
    // while it runs, the screen answers keys and nothing is recorded as sent.
    let script = format!(
        "cat > '{}'; while [ ! -e '{}' ]; do sleep 0.05; done",
        out.display(),
        go.display()
    );
    let argv = vec!["sh".to_string(), "-c".to_string(), script];
    h.app
        .update(Action::Send(heard::send::Channel::Command(argv.clone())));
    assert!(h.status().contains("Sending through"), "{}", h.status());
    assert!(h.app.busy(), "the command is still running");
    assert!(h.case().sent.is_none());
    h.keys("?");
    assert!(h.app.help, "keys still work while it sends");
    h.keys("?");
    h.app
        .update(Action::Send(heard::send::Channel::Command(argv)));
    assert!(h.status().contains("Still sending"), "{}", h.status());

    std::fs::write(&go, "").unwrap();
    h.app.finish_effects();
    assert!(!h.app.busy());
    assert!(h.status().contains("handed to"), "{}", h.status());
    assert!(
        h.case().sent.is_some(),
        "recorded once the command finished"
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        h.case().drafts.delivery_text()
    );
}
