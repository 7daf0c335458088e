//! A real case as a practice scenario: which case may be exported, and
//! what the scenario says about it (see `anonymise.rs` for the replacing).

use super::Anonymiser;
use crate::domain::case::Case;
use crate::domain::draft::Drafts;
use crate::domain::practice::{Difficulty, Exemplar, Scenario};

/// Why a case cannot become a training scenario (worded by
/// `present::practice`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportRefusal {
    /// Nobody approved its drafts and it was not sent (the case id).
    NoApprovedReply(String),
    /// It is a practice case itself (the case id).
    Practice(String),
}

/// What an exported scenario says: product data, in
/// `assets/words/exported-scenario.toml`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Words {
    nameless: String,
    title: String,
    no_stars: String,
    must: Must,
    traps: Traps,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Must {
    thank: String,
    private_details: String,
    invite: String,
    choices: String,
    legal: String,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Traps {
    comment: String,
    none: String,
}

fn words() -> &'static Words {
    static WORDS: std::sync::LazyLock<Words> = std::sync::LazyLock::new(|| {
        crate::domain::built_in::data(include_str!("../../assets/words/exported-scenario.toml"))
    });
    &WORDS
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
    texts.extend(case.response.choices.iter().map(String::as_str));
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
    let w = words();
    let first = customer
        .split_whitespace()
        .next()
        .unwrap_or(&w.nameless)
        .to_string();
    let legal = case.coach().review_has_legal_risk();
    let mut must = vec![
        w.must.thank.replace("{first}", &first),
        w.must.private_details.clone(),
        w.must.invite.replace("{first}", &first),
    ];
    if !case.response.choices.is_empty() {
        let offered: Vec<String> = case.response.choices.iter().map(|c| a.text(c)).collect();
        must.push(w.must.choices.replace("{offered}", &offered.join("; ")));
    }
    if legal {
        must.push(w.must.legal.clone());
    }
    let mut traps: Vec<String> = case
        .comments
        .iter()
        .map(|c| w.traps.comment.replace("{comment}", &a.text(&c.text)))
        .collect();
    if traps.is_empty() {
        traps.push(w.traps.none.clone());
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
        title: title(w, &case.review.platform, case.review.rating),
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

/// "An anonymised google review (★★☆☆☆)".
fn title(w: &Words, platform: &str, rating: Option<u8>) -> String {
    let stars = rating.map_or_else(|| w.no_stars.clone(), crate::domain::review::star_glyphs);
    w.title
        .replace("{stars}", &stars)
        .replace("{platform}", platform)
}

#[cfg(test)]
#[test]
fn the_built_in_words_parse_and_hold_their_placeholders() {
    let w = words();
    assert!(w.must.thank.contains("{first}") && w.must.invite.contains("{first}"));
    assert!(w.must.choices.contains("{offered}"));
    assert!(w.traps.comment.contains("{comment}"));
    assert_eq!(
        title(w, "google", Some(2)),
        "An anonymised google review (★★☆☆☆)"
    );
    assert_eq!(
        title(w, "yelp", None),
        "An anonymised yelp review (no stars)"
    );
}
