//! The personal details found in a public reply, whose they are.

use super::super::rules::CompiledRules;
use super::*;

fn whats(public: &str, review: &str) -> Vec<(String, DetailKind)> {
    let t = Text::new(public);
    let rules = CompiledRules::builtin();
    let review = ReviewAnalysis::new(review, &rules);
    find(
        &t,
        &contacts(&t),
        &review,
        &rules,
        &super::super::NO_SHOP,
        |s| s == 0,
    )
    .into_iter()
    .map(|d| (public[d.start..d.end].to_string(), d.kind))
    .collect()
}

#[test]
fn shop_contact_in_an_invitation_is_fine_customer_details_are_not() {
    assert!(whats("Email me at care@shop.com or call 020 7946 0958.", "").is_empty());
    assert_eq!(
        whats(
            "Thanks. We wrote to jo.bloggs@mail.com already.",
            "I am jo.bloggs@mail.com"
        ),
        [("jo.bloggs@mail.com".to_string(), DetailKind::Email)]
    );
    assert_eq!(
        whats("Call 07700 900123 please.", "my number is 07700900123"),
        [("07700 900123".to_string(), DetailKind::Phone)]
    );
}

#[test]
fn orders_amounts_addresses_names() {
    let got = whats(
        "Hi. Dear Sarah Jones, order #48213 cost £45.50 and went to 12 Mill Lane; ref AB1234.",
        "",
    );
    let kinds: Vec<DetailKind> = got.iter().map(|g| g.1).collect();
    assert_eq!(
        kinds,
        [
            DetailKind::FullName,
            DetailKind::OrderNumber,
            DetailKind::Amount,
            DetailKind::Address,
            DetailKind::OrderNumber
        ],
        "{got:?}"
    );
    assert!(whats("We open at 9 and close at 17. Two weeks is too long.", "").is_empty());
}

/// A titled name that signs the reply or stands beside "me" or "our …" is
/// one of us; the customer's titled name is still theirs.
#[test]
fn a_name_that_signs_or_is_one_of_us_is_not_the_customers() {
    let names = |public: &str| -> Vec<String> {
        whats(public, "The crown came loose after a week.")
            .into_iter()
            .filter(|(_, k)| *k == DetailKind::FullName)
            .map(|(s, _)| s)
            .collect()
    };
    let ours = [
        "We are sorry. Please ring the practice. \u{2014} Dr Conor Walsh",
        "We are sorry. Please ring the practice. Dr Helen Marsh, Medical Director",
        "We are sorry. Please call me, Dr Morag Fraser, on the practice line.",
        "We are sorry. Our clinical lead, Dr Anna Whitfield, would like to speak with you.",
    ];
    for public in ours {
        assert!(names(public).is_empty(), "{public}: {:?}", names(public));
    }
    let theirs = [
        "Thank you, Mrs Fiona Reid of Balgay Road, for the lovely words.",
        "We are sorry, Mrs Abena Asante, about the wait on Saturday.",
        "I've looked into Mrs Evelyn Carter's prescription from March.",
    ];
    for public in theirs {
        assert_eq!(names(public).len(), 1, "{public}");
    }
}
