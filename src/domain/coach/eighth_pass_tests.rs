//! Issue 11's eighth pass, studied on the fifth blind set: contempt in
//! other shapes (the customer's own words quoted back, a question after a
//! lead-in, a dare, the harm counted down), ways to be reached that the
//! lists did not know, long "never again" promises, and freebies promised in
//! passing. Each row uses other words and trades than that set, so a rule
//! is a kind of wording, not a memorised line.

use super::sentence_table::{self, Row};
use super::*;
use Category::*;

const REVIEW: &str = "Took three days to fit two tyres. Shambles. I was told \"it's on order\" \
    twice. At least the coffee was decent.";

fn assert_rows(rows: &[Row]) {
    sentence_table::assert_rows(REVIEW, rows);
}

/// What the coach raises on a reply whose private message is `private`,
/// with `offered` chosen, under `rules`.
fn raised_privately(
    rules: &CoachRules,
    review: &str,
    private: &str,
    offered: &[&str],
) -> Vec<Category> {
    let offered: Vec<String> = offered.iter().map(|o| o.to_string()).collect();
    let input = CoachInput {
        review,
        public: "Thank you for the review about the tyres, and sorry. Call us on 0161 496 0000.",
        private,
        min_choices: 0,
        offered_choices: &offered,
        shop: &NO_SHOP,
    };
    check(&input, rules)
        .findings
        .iter()
        .map(|f| f.category)
        .collect()
}

#[test]
fn the_customers_own_words_quoted_back_are_contempt() {
    assert_rows(&[
        (
            "Thanks. \"Shambles\" is a strong word for a two-man garage.",
            &[NegativeTone],
            &[],
        ),
        (
            "Thanks. Glad the coffee was \"decent\" at least!",
            &[NegativeTone],
            &[],
        ),
        // Quoted to agree with them, or to own what our staff said.
        (
            "Thanks. \"Shambles\" is the right word for three days.",
            &[],
            &[NegativeTone],
        ),
        (
            "Sorry. \"It's on order\" twice is not an answer.",
            &[],
            &[NegativeTone],
        ),
    ]);
}

#[test]
fn contempt_in_a_question_a_dare_a_proverb_or_the_harm_counted_down() {
    assert_rows(&[
        (
            "But seriously, did you think two tyres take ten minutes?",
            &[NegativeTone],
            &[],
        ),
        (
            "Three days isn't that bad for a tyre on order.",
            &[NegativeTone],
            &[],
        ),
        (
            "If you want to report us to trading standards, go ahead.",
            &[NegativeTone],
            &[],
        ),
        ("Good things come to those who wait!", &[NegativeTone], &[]),
        (
            "Some clients find it difficult to accept that parts take time.",
            &[NegativeTone],
            &[],
        ),
        (
            "Thanks. We'd dispute \"three days\", as the car came in on Wednesday.",
            &[NegativeTone],
            &[],
        ),
        (
            "Calling a tyre shop names over one part seems a bit much.",
            &[NegativeTone],
            &[],
        ),
        (
            "Two tyres fitted in three days is quick, isn't it?",
            &[NegativeTone],
            &[],
        ),
        (
            "And surely anyone can wait a day for a tyre?",
            &[NegativeTone],
            &[],
        ),
        (
            "Parts on order come with the territory.",
            &[NegativeTone],
            &[],
        ),
        ("Is Tuesday at nine good for you?", &[], &[NegativeTone]),
        // A question that asks, after a lead-in, is not a sneer.
        (
            "So, would you like us to call you tomorrow?",
            &[],
            &[NegativeTone],
        ),
    ]);
}

#[test]
fn ways_to_be_reached_in_other_words_and_a_promise_to_write_that_is_not_one() {
    assert_rows(&[
        (
            "Sorry about the wait. We've sent you a direct message on Instagram.",
            &[],
            &[NoContact],
        ),
        (
            "Sorry about the wait. We've reached out by phone.",
            &[],
            &[NoContact],
        ),
        (
            "Sorry about the wait. Hit us up on the chat.",
            &[],
            &[NoContact],
        ),
        (
            "Sorry about the wait. Our front desk can help with the refund.",
            &[],
            &[NoContact],
        ),
        (
            "Sorry about the wait. Our service manager will be in touch.",
            &[],
            &[NoContact],
        ),
        (
            "Sorry about the wait. Book again at tyrefix.co.uk/contact.",
            &[],
            &[NoContact],
        ),
        // No channel for the customer, or a page to read instead of a person.
        (
            "Sorry about the wait. We'll be in touch.",
            &[NoContact],
            &[],
        ),
        (
            "Sorry about the wait. Please read tyrefix.co.uk/faq.",
            &[NoContact],
            &[],
        ),
    ]);
}

#[test]
fn never_again_said_at_length_is_a_promise() {
    assert_rows(&[
        (
            "You will never wait three days for a tyre with us again.",
            &[RiskyPromise],
            &[],
        ),
        (
            "No driver will ever be told a part is on order again.",
            &[RiskyPromise],
            &[],
        ),
        (
            "We have never fitted tyres that slowly before.",
            &[],
            &[RiskyPromise],
        ),
    ]);
}

#[test]
fn a_freebie_promised_in_passing_is_outside_the_choices() {
    let complaint = CoachRules::default();
    let offered = [
        "refund of the fitting fee",
        "free wheel alignment this week",
    ];
    for risky in [
        "We'll refund the fitting fee. Your next MOT is on us.",
        "We'll refund the fitting fee. We'll also add a free valet.",
        "We'll refund the fitting fee. The next six services are at half price.",
    ] {
        let got = raised_privately(&complaint, REVIEW, risky, &offered);
        assert!(got.contains(&RiskyPromise), "{risky}: {got:?}");
    }
    let fine = "We'll refund the fitting fee or do a free wheel alignment this week.";
    let got = raised_privately(&complaint, REVIEW, fine, &offered);
    assert!(!got.contains(&RiskyPromise), "{fine}: {got:?}");

    // A thank-you with nothing chosen: any freebie is outside the choices.
    let positive = CoachRules {
        kind: ReplyKind::Positive,
        ..CoachRules::default()
    };
    let praise = "Quick, friendly and fair on price. Thanks Dave!";
    let got = raised_privately(&positive, praise, "Your next tyre check is on us.", &[]);
    assert!(got.contains(&RiskyPromise), "{got:?}");
    let got = raised_privately(
        &positive,
        praise,
        "Thanks again, see you at the next MOT.",
        &[],
    );
    assert!(!got.contains(&RiskyPromise), "{got:?}");
}

#[test]
fn a_policy_named_to_admit_we_broke_it_is_not_a_defence() {
    assert_rows(&[
        (
            "Sorry. Our policy is to fit stocked tyres within a day, and three days clearly doesn't meet it.",
            &[],
            &[Defensive],
        ),
        (
            "Sorry. Our standard is a same-day fitting and we fell short of it.",
            &[],
            &[Defensive],
        ),
        // The policy held up against the customer stays a defence.
        (
            "Sorry. Our policy is that ordered parts take up to five days.",
            &[Defensive],
            &[],
        ),
    ]);
}

#[test]
fn blame_we_said_and_take_back_in_the_same_breath_is_owning() {
    assert_rows(&[
        (
            "Sorry. Telling you that you should have checked the tread yourself was wrong of us.",
            &[],
            &[Blame],
        ),
        (
            "Sorry. You should have checked the tread yourself.",
            &[Blame],
            &[],
        ),
    ]);
}

#[test]
fn the_case_put_on_record_or_the_paper_they_signed_is_argued_in_public() {
    assert_rows(&[
        (
            "Sorry. For the record, the tyre was ordered on day one.",
            &[PublicDetails],
            &[],
        ),
        (
            "Sorry. The job card you signed lists both tyres.",
            &[PublicDetails],
            &[],
        ),
        (
            "Sorry. You signed the estimate before we started.",
            &[PublicDetails],
            &[],
        ),
        (
            "Sorry. We'll sign off the repair with you in person.",
            &[],
            &[PublicDetails],
        ),
    ]);
}
