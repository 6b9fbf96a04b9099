//! `smithy.rules#endpointTests`: each case's `params` for the rules engine alone, and its
//! `operationInputs` (an operation, its input, the built-ins and client parameters set) for a call of
//! the operation through the client, which proves the binding of every parameter as well.

use serde_json::Value;

use super::literal::{Form, Types};
use super::{EndpointTest, Operation, OperationInput, TypeDef};
use crate::names::{self, Namer};

pub(super) fn cases(cases: &[Value]) -> Vec<EndpointTest> {
    let mut namer = Namer::new();
    cases
        .iter()
        .enumerate()
        .map(|(i, case)| {
            let docs = case
                .get("documentation")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string();
            let mut base = names::snake_name(&docs);
            base.truncate(80);
            let name = namer.take(format!(
                "case_{i}_{}",
                base.trim_start_matches("r#").trim_matches('_')
            ));
            let params = case
                .get("params")
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default();
            EndpointTest {
                name,
                docs,
                params,
                expect: case.get("expect").cloned().unwrap_or(Value::Null),
                operation_inputs: case
                    .get("operationInputs")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default()
                    .iter()
                    .map(OperationInput::untyped)
                    .collect(),
            }
        })
        .collect()
}

impl OperationInput {
    fn untyped(v: &Value) -> OperationInput {
        let pairs = |key: &str| -> Vec<(String, Value)> {
            v.get(key)
                .and_then(Value::as_object)
                .map(|m| m.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
                .unwrap_or_default()
        };
        OperationInput {
            operation: v
                .get("operationName")
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned(),
            params: v.get("operationParams").cloned(),
            method: String::new(),
            input: None,
            has_input: false,
            host_prefix: false,
            built_ins: pairs("builtInParams"),
            client_params: pairs("clientParams"),
            unsupported: None,
        }
    }
}

/// Types each operation input against the client: the operation's method, its input as a literal.
/// What cannot be typed (an unknown operation, params that do not fit the input) becomes the reason
/// the generated test fails, so that the case is counted, not dropped.
pub(super) fn type_operation_inputs(
    tests: &mut [EndpointTest],
    operations: &[Operation],
    types: &[TypeDef],
) {
    let types = Types::new(types, Form::Params);
    for t in tests {
        for oi in &mut t.operation_inputs {
            let Some(op) = operations.iter().find(|o| o.wire == oi.operation) else {
                oi.unsupported = Some(format!("the client has no operation `{}`", oi.operation));
                continue;
            };
            oi.method = op.method.clone();
            oi.host_prefix = op.binding.host_prefix.is_some();
            if let Some(why) = &op.unsupported {
                oi.unsupported = Some(format!("{}: {why}", oi.operation));
                continue;
            }
            if let Some(input) = &op.input {
                oi.has_input = true;
                match types.structure(input, oi.params.as_ref(), "operationParams") {
                    Ok(l) => oi.input = Some(l),
                    Err(e) => oi.unsupported = Some(e),
                }
            }
        }
    }
}
