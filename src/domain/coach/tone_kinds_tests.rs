//! tone_kinds.rs: the kinds of negative tone blind17's writer used that the
//! older shapes missed or misread, each in words and trades no labelled set
//! uses: the jab warns from its shape (inferred, never blocking) and the
//! sincere sentence sharing its shape gets no negative-tone at all.

use super::*;

const REVIEW: &str = "The kitchen fitters left a week late, the worktop is chipped and \
    nobody answered my emails. I have written to the ombudsman about the deposit.";

/// The negative-tone findings on this reply: (severity, evidence).
fn tone(public: &str, private: &str, kind: ReplyKind) -> Vec<(Severity, Evidence)> {
    sentence_table::tone_found(kind, REVIEW, public, private)
}

fn assert_rows(kind: ReplyKind, jabs: &[&str], sincere: &[&str]) {
    sentence_table::assert_tone_rows(kind, REVIEW, (jabs, sincere), true);
}

#[test]
fn a_group_said_to_misjudge_warns_a_group_reported_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "Homeowners often imagine the worktop a shade lighter than the sample.",
            "Frankly, tenants usually exaggerate how long a repair took.",
            "Couples tend to misremember what they agreed at the tasting.",
        ],
        &[
            "Homeowners often tell us the fitting day is the hardest part, and we should have called you.",
            "Customers often expect a call the day before, and we should have made one.",
            "Tenants usually hear from us within a day; you did not, and I'm sorry.",
        ],
    );
}

#[test]
fn a_farewell_before_an_authority_warns_a_friendly_one_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "We will gladly hand the ombudsman our fitting photos. See you there.",
            "Our solicitor has the invoices ready. See you there.",
            "Fitting waste in the customer's skip isn't how it works.",
            "Withholding the final payment is not how this works.",
        ],
        &[
            "Our showroom reopens on Saturday with the new samples. See you there.",
            "I've written to the ombudsman myself to say the delay was ours.",
            "Being left without a kitchen for a week isn't how it should work, and I'm sorry.",
        ],
    );
}

#[test]
fn the_customers_words_put_right_warn_a_quote_we_own_does_not() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "The \"week late\" was actually two days, as the job sheet shows.",
            "The \"chipped\" worktop is in fact the natural grain of the oak.",
        ],
        &[
            "You were right that the worktop is chipped, and we'll replace it this week.",
            "We left a week late; that is on us, and I'm sorry.",
        ],
    );
}

#[test]
fn owning_the_failure_in_a_sentence_about_their_things_is_not_hostile() {
    // Private message, where owning sentences about "your" things live.
    for text in [
        "Your worktop should have been fitted on the Monday and the delay was ours alone.",
        "Your deposit should never have been held back; the mistake was entirely mine.",
    ] {
        let got = tone("Thank you, and I'm sorry.", text, ReplyKind::Complaint);
        assert!(got.is_empty(), "{text:?} owns the failure: {got:?}");
    }
    // Disowning it is not owning it.
    let got = tone(
        "Your complaint is absurd and the damage was yours, not ours.",
        "",
        ReplyKind::Complaint,
    );
    assert!(!got.is_empty(), "disowning stays hostile: {got:?}");
}

#[test]
fn a_count_tied_to_this_occasion_is_not_a_jab_a_standing_record_is() {
    assert_rows(
        ReplyKind::Complaint,
        &[
            "We fit dozens of kitchens every month without a single complaint.",
            "Over 300 worktops a year leave our workshop without issue.",
        ],
        &[
            "Over 40 households had the same oak worktop that week without any problem.",
            "Worktops like this take most people a fortnight to get used to, and we'll talk you through the care.",
        ],
    );
}
