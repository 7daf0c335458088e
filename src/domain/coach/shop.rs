//! Who is replying: the shop's own details (`[shop]` in config.toml) and
//! what kind of reply this is (a playbook's `[coach] kind`).
//!
//! The shop's email, phone and website are never the customer's personal
//! data and are always a way to be reached; its staff's first names may be
//! kept out of public replies (`staff_in_public = false`, the default).

use serde::{Deserialize, Serialize};

/// The shop's own details, as written in `[shop]`.
///
/// ```toml
/// [shop]
/// name = "Clear Stand Co"
/// email = "hello@clearstand.example"
/// phone = "0141 496 0199"
/// website = "clearstand.example"
/// staff = ["Kevin", "Priya"]
/// staff_in_public = false
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shop {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub website: String,
    /// First names of the people who work here.
    #[serde(default)]
    pub staff: Vec<String>,
    /// Whether staff may be named in a public reply.
    #[serde(default)]
    pub staff_in_public: bool,
}

/// No shop details known.
pub static NO_SHOP: Shop = Shop {
    name: String::new(),
    email: String::new(),
    phone: String::new(),
    website: String::new(),
    staff: Vec::new(),
    staff_in_public: false,
};

impl Shop {
    /// Whether `s` (an email address or phone number as written) is the
    /// shop's own.
    pub(crate) fn owns_contact(&self, s: &str) -> bool {
        let lower = s.to_lowercase();
        if !self.email.is_empty() && lower == self.email.trim().to_lowercase() {
            return true;
        }
        if let Some((_, domain)) = lower.split_once('@') {
            let site = self
                .website
                .trim()
                .trim_start_matches("https://")
                .trim_start_matches("http://")
                .trim_start_matches("www.")
                .trim_end_matches('/')
                .to_lowercase();
            let own = self.email.split_once('@').map(|(_, d)| d.to_lowercase());
            return (!site.is_empty() && domain == site) || own.as_deref() == Some(domain);
        }
        // Phone numbers: the last nine digits, so "+44 141…" is "0141…".
        let digits = |t: &str| -> String { t.chars().filter(char::is_ascii_digit).collect() };
        let (mine, theirs) = (digits(&self.phone), digits(s));
        let k = mine.len().min(theirs.len()).min(9);
        k >= 6 && theirs[theirs.len() - k..] == mine[mine.len() - k..]
    }

    /// Whether `word` (as written) is one of the staff's names.
    pub(crate) fn is_staff(&self, word: &str) -> bool {
        self.staff
            .iter()
            .any(|n| n.trim().eq_ignore_ascii_case(word) && !n.trim().is_empty())
    }
}

/// What the reply answers: a complaint (the default) or a 4–5 star review,
/// which gets a thank-you (thanks, something specific, an invitation back;
/// no apology, choices or contact needed, the private message optional).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReplyKind {
    #[default]
    Complaint,
    Positive,
    /// A complaint answered by listening: acknowledged, nothing conceded
    /// (set by triage, not by playbooks).
    ListenOnly,
    /// A complaint answered with a clear, kind refusal (set by triage).
    PoliteNo,
}

impl ReplyKind {
    pub fn is_complaint(&self) -> bool {
        *self == ReplyKind::Complaint
    }

    /// Whether the reply answers a complaint, on whatever road.
    pub fn answers_complaint(&self) -> bool {
        *self != ReplyKind::Positive
    }

    /// Whether the private message must offer choices: not when nothing is
    /// conceded (listen only) or the answer is a kind no.
    pub fn asks_for_choices(&self) -> bool {
        *self == ReplyKind::Complaint
    }

    /// Whether the drafts are complete only with a private message: a
    /// thank-you has nothing to put right, so its private message is
    /// optional.
    pub fn needs_private_message(&self) -> bool {
        !matches!(self, ReplyKind::Positive)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shops_own_contacts_are_recognised() {
        let shop = Shop {
            email: "hello@clearstand.example".into(),
            phone: "0141 496 0199".into(),
            website: "https://www.clearstand.example/".into(),
            staff: vec!["Kevin".into()],
            ..Shop::default()
        };
        assert!(shop.owns_contact("Hello@ClearStand.example"));
        assert!(shop.owns_contact("care@clearstand.example"));
        assert!(shop.owns_contact("+44 141 496 0199"));
        assert!(!shop.owns_contact("jo@mail.example"));
        assert!(!shop.owns_contact("07700 900123"));
        assert!(shop.is_staff("kevin") && !shop.is_staff("Kev"));
        assert!(!NO_SHOP.owns_contact("a@b.example"));
    }
}
