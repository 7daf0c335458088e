//! Money promised outside the chosen options: `risky-promise`, with what
//! is offered and how to put it right.

use super::phrases::List;
use super::reason::{Offer, Reason};
use super::{Category, CompiledRules, Draft, Sink, structure};

impl CompiledRules {
    /// Money or compensation the chosen options do not include: says which,
    /// and how to put it right.
    pub(super) fn money_outside_choices(&self, sink: &mut Sink, d: &Draft, offered: &[String]) {
        let chosen: Vec<String> = offered.iter().map(|o| o.to_lowercase()).collect();
        for m in d.live(List::Money) {
            let (s, e) = d.span(m);
            let word = d.text.lower(&d.text.words[m.first]);
            let stem = structure::stem(word);
            // "40% off next year" is the discount; "your refund … is being
            // processed" is one already owed, not a new promise.
            let off = |c: &String| c.contains('%') || c.split_whitespace().any(|w| w == "off");
            // ("your next visit is on us" is new.)
            let owed =
                m.first > 0 && d.text.lower(&d.text.words[m.first - 1]) == "your" && word != "next";
            let at = |k: usize| d.text.words.get(k).map_or("", |w| d.text.lower(w));
            if word == "free" && !offered_as_a_thing(d, m.first) && at(m.first + 1) != "of" {
                continue;
            }
            // "a free valet" is among the choices only if a valet is.
            let key = match at(m.first + 1) {
                next if word == "free" && next != "of" => structure::stem(next),
                _ => stem,
            };
            if chosen.iter().any(|c| {
                c.contains(key)
                    || word.starts_with("discount") && off(c)
                    || returns_the_same(word, c)
            }) || owed
            {
                continue;
            }
            // "free of charge", "complimentary": the price of an option in
            // the same sentence ("a complimentary ticket", "redo it free of
            // charge"), not another offer.
            let free = !matches!(
                word.get(..3).unwrap_or(word),
                "ref" | "mon" | "rei" | "vou" | "gif" | "dis" | "cas" | "sto" | "cre"
            ) || word.starts_with("compl");
            let sentence = d.text.words[m.first].sentence as usize;
            if free
                && let Some(&(ss, se)) = d.text.sentences.get(sentence)
                && structure::names_an_option(&d.text.src[ss..se], offered, self)
            {
                continue;
            }
            let Some(severity) = self.severity(Category::RiskyPromise) else {
                return;
            };
            let reason = Reason::NotAmongChoices {
                quoted: d.text.src[s..e].to_string(),
                offer: what_is_offered(word),
            };
            sink.push_with(
                Category::RiskyPromise,
                d.part,
                d.text.src,
                (s, e),
                reason,
                severity,
            );
        }
    }
}

/// Whether the "free" at `first` gives a thing: counted out ("a free
/// valet", "two free nights") or handed over even with no article ("we
/// give you free pair of sunglasses"); "feel free to reply", "a morning
/// free for you", "the scheme's free adjudication" give nothing.
fn offered_as_a_thing(d: &Draft, first: usize) -> bool {
    let at = |k: usize| d.text.words.get(k).map_or("", |w| d.text.lower(w));
    let counted = first > 0
        && matches!(
            at(first - 1),
            "a" | "an"
                | "another"
                | "extra"
                | "some"
                | "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "ten"
        );
    counted
        || (first.saturating_sub(3)..first)
            .any(|k| matches!(at(k), "give" | "giving" | "send" | "sending"))
}

/// Whether `option` gives back the money that `word` names in other
/// words: "money back" is a refund; a refund or reimbursement is the
/// "repayment", "money back" or the "value"/"cost" of a thing chosen. A
/// reimbursement is not a refund of something else ("reimburse the coat"
/// when the choice is "$38 refund").
fn returns_the_same(word: &str, option: &str) -> bool {
    let words = || option.split(|c: char| !c.is_alphanumeric());
    if word.starts_with("money") {
        return words().any(|w| {
            ["refund", "reimburs", "repay", "money"]
                .iter()
                .any(|s| w.starts_with(s))
        });
    }
    let returned = ["refund", "reimburs", "repay"]
        .iter()
        .any(|s| word.starts_with(s));
    returned
        && (words().zip(words().skip(1)).any(|p| p == ("money", "back"))
            || words().any(|w| w.starts_with("repay") || matches!(w, "value" | "cost" | "costs")))
}

/// "our standard 12-month guarantee": a guarantee as a thing owned.
pub(super) fn existing_warranty(d: &Draft, first: usize) -> bool {
    let t = &d.text;
    // "I guarantee you'll be ready" promises, whatever comes before.
    let promised = first > 0
        && matches!(
            t.lower(&t.words[first - 1]),
            "i" | "we" | "we'll" | "i'll" | "can"
        );
    !promised
        && t.lower(&t.words[first]).starts_with("guarantee")
        && t.words[first.saturating_sub(5)..first].iter().any(|w| {
            w.sentence == t.words[first].sentence && matches!(t.lower(w), "our" | "the" | "your")
        })
}

/// The thing a money word offers, in a sentence: "a refund", "a voucher".
fn what_is_offered(word: &str) -> Offer {
    match word.get(..4).unwrap_or(word) {
        "refu" => Offer::Refund,
        "mone" => Offer::MoneyBack,
        "reim" => Offer::Reimbursement,
        "comp" if word.starts_with("compe") => Offer::Compensation,
        "vouc" => Offer::Voucher,
        "gift" => Offer::GiftCard,
        "disc" | "half" => Offer::Discount,
        "cash" => Offer::Cashback,
        "stor" | "cred" => Offer::Credit,
        "cove" | "pay" => Offer::PayingCosts,
        _ => Offer::SomethingFree,
    }
}
