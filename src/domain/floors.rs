//! Floors no playbook can go under. The person most likely to pick a
//! gentler playbook is the upset author, so a complaint always gets a
//! cool-down (the seed's hour when the check-in says upset) and a peer
//! review, whatever playbook the case was given or its copy now says.

use super::coach::{IntensityLabel, review_intensity};
use super::playbook::{GateRules, Playbook};
use super::review::Review;

/// The shortest calm cool-down a complaint gets.
pub const COOLDOWN_MINUTES: u32 = 15;
/// The shortest cool-down when the check-in says upset (the seed's hour).
pub const UPSET_COOLDOWN_MINUTES: u32 = 60;
/// The highest `upset_from` a complaint may have: level 3 of 5 is upset.
pub const UPSET_FROM: u8 = 3;

/// Why a review cannot have the floors waived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Complaint {
    /// One to three stars.
    LowRating(u8),
    /// No stars: nobody can tell it is praise.
    NoRating,
    /// Four or five stars, but the words are negative.
    NegativeTone,
}

/// Whether this review is a complaint for the floors' purpose, and why.
/// Only a 4–5 star review whose words are not negative is praise.
pub fn complaint(review: &Review) -> Option<Complaint> {
    match review.rating {
        Some(r @ 0..=3) => Some(Complaint::LowRating(r)),
        None => Some(Complaint::NoRating),
        Some(_) => {
            let tone = review_intensity(&review.full_text());
            let negative = tone.compound <= -0.05 || tone.label != IntensityLabel::Calm;
            negative.then_some(Complaint::NegativeTone)
        }
    }
}

/// Which floors a playbook's gates go under (empty: it meets them all).
pub fn shortfalls(g: &GateRules) -> Vec<Shortfall> {
    let mut out = Vec::new();
    if g.cooldown_minutes < COOLDOWN_MINUTES {
        out.push(Shortfall::Cooldown(g.cooldown_minutes));
    }
    if g.upset_cooldown_minutes < UPSET_COOLDOWN_MINUTES {
        out.push(Shortfall::UpsetCooldown(g.upset_cooldown_minutes));
    }
    if g.upset_from > UPSET_FROM {
        out.push(Shortfall::UpsetFrom(g.upset_from));
    }
    if !g.peer_review {
        out.push(Shortfall::NoPeerReview);
    }
    out
}

/// One way a playbook's gates are gentler than the floors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortfall {
    Cooldown(u32),
    UpsetCooldown(u32),
    UpsetFrom(u8),
    NoPeerReview,
}

impl Shortfall {
    /// The `[gates]` key it is about (to point at it in the file).
    pub fn key(self) -> &'static str {
        match self {
            Shortfall::Cooldown(_) => "cooldown_minutes",
            Shortfall::UpsetCooldown(_) => "upset_cooldown_minutes",
            Shortfall::UpsetFrom(_) => "upset_from",
            Shortfall::NoPeerReview => "peer_review",
        }
    }
}

/// A playbook that goes under any floor is for praise only.
pub fn positive_only(playbook: &Playbook) -> bool {
    !shortfalls(&playbook.gates).is_empty()
}

/// The gates a case really gets: the playbook's, raised to the floors when
/// the review is a complaint. Applied at every gate check, so neither a
/// playbook choice nor a hand-edited copy in the case lowers them.
pub fn effective(g: &GateRules, complaint: Option<Complaint>) -> GateRules {
    if complaint.is_none() {
        return g.clone();
    }
    GateRules {
        cooldown_minutes: g.cooldown_minutes.max(COOLDOWN_MINUTES),
        upset_cooldown_minutes: g.upset_cooldown_minutes.max(UPSET_COOLDOWN_MINUTES),
        upset_from: g.upset_from.clamp(1, UPSET_FROM),
        peer_review: true,
        ..g.clone()
    }
}

/// Why this playbook may not be used for this review, if it may not
/// (worded by `present::floors`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub playbook: String,
    pub complaint: Complaint,
    pub shortfalls: Vec<Shortfall>,
}

pub fn refusal(review: &Review, playbook: &Playbook) -> Option<Refused> {
    let shortfalls = shortfalls(&playbook.gates);
    if shortfalls.is_empty() {
        return None;
    }
    complaint(review).map(|complaint| Refused {
        playbook: playbook.id.clone(),
        complaint,
        shortfalls,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::review_with;

    fn playbook() -> Playbook {
        crate::domain::test_support::playbook(
            "[gates]\ncooldown_minutes = 15\nupset_cooldown_minutes = 60\n",
            &["check-in", "compose"],
        )
    }

    fn thank_you() -> Playbook {
        let mut p = playbook();
        p.id = "thank-you".into();
        p.gates.cooldown_minutes = 0;
        p.gates.upset_cooldown_minutes = 0;
        p.gates.upset_from = 5;
        p.gates.peer_review = false;
        p
    }

    #[test]
    fn praise_playbooks_only_for_praise_table() {
        let furious =
            "You are thieves. Rude staff, broken mug, terrible, never again, I hate this shop.";
        let glowing = "Lovely mug, beautifully packed and it arrived early. Thank you so much!";
        // (stars, text, refused?)
        let table = [
            (Some(1), glowing, true),
            (Some(3), glowing, true),
            (None, glowing, true),
            (Some(4), furious, true),
            (Some(5), furious, true),
            (Some(4), glowing, false),
            (Some(5), glowing, false),
        ];
        for (stars, text, refused) in table {
            let r = review_with(stars, text);
            assert_eq!(
                refusal(&r, &thank_you()).is_some(),
                refused,
                "{stars:?} {text}"
            );
            // The default playbook meets the floors: never refused.
            assert!(refusal(&r, &playbook()).is_none());
        }
    }

    #[test]
    fn complaints_get_the_floors_whatever_the_copy_says_table() {
        let angry = review_with(Some(2), "Broken on arrival and nobody answers.");
        let happy = review_with(Some(5), "Lovely mug, thank you, it arrived early!");
        let g = thank_you().gates;
        let raised = effective(&g, complaint(&angry));
        assert_eq!(
            (
                raised.cooldown_minutes,
                raised.upset_cooldown_minutes,
                raised.upset_from,
                raised.peer_review
            ),
            (15, 60, 3, true)
        );
        assert_eq!(effective(&g, complaint(&happy)), g);
        // A stricter playbook is never lowered to the floors.
        let mut strict = playbook().gates;
        strict.cooldown_minutes = 30;
        strict.upset_cooldown_minutes = 120;
        strict.upset_from = 2;
        assert_eq!(effective(&strict, complaint(&angry)), strict);
        let keys: Vec<&str> = shortfalls(&g).iter().map(|s| s.key()).collect();
        assert_eq!(
            keys,
            [
                "cooldown_minutes",
                "upset_cooldown_minutes",
                "upset_from",
                "peer_review"
            ]
        );
    }
}
