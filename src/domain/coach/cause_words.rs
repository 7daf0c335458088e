//! The word lists of the customer-as-cause shapes (`customer_cause.rs`),
//! kept apart so the shapes read on one screen.

/// What follows "if you'd" in an offer, not a condition on the past.
#[rustfmt::skip]
pub(super) fn is_wish(w: &str) -> bool {
    matches!(w, "like" | "prefer" | "rather" | "love" | "want" | "wish" | "care" | "be" |
        "any" | "a" | "an" | "some" | "the" | "been" | "had" | "questions" | "still" | "more")
}

/// A verb done in the past by the customer: "visited", "rung", "read".
#[rustfmt::skip]
pub(super) fn is_done(w: &str) -> bool {
    // Telling the business sooner ("if you'd contacted us directly") is
    // a defence, not a fault of theirs.
    (w.ends_with("ed") && w.len() > 4 && !is_telling_us(w))
        || matches!(w, "read" | "come" | "brought" | "given" | "kept" | "sent" | "bled" | "fed"
            | "paid" | "held" | "set" | "shut" | "hung" | "lit" | "eaten" | "drunk" | "fallen"
            | "run" | "left" | "made" | "taken" | "chosen" | "put" | "got" | "gone" | "worn"
            | "known" | "rang" | "came")
}

/// Verbs of telling the business, and wishes.
#[rustfmt::skip]
pub(super) fn is_telling_us(w: &str) -> bool {
    matches!(w, "needed" | "wanted" | "liked" | "preferred" | "contacted" | "called" |
        "emailed" | "messaged" | "mentioned" | "reported" | "asked" | "raised" | "flagged" |
        "phoned" | "texted" | "informed" | "notified" | "alerted")
}

/// Whose slip "because your …" can name: a person with the customer.
#[rustfmt::skip]
pub(super) fn is_their_person(w: &str) -> bool {
    matches!(w, "son" | "daughter" | "husband" | "wife" | "partner" | "child" | "children" |
        "kids" | "family" | "friend" | "friends" | "guests" | "party" | "group" | "team" |
        "builder" | "mum" | "mom" | "dad" | "boss" | "assistant")
}

/// Marks of a failure or a mistake in what the customer did.
#[rustfmt::skip]
pub(super) fn is_slip(w: &str) -> bool {
    w.ends_with("n't") || matches!(w, "never" | "wrong" | "forgot" | "missed" | "late" |
        "incorrect" | "incorrectly" | "not")
}

/// Others the customer is held up against: "most travellers".
#[rustfmt::skip]
pub(super) fn is_others(w: &str) -> bool {
    matches!(w, "travellers" | "travelers" | "guests" | "clients" | "customers" | "visitors" |
        "diners" | "groups" | "people" | "families" | "patients" | "members" | "owners" |
        "parents" | "students" | "tenants" | "couples" | "riders" | "buyers" | "users" |
        "passengers" | "teams" | "players" | "parties")
}

/// What the others manage that the customer did not.
#[rustfmt::skip]
pub(super) fn is_norm_verb(w: &str) -> bool {
    matches!(w, "manage" | "find" | "check" | "read" | "know" | "understand" | "follow" |
        "cope" | "have" | "remember" | "bring" | "arrive" | "use" | "get" | "seem" | "are" |
        "do" | "handle" | "realise" | "realize" | "notice" | "plan" | "book" | "allow")
}

/// What a question may ask the customer without blaming them.
#[rustfmt::skip]
pub(super) fn is_neutral_ask(w: &str) -> bool {
    matches!(w, "get" | "receive" | "received" | "see" | "seen" | "enjoy" | "like" | "want" |
        "hear" | "heard" | "have" | "had" | "know" | "mean" | "manage" | "find" | "been" |
        "spot" | "speak" | "spoke" | "talk" | "meet" | "mind" | "prefer" | "need" | "still" |
        "not" | "tried" | "try" | "really")
}

/// Care of a thing done wrongly: "washed with normal shampoo".
#[rustfmt::skip]
pub(super) fn is_wrong_means(w: &str) -> bool {
    matches!(w, "normal" | "regular" | "ordinary" | "household" | "standard" | "wrong" | "hot" |
        "cheap" | "non-approved" | "unapproved" | "supermarket")
}

/// Looking after a thing, which can be done with the wrong means.
#[rustfmt::skip]
pub(super) fn is_looked_after(w: &str) -> bool {
    matches!(w, "washed" | "cleaned" | "stored" | "dried" | "kept" | "treated" | "maintained" |
        "watered" | "ironed" | "rinsed" | "bleached")
}

/// A state a thing was already in when it reached the business.
#[rustfmt::skip]
pub(super) fn is_prior_state(w: &str) -> bool {
    matches!(w, "loose" | "damaged" | "broken" | "cracked" | "shrunk" | "worn" | "torn" |
        "stained" | "faulty" | "split" | "chipped" | "bent" | "scratched" | "marked" | "there" |
        "missing" | "weak")
}
