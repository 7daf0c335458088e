//! A sentence that quotes the shop's terms or a general policy ("under our
//! terms, items packed by the customer over £500 must be declared", "our
//! terms state guests are responsible for valuables; padlocks are £3") sets
//! out rules for every customer, not this customer's case. categories.md:
//! quoting the terms is defensive where it defends (the defensive rules
//! read it), not public-details. So an amount, a time of day or a "packed
//! by the customer" inside such a sentence is a figure of the terms, not
//! a detail of the case. Who said what, records held up and the
//! customer's own data still count there: "as our technician explained to
//! you on the day, our terms…" recounts this case.

use super::Draft;
use super::personal_data::DetailKind;
use super::reason::PublicDetail;
use super::structure::Span;

/// Words that name the shop's written rules.
fn is_terms(w: &str) -> bool {
    matches!(
        w,
        "terms" | "t&cs" | "t's" | "policy" | "policies" | "conditions" | "contract"
    )
}

/// Whether the detail `what` at `span` of the public draft `d` is a figure
/// of the terms quoted in its sentence (see the module note).
pub(super) fn in_quoted_terms(d: &Draft, span: Span, what: PublicDetail) -> bool {
    let t = &d.text;
    let k = t.words.partition_point(|w| w.end <= span.0);
    let Some(sentence) = t.words.get(k).map(|w| w.sentence) else {
        return false;
    };
    let lw = |j: usize| t.lower(&t.words[j]);
    let words: Vec<usize> = (0..t.words.len())
        .filter(|&j| t.words[j].sentence == sentence)
        .collect();
    let to_them = words
        .iter()
        .any(|&j| matches!(lw(j), "you" | "your" | "yours" | "you're" | "you've"));
    let general = match what {
        // "£500" in the terms; "Rs 3,200 on your bill" is theirs.
        PublicDetail::TimeOfDay | PublicDetail::Personal(DetailKind::Amount) => !to_them,
        // "items packed by the customer" (any customer); "we told you at
        // booking" recounts this case.
        PublicDetail::OurVersion => {
            let last = t.words.partition_point(|w| w.end < span.1);
            last > 0
                && last < t.words.len()
                && lw(last - 1) == "the"
                && matches!(lw(last), "customer" | "client" | "guest" | "tenant")
        }
        _ => false,
    };
    // "our terms", "our hire terms", "the contract": the shop's own rules
    // named, not "you broke the terms of the offer" (their act).
    general
        && words.iter().enumerate().any(|(n, &j)| {
            is_terms(lw(j))
                && words[n.saturating_sub(2)..n]
                    .iter()
                    .any(|&b| matches!(lw(b), "our" | "the"))
        })
}

#[cfg(test)]
mod tests {
    use super::super::Category::{Defensive, PublicDetails};
    use super::super::sentence_table::{Row, assert_rows};

    /// Words no labelled set uses: a paddleboard hire shop's terms quoted,
    /// against the same terms beside what was said or paid in this case.
    #[test]
    fn the_terms_quoted_are_defensive_not_details_of_the_case() {
        let review = "The board had a split fin and they kept my deposit. Never again.";
        let rows: &[Row] = &[
            (
                "Our hire terms state that damage over £40 comes out of the deposit.",
                &[Defensive],
                &[PublicDetails],
            ),
            (
                "As stated on our website, fins are checked by the hirer before launch.",
                &[Defensive],
                &[PublicDetails],
            ),
            (
                "Under our rental policy, boards are due back by 6pm.",
                &[],
                &[PublicDetails],
            ),
            (
                "Under the contract, boards damaged by the customer are charged at cost.",
                &[],
                &[PublicDetails],
            ),
            // This case recounted: still public details.
            (
                "Our terms are clear, and our instructor explained them to you at check-in.",
                &[PublicDetails],
                &[],
            ),
            (
                "As our instructor told you at the jetty, the fin was fine.",
                &[PublicDetails],
                &[],
            ),
            (
                "Our terms allow a charge, which came to £40 on your card.",
                &[PublicDetails],
                &[],
            ),
        ];
        assert_rows(review, rows);
    }
}
