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

    /// Names of required fields still empty, in form order.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut missing = Vec::new();
        let blank = |s: &str| s.trim().is_empty();
        if blank(&self.category) {
            missing.push("category");
        }
        if blank(&self.what_happened) {
            missing.push("what happened");
        }
        if self.root_cause().is_none() {
            missing.push("why (at least one)");
        }
        if blank(&self.process_fix) {
            missing.push("process fix");
        }
        if blank(&self.owner) {
            missing.push("owner");
        }
        if self.customer_told.is_none() {
            missing.push("customer told");
        }
        missing
    }
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
