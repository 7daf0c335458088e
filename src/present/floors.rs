//! The floors no playbook goes under, in words (`domain::floors`).

use crate::domain::floors::{
    COOLDOWN_MINUTES, Complaint, Refused, Shortfall, UPSET_COOLDOWN_MINUTES, UPSET_FROM,
};

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let why = match self.complaint {
            Complaint::LowRating(r) => {
                format!("this review has {r} star{}", if r == 1 { "" } else { "s" })
            }
            Complaint::NoRating => "this review has no star rating".to_string(),
            Complaint::NegativeTone => {
                "this review's words are negative, whatever its stars".to_string()
            }
        };
        write!(
            f,
            "the `{}` playbook is for praise only (it has {}), and {why}: a complaint always gets a \
             cool-down of at least {COOLDOWN_MINUTES} min ({UPSET_COOLDOWN_MINUTES} min when upset) and a \
             colleague's review. Use the default playbook or another one that keeps those gates",
            self.playbook,
            self.shortfalls
                .iter()
                .map(|s| s.describe())
                .collect::<Vec<_>>()
                .join(", ")
        )
    }
}

impl Shortfall {
    pub fn describe(self) -> String {
        match self {
            Shortfall::Cooldown(m) => format!("a {m} min cool-down"),
            Shortfall::UpsetCooldown(m) => format!("a {m} min cool-down when upset"),
            Shortfall::UpsetFrom(l) => format!("upset only from level {l}"),
            Shortfall::NoPeerReview => "no peer review".to_string(),
        }
    }

    /// What the floor is, for `heard playbook check`.
    pub fn floor(self) -> String {
        match self {
            Shortfall::Cooldown(_) => format!("at least {COOLDOWN_MINUTES}"),
            Shortfall::UpsetCooldown(_) => format!("at least {UPSET_COOLDOWN_MINUTES}"),
            Shortfall::UpsetFrom(_) => format!("at most {UPSET_FROM}"),
            Shortfall::NoPeerReview => "true".to_string(),
        }
    }
}
