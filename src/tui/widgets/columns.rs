//! Table cells in terminal columns: shared with the command line, so they
//! live in `present`.

pub use crate::present::columns::{fit, fit_right};
