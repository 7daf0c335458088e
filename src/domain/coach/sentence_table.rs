//! The harness the sentence tables share (clause, shape and outside-blame
//! tests): a reply checked against a review, and rows of what it must and
//! must not raise.

use super::*;

/// (a reply, the categories it must raise, the ones it must not)
pub(super) type Row = (&'static str, &'static [Category], &'static [Category]);

/// What the coach finds on these drafts of a reply to `review`, with the
/// built-in rules, no shop and no minimum of choices.
fn found(review: &str, public: &str, private: &str, offered: &[String]) -> Vec<Finding> {
    let input = CoachInput {
        review,
        public,
        private,
        min_choices: 0,
        offered_choices: offered,
        shop: &NO_SHOP,
    };
    check(&input, &CoachRules::default()).findings
}

/// What the coach finds on a public reply (no private message) to `review`.
pub(super) fn findings(review: &str, public: &str) -> Vec<Finding> {
    found(review, public, "", &[])
}

/// The categories the coach raises on these drafts of a reply to `review`.
pub(super) fn raised(
    review: &str,
    public: &str,
    private: &str,
    offered: &[String],
) -> Vec<Category> {
    found(review, public, private, offered)
        .iter()
        .map(|f| f.category)
        .collect()
}

/// Each row's public reply (to `review`, with no private message) raises
/// what it must and spares what it must not.
pub(super) fn assert_rows(review: &str, rows: &[Row]) {
    for (text, raise, spare) in rows {
        let got = raised(review, text, "", &[]);
        for c in *raise {
            assert!(got.contains(c), "{text:?} should raise {c}: {got:?}");
        }
        for c in *spare {
            assert!(!got.contains(c), "{text:?} should not raise {c}: {got:?}");
        }
    }
}

/// For the table tests: the report on a reply of `kind` to `review`, with
/// the built-in rules and no shop details (one setup, not one per file).
pub(super) fn reply_report(
    kind: ReplyKind,
    review: &str,
    public: &str,
    private: &str,
    min_choices: u32,
) -> Report {
    let input = CoachInput {
        review,
        public,
        private,
        min_choices,
        offered_choices: &[],
        shop: &NO_SHOP,
    };
    let rules = CoachRules {
        kind,
        ..CoachRules::default()
    };
    check(&input, &rules)
}

/// (a reply, the category looked at, the strongest severity it must get:
/// None = not found), checked by [`check_severities`].
pub(super) type SeverityRow = (&'static str, Category, Option<Severity>);

pub(super) fn check_severities(review: &str, rows: &[SeverityRow]) {
    let mut wrong = Vec::new();
    for &(public, category, want) in rows {
        let got = findings(review, public)
            .into_iter()
            .filter(|f| f.category == category)
            .map(|f| f.severity)
            .min();
        if got != want {
            wrong.push(format!(
                "{public}\n    {category}: got {got:?}, want {want:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

pub(super) const BLOCK: Option<Severity> = Some(Severity::Block);
pub(super) const WARN: Option<Severity> = Some(Severity::Warn);

/// The negative-tone findings on a reply to `review`: (severity, evidence).
pub(super) fn tone_found(
    kind: ReplyKind,
    review: &str,
    public: &str,
    private: &str,
) -> Vec<(Severity, Evidence)> {
    reply_report(kind, review, public, private, 0)
        .findings
        .iter()
        .filter(|f| f.category == Category::NegativeTone)
        .map(|f| (f.severity, f.evidence))
        .collect()
}

/// The tone tables' rows: each jab warns from its shape (inferred; with
/// `never_blocks`, none may block); each sincere row gets no negative-tone
/// finding at all.
pub(super) fn assert_tone_rows(
    kind: ReplyKind,
    review: &str,
    (jabs, sincere): (&[&str], &[&str]),
    never_blocks: bool,
) {
    for text in jabs {
        let got = tone_found(kind, review, text, "");
        assert!(
            got.contains(&(Severity::Warn, Evidence::Inferred)),
            "{text:?} should warn from its shape: {got:?}"
        );
        assert!(
            !never_blocks || got.iter().all(|(s, _)| *s != Severity::Block),
            "{text:?} is read from shape and must not block: {got:?}"
        );
    }
    for text in sincere {
        let got = tone_found(kind, review, text, "");
        assert!(got.is_empty(), "{text:?} is sincere: {got:?}");
    }
}
