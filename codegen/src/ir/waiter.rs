//! `smithy.waiters#waitable`: each waiter of an operation, read from the trait once and checked, ready for
//! the emitter to print as a static table the runtime's waiter loop reads.

use serde::Deserialize;
use serde_json::Value;

use crate::diag::{Diagnostic, Diagnostics};
use crate::names::{self, Namer};
use crate::resolve::ShapeId;

pub const WAITABLE: &str = "smithy.waiters#waitable";

/// One waiter: `client.wait_until_<name>(input, max_wait)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Waiter {
    /// The waiter's name in the model (`TableExists`).
    pub name: String,
    /// The client method (`wait_until_table_exists`).
    pub method: String,
    pub docs: String,
    /// Seconds; the spec's defaults are 2 and 120.
    pub min_delay: u64,
    pub max_delay: u64,
    pub deprecated: bool,
    pub acceptors: Vec<Acceptor>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum AcceptorState {
    Success,
    Failure,
    Retry,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Acceptor {
    pub state: AcceptorState,
    pub matcher: Matcher,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Matcher {
    Output(PathMatcher),
    InputOutput(PathMatcher),
    Success(bool),
    /// The error's shape name (the name part of an absolute shape id).
    ErrorType(String),
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PathMatcher {
    pub path: String,
    pub expected: String,
    pub comparator: Comparator,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Comparator {
    StringEquals,
    BooleanEquals,
    AllStringEquals,
    AnyStringEquals,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct WaiterTrait {
    #[serde(default)]
    documentation: Option<String>,
    acceptors: Vec<Acceptor>,
    #[serde(default = "default_min")]
    min_delay: u64,
    #[serde(default = "default_max")]
    max_delay: u64,
    #[serde(default)]
    deprecated: bool,
    #[serde(default)]
    #[allow(dead_code)]
    tags: Vec<String>,
}

fn default_min() -> u64 {
    2
}

fn default_max() -> u64 {
    120
}

/// The waiters of operation `op` (its `@waitable` value), sorted by name. A waiter that breaks the
/// spec's rules (a malformed acceptor, no acceptors, `minDelay` above `maxDelay`, a zero delay) is a model
/// error naming the operation and the waiter.
pub fn lower(
    op: &ShapeId,
    trait_value: Option<&Value>,
    methods: &mut Namer,
    diags: &mut Diagnostics,
) -> Vec<Waiter> {
    let Some(Value::Object(waiters)) = trait_value else {
        return Vec::new();
    };
    let mut fail = |name: &str, message: String| {
        diags.push(Diagnostic {
            span: None,
            shape: Some(op.to_string()),
            member: None,
            location: format!("{WAITABLE}.{name}"),
            message,
        })
    };
    let mut names: Vec<&String> = waiters.keys().collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let parsed: WaiterTrait = match serde_json::from_value(waiters[name].clone()) {
            Ok(w) => w,
            Err(e) => {
                fail(name, format!("waiter `{name}` is malformed: {e}"));
                continue;
            }
        };
        if parsed.acceptors.is_empty() {
            fail(name, format!("waiter `{name}` has no acceptors"));
            continue;
        }
        if parsed.min_delay == 0 || parsed.min_delay > parsed.max_delay {
            fail(
                name,
                format!(
                    "waiter `{name}`: minDelay ({}) must be at least 1 and at most maxDelay ({})",
                    parsed.min_delay, parsed.max_delay
                ),
            );
            continue;
        }
        let mut acceptors = parsed.acceptors;
        for a in &mut acceptors {
            if let Matcher::ErrorType(t) = &mut a.matcher
                && let Some((_, short)) = t.split_once('#')
            {
                *t = short.to_string();
            }
        }
        let snake = names::snake_name(name);
        out.push(Waiter {
            method: methods.take(format!("wait_until_{}", snake.trim_start_matches("r#"))),
            name: name.clone(),
            docs: parsed
                .documentation
                .as_deref()
                .map(crate::docs::to_markdown)
                .unwrap_or_default(),
            min_delay: parsed.min_delay,
            max_delay: parsed.max_delay,
            deprecated: parsed.deprecated,
            acceptors,
        });
    }
    out
}
