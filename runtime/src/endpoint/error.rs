use std::fmt;

/// The rule set document is not a valid endpoint rule set (or uses a function this engine lacks).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleSetError {
    /// JSON path of the offending node, e.g. `$.rules[3].conditions[0].fn`.
    pub path: String,
    /// What is wrong there.
    pub message: String,
}

impl RuleSetError {
    pub(crate) fn new(path: &str, message: impl Into<String>) -> Self {
        RuleSetError {
            path: path.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for RuleSetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "invalid endpoint rule set at {}: {}",
            self.path, self.message
        )
    }
}

impl std::error::Error for RuleSetError {}

/// Why no endpoint could be resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ResolveError {
    /// The rule set selected an `error` rule; the message is the rule's (templated) text.
    Rule {
        /// The rule's text.
        message: String,
    },
    /// A parameter marked `required` has neither a value nor a default.
    MissingParameter {
        /// The parameter.
        name: String,
    },
    /// A parameter was given a value of the wrong type.
    InvalidParameter {
        /// The parameter.
        name: String,
        /// The type it needs.
        expected: &'static str,
    },
    /// Every rule (or every rule of a selected tree) failed its conditions.
    NoRuleMatched,
    /// The rule set is well formed but misbehaved at run time (e.g. a function got a bool where it
    /// needs a string); `path` points into the rule set.
    Evaluation {
        /// Where in the rule set.
        path: String,
        /// What went wrong.
        message: String,
    },
}

impl ResolveError {
    /// The bare message, as endpoint test cases spell it (`expect.error`).
    pub fn message(&self) -> String {
        match self {
            ResolveError::Rule { message } => message.clone(),
            ResolveError::MissingParameter { name } => {
                format!("missing required endpoint parameter `{name}`")
            }
            ResolveError::InvalidParameter { name, expected } => {
                format!("endpoint parameter `{name}` must be a {expected}")
            }
            ResolveError::NoRuleMatched => "no endpoint rule matched the parameters".to_owned(),
            ResolveError::Evaluation { path, message } => {
                format!("endpoint rule set evaluation failed at {path}: {message}")
            }
        }
    }
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "endpoint resolution failed: {}", self.message())
    }
}

impl std::error::Error for ResolveError {}
