//! Empathy in the author's own words, read from the shape of a sentence
//! rather than a phrase bank: the reaction anyone would have ("that would
//! shake anyone's confidence", "I'd be devastated"), the customer proved
//! right ("you're right that…", "a fair review", "you did everything
//! right"), what it cost them weighed in plain words ("six weeks off work is
//! serious", "a lot to lose", "real money and real time wasted"), and the
//! plan it spoiled ("not the sleepover you had planned", "isn't what you pay
//! for", "the experience we don't want anyone to have").

use super::clauses::Clauses;
use super::lexicon::*;

/// Words that weigh what happened to the customer. A bare "hassle" or
/// "inconvenience" is the stock apology, not a weighing.
fn weighs_cost(w: &str) -> bool {
    matches!(
        w,
        "serious"
            | "unfair"
            | "wasted"
            | "waste"
            | "lose"
            | "shine"
            | "position"
            | "patience"
            | "nightmare"
            | "ordeal"
            | "opposite"
            | "confidence"
            | "mad"
            | "devastated"
            | "hungry"
            | "money"
    )
}

/// The customer's own plan or payment: "you had planned", "you pay for".
fn is_plan(w: &str) -> bool {
    matches!(
        w,
        "planned"
            | "pay"
            | "paid"
            | "wanted"
            | "expected"
            | "hoped"
            | "booked"
            | "needed"
            | "asked"
            | "ordered"
            | "deserve"
            | "deserved"
            | "imagined"
    )
}

/// Feelings that are not a reaction to harm: "I'd be happy to…".
fn is_glad(w: &str) -> bool {
    matches!(
        w,
        "happy"
            | "glad"
            | "delighted"
            | "pleased"
            | "keen"
            | "grateful"
            | "able"
            | "more"
            | "thrilled"
            | "honoured"
            | "honored"
            | "interested"
    )
}

impl Clauses<'_, '_> {
    /// Whether some sentence empathises by its shape. `skip(sentence)`:
    /// sentences that defend or blame do not count; `theirs(word)`: a word
    /// from the review.
    pub fn empathy_in_own_words(
        &self,
        theirs: impl Fn(usize) -> bool,
        skip: impl Fn(u32) -> bool,
    ) -> bool {
        let words = &self.text.words;
        let mut from = 0;
        while from < words.len() {
            let s = words[from].sentence;
            let to = from + words[from..].iter().take_while(|w| w.sentence == s).count();
            if !skip(s) && self.empathic_sentence(from, to, &theirs) {
                return true;
            }
            from = to;
        }
        false
    }

    fn empathic_sentence(&self, from: usize, to: usize, theirs: &impl Fn(usize) -> bool) -> bool {
        let lw: Vec<&str> = (from..to).map(|k| self.lw(k)).collect();
        let about_them = (from..to).any(|k| self.is(k, YOU | ANYONE) || theirs(k));
        let pair = |a: &str, b: &str| lw.windows(2).any(|p| p[0] == a && p[1] == b);
        // "that would drive me mad too", "would shake anyone's confidence",
        // "I'd be devastated", "I would be furious".
        let would = lw.iter().position(|w| *w == "would");
        let reaction = would.is_some_and(|k| {
            (k + 1..lw.len()).any(|j| matches!(lw[j], "anyone" | "anyone's" | "me" | "too"))
        }) || lw.windows(3).any(|p| {
            (p[0] == "i'd" || p[0] == "we'd") && p[1] == "be" && !is_glad(p[2])
                || (p[0] == "i" && p[1] == "would" && p[2] == "be")
        });
        // "you're right that…", "a fair review", "you did everything right".
        let proved_right = pair("you're", "right")
            || pair("you", "were") && lw.contains(&"right")
            || pair("fair", "review")
            || pair("it's", "fair")
            || pair("everything", "right");
        // "six weeks off work is serious", "a lot to lose".
        // "That's a horrible position to be left in" weighs what the
        // sentence before told; "not fair on you", "hard on everyone".
        let weighs_before = matches!(lw.first(), Some(&("that's" | "that" | "it's")));
        let weighed = (about_them || weighs_before) && lw.iter().any(|w| weighs_cost(w))
            || (pair("not", "fair") || pair("isn't", "fair") || pair("hard", "on")) && about_them;
        // "not the sleepover you had planned", "isn't what you pay for",
        // "the experience we don't want anyone to have".
        // ("Sorry it wasn't what you'd hoped for" is the stock non-apology.)
        let sorry = lw.contains(&"sorry");
        let spoiled_plan = !sorry
            && lw.iter().enumerate().any(|(k, w)| {
                let neg = matches!(*w, "not" | "isn't" | "wasn't" | "don't" | "never");
                neg && (k + 1..(k + 7).min(lw.len())).any(|j| {
                    (lw[j] == "you" || lw[j] == "you'd")
                        && lw.get(j + 1).is_some_and(|n| is_plan(n) || *n == "had")
                        || (lw[j] == "anyone" || lw[j] == "anyone's") && lw[k..j].contains(&"want")
                })
            });
        reaction || proved_right || weighed || spoiled_plan
    }
}
