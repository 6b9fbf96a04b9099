use std::fmt;

/// Why a value could not be written or read, and where: the path is built on the way out of the
/// failing value (`Items[3].Name`), so a success costs nothing for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    message: String,
    /// Innermost segment last once finished; pushed in reverse while unwinding.
    path: Vec<Segment>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

impl Error {
    /// An error with this message (the path is added as it propagates).
    pub fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
            path: Vec::new(),
        }
    }

    /// The same error, one level further out: inside member or map key `key`.
    pub fn at_key(mut self, key: &str) -> Error {
        self.path.push(Segment::Key(key.to_owned()));
        self
    }

    /// The same error, inside list element `index`.
    pub fn at_index(mut self, index: usize) -> Error {
        self.path.push(Segment::Index(index));
        self
    }

    /// What went wrong.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// `Items[3].Name`, or `None` at the top level.
    pub fn path(&self) -> Option<String> {
        if self.path.is_empty() {
            return None;
        }
        let mut out = String::new();
        for seg in self.path.iter().rev() {
            match seg {
                Segment::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Segment::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        Some(out)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.path() {
            Some(p) => write!(f, "at '{p}': {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for Error {}

impl From<crate::types::BuildError> for Error {
    fn from(e: crate::types::BuildError) -> Error {
        Error::new(e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_reads_outside_in() {
        let e = Error::new("expected a string")
            .at_key("Name")
            .at_index(3)
            .at_key("Items");
        assert_eq!(e.path().as_deref(), Some("Items[3].Name"));
        assert_eq!(e.to_string(), "at 'Items[3].Name': expected a string");
        assert_eq!(Error::new("x").to_string(), "x");
    }
}
