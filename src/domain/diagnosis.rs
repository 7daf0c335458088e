//! The blameless diagnosis: what went wrong in the process, not who.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnosis {
    /// e.g. "shipping damage", "product quality", "expectation".
    pub category: String,
    /// What happened, in plain words.
    pub what_happened: String,
    /// The "5 whys", each answer one line; the last is the root cause.
    #[serde(default)]
    pub whys: Vec<String>,
    /// The change to the process so it does not happen again.
    pub process_fix: String,
    /// Who makes that change happen.
    pub owner: String,
    /// Whether the customer was told about the fix; `None` until answered.
    #[serde(default)]
    pub customer_told: Option<bool>,
}

impl Diagnosis {
    /// The root cause: the last of the whys that was answered.
    pub fn root_cause(&self) -> Option<&str> {
        self.whys
            .iter()
            .rev()
            .map(|w| w.trim())
            .find(|w| !w.is_empty())
    }

    /// Required fields still empty, in form order.
    pub fn gaps(&self) -> Vec<DiagnosisGap> {
        let blank = |s: &str| s.trim().is_empty();
        [
            (blank(&self.category), DiagnosisGap::Category),
            (blank(&self.what_happened), DiagnosisGap::WhatHappened),
            (self.root_cause().is_none(), DiagnosisGap::Why),
            (blank(&self.process_fix), DiagnosisGap::ProcessFix),
            (blank(&self.owner), DiagnosisGap::Owner),
            (self.customer_told.is_none(), DiagnosisGap::CustomerTold),
        ]
        .into_iter()
        .filter_map(|(missing, gap)| missing.then_some(gap))
        .collect()
    }
}

/// A required field of the diagnosis (worded by `present::debrief`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiagnosisGap {
    Category,
    WhatHappened,
    /// Not one of the whys is answered.
    Why,
    ProcessFix,
    Owner,
    CustomerTold,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Diagnosis {
        Diagnosis {
            category: "shipping damage".into(),
            what_happened: "Necklace arrived broken".into(),
            whys: vec!["Envelope had no padding".into(), "".into()],
            process_fix: "Padded boxes for jewellery".into(),
            owner: "Sam".into(),
            customer_told: Some(true),
        }
    }

    #[test]
    fn each_required_field_is_reported_when_blank() {
        type Blank = fn(&mut Diagnosis);
        let table: &[(Blank, &str)] = &[
            (|d| d.category = " ".into(), "category"),
            (|d| d.what_happened.clear(), "what happened"),
            (|d| d.whys = vec!["".into()], "why (at least one)"),
            (|d| d.process_fix.clear(), "process fix"),
            (|d| d.owner.clear(), "owner"),
            (|d| d.customer_told = None, "customer told"),
        ];
        assert!(full().missing().is_empty());
        for (blank, name) in table {
            let mut d = full();
            blank(&mut d);
            assert_eq!(d.missing(), vec![*name]);
        }
    }

    #[test]
    fn root_cause_is_the_last_answered_why() {
        assert_eq!(full().root_cause(), Some("Envelope had no padding"));
    }
}
