//! Issue 11's seventh pass, studied on the fifth blind set's blocked good
//! drafts: replies that own the problem while restating what went wrong.
//! Each row uses other words and trades than that set, so a rule is a kind
//! of wording, not a memorised line.

use super::sentence_table::{self, Row};
use super::*;
use Category::*;

const REVIEW: &str = "The boiler service was booked for Tuesday, nobody came, the engineer \
    left the radiator leaking on Friday and I was charged twice.";

fn assert_rows(rows: &[Row]) {
    sentence_table::assert_rows(REVIEW, rows);
}

/// Whether any finding in this public reply would stop it being sent.
fn blocks(public: &str) -> bool {
    sentence_table::findings(REVIEW, public)
        .iter()
        .any(|f| f.severity == Severity::Block)
}

#[test]
fn owning_in_the_same_or_next_sentence_takes_the_block_off_a_defence() {
    for owned in [
        "Sorry. We were understaffed in the office that week and nobody rang you, which is on us.",
        "Sorry. Our engineer said there was nothing we could do. That wasn't good enough.",
        "Sorry. We were short-staffed on Tuesday. That's our mistake, and I should have rung you.",
    ] {
        assert!(!blocks(owned), "{owned}");
    }
    assert_rows(&[
        // Owning two sentences away does not reach back.
        (
            "Sorry. We were short-staffed on Tuesday. The radiator is fixed now. That's on us.",
            &[Defensive],
            &[],
        ),
        // With no owning at all, the excuse stays.
        (
            "Sorry. We were short-staffed on Tuesday.",
            &[Defensive],
            &[],
        ),
        // A sneer is not owning.
        (
            "Apparently a leaking radiator is now our fault.",
            &[Defensive],
            &[],
        ),
    ]);
}

#[test]
fn a_detail_held_up_as_our_failure_is_not_arguing_the_case() {
    // Owned, a restated detail does not block; it still shows as a warning
    // (see the next test for why).
    for owned in [
        "Sorry. On the phone you were told we'd charge again for the return visit. It's not right.",
        "You're right, and I'm sorry. Your terms said a four-hour window, and nobody came at all.",
        "Sorry. You were told the part was on order, which was my failure to check.",
    ] {
        assert!(!blocks(owned), "{owned}");
    }
    assert_rows(&[
        // "That's not right, …" argues with the customer.
        (
            "Sorry. You were told about the call-out fee. That's not right, it was on the booking.",
            &[PublicDetails],
            &[],
        ),
        // Agreeing first does not excuse a detail opened with "but".
        (
            "You're right. But you were told about the call-out fee on the phone.",
            &[PublicDetails],
            &[],
        ),
    ]);
}

#[test]
fn granting_their_feelings_is_not_hostility() {
    assert_rows(&[
        (
            "Sorry. Two missed days off work: you're entitled to feel let down.",
            &[],
            &[NegativeTone],
        ),
        (
            "We apologise; you are entitled to be furious about the double charge.",
            &[],
            &[NegativeTone],
        ),
        (
            "Sorry. Frankly, you're entitled and rude.",
            &[NegativeTone],
            &[],
        ),
    ]);
}

#[test]
fn a_thing_they_never_wanted_is_not_a_duty_they_failed() {
    assert_rows(&[
        (
            "Sorry. Being billed for a flush you didn't ask for is maddening.",
            &[],
            &[Blame],
        ),
        (
            "Sorry about the charge for a valve you never ordered.",
            &[],
            &[Blame],
        ),
        ("Sorry, but you didn't ask for the flush.", &[Blame], &[]),
        (
            "Sorry. We fitted exactly what you asked for, so the charge stands.",
            &[Blame],
            &[],
        ),
    ]);
}

#[test]
fn a_failure_joined_by_but_owns_it() {
    let rows: &[(&str, bool)] = &[
        (
            "Sorry that your booking was confirmed but never assigned to an engineer; we've fixed that.",
            false,
        ),
        (
            "We apologise: your call was noted but not passed on to the team, and that has changed.",
            false,
        ),
        // "Sorry, but" warns since issue 11's block audit.
        ("Sorry, but we never received your booking.", false),
    ];
    for (public, want) in rows {
        assert_eq!(blocks(public), *want, "{public:?}");
    }
}

/// Owning nearby ("…, which is on us") takes the block off a defence but
/// not the warning, so an owning phrase tacked onto a refusal ("our terms
/// say it is not covered, and that's on us") cannot make the refusal vanish.
#[test]
fn owning_nearby_takes_the_block_off_a_defence_not_the_warning() {
    let owned =
        "Sorry. We were understaffed in the office that week and nobody rang you, which is on us.";
    assert!(!blocks(owned), "{owned}");
    assert!(sentence_table::raised(REVIEW, owned, "", &[]).contains(&Defensive));
    let refusal =
        "Sorry. Please note our terms say leaks found later are not covered, and that's on us.";
    let quoted: Vec<&str> = sentence_table::findings(REVIEW, refusal)
        .iter()
        .filter(|f| f.category == Defensive)
        .map(|f| &refusal[f.start..f.end])
        .collect();
    assert!(quoted.contains(&"our terms"), "{quoted:?}");
    assert!(!blocks(refusal), "owning still takes the block off");
}

/// An owning word put before an argued detail ("You're right, and frankly
/// you were told three times…") takes the block off but cannot make the
/// detail vanish from what the colleague reads.
#[test]
fn owning_before_a_detail_leaves_it_showing() {
    let argued =
        "Sorry. You're right, and frankly you were told three times about the call-out fee.";
    assert!(sentence_table::raised(REVIEW, argued, "", &[]).contains(&PublicDetails));
    assert!(!blocks(argued));
}
