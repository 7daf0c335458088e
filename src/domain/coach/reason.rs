//! Why the coach raised a finding or gave advice, as data: the words it
//! matched, a count, which kind of detail, which offer. The domain decides;
//! `present::coach` is the one place that turns these into sentences, so
//! the panel, `heard lint` and the scorecard word a finding the same way.

use super::finding::Category;
use super::personal_data::DetailKind;

/// What a finding found, beside its category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Something the drafts lack (an apology, thanks, a way to talk):
    /// nothing to quote.
    Missing,
    /// The words found, shortened to about 48 characters.
    Quoted(String),
    /// Fewer concrete options than the playbook wants.
    TooFewChoices { offered: usize, wanted: u32 },
    /// A detail of the case argued in public.
    Detail(PublicDetail),
    /// Money promised (the words quoted) that the chosen options do not
    /// include.
    NotAmongChoices { quoted: String, offer: Offer },
    /// A character a reader cannot see.
    HiddenChar(char),
    /// The diagnosis or debrief blames a person (the words quoted).
    BlamesPerson(String),
}

/// Which detail a public reply argues or exposes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublicDetail {
    /// The customer's personal data.
    Personal(DetailKind),
    /// A time of day the customer did not give.
    TimeOfDay,
    /// One of the shop's staff, named when the shop keeps names private.
    StaffByName,
    /// Who said what about the case ("Kevin was correct").
    WhoSaidWhat,
    /// The shop's records held up as evidence ("our notes show").
    RecordsAsEvidence,
    /// The date of the customer's visit or order.
    VisitDate,
    /// Our version of what happened, set against theirs ("which you
    /// declined", "spotless when she left").
    OurVersion,
}

/// What a money word offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    Refund,
    MoneyBack,
    Reimbursement,
    Compensation,
    Voucher,
    GiftCard,
    Discount,
    Cashback,
    Credit,
    PayingCosts,
    SomethingFree,
}

/// A finding's category with its reason: everything its one-line message
/// is made from (the practice scorecard keeps this, not the words).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Why {
    pub category: Category,
    pub reason: Reason,
}

impl From<PublicDetail> for Reason {
    fn from(what: PublicDetail) -> Reason {
        Reason::Detail(what)
    }
}

/// A tip that is not a finding: what about the public reply to change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tip {
    /// Longer than the advised number of words.
    TooLong { words: usize },
    /// A reply to a complaint that opens with an explanation.
    LeadWithWarmth,
    /// A thank-you that does not open with thanks.
    LeadWithThanks,
    /// A thank-you with no invitation back.
    InviteBack,
}
