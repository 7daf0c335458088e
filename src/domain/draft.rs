//! The two texts that get sent: the short public reply and the private
//! message. An approval is bound to the hash of exactly these two texts.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Drafts {
    pub public: String,
    pub private: String,
}

impl Drafts {
    pub fn new(public: impl Into<String>, private: impl Into<String>) -> Drafts {
        Drafts {
            public: public.into(),
            private: private.into(),
        }
    }

    /// sha256 over both texts, length-prefixed so that moving text from one
    /// draft to the other changes the hash.
    pub fn sha256(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"heard-drafts-v1\n");
        for part in [&self.public, &self.private] {
            h.update(part.len().to_string().as_bytes());
            h.update(b"\n");
            h.update(part.as_bytes());
        }
        h.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// Nothing written in either draft yet.
    pub fn is_blank(&self) -> bool {
        self.public.trim().is_empty() && self.private.trim().is_empty()
    }

    /// Every draft a reply of this kind needs is written. A thank-you's
    /// private message is optional (there is nothing to put right), so a
    /// public reply alone completes it.
    pub fn is_complete(&self, kind: super::coach::ReplyKind) -> bool {
        !self.public.trim().is_empty()
            && (!kind.needs_private_message() || !self.private.trim().is_empty())
    }

    /// The text delivered by every channel: both drafts, labelled, so the
    /// person pastes each where it belongs.
    pub fn delivery_text(&self) -> String {
        // An optional private message left empty is not delivered as a
        // blank section the person might paste somewhere.
        if self.private.trim().is_empty() {
            return format!("=== Public reply ===\n{}\n", self.public.trim_end());
        }
        format!(
            "=== Public reply ===\n{}\n\n=== Private message ===\n{}\n",
            self.public.trim_end(),
            self.private.trim_end()
        )
    }
}

/// A first version of the drafts from what the earlier steps collected, so
/// the person edits rather than starts from a blank page. A thank-you
/// (a playbook whose coach `kind` is "positive") gets its own: thanks, what
/// they liked, an invitation back, and no private message.
pub fn suggest(case: &super::Case) -> Drafts {
    let name = case
        .review
        .customer
        .split_whitespace()
        .next()
        .unwrap_or("there");
    if case.playbook.coach.kind == super::coach::ReplyKind::Positive {
        return suggest_thanks(case, name);
    }
    let mut public = format!("Hi {name}, thank you for taking the time to tell us about this.");
    for line in [&case.empathy, &case.apology] {
        if !line.trim().is_empty() {
            public.push(' ');
            public.push_str(line.trim());
        }
    }
    public.push_str(" We have sent you a private message with a couple of ways to put this right; please reply there so we can sort it out together.");
    let mut private = format!(
        "Hi {name},\n\nThank you for letting us know, and I'm sorry again. Here is what we can do — whichever suits you best:\n"
    );
    for (i, c) in case
        .choices
        .iter()
        .filter(|c| !c.trim().is_empty())
        .enumerate()
    {
        private.push_str(&format!("\n{}. {}", i + 1, c.trim()));
    }
    if !case.timeline.trim().is_empty() {
        private.push_str(&format!("\n\nTimeline: {}", case.timeline.trim()));
    }
    private
        .push_str("\n\nJust reply to this message with your choice and we'll take it from there.");
    Drafts { public, private }
}

/// Thanks, the thing they liked (the read step's answers, as the person
/// wrote them), and an invitation back. The private message stays empty:
/// it is optional for a thank-you.
fn suggest_thanks(case: &super::Case, name: &str) -> Drafts {
    let mut public = format!("Hi {name}, thank you so much for taking the time to write this.");
    let liked: Vec<&str> = case
        .answers
        .values()
        .map(|a| a.trim().trim_end_matches('.'))
        .filter(|a| !a.is_empty())
        .collect();
    if let Some(first) = liked.first() {
        public.push_str(&format!(" We're so glad you enjoyed {first}."));
    }
    public.push_str(" We'd love to welcome you back soon.");
    Drafts {
        public,
        private: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A five-star review: what a thank-you answers.
    fn praise_from_priya() -> crate::domain::Review {
        let mut review = crate::domain::test_support::review_with(
            Some(5),
            "The sourdough is the best in town. Will be back!",
        );
        review.customer = "Priya S.".into();
        review.platform = "google".into();
        review
    }

    #[test]
    fn a_thank_you_gets_its_own_template_and_passes_its_own_coach() {
        use crate::domain::coach::Category;
        use crate::domain::test_support::{T0, fold, playbook};
        let review = praise_from_priya();
        const GATES: &str = "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\n\
                             peer_review = false\n";
        let thanks = playbook(
            &format!("{GATES}[coach]\nkind = \"positive\""),
            &["compose"],
        );
        let liked = crate::domain::Event::new(
            T0,
            "ann",
            crate::domain::EventKind::Answered {
                question: "liked".into(),
                answer: "the sourdough".into(),
            },
        );
        let case = fold("c", review.clone(), &thanks, [liked]);
        let d = suggest(&case);
        assert!(d.public.starts_with("Hi Priya, thank you"), "{}", d.public);
        assert!(d.public.contains("enjoyed the sourdough"), "{}", d.public);
        assert!(!d.public.contains("sorry") && d.private.is_empty());
        let report = case.check_drafts(&d).expect("a draft");
        let got: Vec<Category> = report.findings.iter().map(|f| f.category).collect();
        for absent in [
            Category::NoApology,
            Category::NoChoices,
            Category::NoContact,
        ] {
            assert!(!got.contains(&absent), "{absent} on a thank-you: {got:?}");
        }
        // The complaint walk still gets the complaint template.
        let complaint = fold("d", review, &playbook(GATES, &["compose"]), []);
        assert!(
            suggest(&complaint)
                .private
                .contains("Here is what we can do")
        );
    }

    #[test]
    fn a_thank_you_is_complete_without_a_private_message() {
        use crate::domain::coach::ReplyKind::{Complaint, Positive};
        let table = [
            (Complaint, "Thank you.", "Two options.", true),
            (Complaint, "Thank you.", "  ", false),
            (Complaint, "", "Two options.", false),
            (Positive, "Thank you.", "", true),
            (Positive, "Thank you.", "A note.", true),
            (Positive, " ", "A note.", false),
        ];
        for (kind, public, private, complete) in table {
            let d = Drafts::new(public, private);
            assert_eq!(d.is_complete(kind), complete, "{kind:?} {d:?}");
        }
        // Nothing blank is delivered for the optional message.
        let only_public = Drafts::new("Thank you.", "");
        assert!(!only_public.delivery_text().contains("Private message"));
    }

    #[test]
    fn a_thank_you_compose_step_is_done_with_its_public_reply_alone() {
        use crate::domain::test_support::{T0, fold, playbook};
        use crate::domain::{Event, EventKind};
        let review = praise_from_priya();
        let edited = Event::new(
            T0,
            "ann",
            EventKind::DraftEdited {
                drafts: Drafts::new(
                    "Thank you, Priya! So glad the sourdough hit the spot. See you soon.",
                    "",
                ),
            },
        );
        const GATES: &str = "[gates]\ncooldown_minutes = 0\nupset_cooldown_minutes = 0\n\
                             peer_review = false\n";
        for (coach, done) in [("[coach]\nkind = \"positive\"", true), ("", false)] {
            let settings = format!("{GATES}{coach}");
            let book = playbook(&settings, &["compose"]);
            let case = fold("c", review.clone(), &book, [edited.clone()]);
            assert_eq!(case.drafts_complete(), done, "{settings}");
            assert_eq!(case.pending_steps().is_empty(), done, "{settings}");
        }
    }

    #[test]
    fn hash_changes_with_any_edit_and_with_moving_text() {
        let base = Drafts::new("Thank you.", "Two options.");
        let variants = [
            Drafts::new("Thank you!", "Two options."),
            Drafts::new("Thank you.", "Two options. "),
            Drafts::new("Thank you.Two", " options."),
            Drafts::new("", "Thank you.Two options."),
        ];
        for v in variants {
            assert_ne!(base.sha256(), v.sha256(), "{v:?}");
        }
        assert_eq!(
            base.sha256(),
            Drafts::new("Thank you.", "Two options.").sha256()
        );
        assert_eq!(base.sha256().len(), 64);
    }
}
