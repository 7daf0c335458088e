//! What the coach needs to know about the review, worked out once: the
//! review does not change while the person types, so a check on every
//! keystroke only reads the drafts (see [`super::Coach`]).

use super::phrases::List;
use super::rules::CompiledRules;
use super::structure;
use super::text::{FxSet, Text};

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ReviewAnalysis {
    /// The review as analysed; a check against another text analyses anew.
    pub src: String,
    pub blank: bool,
    /// Spans of legal-risk phrases (lawyers, fraud, chargebacks…).
    pub legal: Vec<(usize, usize)>,
    /// Content-word stems, for the `generic` check.
    pub stems: FxSet<Box<str>>,
    /// Words the customer wrote in capitals (brands, their own emphasis):
    /// the same word in a reply is not shouting.
    pub caps: FxSet<Box<str>>,
    /// Lowercased text and its digits: a contact already in the review is
    /// the customer's, not the shop's.
    pub lower: String,
    pub digits: String,
}

impl ReviewAnalysis {
    pub fn new(review: &str, rules: &CompiledRules) -> ReviewAnalysis {
        let text = Text::new(review);
        let legal = rules
            .matcher
            .find_lists(&text, &rules.negation, List::LegalRisk.bit())
            .into_iter()
            .filter(|m| m.list == List::LegalRisk && !fed_up(&text, m.last))
            .filter(|m| !named_sue(&text, m.first, m.last))
            .filter(|m| !furniture_part(&text, m.last))
            .map(|m| (text.words[m.first].start, text.words[m.last].end))
            .collect();
        ReviewAnalysis {
            src: review.to_string(),
            blank: text.is_blank(),
            legal,
            stems: structure::content_stems(&text, rules)
                .into_iter()
                .map(Box::from)
                .collect(),
            caps: structure::caps_words(&text),
            lower: review.to_lowercase(),
            digits: review
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(char::from)
                .collect(),
        }
    }
}

/// "Sick of waiting", "sick and tired": fed up, not taken ill.
fn fed_up(text: &Text, last: usize) -> bool {
    let word = |i: usize| text.words.get(i).map_or("", |w| text.lower(w));
    matches!(word(last), "sick" | "ill")
        && (word(last + 1) == "of" || (word(last + 1) == "and" && word(last + 2) == "tired"))
}

/// "broke a leg off our dining table", "the arm of the sofa": a part of a
/// thing, not of a person (blind42).
fn furniture_part(text: &Text, last: usize) -> bool {
    let word = |i: usize| text.words.get(i).map_or("", |w| text.lower(w));
    let part = matches!(
        word(last),
        "leg" | "legs" | "arm" | "arms" | "foot" | "feet"
    );
    let of_a_thing = word(last + 1) == "of" && (last + 2..last + 5).any(|k| is_furniture(word(k)));
    part && (word(last + 1) == "off" || of_a_thing)
}

fn is_furniture(w: &str) -> bool {
    matches!(
        w,
        "table"
            | "chair"
            | "chairs"
            | "sofa"
            | "couch"
            | "bed"
            | "desk"
            | "stool"
            | "cabinet"
            | "wardrobe"
            | "dresser"
            | "bench"
            | "settee"
            | "armchair"
            | "piano"
    )
}

/// "Richard & Sue", "ask for Sue": "Sue" written as a name inside a
/// sentence is a person (blind26 signed off so), not a lawsuit; "SUE" is.
fn named_sue(text: &Text, first: usize, last: usize) -> bool {
    let w = &text.words[first];
    let opens_sentence = first == 0 || text.words[first - 1].sentence != w.sentence;
    first == last && !opens_sentence && &text.src[w.start..w.end] == "Sue"
}
