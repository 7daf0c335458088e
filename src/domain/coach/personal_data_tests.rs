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
