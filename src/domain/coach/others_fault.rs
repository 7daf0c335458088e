//! Fault handed to someone by a possessive: "that's the city's fault",
//! "Parking is the town's responsibility, not ours", "our line cook's
//! mistake". Read by shape, so an owner no list knows (a roads department,
//! a housing society) still counts; what the customer was told ("then you
//! were told it was the wool's fault") does not.

use super::clauses::Clauses;
use super::structure::Span;

/// Possessives that name no party: "it's", "that's", "everyone's".
fn names_no_party(owner: &str) -> bool {
    matches!(
        owner,
        "it" | "that"
            | "what"
            | "there"
            | "here"
            | "he"
            | "she"
            | "who"
            | "let"
            | "one"
            | "nobody"
            | "anyone"
            | "anybody"
            | "everyone"
            | "everybody"
            | "someone"
            | "somebody"
            | "else"
            | "today"
            | "tonight"
    )
}

/// The customer's side named by role: "cancellations are the learner's
/// responsibility" states terms, which the defence and policy readings
/// weigh; this pass is for parties outside the conversation.
fn is_customer_role(owner: &str) -> bool {
    matches!(
        owner,
        "customer"
            | "client"
            | "learner"
            | "student"
            | "member"
            | "patient"
            | "guest"
            | "user"
            | "buyer"
            | "homeowner"
            | "owner"
            | "tenant"
            | "parent"
            | "passenger"
    )
}

impl Clauses<'_, '_> {
    /// Every "<someone>'s fault|responsibility|mistake|doing".
    pub fn others_fault(&self, out: &mut Vec<Span>) {
        // A possessive is cued (POSSESSIVE); the last word owns nothing.
        for i in self.cued() {
            if i + 1 >= self.text.words.len() {
                break;
            }
            let Some(owner) = self.lw(i).strip_suffix("'s") else {
                continue;
            };
            // Not "doing": "the chime's doing its job" is a verb.
            let fault = matches!(
                self.lw(i + 1),
                "fault" | "responsibility" | "mistake" | "error"
            );
            if !fault
                || names_no_party(owner)
                || is_customer_role(owner)
                || super::excuses::is_calendar_or_number(owner)
                || self.text.words[i].quoted
                || !self.same_clause(i, i + 1)
                || self.negated(i)
                || self.told_before(i)
            {
                continue;
            }
            out.push(self.span(i, i + 1));
        }
    }

    /// A report of what was said ("told", "said", "blamed", see
    /// not_stated.rs) in the six words before `i`, in its sentence: what
    /// someone said, not the reply's own claim.
    fn told_before(&self, i: usize) -> bool {
        (i.saturating_sub(6)..i).any(|k| {
            let w = self.lw(k);
            self.same_sentence(k, i)
                && (super::not_stated::is_report(w) || matches!(w, "claimed" | "insisted"))
        })
    }
}
