//! The drafts as delivered, labelled (`domain::draft`).

use crate::domain::Drafts;

impl Drafts {
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
