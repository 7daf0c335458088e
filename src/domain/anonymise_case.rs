//! A real case as a practice scenario: which case may be exported, and
//! what the scenario says about it (see `anonymise.rs` for the replacing).

use super::Anonymiser;
use crate::domain::case::Case;
use crate::domain::draft::Drafts;
use crate::domain::practice::{Difficulty, Exemplar, Scenario};

/// Why a case cannot become a training scenario.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportRefusal {
    #[error(
        "{0} has no approved reply to learn from yet: export it once a colleague has approved \
         its drafts, or after it was sent"
    )]
    NoApprovedReply(String),
    #[error("{0} is a practice case already: only real cases are exported")]
    Practice(String),
}

/// The anonymiser for every text of `case`: its people are `staff` and
/// everyone who worked on the case; the texts are searched for more names.
fn anonymiser_for(case: &Case, staff: &[String], review: &str) -> Anonymiser {
    let mut staff = staff.to_vec();
    staff.extend(case.team.members().iter().cloned());
    staff.extend(case.draft_authors.iter().cloned());
    staff.extend(case.verdicts.iter().map(|v| v.by.clone()));
    staff.push(case.created_by.clone());
    staff.extend(case.diagnosis.iter().map(|d| d.owner.clone()));
    let mut texts = vec![
        review,
        case.drafts.public.as_str(),
        case.drafts.private.as_str(),
    ];
    texts.extend(case.choices.iter().map(String::as_str));
    texts.extend(case.comments.iter().map(|c| c.text.as_str()));
    Anonymiser::new(&case.review.customer, &staff, &texts)
}

/// A real case as a practice scenario: the review, the reply the team
/// approved as the exemplar and what a colleague asked to change as traps,
/// every name and personal detail replaced. `staff` are the shop's and the
/// roster's names; the case adds its authors, reviewers and owner.
pub fn scenario(case: &Case, staff: &[String]) -> Result<Scenario, ExportRefusal> {
    if case.practice.is_some() {
        return Err(ExportRefusal::Practice(case.id.clone()));
    }
    let approved = case.sent.is_some() || crate::domain::gate::peer_review(case).open;
    if !approved || !case.drafts_complete() {
        return Err(ExportRefusal::NoApprovedReply(case.id.clone()));
    }
    let review = case.review.full_text();
    let mut a = anonymiser_for(case, staff, &review);
    let customer = a.customer(&case.review.customer);
    let first = customer
        .split_whitespace()
        .next()
        .unwrap_or("them")
        .to_string();
    let legal = case.coach().review_has_legal_risk();
    let mut must = vec![
        format!("thank {first} and apologise for what went wrong, in your own words"),
        "keep every personal detail out of the public reply".to_string(),
        format!("invite {first} to continue in a private message"),
    ];
    if !case.choices.is_empty() {
        let offered: Vec<String> = case.choices.iter().map(|c| a.text(c)).collect();
        must.push(format!(
            "offer choices in private (the team offered: {})",
            offered.join("; ")
        ));
    }
    if legal {
        must.push(
            "keep the legal risk in mind: admit nothing in public; the owner approves".into(),
        );
    }
    let mut traps: Vec<String> = case
        .comments
        .iter()
        .map(|c| format!("what a colleague asked to change: {}", a.text(&c.text)))
        .collect();
    if traps.is_empty() {
        traps.push("arguing the details in public".into());
    }
    let difficulty = match case.review.rating {
        _ if legal => Difficulty::Hard,
        Some(1) => Difficulty::Hard,
        Some(3..) => Difficulty::Easy,
        _ => Difficulty::Medium,
    };
    let hash = Drafts::new(&case.id, "").sha256();
    Ok(Scenario {
        name: format!("anonymised-{}", &hash[..8]),
        title: format!(
            "An anonymised {} review ({})",
            case.review.platform,
            case.review.stars()
        ),
        trade: case.playbook.name.clone(),
        difficulty,
        platform: case.review.platform.clone(),
        stars: case.review.rating,
        customer,
        review: a.text(&review),
        must,
        traps,
        exemplar: Exemplar {
            public: a.text(&case.drafts.public),
            private: a.text(&case.drafts.private),
        },
    })
}
