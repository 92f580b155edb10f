//! The library's error type. Every failure names what it concerns (a file, a line, a taxonomy entry) so that the
//! CLI can print it as is; record-level problems that must not stop a run are [`crate::input::RecordError`]s instead.

use std::path::PathBuf;

/// Errors returned by the library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or stream could not be opened, read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file concerned (`-` for standard input/output).
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// A taxonomy file is not valid JSON or breaks a rule of the schema.
    #[error("taxonomy {origin}: {entry}: {message}")]
    Taxonomy {
        /// The file name, or `default` for the built-in taxonomy.
        origin: String,
        /// Which entry is at fault, e.g. `themes[3] (pricing).cues.fi[12]`.
        entry: String,
        /// What is wrong with it.
        message: String,
    },
    /// A model file is not valid or does not fit the taxonomy.
    #[error("model {origin}: {message}")]
    Model {
        /// The file name.
        origin: String,
        /// What is wrong.
        message: String,
    },
    /// An input record could not be read and the caller asked to stop at the first such record.
    #[error("{0}")]
    Record(#[from] crate::input::RecordError),
    /// An option has a value the library cannot use.
    #[error("invalid option {name}: {message}")]
    InvalidOption {
        /// The option's name.
        name: &'static str,
        /// Why it is invalid.
        message: String,
    },
    /// Labelled data (for `evaluate` or `train`) is malformed.
    #[error("{location}: {message}")]
    Labelled {
        /// `<file>:<line>`.
        location: String,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// `Result` with the library's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
