//! The coach's report on a case's current drafts, worked out the first time
//! something asks (a gate, a screen, `heard lint`, the review pane), not while
//! the events are folded: loading a case does no coach work of its own.

use std::sync::OnceLock;

use super::case::Case;
use super::coach::Report;

/// The report once worked out, until the case changes. Two cases compare
/// equal whatever this holds: it is derived from the rest of the case.
#[derive(Debug, Clone, Default)]
pub struct CoachMemo(OnceLock<Option<Report>>);

impl PartialEq for CoachMemo {
    fn eq(&self, _: &CoachMemo) -> bool {
        true
    }
}

impl Case {
    /// What the coach finds in the current drafts (None while both are
    /// empty). Worked out once per state of the case: a screen that draws
    /// the checklist asks many times per frame.
    pub fn coach_report(&self) -> Option<&Report> {
        self.coach_memo
            .0
            .get_or_init(|| self.check_drafts(&self.drafts))
            .as_ref()
    }

    /// Forget the report: the drafts, the road, the options or the shop's
    /// details may have changed.
    pub(crate) fn forget_coach_report(&mut self) {
        self.coach_memo = CoachMemo::default();
    }

    /// The shop's details from the config (the coach checks the drafts
    /// against them).
    pub fn set_shop(&mut self, shop: super::coach::Shop) {
        self.shop = shop;
        self.forget_coach_report();
    }
}

#[cfg(test)]
mod tests {
    use super::super::draft::Drafts;
    use super::super::test_support;

    #[test]
    fn the_report_follows_the_drafts_and_the_shop() {
        let mut case = test_support::with_deadline(48, test_support::T0, None);
        assert!(case.coach_report().is_none(), "no drafts, nothing to check");
        case.drafts = Drafts {
            public: "Not our fault!! The courier broke it.".into(),
            private: String::new(),
        };
        // Changed by hand, not through an event: forgotten explicitly.
        case.forget_coach_report();
        let report = case.coach_report().expect("drafts to check").clone();
        assert!(!report.findings.is_empty(), "{report:?}");
        assert_eq!(
            case.coach_report(),
            Some(&report),
            "asked twice, same answer"
        );
        let mut other = case.clone();
        other.set_shop(Default::default());
        assert_eq!(other.coach_report(), Some(&report));
    }
}
