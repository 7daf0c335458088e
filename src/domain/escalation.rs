//! Escalation to the owner, and who a case is assigned to. Some replies are
//! not staff's to send alone: a review that speaks of lawyers or illness, a
//! one-star review when the playbook says so, a refund above what staff may
//! offer. Those need the approval of an owner (team.toml `[roles]`) on the
//! exact drafts, shown as one more gate. Pure: the case and its roster are
//! passed in.

use std::sync::LazyLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use super::case::Case;
use super::gate::{Gate, GateId, GateReason};
use super::identity::same_person;

/// A playbook's `[escalation]`: what needs the owner's approval.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EscalationRules {
    /// A review that speaks of lawyers, fraud, illness… (the coach's
    /// `legal-risk` phrases) needs the owner's approval.
    #[serde(default = "yes")]
    pub owner_approves_legal_risk: bool,
    /// Every one-star review needs the owner's approval.
    #[serde(default)]
    pub owner_approves_one_star: bool,
    /// The largest refund, credit or discount staff may offer on their own
    /// (in the shop's currency); more needs the owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff_offer_limit: Option<u32>,
}

fn yes() -> bool {
    true
}

impl Default for EscalationRules {
    fn default() -> EscalationRules {
        EscalationRules {
            owner_approves_legal_risk: true,
            owner_approves_one_star: false,
            staff_offer_limit: None,
        }
    }
}

impl EscalationRules {
    pub fn is_default(&self) -> bool {
        *self == EscalationRules::default()
    }
}

/// Why a case needs the owner (worded by `present::escalation`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    LegalRisk,
    OneStar,
    OfferAbove { amount: u32, limit: u32 },
}

/// What the rules say about one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts<'a> {
    pub rules: &'a EscalationRules,
    pub legal_risk: bool,
    pub stars: Option<u8>,
    /// Money offered in the choices and the private message.
    pub offers: &'a [u32],
    /// Whether an owner wrote any of the drafts (then staff limits do not apply).
    pub owner_wrote: bool,
}

/// Every reason the owner must approve; empty when staff may send alone.
pub fn needs_owner(f: &Facts) -> Vec<Why> {
    let mut out = Vec::new();
    if f.owner_wrote {
        return out;
    }
    if f.rules.owner_approves_legal_risk && f.legal_risk {
        out.push(Why::LegalRisk);
    }
    if f.rules.owner_approves_one_star && f.stars == Some(1) {
        out.push(Why::OneStar);
    }
    if let (Some(limit), Some(&amount)) = (f.rules.staff_offer_limit, f.offers.iter().max())
        && amount > limit
    {
        out.push(Why::OfferAbove { amount, limit });
    }
    out
}

static OFFER: LazyLock<Regex> = LazyLock::new(|| {
    super::built_in::regex(
        r"(?i)\b(refund|credit|voucher|compensat|discount|off\b|back\b|reimburs|gift card)",
    )
});
static MONEY: LazyLock<Regex> = LazyLock::new(|| {
    super::built_in::regex(
        r"(?i)[$£€]\s?(\d[\d,]*)(?:\.\d+)?|\b(\d[\d,]*)(?:\.\d+)?\s?(?:€|eur|euros?|pounds?|dollars?|usd|gbp)\b",
    )
});

/// Whole amounts of money offered: in a sentence that speaks of a refund,
/// credit, voucher, discount or money back.
pub fn offered_amounts(text: &str) -> Vec<u32> {
    text.split(['.', '!', '?', '\n', ';'])
        .filter(|s| OFFER.is_match(s))
        .flat_map(|s| MONEY.captures_iter(s).collect::<Vec<_>>())
        .filter_map(|c| c.get(1).or(c.get(2)))
        .filter_map(|m| m.as_str().replace(',', "").parse().ok())
        .collect()
}

/// The owners' gate for `case`: None when the team names no owner (a shop
/// of one, whose owner is the person replying) or nothing needs one.
pub fn owner_gate(case: &Case) -> Option<Gate> {
    let owners = case.team.owners();
    if owners.is_empty() || case.practice.is_some() {
        return None;
    }
    let mut offers: Vec<u32> = case
        .response
        .choices
        .iter()
        .flat_map(|c| offered_amounts(c))
        .collect();
    offers.extend(offered_amounts(&case.drafts.private));
    let facts = Facts {
        rules: &case.playbook.escalation,
        legal_risk: case.coach().review_has_legal_risk(),
        stars: case.review.rating,
        offers: &offers,
        owner_wrote: case.draft_authors.iter().any(|a| case.team.is_owner(a)),
    };
    let why = needs_owner(&facts);
    if why.is_empty() {
        return None;
    }
    let gate = |open, reason| Gate {
        id: GateId::OwnerApproval,
        open,
        reason,
        opens_at: None,
    };
    if let Some(by) = owner_approval(case) {
        return Some(gate(true, GateReason::OwnerApproved { by }));
    }
    Some(gate(
        false,
        GateReason::OwnerNeeded {
            owners: owners.to_vec(),
            why,
        },
    ))
}

/// The owner who approved exactly the current drafts (with a signature that
/// verifies, when the team requires signed approvals).
fn owner_approval(case: &Case) -> Option<String> {
    let hash = case.drafts.sha256();
    case.verdicts
        .iter()
        .rev()
        .take_while(|v| v.approved || v.drafts_sha256 != hash)
        .filter(|v| v.approved && v.drafts_sha256 == hash && case.team.is_owner(&v.by))
        .find(|v| {
            !case.team.requires_signatures()
                || case
                    .team
                    .check_signature(&case.id, &hash, &v.by, v.signature.as_deref())
                    .is_ok()
        })
        .map(|v| v.by.clone())
}

/// Why `to` cannot be given the case, if they cannot: with a roster, only
/// its members (names compared as people see them). The name to record is
/// the roster's spelling.
pub fn assignee(case: &Case, to: &str) -> Result<String, AssignRefusal> {
    let to = to.trim();
    if to.is_empty() {
        return Err(AssignRefusal::NoName);
    }
    if case.team.is_open() {
        return Ok(to.to_string());
    }
    case.team
        .members()
        .iter()
        .find(|m| same_person(m, to))
        .cloned()
        .ok_or_else(|| AssignRefusal::NotOnRoster {
            name: to.to_string(),
            members: case.team.members().to_vec(),
        })
}

/// Why a case cannot be assigned (worded by `present::escalation`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssignRefusal {
    NoName,
    /// The roster does not name them; who it does name.
    NotOnRoster {
        name: String,
        members: Vec<String>,
    },
}

#[cfg(test)]
#[path = "escalation_tests.rs"]
mod tests;
