//! How angry a review reads, for the read step: VADER compound, the share
//! of hostile sentences and shouting (a long review's compound saturates).

use super::rules::CompiledRules;
use super::text::{self, Text};
use super::{structure, vader};
use serde::Serialize;

/// How angry a review reads, for the read step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum IntensityLabel {
    Calm,
    Upset,
    Furious,
}

impl IntensityLabel {
    pub fn as_str(self) -> &'static str {
        match self {
            IntensityLabel::Calm => "calm",
            IntensityLabel::Upset => "upset",
            IntensityLabel::Furious => "furious",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Intensity {
    /// VADER compound of the whole review.
    pub compound: f64,
    pub label: IntensityLabel,
    /// Sentences that read negative on their own, of all sentences: what
    /// the label weighs most on a long review (whose compound saturates,
    /// often positive on a complaint told politely).
    pub negative: usize,
    pub sentences: usize,
}

/// How angry the review is: VADER compound and a label. Long reviews
/// saturate the compound, so the label also weighs the share of hostile
/// sentences and shouting.
pub fn review_intensity(review: &str) -> Intensity {
    let compound = vader::compound(review);
    let t = Text::new(review);
    let rules = CompiledRules::builtin();
    let mut negative = 0usize;
    let mut strong = 0usize;
    for n in 0..t.sentences.len() {
        let (s, e) = t.sentences[n];
        let c = vader::compound(&review[s..e]);
        negative += usize::from(c <= -0.3);
        strong += usize::from(c <= -0.6);
    }
    let holes = structure::placeholders(&t);
    let shouting = !structure::shouting(&t, &text::FxSet::default(), &holes, &rules).is_empty();
    let sentences = t.sentences.len().max(1);
    let label = if compound <= -0.75
        && (shouting || strong * 3 >= sentences || strong >= 3 || compound <= -0.95)
    {
        IntensityLabel::Furious
    } else if compound <= -0.2
        || negative * 3 >= sentences
        || negative >= 2
        || (shouting && negative >= 1)
    {
        IntensityLabel::Upset
    } else {
        IntensityLabel::Calm
    };
    Intensity {
        compound,
        label,
        negative,
        sentences: t.sentences.len(),
    }
}
