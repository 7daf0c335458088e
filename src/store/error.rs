//! The store's errors.

use std::io;
use std::path::PathBuf;

use super::CopyProblem;
use crate::domain::FoldError;

/// What can go wrong with the store, in words a shop owner can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error(
        "{path}: damaged file (line {line}, column {column}): {message}. Nothing was changed; move the file away or restore it from a backup."
    )]
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error(
        "{path}: {source}. Nothing was changed; move the file away or restore it from a backup."
    )]
    OutOfRange {
        path: PathBuf,
        #[source]
        source: crate::domain::when::OutOfRange,
    },
    #[error("no case `{0}` in this store (see `heard list`)")]
    NoSuchCase(String),
    #[error("`{0}` matches several cases: {1}")]
    Ambiguous(String, String),
    #[error(
        "{path}: the playbook copy this case was created with {problem}. Nothing was changed; restore the file from a backup or a teammate's store (its name is its sha256)."
    )]
    PlaybookCopy { path: PathBuf, problem: CopyProblem },
    #[error("case {id}: {source}")]
    Fold {
        id: String,
        #[source]
        source: FoldError,
    },
}
