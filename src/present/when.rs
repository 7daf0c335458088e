//! Dates heard cannot use, in words (`domain::when`).

use std::fmt;

use crate::domain::when::OutOfRange;

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is outside the dates heard accepts (1970 to 2199)",
            self.shown
        )
    }
}

impl std::error::Error for OutOfRange {}
