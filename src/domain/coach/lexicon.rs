//! Word classes for the clause checks (who did what): one hash lookup per
//! word gives every class the word belongs to, so the structural checks
//! cost the same however many words a class holds.

use super::text::{FxMap, Text};
use std::sync::LazyLock;

pub(crate) type Class = u64;

/// Someone outside the business: carriers, suppliers, platforms, weather.
pub(crate) const THIRD: Class = 1;
/// A described member of staff ("the barista", "our junior").
pub(crate) const STAFF: Class = 1 << 1;
/// The customer or customers as a group ("guests", "the rider").
pub(crate) const CUSTOMER: Class = 1 << 2;
/// Something broke or went wrong: "mishandled", "dropped", "lost".
pub(crate) const DAMAGE: Class = 1 << 3;
/// Fault as a noun: "fault", "responsibility", "error", "glitch".
pub(crate) const FAULT: Class = 1 << 4;
/// Opens a cause: "due (to)", "caused (by)", "down (to)", "because (of)".
pub(crate) const CAUSE: Class = 1 << 5;
/// A negation.
pub(crate) const NEGATION: Class = 1 << 6;
/// First person as subject: "we", "I", "we'll".
pub(crate) const WE: Class = 1 << 7;
/// Speculation: "must (have)", "probably", "likely".
pub(crate) const GUESS: Class = 1 << 8;
/// What a customer is blamed for doing: "dropped", "misused", "ignored".
pub(crate) const MISUSE: Class = 1 << 9;
/// A customer's duty left undone: "(didn't) read", "check", "follow".
pub(crate) const DUTY: Class = 1 << 10;
/// Care verbs that can be done wrongly: "stored", "used", "installed".
pub(crate) const CARE: Class = 1 << 11;
/// Words that open a question.
pub(crate) const ASK: Class = 1 << 12;
/// The second person.
pub(crate) const YOU: Class = 1 << 13;
/// Norms: "should", "deserve", "expect".
pub(crate) const NORM: Class = 1 << 14;
/// Somebody in general: "anyone", "nobody", "no one".
pub(crate) const ANYONE: Class = 1 << 15;
/// Judging a person rather than a process: "careless", "lazy".
pub(crate) const CHARACTER: Class = 1 << 16;
/// A word that makes an email address or phone number an offer to talk.
pub(crate) const REACH: Class = 1 << 17;
/// An event word, blame only with a guess and a place: "occurred".
pub(crate) const EVENT: Class = 1 << 18;
/// "Maybe", "perhaps": advice that may talk down.
pub(crate) const MAYBE: Class = 1 << 19;
/// The first word of a timeline that promises nothing ("when we can").
pub(crate) const VAGUE: Class = 1 << 20;
/// Trouble someone else had, an excuse when tied to them: "delays",
/// "backlog", "missed", "the wrong (address)".
pub(crate) const TROUBLE: Class = 1 << 21;
/// Consequences for a member of staff: "(has been) spoken (to)",
/// "retrained", "disciplined" — blame made public.
pub(crate) const DISCIPLINED: Class = 1 << 22;
/// A word that may open one of the cause shapes (`staff_cause.rs`,
/// `outside_cause.rs`, `customer_cause.rs`): every other word is passed
/// over with one bit test.
pub(crate) const CAUSE_CUE: Class = 1 << 23;
/// A word that anchors one of the turns of tone in `tone_turns.rs` and
/// `tone_asides.rs`: every other word is passed over with one bit test.
pub(crate) const TONE_TURN: Class = 1 << 24;
/// A word that may open a general or guessed cause (`generic_causes.rs`).
pub(crate) const GENERIC_CUE: Class = 1 << 25;

/// Cues: the words a pass names on every word of a draft, one bit per
/// pass, so the pass skips every other word with one bit test instead of a
/// chain of string compares. A cue is no class of meaning: a word's
/// classes are tested as a whole (`cls == 0`) only under [`MEANINGS`].
pub(crate) const DEFENCE_CUE: Class = 1 << 26;
pub(crate) const EXCUSE_CUE: Class = 1 << 27;
pub(crate) const REFERRAL_CUE: Class = 1 << 28;
pub(crate) const DARE_CUE: Class = 1 << 29;
pub(crate) const FAILURE_CUE: Class = 1 << 30;
pub(crate) const JUSTIFY_CUE: Class = 1 << 31;
pub(crate) const MOVE_CUE: Class = 1 << 32;
pub(crate) const CASE_CUE: Class = 1 << 34;
/// review_change.rs's words, and every verb of changing (`is_change`).
pub(crate) const CHANGE_CUE: Class = 1 << 33;
/// Shapes, set by [`classify`] from the word as written: a first letter
/// that may be a capital (uppercase or beyond ASCII), a first digit, a
/// possessive "'s". With the classes and cues they mark every word a
/// per-word pass may open on (see `Clauses::cued`).
pub(crate) const UPPER: Class = 1 << 40;
pub(crate) const DIGIT: Class = 1 << 41;
pub(crate) const POSSESSIVE: Class = 1 << 42;
/// Every class of meaning (and the older cues counted with them).
pub(crate) const MEANINGS: Class = (1 << 26) - 1;

#[rustfmt::skip]
const WORDS: &[(Class, &[&str])] = &[
    (DEFENCE_CUE, super::defences::OPENERS),
    (EXCUSE_CUE, super::excuses::OPENERS),
    (REFERRAL_CUE, super::referrals::OPENERS),
    (REFERRAL_CUE, super::referrals::REFEREES),
    (REFERRAL_CUE, super::referrals::OUTSIDERS),
    (REFERRAL_CUE, super::referrals::DECISIONS),
    (REFERRAL_CUE, super::referrals::FIRMS),
    (REFERRAL_CUE, super::referrals::REFERRAL_VERBS),
    (DARE_CUE, super::tone_asides::DARE_OPENERS),
    (FAILURE_CUE, &["house"]),
    (JUSTIFY_CUE, super::justifications::CUE_WORDS),
    (MOVE_CUE, super::tone_moves::ANCHORS),
    (CASE_CUE, super::case_details::OPENERS),
    (CHANGE_CUE, &["star", "stars", "rating", "score", "add", "adding"]),
    (THIRD, &[
        "heatwave", "snow", "storm", "storms", "flooding", "floods", "strike", "strikes",
        "roadworks", "fog",
        "courier", "couriers", "carrier", "carriers", "postman", "postwoman", "postie", "royal",
        "ups", "usps", "fedex", "dhl", "dpd", "hermes", "evri", "parcelforce", "supplier",
        "suppliers", "manufacturer", "manufacturers", "factory", "warehouse", "wholesaler",
        "distributor", "vendor", "subcontractor", "subcontractors", "contractor", "contractors",
        "airline", "airlines", "landlord", "council", "insurer", "insurers", "bank", "venue",
        "coordinator", "planner", "organiser", "organizer", "promoter", "apple", "google",
        "microsoft", "amazon", "provider", "processor", "weather", "traffic", "agency", "partner",
        "partners", "hotel", "operator", "platform", "shipper", "haulier", "drivers", "delivery",
        "post", "transport", "lab", "labs", "laboratory", "subcontracted", "outsourced",
        "shortage", "shortages", "sickness", "illness", "system", "systems", "software",
        "emergency", "emergencies", "accident",
    ]),
    (STAFF, &[
        "barista", "stylist", "waiter", "waitress", "server", "technician", "engineer", "cleaner",
        "chef", "cook", "receptionist", "junior", "apprentice", "trainee", "temp", "colleague",
        "driver", "skipper", "fitter", "installer", "plumber", "electrician", "mechanic", "nurse",
        "hygienist", "therapist", "assistant", "host", "porter", "housekeeper", "housekeeping",
        "bartender", "manager", "he", "she", "girl", "guy", "lad", "crew", "cleaners",
        "instructor", "instructors", "teacher", "teachers", "staffer", "employee",
        "supervisor", "groomer", "tutor", "hairdresser", "barber", "decorator", "builder",
        "gardener", "joiner", "carpenter", "painter", "handyman", "dispatcher",
        "hostess", "lads", "guys", "girls", "technicians", "engineers", "chefs", "waiters",
        "stylists", "receptionists", "movers", "fitters", "installers", "apprentices",
        "trainees", "juniors", "colleagues", "employees", "nurses", "therapist's", "colourist",
        "colorist", "therapists", "mechanics", "tutors", "groomers", "supervisors",
        "member", "agent", "agents", "advisor", "adviser", "representative", "clerk",
    ]),
    (CUSTOMER, &[
        "customer", "customers", "guest", "guests", "client", "clients", "rider", "riders", "user",
        "users", "patient", "patients", "buyer", "buyers", "owner", "owners", "members",
        "tenants", "passengers",
    ]),
    (DAMAGE, &[
        "cracked", "chipped", "shattered", "snapped", "torn", "ripped", "stained", "spilled",
        "broke", "broken", "damaged", "mishandled", "mishandling", "dropped", "crushed", "smashed",
        "threw", "thrown", "lost", "knocked", "bent", "dented", "scratched", "misdelivered",
        "forgot", "forgets", "ignored", "messed", "screwed", "failed", "neglected", "misread",
        "misplaced", "overbooked", "cancelled", "canceled", "overran", "botched", "mixed",
        "damage", "killed", "destroyed", "wrecked",
    ]),
    (FAULT, &[
        "fault", "faults", "responsibility", "responsible", "blame", "blamed", "error", "errors",
        "mistake", "mistakes", "glitch", "negligence", "carelessness", "outage", "bug", "faulty",
        "defective",
    ]),
    (CAUSE, &[
        "due", "caused", "down", "because", "thanks", "result", "blame", "blamed",
    ]),
    (NEGATION, &[
        "not", "no", "never", "without", "nor", "cannot", "neither", "nobody", "won't", "don't",
        "didn't", "isn't", "wasn't", "aren't", "weren't", "can't", "couldn't", "shouldn't",
        "wouldn't", "hasn't", "haven't", "hadn't", "doesn't",
    ]),
    (WE, &[
        "we", "i", "we'll", "i'll", "we'd", "i'd", "we're", "i'm", "we've", "i've",
    ]),
    (GUESS, &[
        "must", "may", "might", "probably", "likely", "presumably", "possibly", "must've",
        "might've", "may've", "possible", "appears", "seems", "clearly", "obviously", "evidently", "suspect",
    ]),
    (MISUSE, &[
        "dropped", "misused", "broke", "damaged", "forgot", "ignored", "misread", "mishandled",
        "overloaded", "neglected", "overtightened", "overwound", "tampered",
    ]),
    (DUTY, &[
        "read", "check", "follow", "tell", "inform", "mention", "measure", "contact", "store",
        "clean", "return", "book", "arrive", "show", "notice", "ask", "specify", "cancel",
        "collect", "reply", "respond", "pay", "call",
    ]),
    (CARE, &[
        "stored", "used", "installed", "assembled", "maintained", "cleaned", "followed", "handled",
        "washed", "fitted", "charged", "kept", "treated", "looked", "cared", "applied", "operated",
        "packed", "packaged", "secured", "wrapped", "loaded", "supervised", "assembled",
        "booked", "serviced", "checked", "reported", "measured", "returned", "clicked",
        "completed", "submitted",
    ]),
    (ASK, &[
        "what", "why", "how", "who", "did", "do", "does", "are", "were", "is", "was", "have",
        "has", "really", "seriously", "wow", "where", "isn't", "wasn't", "didn't", "don't",
        "doesn't", "aren't", "can't", "what's", "who's", "since",
    ]),
    (YOU, &[
        "you", "your", "you're", "yours", "yourself", "you've", "you'd", "you'll", "u", "ur",
    ]),
    (NORM, &[
        "should", "shouldn't", "deserve", "deserves", "deserved", "expect", "expects", "expected",
        "meant",
        "supposed",
    ]),
    (ANYONE, &[
        "anyone", "anybody", "nobody", "everyone", "everybody", "guest", "customer",
    ]),
    (CHARACTER, &[
        "careless", "lazy", "useless", "incompetent", "stupid", "idiot", "sloppy", "hopeless",
        "clueless", "unreliable", "negligent", "dim", "thick", "rude", "slack", "dozy",
    ]),
    (REACH, &[
        "call", "ring", "phone", "text", "email", "mail", "message", "contact", "reach", "write",
        "whatsapp", "dm", "shout", "line", "at", "on", "via", "visit", "number", "directly",
    ]),
    (EVENT, &[
        "occurred", "happened", "caused", "done",
    ]),
    (TROUBLE, &[
        "delay", "delays", "delayed", "backlog", "backlogs", "shortage", "problems", "issues",
        "defect", "defects", "wrong", "missed", "behind", "late", "short-staffed", "understaffed",
        "overwhelmed", "sickness", "ill", "sick", "short", "staffing", "mess", "bad", "dirty", "slow",
    ]),
    (DISCIPLINED, &[
        "spoken", "retrained", "disciplined", "reprimanded", "warned", "dismissed", "sacked",
        "fired", "reminded", "re-trained",
    ]),
    (CAUSE_CUE, &[
        "unlike", "intern", "interns", "paralegal", "paralegals", "tech", "techs", "admin",
        "packer", "packers", "dev", "devs", "developer", "developers", "counselor", "counselors",
        "counsellor", "counsellors", "walker", "walkers", "substitute", "substitutes",
        "bookkeeper", "bookkeepers", "negotiator", "negotiators", "volunteer", "volunteers",
        "locum", "locums", "cashier", "cashiers", "attendant", "attendants", "steward",
        "stewards", "chauffeur", "chauffeurs", "concierge", "caretaker", "caretakers", "carer",
        "carers", "physio", "physios", "optometrist", "optometrists", "pharmacist",
        "pharmacists", "dispenser", "dispensers", "surveyor", "surveyors", "operative",
        "operatives", "labourer", "labourers", "roofer", "roofers", "tiler", "tilers", "glazier",
        "glaziers", "locksmith", "locksmiths", "accountant", "accountants", "administrator",
        "administrators", "coordinator", "coordinators", "estimator", "estimators", "team",
        "teams", "staff", "master", "masters", "lead", "leads", "desk", "desks", "person",
        "because", "as", "due", "down", "came", "comes", "arose", "stemmed", "originated", "not",
        "stems", "stem", "stemming", "arises", "arise", "arising", "originates", "held",
        "going", "triggered", "chosen", "decided", "determined", "authorised", "authorized",
        "controlled", "dictated", "imposed", "issued", "approved", "solicitors", "practices",
        "freelancer", "mill", "printers", "isp", "editor", "maker", "makers", "authority",
        "association", "regulator", "ombudsman", "authorities", "company", "firm", "companies",
        "firms", "party", "parties", "boy", "lady",
        "if", "had", "most", "many", "other", "all", "every", "did", "have", "do", "after",
        "once", "brought", "already", "with", "next", "responsibility", "duty", "washed",
        "cleaned", "stored", "dried", "kept", "treated", "maintained", "watered", "ironed",
        "rinsed", "bleached",
    ]),
    (GENERIC_CUE, &[
        "happens", "happen", "occurs", "occur", "appears", "appear", "develops", "develop",
        "forms", "form", "builds", "build", "which", "that", "prone", "must", "must've",
        "likely", "means",
    ]),
    (MAYBE, &[
        "maybe", "perhaps",
    ]),
    (TONE_TURN, &[
        "would", "will", "should", "can", "could", "result", "results", "lead", "leads",
        "secret", "surprise", "mystery", "if", "don't", "do", "never", "like", "unlike", "rest",
        "solicitor", "solicitors", "lawyer", "lawyers", "legal", "attorney", "attorneys",
        "apologise", "apologize", "apologising", "apologizing", "not", "aren't", "after",
    ]),
    (VAGUE, &[
        "when", "whenever", "in", "as", "at", "eventually", "some", "sometime", "no", "tbc",
    ]),
];

/// The longest word in a class.
const LONGEST: usize = 16;

/// Every word with its classes, and which (length, first byte) pairs occur:
/// most words of a text fail that test and skip the hash lookup.
struct Lexicon {
    classes: FxMap<&'static str, Class>,
    starts: [[u64; 4]; LONGEST + 1],
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let mut classes: FxMap<&'static str, Class> = FxMap::default();
    let mut starts = [[0u64; 4]; LONGEST + 1];
    for &(class, words) in WORDS {
        for w in words {
            *classes.entry(w).or_default() |= class;
            let b = usize::from(w.as_bytes()[0]);
            starts[w.len().min(LONGEST)][b / 64] |= 1 << (b % 64);
        }
    }
    Lexicon { classes, starts }
});

impl Lexicon {
    fn get(&self, w: &str) -> Option<Class> {
        let b = usize::from(*w.as_bytes().first()?);
        if w.len() > LONGEST || self.starts[w.len()][b / 64] & (1 << (b % 64)) == 0 {
            return None;
        }
        self.classes.get(w).copied()
    }
}

/// The classes of a lowercase word; a possessive "'s" is looked through
/// ("courier's" is a carrier).
pub(crate) fn classes(lw: &str) -> Class {
    let lexicon = &*LEXICON;
    if let Some(c) = lexicon.get(lw) {
        return c;
    }
    // Only a word ending in "s" can be a possessive.
    if !lw.ends_with('s') {
        return 0;
    }
    match lw.strip_suffix("'s") {
        Some(base) => lexicon.get(base).unwrap_or(0),
        None => 0,
    }
}

/// Every word's classes and shapes, in word order.
pub(crate) fn classify(text: &Text) -> Vec<Class> {
    let src = text.src.as_bytes();
    text.words
        .iter()
        .map(|w| {
            let lw = text.lower(w);
            let first = src[w.start];
            let mut c = classes(lw);
            if first >= 0x80 || first.is_ascii_uppercase() {
                c |= UPPER;
            }
            if first.is_ascii_digit() {
                c |= DIGIT;
            }
            if lw.ends_with("'s") {
                c |= POSSESSIVE;
            }
            // defences reads "clarif…" as well as its listed words.
            if lw.starts_with("clarif") {
                c |= DEFENCE_CUE;
            }
            if super::review_change::is_change(lw) {
                c |= CHANGE_CUE;
            }
            c
        })
        .collect()
}

/// The words with any class, cue or shape, in order.
pub(crate) fn cued(cls: &[Class]) -> Vec<u32> {
    (0..cls.len() as u32)
        .filter(|&i| cls[i as usize] != 0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_classed_and_possessives_looked_through() {
        assert!(
            WORDS
                .iter()
                .all(|(_, ws)| ws.iter().all(|w| w.len() <= LONGEST))
        );
        assert_ne!(classes("courier") & THIRD, 0);
        assert_ne!(classes("courier's") & THIRD, 0);
        assert_eq!(classes("dropped") & (DAMAGE | MISUSE), DAMAGE | MISUSE);
        assert_eq!(classes("the"), 0);
        assert_eq!(classes(""), 0);
        assert_eq!(classes("'s"), 0);
    }
}
