//! Review comments' refusals in words (`domain::comments`).

use std::fmt;

use crate::domain::comments::AnchorError;

impl fmt::Display for AnchorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnchorError::Syntax(spec) => {
                write!(
                    f,
                    "`{spec}` is not a line: write it as public:3 or private:12"
                )
            }
            AnchorError::OutOfRange { draft, lines, line } => write!(
                f,
                "the {draft} draft has {lines} line(s); there is no line {line}"
            ),
        }
    }
}

impl std::error::Error for AnchorError {}
