//! Harm and escalation as new writers told them (issue 11, blind22–24):
//! a hurt body part, a fall, care sought, a party all taken ill, a complaint
//! raised with a regulator. Sentences in words no set uses; the `false` rows
//! are ordinary complaints that must not send the reply to the owner.

use super::{Coach, CoachRules};

fn escalates(review: &str) -> bool {
    Coach::new(review, &CoachRules::default()).review_has_legal_risk()
}

#[test]
fn plain_harm_and_regulators_are_escalated_ordinary_complaints_are_not() {
    let rows: &[(&str, bool)] = &[
        ("The loose tile gashed my son's foot at the poolside.", true),
        ("A splinter from the bench scratched her arm badly.", true),
        (
            "My knee was bruised and swollen for a week after the class.",
            true,
        ),
        (
            "The kayak tipped and I scraped the skin off both shins.",
            true,
        ),
        ("I came off the scooter on the gravel by the pier.", true),
        ("He needed a tetanus jab after the fence.", true),
        ("We had to call an ambulance from the car park.", true),
        ("I went to the doctor the next morning with a rash.", true),
        ("After the oysters we were all ill by midnight.", true),
        ("My wife was sick all weekend after the buffet.", true),
        ("I will be raising this with the SRA on Monday.", true),
        ("My next step is the consumer forum.", true),
        ("I took it up with the law society.", true),
        // Ordinary complaints: no body hurt, no body to escalate to.
        (
            "The handle came off the wardrobe door within a week.",
            false,
        ),
        ("They cut my fringe far too short.", false),
        ("The doctor was lovely but reception was rude.", false),
        ("I was sick of waiting on hold for an hour.", false),
        ("We were sick and tired of the excuses.", false),
        ("We were both sick and stuck in the room all day.", true),
        ("The back of the sofa was torn when it arrived.", false),
        ("Face masks were sold out and the staff didn't care.", false),
        ("I raised it with the manager and nothing happened.", false),
        // Names and needlework (blind25, blind26): no wound, no lawsuit.
        ("I ordered a suit from Kofi's Stitches in town.", false),
        ("The stitches on the hem came loose after one wash.", false),
        ("We are still waiting to hear back. Tom & Sue", false),
        ("Ask for Sue at the desk, she was lovely.", false),
        ("My son needed stitches after the swing snapped.", true),
        ("She had stitches in her chin.", true),
        ("I will sue if this is not fixed.", true),
        ("Fix it or I will SUE you.", true),
        ("Sue them, my friends said.", true),
    ];
    for (review, want) in rows {
        assert_eq!(escalates(review), *want, "{review}");
    }
}

/// blind33: a burn mark on a garment is damage, not harm; a complaint to a
/// consumer body and a payment taken back through the bank are escalation.
#[test]
fn a_burn_on_a_thing_is_not_harm_a_bank_reversal_is_escalation() {
    let rows: &[(&str, bool)] = &[
        ("Got the jacket back with a burn mark on the collar.", false),
        ("The iron left a scorch and a burn on the silk.", false),
        ("I got a nasty burn on my hand from the steamer.", true),
        ("The hot plate left a burn on her arm.", true),
        (
            "I've complained to Consumer Affairs about the contract.",
            true,
        ),
        ("My bank is reversing the charges as we speak.", true),
        ("I asked my bank to reverse the payments.", true),
        ("The bank took two days to clear my transfer.", false),
        // blind198, read after its run.
        (
            "I've disputed the charge with my credit card company.",
            true,
        ),
        ("I've been in touch with Tusla about the reporting.", true),
        ("They charged my card twice, then refunded one.", false),
        // blind42: a table's leg is not a person's; a regulator named by
        // its initials, reported to.
        (
            "They broke a leg off our dining table on the way in.",
            false,
        ),
        ("The mover snapped the arm of the sofa.", false),
        ("The mover dropped the wardrobe and broke my leg.", true),
        (
            "If this is not sorted I am reporting them to the FCCPC.",
            true,
        ),
    ];
    for (review, want) in rows {
        assert_eq!(escalates(review), *want, "{review}");
    }
}
