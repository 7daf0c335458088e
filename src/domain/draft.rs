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
}

/// The words of the suggested drafts: product data, in
/// `assets/words/suggested-drafts.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Templates {
    nameless: String,
    complaint: ComplaintTemplate,
    thanks: ThanksTemplate,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ComplaintTemplate {
    public_opening: String,
    public_closing: String,
    private_opening: String,
    choice: String,
    timeline: String,
    private_closing: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThanksTemplate {
    public_opening: String,
    liked: String,
    public_closing: String,
}

fn templates() -> &'static Templates {
    static TEMPLATES: std::sync::LazyLock<Templates> = std::sync::LazyLock::new(|| {
        super::built_in::data(include_str!("../../assets/words/suggested-drafts.toml"))
    });
    &TEMPLATES
}

/// A first version of the drafts from what the earlier steps collected, so
/// the person edits rather than starts from a blank page. A thank-you
/// (a playbook whose coach `kind` is "positive") gets its own: thanks, what
/// they liked, an invitation back, and no private message.
pub fn suggest(case: &super::Case) -> Drafts {
    let words = templates();
    let name = case
        .review
        .customer
        .split_whitespace()
        .next()
        .unwrap_or(&words.nameless);
    if case.playbook.coach.kind == super::coach::ReplyKind::Positive {
        return suggest_thanks(case, name);
    }
    let t = &words.complaint;
    let mut public = t.public_opening.replace("{name}", name);
    for line in [&case.response.empathy, &case.response.apology] {
        if !line.trim().is_empty() {
            public.push(' ');
            public.push_str(line.trim());
        }
    }
    public.push_str(&t.public_closing);
    let mut private = t.private_opening.replace("{name}", name);
    for (i, c) in case
        .response
        .choices
        .iter()
        .filter(|c| !c.trim().is_empty())
        .enumerate()
    {
        let n = (i + 1).to_string();
        private.push_str(&t.choice.replace("{n}", &n).replace("{choice}", c.trim()));
    }
    if !case.response.timeline.trim().is_empty() {
        private.push_str(
            &t.timeline
                .replace("{timeline}", case.response.timeline.trim()),
        );
    }
    private.push_str(&t.private_closing);
    Drafts { public, private }
}

/// Thanks, the thing they liked (the read step's answers, as the person
/// wrote them), and an invitation back. The private message stays empty:
/// it is optional for a thank-you.
fn suggest_thanks(case: &super::Case, name: &str) -> Drafts {
    let t = &templates().thanks;
    let mut public = t.public_opening.replace("{name}", name);
    let liked: Vec<&str> = case
        .preparation
        .answers
        .values()
        .map(|a| a.trim().trim_end_matches('.'))
        .filter(|a| !a.is_empty())
        .collect();
    if let Some(first) = liked.first() {
        let first = mid_sentence(first, &case.review.text);
        public.push_str(&t.liked.replace("{first}", &first));
    }
    public.push_str(&t.public_closing);
    Drafts {
        public,
        private: String::new(),
    }
}

/// `answer` as it reads inside a sentence: "Same-day fix" becomes
/// "same-day fix" after "you enjoyed", while a name keeps its capital — a
/// word the review itself capitalises mid-sentence ("…and Tom was great"),
/// or one in capitals throughout ("BBQ").
fn mid_sentence(answer: &str, review: &str) -> String {
    let word: &str = answer.split_whitespace().next().unwrap_or_default();
    let mut chars = word.chars();
    let starts_upper = chars.next().is_some_and(char::is_uppercase);
    let then_lower = chars.next().is_some_and(char::is_lowercase);
    if !starts_upper || !then_lower || named_in(review, word) {
        return answer.to_string();
    }
    let mut out = String::with_capacity(answer.len());
    let mut rest = answer.chars();
    out.extend(rest.next().into_iter().flat_map(char::to_lowercase));
    out.extend(rest);
    out
}

/// Whether `review` writes `word` with its capital where no sentence starts.
fn named_in(review: &str, word: &str) -> bool {
    // The name without what follows it: "Tom's" and "Tom," are "Tom".
    let stem = |w: &str| -> String {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .collect()
    };
    let bare = stem(word);
    let mut after_end = true;
    for w in review.split_whitespace() {
        if !after_end && stem(w) == bare {
            return true;
        }
        after_end = w.ends_with(['.', '!', '?']);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_reads_mid_sentence_but_names_keep_their_capital_table() {
        // (answer, review, as it goes after "you enjoyed")
        let table = [
            (
                "Same-day fix and a clean kitchen",
                "Fixed it fast.",
                "same-day fix and a clean kitchen",
            ),
            ("The sourdough", "Lovely bread.", "the sourdough"),
            ("the sourdough", "Lovely bread.", "the sourdough"),
            (
                "Tom's patience",
                "Booked a lesson and Tom was calm.",
                "Tom's patience",
            ),
            ("BBQ ribs", "Great food.", "BBQ ribs"),
            ("I", "Fine.", "I"),
            ("", "Fine.", ""),
            ("Éclairs", "Sweet treats.", "éclairs"),
        ];
        for (answer, review, want) in table {
            assert_eq!(mid_sentence(answer, review), want, "{answer}");
        }
    }

    #[test]
    fn the_built_in_templates_parse_and_hold_their_placeholders() {
        let t = templates();
        assert!(t.complaint.public_opening.contains("{name}"));
        assert!(t.complaint.private_opening.contains("{name}"));
        assert!(t.complaint.choice.contains("{n}") && t.complaint.choice.contains("{choice}"));
        assert!(t.complaint.timeline.contains("{timeline}"));
        assert!(t.thanks.liked.contains("{first}"));
    }

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
