//! The coach in words (`domain::coach`): one line per finding and per tip,
//! citing the practice (HEARD and the seeds), the JSON of `heard lint
//! --json` (whose `message` fields are these lines), and the errors of a
//! playbook's phrases. The panel, `heard lint`, `heard review`, the send
//! gate and the practice scorecard all word a finding here.

use std::borrow::Cow;
use std::fmt;

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::domain::coach::Severity;
use crate::domain::coach::{
    Advice, Category, DetailKind, Evidence, Finding, Offer, PhraseError, PublicDetail, Reason,
    RulesError, Tip, UnknownCategory, Why,
};
use crate::domain::visible::describe;

/// What to say when the coach finds nothing: it knows only the problems it
/// was taught, so this is never an approval.
pub const NOTHING_FOUND: &str = "no known problems found — read it as the customer would";

/// A finding's one line: what is wrong and the practice it comes from.
pub fn message(f: &Finding) -> String {
    let said = said(f.category, &f.reason);
    // A person must see why a finding that would block only warns here: a
    // sentence's shape, or wording that careful replies also use.
    if f.evidence == Evidence::Inferred && f.severity == Severity::Warn {
        format!("{said} (the words alone don't make it certain, so it warns and does not block)")
    } else {
        said
    }
}

/// A blocking finding as the send gate lists it: category, where, why.
pub fn blocking_line(f: &Finding) -> String {
    format!(
        "{} ({} line {}): {}",
        f.category.as_str(),
        f.draft.as_str(),
        f.line,
        message(f)
    )
}

/// The one line for a category and what was found.
fn said(category: Category, reason: &Reason) -> String {
    match reason {
        Reason::NotAmongChoices { quoted, offer } => format!(
            "risky promise (\"{quoted}\"): {} is not among your choices — add it on the Choices \
             step, or remove it here",
            offer_words(*offer)
        ),
        Reason::BlamesPerson(quoted) => format!(
            "blames a person (\"{quoted}\"): name the process that let it happen, not the \
             person (blameless diagnosis)"
        ),
        _ => category_line(category, &detail(reason)),
    }
}

/// The matched words, a count or a kind, as the category's line quotes it.
fn detail(reason: &Reason) -> Cow<'_, str> {
    match reason {
        Reason::Missing => Cow::Borrowed(""),
        Reason::Quoted(d) | Reason::BlamesPerson(d) => Cow::Borrowed(d),
        Reason::NotAmongChoices { quoted, .. } => Cow::Borrowed(quoted),
        Reason::TooFewChoices { offered, wanted } => Cow::Owned(format!(
            "{offered} concrete option{} offered, {wanted} wanted",
            if *offered == 1 { "" } else { "s" },
        )),
        Reason::Detail(what) => Cow::Borrowed(detail_words(*what)),
        Reason::HiddenChar(c) => Cow::Owned(describe(*c)),
    }
}

/// The reason for a category, with `d` the matched text or a count.
fn category_line(category: Category, d: &str) -> String {
    match category {
        Category::NoApology => {
            "no apology: say sorry and own the problem, without \"but\" (HEARD: apologise)".into()
        }
        Category::NoEmpathy => "no empathy: show you understand how they feel, e.g. \"I'd be \
             frustrated too\" (HEARD: empathise)"
            .into(),
        Category::NoThanks => {
            "no thanks: thank them for taking the time to tell you what went wrong".into()
        }
        Category::Blame => format!(
            "blame (\"{d}\"): take full ownership; find the cause later, without blaming anyone \
             (HEARD: diagnose)"
        ),
        Category::Defensive => format!(
            "defensive (\"{d}\"): \"but\", policies and \"not our fault\" turn an apology into an \
             excuse; drop the defence"
        ),
        Category::NoChoices => format!(
            "{d}: offer a couple of concrete choices (replacement, refund, remake…) so they feel \
             empowered (HEARD: resolve)"
        ),
        Category::NoContact => "no way to continue privately: invite them to email or call you \
             and take the details offline"
            .into(),
        Category::PublicDetails => format!(
            "public details ({d}): in public, only apologise and invite them to talk; keep \
             details private"
        ),
        Category::Shouting => format!(
            "shouting (\"{d}\"): capitals and repeated !/? read as anger; stay calm and \
             professional"
        ),
        Category::Generic => "generic: nothing refers to what the review said; name their \
             concern so they know you read it all"
            .into(),
        Category::NegativeTone => format!(
            "hostile tone (\"{d}\"): every future buyer reads this; treat the customer with \
             respect"
        ),
        Category::RiskyPromise => format!(
            "risky promise (\"{d}\"): don't promise what you can't keep or what is bad for \
             business"
        ),
        Category::AsksRemoval => format!(
            "asks to change the review (\"{d}\"): platforms forbid it and readers resent it; \
             earn a better one"
        ),
        Category::Placeholder => {
            format!("template leftover \"{d}\": fill it in before anyone reads it")
        }
        Category::HiddenText => format!(
            "hidden character {d}: it can hide or rearrange text on a screen, so nobody can approve \
             what they cannot see; retype this part"
        ),
        Category::LegalRisk => {
            format!("the review mentions \"{d}\": escalate to the owner before any reply")
        }
    }
}

/// How a `public-details` finding names the detail.
fn detail_words(what: PublicDetail) -> &'static str {
    match what {
        PublicDetail::Personal(kind) => personal_words(kind),
        PublicDetail::TimeOfDay => "a time of day",
        PublicDetail::StaffByName => "a member of staff by name",
        PublicDetail::WhoSaidWhat => "who said what",
        PublicDetail::RecordsAsEvidence => "our records as evidence",
        PublicDetail::VisitDate => "a date of their visit or order",
        PublicDetail::OurVersion => "our version of what happened",
    }
}

/// A kind of personal detail, as a finding names it.
pub fn personal_words(kind: DetailKind) -> &'static str {
    match kind {
        DetailKind::Email => "an email address",
        DetailKind::Phone => "a phone number",
        DetailKind::OrderNumber => "an order number",
        DetailKind::Amount => "an amount",
        DetailKind::Address => "an address",
        DetailKind::FullName => "the customer's full name",
    }
}

/// The thing a money word offers, in a sentence: "a refund", "a voucher".
fn offer_words(offer: Offer) -> &'static str {
    match offer {
        Offer::Refund => "a refund",
        Offer::MoneyBack => "money back",
        Offer::Reimbursement => "reimbursement",
        Offer::Compensation => "compensation",
        Offer::Voucher => "a voucher",
        Offer::GiftCard => "a gift card",
        Offer::Discount => "a discount",
        Offer::Cashback => "cashback",
        Offer::Credit => "credit",
        Offer::PayingCosts => "paying their costs",
        Offer::SomethingFree => "something free",
    }
}

impl fmt::Display for Tip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Tip::TooLong { words } => write!(
                f,
                "the public reply is {words} words: keep it short (thanks, apology, an \
                 invitation to talk) and put the details in the private message"
            ),
            Tip::LeadWithWarmth => f.write_str(
                "lead with thanks or an apology, not an explanation: readers decide in the \
                 first sentence",
            ),
            Tip::LeadWithThanks => f.write_str("lead with thanks: it is what the reply is for"),
            Tip::InviteBack => f.write_str(
                "invite them back (\"hope to see you again soon\"): a thank-you is also a welcome",
            ),
        }
    }
}

impl fmt::Display for Why {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&said(self.category, &self.reason))
    }
}

/// In `heard practice score --json`, the finding's line as people read it.
impl Serialize for Why {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The documented `heard lint --json` finding: where, how serious, and
/// the one-line `message`.
impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Finding", 9)?;
        out.serialize_field("category", &self.category)?;
        out.serialize_field("severity", &self.severity)?;
        if self.evidence.is_stated() {
            out.skip_field("evidence")?;
        } else {
            out.serialize_field("evidence", &self.evidence)?;
        }
        out.serialize_field("draft", &self.draft)?;
        out.serialize_field("start", &self.start)?;
        out.serialize_field("end", &self.end)?;
        out.serialize_field("line", &self.line)?;
        out.serialize_field("column", &self.column)?;
        out.serialize_field("message", &message(self))?;
        out.end()
    }
}

/// A tip in `heard lint --json`: where it points and its `message`.
impl Serialize for Advice {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Advice", 4)?;
        out.serialize_field("draft", &self.draft)?;
        out.serialize_field("start", &self.start)?;
        out.serialize_field("end", &self.end)?;
        out.serialize_field("message", &self.tip.to_string())?;
        out.end()
    }
}

impl fmt::Display for PhraseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhraseError::UnknownGroup { phrase, group } => {
                write!(f, "phrase {phrase:?}: unknown group {{{group}}}")
            }
            PhraseError::BadStart { phrase } => write!(
                f,
                "phrase {phrase:?}: must start with a word (a prefix needs 3 letters)"
            ),
            PhraseError::TooMany { phrase } => {
                write!(f, "phrase {phrase:?}: expands to too many variants")
            }
        }
    }
}

impl std::error::Error for PhraseError {}

impl fmt::Display for RulesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RulesError::Phrase(e) => write!(f, "coach rules: {e}"),
        }
    }
}

impl std::error::Error for RulesError {}

impl fmt::Display for UnknownCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown coach category {:?}", self.0)
    }
}

impl std::error::Error for UnknownCategory {}

#[cfg(test)]
#[path = "coach_tests.rs"]
mod tests;
