//! Why configuration could not be loaded: a malformed or unreadable shared file, a profile that is
//! not there, or a setting with a value it cannot have. Each names the file and line or the
//! variable; none quotes a secret.

use super::error::{DispatchError, DispatchErrorKind};
use std::fmt;
use std::path::PathBuf;

/// Why a configuration could not be loaded; each says which file and line, or which variable.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum ConfigError {
    /// A line of a shared config or credentials file the CLI would reject too.
    Syntax {
        /// The file.
        file: PathBuf,
        /// The line, from 1.
        line: usize,
        /// What is wrong with it.
        what: String,
    },
    /// The file exists but cannot be read (permissions, not UTF-8, ...).
    Read {
        /// The file.
        file: PathBuf,
        /// Why it cannot be read.
        what: String,
    },
    /// The profile chosen with `Config::builder().profile(..)` or `AWS_PROFILE` is in neither file.
    ProfileNotFound {
        /// The profile's name.
        profile: String,
        /// What named it (`AWS_PROFILE`, `ConfigBuilder::profile`).
        chosen_by: &'static str,
        /// The files looked in.
        files: Vec<PathBuf>,
    },
    /// A setting has a value it cannot have; `origin` is a variable name or `file:line`.
    Invalid {
        /// The setting (`max_attempts`).
        setting: String,
        /// Where the value came from.
        origin: String,
        /// Why the value does not fit.
        what: String,
    },
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Syntax { file, line, what } => {
                write!(f, "{}:{line}: {what}", file.display())
            }
            ConfigError::Read { file, what } => {
                write!(f, "cannot read {}: {what}", file.display())
            }
            ConfigError::ProfileNotFound {
                profile,
                chosen_by,
                files,
            } => {
                write!(f, "profile `{profile}` (chosen by {chosen_by}) is not in ")?;
                if files.is_empty() {
                    return f.write_str(
                        "any file: no home folder, AWS_CONFIG_FILE or AWS_SHARED_CREDENTIALS_FILE",
                    );
                }
                for (i, p) in files.iter().enumerate() {
                    if i > 0 {
                        f.write_str(" or ")?;
                    }
                    write!(f, "{}", p.display())?;
                }
                Ok(())
            }
            ConfigError::Invalid {
                setting,
                origin,
                what,
            } => write!(f, "{setting} ({origin}): {what}"),
        }
    }
}

impl std::error::Error for ConfigError {}

impl From<ConfigError> for DispatchError {
    fn from(e: ConfigError) -> Self {
        DispatchError::new(DispatchErrorKind::Config, e.to_string())
    }
}
