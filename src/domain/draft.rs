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

    pub fn is_complete(&self) -> bool {
        !self.public.trim().is_empty() && !self.private.trim().is_empty()
    }

    /// The text delivered by every channel: both drafts, labelled, so the
    /// person pastes each where it belongs.
    pub fn delivery_text(&self) -> String {
        format!(
            "=== Public reply ===\n{}\n\n=== Private message ===\n{}\n",
            self.public.trim_end(),
            self.private.trim_end()
        )
    }
}

/// A first version of the drafts from what the earlier steps collected, so
/// the person edits rather than starts from a blank page.
pub fn suggest(case: &super::Case) -> Drafts {
    let name = case
        .review
        .customer
        .split_whitespace()
        .next()
        .unwrap_or("there");
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

#[cfg(test)]
mod tests {
    use super::*;

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
