//! Issue 11's block audit: which readings may stop a reply from being sent.
//! A promised routine is not a defence, blame the customer was told and
//! met with sympathy is not blame, and phrases a careful reply can hold warn
//! instead of blocking; stated blame of a party, threats, requests to
//! change the review, placeholders and shouting still block.

use super::rules::unknown_warn_only;
use super::*;

const REVIEW: &str = "The engineer came late, the job was botched, the changing rooms were \
    filthy and when I rang I was told it was my fault. I was charged more than the quote.";

use super::sentence_table::{BLOCK, SeverityRow as Row, WARN};

fn check_rows(rows: &[Row]) {
    super::sentence_table::check_severities(REVIEW, rows);
}

#[test]
fn a_promised_check_is_not_a_defence() {
    use Category::Defensive;
    check_rows(&[
        // blind13 pool_closure-1.
        (
            "I've also asked for the changing rooms to be checked every hour before 9am.",
            Defensive,
            None,
        ),
        (
            "From Monday the vans will be inspected daily before they leave the yard.",
            Defensive,
            None,
        ),
        (
            "Going forward the fryers are to be cleaned every evening, and I sign it off.",
            Defensive,
            None,
        ),
        (
            "The fridges are now tested twice a week by an outside firm.",
            Defensive,
            None,
        ),
        (
            "I've arranged for the bike racks to be checked every morning.",
            Defensive,
            None,
        ),
        // A standard held up against the customer is still found (it
        // warns: defensive phrases only warn, see default_rules.toml).
        (
            "The changing rooms are checked every hour, so they were clean when you came in.",
            Defensive,
            WARN,
        ),
        (
            "Our vans are inspected daily by a qualified mechanic.",
            Defensive,
            WARN,
        ),
    ]);
}

#[test]
fn blame_the_customer_was_told_and_met_with_sympathy_is_not_blame() {
    use Category::Blame;
    check_rows(&[
        // blind17 uk_cleaners-good-2.
        (
            "Being told you should have checked our work yourself must have been galling.",
            Blame,
            None,
        ),
        (
            "Hearing that the dent was caused by you, after paying for a careful move, must have been upsetting.",
            Blame,
            None,
        ),
        (
            "You were made to feel you should have checked the fitting yourself, and that was wrong of us.",
            Blame,
            None,
        ),
        (
            "I'm sorry you were told the scratches were your fault.",
            Blame,
            None,
        ),
        // Our own words repeated, or reported with no sympathy, still block.
        (
            "As we told you, you should have checked the seal yourself.",
            Blame,
            BLOCK,
        ),
        (
            "I'm sorry, but you were told you should have read the terms.",
            Blame,
            BLOCK,
        ),
        (
            "We said at the time that it was your fault, and it was.",
            Blame,
            BLOCK,
        ),
        ("You should have checked the seal yourself.", Blame, BLOCK),
    ]);
}

#[test]
fn wording_a_careful_reply_can_hold_warns_only() {
    use Category::{AsksRemoval, Blame, Defensive, NegativeTone, PublicDetails};
    check_rows(&[
        (
            "Please note my direct line is 01632 960123 so you don't queue again.",
            Defensive,
            WARN,
        ),
        (
            "For the record, you were right about the broken lock.",
            Defensive,
            WARN,
        ),
        (
            "Our terms were unclear, and we are rewriting them.",
            Defensive,
            WARN,
        ),
        (
            "Sorry for the wait, but more than that, sorry for the rude call.",
            Defensive,
            WARN,
        ),
        (
            "I'm sorry you felt rushed at the till; we'll give you time next visit.",
            Defensive,
            WARN,
        ),
        (
            "Some people would have walked out after an hour; you waited, and we let you down.",
            NegativeTone,
            WARN,
        ),
        (
            "You told us about the leak on the first day and we did nothing.",
            PublicDetails,
            WARN,
        ),
        (
            "Use the code REMEMBER10 at the till for the free coffee we owe you.",
            Category::Shouting,
            WARN,
        ),
        (
            "We apologize for any confusion about the deposit.",
            Category::NoApology,
            WARN,
        ),
        ("None of this was your fault.", Blame, None),
        (
            "With all due respect to our suppliers, the fault was ours for not checking.",
            Blame,
            WARN,
        ),
        (
            "There's no need to update your review; we'd rather earn back your trust.",
            AsksRemoval,
            None,
        ),
    ]);
}

#[test]
fn stated_blame_threats_and_requests_still_block() {
    use Category::{AsksRemoval, Blame, Defensive, NegativeTone, Placeholder, Shouting};
    check_rows(&[
        ("It was the courier's fault, not ours.", Blame, BLOCK),
        ("Kevin messed up your order.", Blame, BLOCK),
        ("It was your fault for not measuring.", Blame, BLOCK),
        (
            "We will see you in court if you keep posting lies.",
            NegativeTone,
            BLOCK,
        ),
        (
            "We will take legal action if this stays up.",
            NegativeTone,
            BLOCK,
        ),
        ("We don't need your business.", NegativeTone, BLOCK),
        ("Frankly you're a liar.", NegativeTone, BLOCK),
        (
            "Please remove your review now that it's fixed.",
            AsksRemoval,
            BLOCK,
        ),
        ("Dear [NAME], we are sorry.", Placeholder, BLOCK),
        ("This was NOT acceptable and we are SORRY.", Shouting, BLOCK),
        ("That is simply not our fault.", Defensive, BLOCK),
        (
            "Thank you for the review. We'll look into it.",
            Category::NoApology,
            BLOCK,
        ),
    ]);
}

#[test]
fn every_warn_only_phrase_is_a_built_in_phrase() {
    assert!(unknown_warn_only().is_empty(), "{:#?}", unknown_warn_only());
}

/// Careful replies holding a phrase or shape a blocking reading looks for
/// (`block_audit_sentences.txt`): none blocks, but for the one kept on
/// purpose, which still must.
#[test]
fn careful_replies_holding_a_blocking_phrase_do_not_block() {
    let private = "I can refund the repair in full by Friday, or send an engineer this week \
        to redo it at no charge.";
    let mut wrong = Vec::new();
    let lines = include_str!("block_audit_sentences.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty());
    for line in lines {
        let (what, sentence) = line.split_once('|').expect("what|sentence");
        // The missing-apology rows carry their own apology.
        let sorry = if what == "no-apology" {
            ". "
        } else {
            ", and I'm sorry. "
        };
        let public = format!(
            "Thank you for writing{sorry}{sentence} Please call me on 01632 960100 \
             so we can talk it through."
        );
        let start = public.find(sentence).expect("the sentence is in the reply");
        let end = start + sentence.len();
        let report =
            super::sentence_table::reply_report(ReplyKind::Complaint, REVIEW, &public, private, 0);
        let blocks = report.findings.iter().any(|f| {
            f.severity == Severity::Block
                && (f.draft != DraftPart::Public
                    || f.category == Category::NoApology
                    || (f.start < end && f.end > start))
        });
        if blocks != what.starts_with("kept") {
            wrong.push(format!("{what}: {sentence}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// "lying" is a word for where something lay as often as an accusation
/// (blind92, blind93: "lying awake listening to mice", "Lying alone in a
/// chilly room"): only "you are lying" and "lying about" accuse; "dead
/// right" agrees.
#[test]
fn lying_awake_is_no_accusation() {
    use Category::NegativeTone;
    check_rows(&[
        (
            "I'm sorry the parcel was left lying on the doorstep in the rain.",
            NegativeTone,
            None,
        ),
        (
            "Lying alone in a chilly room when you came to relax can't have felt caring.",
            NegativeTone,
            None,
        ),
        (
            "Two trips across town is no joke, and you're dead right, the keys should work first time.",
            NegativeTone,
            None,
        ),
        (
            "You are lying about the date of the booking.",
            NegativeTone,
            WARN,
        ),
        (
            "We'll take that as a compliment, Rachel. Jokes aside, sorry for the billing mix-up.",
            NegativeTone,
            WARN,
        ),
        (
            "Tutors are human too and get ill like everyone else.",
            NegativeTone,
            WARN,
        ),
        (
            "Funny, we sold twenty crabs from that batch and nobody else said a word.",
            NegativeTone,
            WARN,
        ),
        (
            "We'd gently point out that the size is printed on the packet.",
            NegativeTone,
            WARN,
        ),
        (
            "Shame you felt the need to go online before picking up the phone.",
            NegativeTone,
            WARN,
        ),
    ]);
}

/// A broker's option acts on the customer's insurance policy; a choice
/// that cites "the policy" at them is still a defence.
#[test]
fn a_policy_we_act_on_in_an_option_is_no_defence() {
    let review = "My home insurance renewal jumped by 40% with two days' notice.";
    let rows: &[(&str, bool)] = &[
        (
            "remarket the policy with at least three insurers, results by Friday",
            false,
        ),
        (
            "cancel your policy and refund the premium within 5 business days",
            false,
        ),
        (
            "no refund, as the policy terms state renewals are automatic",
            true,
        ),
    ];
    for &(option, defensive) in rows {
        let offered = [option.to_string()];
        let input = CoachInput {
            review,
            public: "Thank you for the review, and I'm sorry. Please call me on 0161 496 0000.",
            private: "Hi, I'm sorry. Let me know which you'd prefer.",
            min_choices: 0,
            offered_choices: &offered,
            shop: &NO_SHOP,
        };
        let report = check(&input, &CoachRules::default());
        let found = report
            .findings
            .iter()
            .any(|f| f.category == Category::Defensive && f.draft == DraftPart::Choices);
        assert_eq!(found, defensive, "{option}: {:?}", report.findings);
    }
}

/// Blame read by who is at fault, not by a name-shaped word: a sentence
/// opening with what happened to the customer, what they were owed, what
/// they were told, a policy we act on; a name or a party who failed still
/// counts.
#[test]
fn blame_is_read_by_shape_not_by_a_capital() {
    check_rows(&[
        // A sentence opening with "Being…" tells what happened to them;
        // a name opening one may still blame.
        (
            "Being failed one day and passed the next would rattle anyone's trust in a garage.",
            Category::Blame,
            None,
        ),
        (
            "For what you're paying you should have a trainer who's fully focused on you.",
            Category::Blame,
            None,
        ),
        // The rule no longer reads blame here; the learned layer still
        // has its doubts, so it warns rather than blocks.
        (
            "You were right: you didn't ask for a refund, you asked for the classes you paid for.",
            Category::Blame,
            WARN,
        ),
        (
            "You didn't ask for a refund, so we could not give one.",
            Category::Blame,
            BLOCK,
        ),
        // A possessive hands the fault to a party no list knows; what the
        // customer was told, a thing doing its job, a day are not blame.
        (
            "As for parking, that's the city's fault for digging up the road.",
            Category::Blame,
            WARN,
        ),
        (
            "Then you were told it was the wool's fault, which was wrong of us.",
            Category::Blame,
            None,
        ),
        (
            "Glad the kitchen chime's doing its job.",
            Category::Blame,
            None,
        ),
        (
            "I'm sorry, that is our mistake and not someone else's mistake.",
            Category::Blame,
            None,
        ),
        // What the customer was told, met with feeling, is not our claim.
        (
            "Being told you must have dropped it when you hadn't would upset anyone.",
            Category::Blame,
            None,
        ),
        (
            "Then you were told it was a different fault and left waiting for a call from a manager that never came. I'd be furious in your shoes.",
            Category::Blame,
            // No longer blocks; a warning is left on the manager who never called.
            WARN,
        ),
        // An insurance policy we act on is not a rule cited at them.
        (
            "I can remarket the policy with three insurers by Friday.",
            Category::Defensive,
            None,
        ),
        (
            "Sorry, but the policy is clear that renewals are automatic.",
            Category::Defensive,
            WARN,
        ),
        (
            "Gareth failed to check the brakes before you collected the car.",
            Category::Blame,
            BLOCK,
        ),
    ]);
}

/// "you should have them": what they paid for, owed; a missed duty after
/// "should have" still blames.
#[test]
fn what_they_should_have_had_is_owed_not_blame() {
    check_rows(&[
        (
            "You've paid for lessons and you should have them.",
            Category::Blame,
            None,
        ),
        (
            "You should have checked the tyres before driving off.",
            Category::Blame,
            BLOCK,
        ),
    ]);
}

/// What the customer was to collect or be told first is owed; a name
/// ending in "-ing" is told from a gerund by its own past verb.
#[test]
fn owed_forms_and_names_that_end_in_ing() {
    check_rows(&[
        // What they were to collect or be told from the start is owed
        // (blind131, blind136: the good drafts their sealed runs blocked).
        (
            "I'm sorry. You should have picked up a clean van with a working awning.",
            Category::Blame,
            WARN,
        ),
        (
            "You should have known about the retainer cost from the very start.",
            Category::Blame,
            WARN,
        ),
        (
            "You should have picked a smaller size.",
            Category::Blame,
            BLOCK,
        ),
        (
            "You should have picked up your parcel sooner.",
            Category::Blame,
            BLOCK,
        ),
        (
            "You should have known we close at nine.",
            Category::Blame,
            BLOCK,
        ),
        // A name ending in "-ing" is told from a gerund by its own past
        // verb: "Irving dropped", against "Feeling rushed" or "Drilling was".
        (
            "Irving dropped the box on the way to the van.",
            Category::Blame,
            BLOCK,
        ),
        ("Sterling forgot to pack the foam.", Category::Blame, BLOCK),
        (
            "Feeling rushed at a fitting is not what we want for anyone.",
            Category::Blame,
            None,
        ),
        (
            "Cancelling shouldn't take three phone calls, and I'm sorry it did.",
            Category::Blame,
            None,
        ),
    ]);
}
