//! A cause given as a general truth or a guess ("usually happens when",
//! "can appear from", "which led to", "is prone to", "must have happened"),
//! in trades and words the labelled sets do not use, beside the sentences
//! that look like it and must stay quiet: the business as the cause, a
//! past event reported with empathy, a negated verb, a question.

use super::sentence_table;
use super::*;

const REVIEW: &str = "The new boiler keeps cutting out and the engineer who fitted it \
    never came back as promised. Two weeks of cold showers.";

use Category::*;

#[test]
fn a_cause_given_as_a_general_truth_or_a_guess_warns_as_blame() {
    sentence_table::assert_rows(
        REVIEW,
        &[
            (
                "Sorry for the trouble. Cutting out often happens when the pressure is left low.",
                &[Blame],
                &[],
            ),
            (
                "Sorry. Limescale like that can build up over a few winters of hard water.",
                &[Blame],
                &[],
            ),
            (
                "Sorry. Noises of that kind appear from air trapped in old radiators.",
                &[Blame],
                &[],
            ),
            (
                "Apologies. The valve was the wrong size, which led to the cut-outs.",
                &[Blame],
                &[],
            ),
            (
                "Sorry. Your radiators are the old steel kind, which are prone to sludge.",
                &[Blame],
                &[],
            ),
            (
                "Sorry about the wait. The fault must have started in the old flue.",
                &[Blame],
                &[],
            ),
            (
                "Sorry. Cut-outs are more likely when the filter is never cleaned.",
                &[Blame],
                &[],
            ),
            (
                "Sorry. A bang like that usually means the condensate pipe froze.",
                &[Blame],
                &[],
            ),
        ],
    );
}

#[test]
fn the_business_a_reported_event_or_a_question_stays_quiet() {
    sentence_table::assert_rows(
        REVIEW,
        &[
            (
                "I'm so sorry. Cutting out happens when we fit a valve in a rush, and we did.",
                &[],
                &[Blame],
            ),
            (
                "I'm sorry this happened when you had family staying, that must have been miserable.",
                &[],
                &[Blame],
            ),
            (
                "We are sorry. A fault like this should not develop from a new install.",
                &[],
                &[Blame],
            ),
            (
                "We are sorry. We sent the wrong valve, which led to the cut-outs.",
                &[],
                &[Blame],
            ),
            (
                "Sorry. Does it happen when the heating and hot water run together? Call me on 0161 496 0000.",
                &[],
                &[Blame],
            ),
            (
                "I'm sorry. We rushed the fitting, which is why it keeps cutting out.",
                &[],
                &[Blame],
            ),
            (
                "Sorry. I must have come across as dismissive on the phone, and I regret it.",
                &[],
                &[Blame],
            ),
        ],
    );
}

#[test]
fn blame_words_that_retell_what_the_customer_was_made_to_feel_stay_quiet() {
    sentence_table::assert_rows(
        REVIEW,
        &[
            (
                "I'm sorry. You were made to feel the cut-outs were your fault, and that is wrong.",
                &[],
                &[Blame],
            ),
            (
                "I'm sorry. The boiler should have been exactly what you chose from the brochure.",
                &[],
                &[Blame],
            ),
            (
                "Sorry, but we fitted exactly what you asked for on the quote.",
                &[Blame],
                &[],
            ),
            (
                "Sorry, but the cut-outs were your fault for turning the pressure down.",
                &[Blame],
                &[],
            ),
            (
                "Sorry, but I feel the cut-outs were your fault, not the engineer's.",
                &[Blame],
                &[],
            ),
            (
                "Sorry if you feel let down but the fitter smashed the flue cover.",
                &[Blame],
                &[],
            ),
        ],
    );
}
