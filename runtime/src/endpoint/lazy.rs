//! A rule set parsed on first use, for `static` items in generated crates.

use std::sync::OnceLock;

use super::{RuleSet, RuleSetError};

/// Rule set JSON embedded in a binary, parsed once on first [`LazyRuleSet::get`].
#[derive(Debug)]
pub struct LazyRuleSet {
    json: &'static str,
    parsed: OnceLock<Result<RuleSet, RuleSetError>>,
}

impl LazyRuleSet {
    /// A rule set from its JSON, parsed on first use.
    pub const fn new(json: &'static str) -> Self {
        LazyRuleSet {
            json,
            parsed: OnceLock::new(),
        }
    }

    /// The parsed rule set; a parse failure is kept and returned to every caller.
    pub fn get(&self) -> Result<&RuleSet, &RuleSetError> {
        self.parsed
            .get_or_init(|| RuleSet::from_json(self.json))
            .as_ref()
    }

    /// The embedded JSON text.
    pub fn json(&self) -> &'static str {
        self.json
    }
}
