use std::fmt;

/// A builder was asked to build a value while a member the model requires was not set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError {
    type_name: &'static str,
    member: &'static str,
}

impl BuildError {
    /// `member` of `type_name` is required and was not set.
    pub fn missing(type_name: &'static str, member: &'static str) -> Self {
        BuildError { type_name, member }
    }

    /// The type that could not be built.
    pub fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The required member that was not set (as the model names it).
    pub fn member(&self) -> &'static str {
        self.member
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot build {}: the required member `{}` is not set",
            self.type_name, self.member
        )
    }
}

impl std::error::Error for BuildError {}
