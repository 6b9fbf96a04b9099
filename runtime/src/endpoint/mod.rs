//! Endpoint rules engine: resolves a service endpoint from a Smithy `endpointRuleSet` document.
//!
//! Generated crates embed their rule set as JSON text in a `static LazyRuleSet` and this module
//! interprets it, instead of the code generator translating every rule set into Rust. Why:
//! - Generated code stays small: one `&'static str` per service rather than thousands of lines
//!   of nested `if`s (the S3 rule set alone would be a large module), so generated crates
//!   compile faster and diffs between model versions stay readable.
//! - One evaluator, tested once against the endpoint test cases of every shared AWS model, is
//!   correct for every service; a generator would have to be proven per emitted rule set.
//! - It costs little: the document is parsed once (about 35 µs for FSx, 1.7 ms for S3) into a
//!   typed tree (references resolved to slots, function names to an enum, templates pre-split,
//!   scopes checked), and a resolution is a walk over that tree without string lookups: well
//!   under a microsecond for FSx and a few microseconds for S3 (`benches/endpoint.rs`).
//!
//! Entry points: [`RuleSet::from_json`], [`RuleSet::bind`] (client configuration to parameters
//! through each parameter's `builtIn`), [`RuleSet::resolve`], and [`LazyRuleSet`] for statics.

mod aws;
mod builtins;
mod context;
mod error;
mod eval;
mod lazy;
mod parse;
mod partition;
mod stdlib;
mod template;
pub mod testing;
mod tree;

use std::collections::BTreeMap;

pub use builtins::BuiltIns;
pub use context::{ContextParam, Source, StaticValue};
pub use error::{ResolveError, RuleSetError};
pub use lazy::LazyRuleSet;
pub use partition::{Partition, partition_for_region};
pub use tree::{Parameter, ParameterType, RuleSet};

/// A parameter value handed to the rules engine.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Value {
    /// A string.
    String(String),
    /// A boolean.
    Bool(bool),
    /// A list of strings.
    StringArray(Vec<String>),
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::String(s.to_owned())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::String(s)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<Vec<String>> for Value {
    fn from(v: Vec<String>) -> Self {
        Value::StringArray(v)
    }
}

/// Parameter values by rule set parameter name (e.g. `Region`, `UseFIPS`).
pub type Params = BTreeMap<String, Value>;

/// The outcome of a successful resolution.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Endpoint {
    /// The endpoint URL.
    pub url: String,
    /// Headers the endpoint requires.
    pub headers: BTreeMap<String, Vec<String>>,
    /// Free-form endpoint metadata; `authSchemes` (signing name, region, ...) lives here.
    pub properties: serde_json::Map<String, serde_json::Value>,
}
