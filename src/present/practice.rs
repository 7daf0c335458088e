//! Practice in words (`domain::practice`): why a scenario file cannot be
//! used, what the exemplar did, and the scorecard as lines.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::domain::anonymise::ExportRefusal;
use crate::domain::coach::Category;
use crate::domain::practice::{ExemplarDid, ScenarioError, Scorecard};

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScenarioError::Toml(why) => f.write_str(why),
            ScenarioError::Stars(n) => write!(f, "`stars` is {n}: a rating is 1 to 5 stars"),
            ScenarioError::Empty(field) => write!(f, "`{field}` is empty: a scenario needs it"),
        }
    }
}

impl std::error::Error for ScenarioError {}

/// What passing a coach check looks like, in the trainee's words.
fn what_it_does(c: Category) -> &'static str {
    match c {
        Category::NoApology => "says sorry and owns the problem",
        Category::NoEmpathy => "shows it understands how the customer feels",
        Category::NoThanks => "thanks the customer for telling you",
        Category::Blame => "takes ownership without blaming anyone",
        Category::Defensive => "apologises without \"but\" or policy talk",
        Category::NoChoices => "offers concrete choices in the private message",
        Category::NoContact => "invites the customer to continue privately",
        Category::PublicDetails => "keeps details and personal data out of public",
        Category::Shouting => "stays calm: no capitals, no \"!!\"",
        Category::Generic => "refers to what the review actually said",
        Category::NegativeTone => "keeps a warm tone throughout",
        Category::RiskyPromise => "promises only what was chosen",
        Category::AsksRemoval => "never asks for the review to come down",
        Category::Placeholder => "has no template leftovers",
        Category::LegalRisk => "keeps the legal risk in mind",
        Category::HiddenText => "holds only characters a reader can see",
    }
}

impl fmt::Display for ExemplarDid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: it {}", self.0.as_str(), what_it_does(self.0))
    }
}

/// In `heard practice score --json`, the line as people read it.
impl Serialize for ExemplarDid {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The scorecard as lines of text (the command and the screen show these).
pub fn scorecard_lines(card: &Scorecard) -> Vec<String> {
    let mut out = vec![
        format!("PRACTICE scorecard — {} ({})", card.scenario, card.case),
        format!(
            "Score {}/100 · steps {}/{} · {} min",
            card.score, card.steps_done, card.steps_total, card.minutes_taken
        ),
    ];
    if !card.steps_missing.is_empty() {
        out.push(format!("Steps not done: {}", card.steps_missing.join(", ")));
    }
    if card.findings.is_empty() {
        // Never "nothing to point out": that reads as an approval.
        out.push(
            "Coach: no known problems found in your drafts — read them as the customer would."
                .into(),
        );
    } else {
        out.push("Coach on your final drafts:".into());
        for f in &card.findings {
            out.push(format!(
                "  {} {} ({} line {})",
                f.severity, f.category, f.draft, f.line
            ));
        }
    }
    if card.exemplar_did.is_empty() {
        out.push("The exemplar passes no check your drafts fail.".into());
    } else {
        out.push("What the exemplar did that your drafts did not:".into());
        out.extend(card.exemplar_did.iter().map(|l| format!("  {l}")));
    }
    out
}

impl fmt::Display for ExportRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExportRefusal::NoApprovedReply(id) => write!(
                f,
                "{id} has no approved reply to learn from yet: export it once a colleague has \
                 approved its drafts, or after it was sent"
            ),
            ExportRefusal::Practice(id) => write!(
                f,
                "{id} is a practice case already: only real cases are exported"
            ),
        }
    }
}

impl std::error::Error for ExportRefusal {}
