//! Practice end to end: the real `heard practice start` in a pseudo-terminal
//! at 80x24, walked by keys to its scorecard. The store replaces the
//! default walk with a quick one (as a team may), so the walk takes seconds.

#[path = "support/pty.rs"]
mod pty;

use pty::{DOWN, ENTER, RIGHT, TAB, spawn};

/// Every step kind, as short as a walk can be, under the default id so a
/// practice case gets it.
const FAST_HEARD: &str = r#"
id = "heard"
name = "Fast"
description = "Every step kind, made quick for tests."

[gates]
cooldown_minutes = 15
upset_cooldown_minutes = 60
peer_review = true

[[steps]]
id = "check-in"
kind = "check-in"
title = "Check in now"
why = "So the cool-down fits."
prompt = "How upset are you?"

[[steps]]
id = "breathe"
kind = "breathe"
title = "One breath"
why = "A pause."
prompt = "Breathe in."
pattern = [1, 0, 0, 0]
cycles = 1

[[steps]]
id = "read"
kind = "read"
title = "Read it once"
why = "Hear them out."
min_reads = 1

[[steps.questions]]
id = "concern"
text = "Main concern?"

[[steps.questions]]
id = "intent"
text = "Fix or venting?"
options = ["Wants a fix", "Venting"]

[[steps]]
id = "empathise"
kind = "empathise"
title = "Empathy line"
why = "Understanding first."
phrases = ["I understand how annoying a late parcel is."]

[[steps]]
id = "apologise"
kind = "apologise"
title = "Apology line"
why = "Own it."
phrases = ["I'm sorry we let you down."]

[[steps]]
id = "choices"
kind = "choices"
title = "Two options"
why = "Give control back."
min_choices = 2
phrases = ["A refund of the postage.", "10% off the next order."]

[[steps]]
id = "compose"
kind = "compose"
title = "Both drafts"
why = "Public short, private detailed."

[[steps]]
id = "diagnose"
kind = "diagnosis"
title = "The cause"
why = "Fix the process."
categories = ["delay", "other"]
"#;

#[test]
fn a_practice_scenario_walked_by_keys_ends_on_its_scorecard() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    std::fs::create_dir_all(store.join("playbooks")).unwrap();
    std::fs::write(store.join("playbooks").join("heard.toml"), FAST_HEARD).unwrap();
    let config = dir.path().join("config.toml");
    let store_arg = store.display().to_string();
    let mut t = spawn(
        &[
            "--store",
            &store_arg,
            "--as",
            "Ann",
            "practice",
            "start",
            "late-parcel",
        ],
        &[("HEARD_CONFIG", config.as_os_str())],
    );
    t.wait_for("PRACTICE");
    t.wait_for("Check in now");
    t.send("2");
    t.wait_for("One breath");
    t.send(ENTER);
    t.wait_for("Read it once");
    t.retry_until(&format!("G{ENTER}"), "Read 1 of 1");
    t.send(TAB);
    t.wait_for("› Main concern?");
    t.send(ENTER);
    t.wait_for("your answer");
    t.send("The puzzle missed the birthday");
    t.send(ENTER);
    t.wait_for("✓ The puzzle missed the birthday");
    t.send(ENTER);
    // Triage after reading: resolve, the full walk.
    t.wait_for("What does this review need?");
    t.send("1");
    t.wait_for("Empathy line");
    t.send(ENTER);
    t.wait_for("Enter save");
    t.send(ENTER);
    t.wait_for("Apology line");
    t.send(ENTER);
    t.wait_for("Enter save");
    t.send(ENTER);
    t.wait_for("Two options");
    t.send(ENTER);
    t.wait_for("Offered (1 of at least 2)");
    t.send(DOWN);
    t.send(ENTER);
    t.wait_for("Offered (2 of at least 2)");
    t.send("t");
    t.wait_for("timeline, e.g.");
    t.send("within 2 days");
    t.send(ENTER);
    t.wait_for("Both drafts");
    t.send("s");
    t.wait_for("saved version ✓");
    t.send("n");
    t.wait_for("The cause");
    t.send(RIGHT);
    t.wait_for("delay");
    for (down, text) in [
        (1, "Label printed, parcel never scanned"),
        (0, "Nobody checks unscanned parcels"),
        (4, "Check unscanned labels daily"),
        (0, "Ann"),
    ] {
        for _ in 0..down {
            t.send(DOWN);
        }
        t.send(ENTER);
        t.wait_for("Enter to save");
        t.send(text);
        t.send(ENTER);
        t.wait_for(text);
    }
    t.send("y");
    // The last step leads to the scorecard, not to sending.
    t.wait_for("Score ");
    t.wait_for("steps 9/9");
    t.wait_for("exemplar");
    let screen = t.screen();
    assert!(screen.contains("Scorecard"), "{screen}");
    assert!(!screen.contains("both gates are open"), "{screen}");
}
