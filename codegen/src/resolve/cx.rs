//! The diagnostics sink every resolution step reports into. It sits below all of them so that each step can
//! report without depending on the others, and resolution fails once, at the end, with every problem.

use serde_json::Value;

use crate::diag::{Diagnostic, Diagnostics};

pub(crate) struct Cx {
    pub diags: Diagnostics,
}

impl Cx {
    pub fn err(
        &mut self,
        shape: Option<&str>,
        member: Option<&str>,
        location: String,
        message: String,
    ) {
        self.diags.push(Diagnostic {
            span: None,
            shape: shape.map(str::to_string),
            member: member.map(str::to_string),
            location,
            message,
        });
    }
}

/// A JSON value for an error message, cut short when long.
pub(crate) fn short_json(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}...", s.chars().take(57).collect::<String>())
    } else {
        s
    }
}
