//! Where the checks put what they find: one finding per category, draft and
//! start, each at the playbook's severity (a reading the words only suggest
//! never above a warning).

use super::rules::CompiledRules;
use super::{Category, Draft, DraftPart, Evidence, Finding, Reason, Severity, text};

/// Collects findings, applying the playbook's severities.
pub(super) struct Sink<'r> {
    pub(super) rules: &'r CompiledRules,
    pub(super) out: Vec<Finding>,
    seen: text::FxSet<(Category, DraftPart, usize)>,
    /// Findings the learned layer may not take back: the words are as
    /// plain as a phrase list's, though they only warn.
    firm: text::FxSet<(Category, DraftPart, usize)>,
}

impl<'r> Sink<'r> {
    pub(super) fn new(rules: &'r CompiledRules) -> Sink<'r> {
        Sink {
            rules,
            out: Vec::new(),
            seen: text::FxSet::default(),
            firm: text::FxSet::default(),
        }
    }

    /// Marks the finding of `c` at `start` in `part` as one the learned
    /// layer may not take back.
    pub(super) fn firm(&mut self, c: Category, part: DraftPart, start: usize) {
        self.firm.insert((c, part, start));
    }

    pub(super) fn is_firm(&self, f: &Finding) -> bool {
        self.firm.contains(&(f.category, f.draft, f.start))
    }

    /// The findings in order, with line and column filled in.
    pub(super) fn finish(self, texts: &[(DraftPart, &str)]) -> Vec<Finding> {
        let mut out = self.out;
        out.sort_by(|a, b| {
            (a.draft, a.start, a.end, a.category).cmp(&(b.draft, b.start, b.end, b.category))
        });
        for &(part, src) in texts {
            let mut of_part: Vec<&mut Finding> =
                out.iter_mut().filter(|f| f.draft == part).collect();
            text::fill_line_col(src, &mut of_part);
        }
        out
    }

    pub(super) fn push(
        &mut self,
        c: Category,
        part: DraftPart,
        src: &str,
        span: (usize, usize),
        reason: impl Into<Reason>,
    ) {
        self.push_read(c, part, src, span, reason, Evidence::Stated);
    }

    /// A finding that rests on `evidence`: inferred ones warn at most.
    pub(super) fn push_read(
        &mut self,
        c: Category,
        part: DraftPart,
        src: &str,
        span: (usize, usize),
        reason: impl Into<Reason>,
        evidence: Evidence,
    ) {
        let Some(ceiling) = self.rules.severity(c) else {
            return;
        };
        let severity = evidence.severity(ceiling);
        self.push_with(c, part, src, span, reason.into(), severity);
        // Where two checks find the same words, the stronger reading stands.
        let at = |f: &&mut Finding| f.category == c && f.draft == part && f.start == span.0;
        if let Some(f) = self.out.iter_mut().rev().find(at)
            && severity <= f.severity
        {
            (f.severity, f.evidence) = (severity, evidence);
        }
    }

    pub(super) fn push_with(
        &mut self,
        c: Category,
        part: DraftPart,
        src: &str,
        span: (usize, usize),
        reason: Reason,
        severity: Severity,
    ) {
        let (start, end) = span;
        debug_assert!(start <= end && end <= src.len());
        if !self.seen.insert((c, part, start)) {
            return;
        }
        self.out.push(Finding {
            category: c,
            severity,
            evidence: Evidence::Stated,
            draft: part,
            start,
            end,
            line: 0,
            column: 0,
            reason,
        });
    }

    pub(super) fn quote(&mut self, c: Category, d: &Draft, span: (usize, usize)) {
        self.quote_in(c, d.part, d.text.src, span);
    }

    pub(super) fn quote_in(
        &mut self,
        c: Category,
        part: DraftPart,
        src: &str,
        span: (usize, usize),
    ) {
        self.quote_read(c, part, src, span, Evidence::Stated);
    }

    /// Quotes the words at `span` in a finding that rests on `evidence`.
    pub(super) fn quote_read(
        &mut self,
        c: Category,
        part: DraftPart,
        src: &str,
        span: (usize, usize),
        evidence: Evidence,
    ) {
        let s = &src[span.0..span.1];
        let detail: String = if s.chars().count() > 48 {
            s.chars().take(45).chain("…".chars()).collect()
        } else {
            s.to_string()
        };
        self.push_read(c, part, src, span, Reason::Quoted(detail), evidence);
    }

    pub(super) fn missing(&mut self, c: Category, d: &Draft) {
        self.push(
            c,
            d.part,
            d.text.src,
            d.text.first_sentence(),
            Reason::Missing,
        );
    }
}
