//! A recurring cause in words (`domain::alarm`): "3rd 'delivery' case in
//! 90 days; fix '…', owned by Ann, done 12 Nov — it has not held".

use time::OffsetDateTime;

use crate::domain::action::ActionStatus;
use crate::domain::alarm::{Alarm, Recurring};

/// "1st", "2nd", "3rd", "4th", "11th", "22nd".
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// "12 Nov".
pub fn day_month(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    let month = format!("{}", t.month());
    format!("{} {}", t.day(), &month[..3])
}

impl Alarm {
    /// One sentence: what recurs, how often, and what became of its fix.
    pub fn headline(&self) -> String {
        let what = match &self.what {
            Recurring::Category(c) => format!("'{c}' case"),
            Recurring::RootCause(r) => format!("case of the root cause '{r}'"),
        };
        let mut s = format!("{} {what} in {} days", ordinal(self.nth), self.days);
        match self.fix_to_name() {
            Some((p, true)) => {
                s += &format!(
                    "; fix '{}', owned by {}, done {} — it has not held",
                    p.fix,
                    p.owner,
                    p.done_at.map(day_month).unwrap_or_default()
                )
            }
            Some((p, false)) => {
                s += &format!(
                    "; fix '{}', owned by {}, is {}",
                    p.fix,
                    p.owner,
                    match p.status {
                        ActionStatus::Open => "still open",
                        other => other.label(),
                    }
                )
            }
            None => {}
        }
        s
    }

    /// The headline, then each earlier case with its fix.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![format!("Recurring: {}.", self.headline())];
        for p in &self.earlier {
            out.push(format!(
                "    {} ({}): fix '{}' by {}, {}",
                p.case_id,
                day_month(p.at),
                p.fix,
                p.owner,
                p.status.label()
            ));
        }
        out
    }
}
