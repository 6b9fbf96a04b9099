//! Rule set parameters bound from an operation: `@staticContextParams` (a value fixed per operation),
//! `@contextParam` (a top-level input member) and `@operationContextParams` (a JMESPath expression over
//! the input, in the subset the rules engine spec allows, which the generator checks). Paths are
//! evaluated by [`crate::jmespath`], the one JMESPath implementation of the runtime (waiters use it
//! too), against the input in its data model, captured through the codec traits every generated type
//! implements, so no shape needs code of its own for it.

use serde_json::Value as Json;

use super::{ParameterType, Params, RuleSet, Value};
use crate::codec::capture::Capture;
use crate::codec::{Error, WriteValue};
use crate::jmespath::{Expression, from_captured, to_value};

/// Where a rule set parameter's value comes from in one operation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Source {
    /// `@staticContextParams`.
    Static(StaticValue),
    /// `@contextParam` on this input member (its name in the model). `required`: the member is
    /// `@required`, so an unset, empty or all-whitespace value must fail the call before it is sent.
    Member {
        /// The member's name in the model.
        name: &'static str,
        /// Whether the member is `@required`.
        required: bool,
    },
    /// `@operationContextParams`: the JMESPath expression, as the model writes it.
    Path(&'static str),
}

/// A `@staticContextParams` value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum StaticValue {
    /// A string.
    String(&'static str),
    /// A boolean.
    Bool(bool),
    /// A list of strings.
    StringArray(&'static [&'static str]),
}

/// A rule set parameter of an operation and where its value comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ContextParam {
    /// The rule set parameter's name.
    pub name: &'static str,
    /// Where its value comes from.
    pub source: Source,
}

impl RuleSet {
    /// The parameters `bindings` take from one operation's `input`, typed by this rule set's
    /// declaration of each (a parameter the rule set does not declare is left out, and so is a value
    /// of the wrong type, which the rules then see as unset).
    pub fn bind_context(
        &self,
        bindings: &[ContextParam],
        input: &dyn WriteValue,
    ) -> Result<Params, Error> {
        let mut params = Params::new();
        let mut whole: Option<Json> = None;
        for b in bindings {
            let Some(ty) = self.params.iter().find(|p| p.name == b.name).map(|p| p.ty) else {
                continue;
            };
            let selected = match b.source {
                Source::Static(v) => Some(static_value(v)),
                Source::Member { name, required } => {
                    let v = member(input, name)?;
                    if required {
                        let blank = match &v {
                            None => true,
                            Some(Json::String(s)) => s.trim().is_empty(),
                            Some(_) => false,
                        };
                        if blank {
                            return Err(Error::new(format!(
                                "{name} is bound to the endpoint parameter {} and must not be unset, empty or blank",
                                b.name
                            )));
                        }
                    }
                    v.and_then(|v| typed(&v, ty))
                }
                Source::Path(text) => {
                    let expression = Expression::parse(text).map_err(|e| {
                        Error::new(format!(
                            "the operationContextParams path of the endpoint parameter {}: {e}",
                            b.name
                        ))
                    })?;
                    let root = match &whole {
                        Some(w) => w,
                        None => whole.insert(to_value(input)?),
                    };
                    typed(&expression.search(root), ty)
                }
            };
            if let Some(v) = selected {
                params.insert(b.name.to_owned(), v);
            }
        }
        Ok(params)
    }
}

fn static_value(v: StaticValue) -> Value {
    match v {
        StaticValue::String(s) => Value::String(s.to_owned()),
        StaticValue::Bool(b) => Value::Bool(b),
        StaticValue::StringArray(items) => {
            Value::StringArray(items.iter().map(|s| (*s).to_owned()).collect())
        }
    }
}

fn typed(v: &Json, ty: ParameterType) -> Option<Value> {
    match (ty, v) {
        (ParameterType::String, Json::String(s)) => Some(Value::String(s.clone())),
        (ParameterType::Boolean, Json::Bool(b)) => Some(Value::Bool(*b)),
        (ParameterType::StringArray, Json::Array(items)) => Some(Value::StringArray(
            items
                .iter()
                .filter_map(|i| i.as_str().map(str::to_owned))
                .collect(),
        )),
        _ => None,
    }
}

/// The top-level member `name` of `input`, captured on its own (the rest of the input, a large body
/// perhaps, is not copied).
fn member(input: &dyn WriteValue, name: &'static str) -> Result<Option<Json>, Error> {
    crate::codec::with_members(input, |schema, members| {
        schema
            .members
            .iter()
            .zip(members)
            .find(|(m, v)| m.name == name && !v.is_absent())
            .map(|(_, v)| {
                Capture::nested(*v)
                    .map(from_captured)
                    .map_err(|e| e.at_key(name))
            })
            .transpose()
    })?
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::Serializer;
    use crate::schema::{Member, Schema};
    use std::collections::HashMap;

    static ITEM: Schema = Schema::new("Item", &[Member::new("Key")]);
    static INPUT: Schema = Schema::new(
        "Input",
        &[
            Member::new("Bucket"),
            Member::new("Items"),
            Member::new("ByName"),
            Member::new("Flag"),
        ],
    );

    struct Item(Option<String>);
    impl WriteValue for Item {
        fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
            s.write_struct(&ITEM, &[&self.0])
        }
    }

    struct Input {
        bucket: Option<String>,
        items: Option<Vec<Item>>,
        by_name: Option<HashMap<String, Item>>,
        flag: Option<bool>,
    }
    impl WriteValue for Input {
        fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
            s.write_struct(
                &INPUT,
                &[&self.bucket, &self.items, &self.by_name, &self.flag],
            )
        }
    }
    fn rules() -> RuleSet {
        RuleSet::from_json(
            r#"{"version":"1.0","parameters":{
                "Bucket":{"type":"String","required":false},
                "Keys":{"type":"StringArray","required":false},
                "Names":{"type":"StringArray","required":false},
                "Flag":{"type":"Boolean","required":false},
                "Fixed":{"type":"String","required":false}},
              "rules":[{"conditions":[],"error":"unused","type":"error"}]}"#,
        )
        .unwrap()
    }

    fn input() -> Input {
        let items = vec![Item(Some("a".into())), Item(None), Item(Some("c".into()))];
        let by_name = [("x".to_owned(), Item(None)), ("y".to_owned(), Item(None))]
            .into_iter()
            .collect();
        Input {
            bucket: Some("my-bucket".into()),
            items: Some(items),
            by_name: Some(by_name),
            flag: Some(true),
        }
    }

    #[test]
    fn binds_members_paths_and_statics_by_the_rule_sets_types() {
        let bindings = [
            ContextParam {
                name: "Bucket",
                source: Source::Member {
                    name: "Bucket",
                    required: true,
                },
            },
            ContextParam {
                name: "Keys",
                source: Source::Path("Items[*].Key"),
            },
            ContextParam {
                name: "Names",
                source: Source::Path("keys(ByName)"),
            },
            ContextParam {
                name: "Flag",
                source: Source::Member {
                    name: "Flag",
                    required: false,
                },
            },
            ContextParam {
                name: "Fixed",
                source: Source::Static(StaticValue::String("yes")),
            },
            ContextParam {
                name: "Undeclared",
                source: Source::Static(StaticValue::Bool(true)),
            },
        ];
        let p = rules().bind_context(&bindings, &input()).unwrap();
        assert_eq!(p["Bucket"], Value::String("my-bucket".into()));
        assert_eq!(p["Keys"], Value::StringArray(vec!["a".into(), "c".into()]));
        assert_eq!(p["Names"], Value::StringArray(vec!["x".into(), "y".into()]));
        assert_eq!(p["Flag"], Value::Bool(true));
        assert_eq!(p["Fixed"], Value::String("yes".into()));
        assert!(!p.contains_key("Undeclared"));
    }

    #[test]
    fn a_value_of_the_wrong_type_is_left_unset() {
        let bindings = [ContextParam {
            name: "Bucket",
            source: Source::Member {
                name: "Flag",
                required: false,
            },
        }];
        assert!(
            rules()
                .bind_context(&bindings, &input())
                .unwrap()
                .is_empty()
        );
    }

    #[test]
    fn a_required_member_must_not_be_blank() {
        let bindings = [ContextParam {
            name: "Bucket",
            source: Source::Member {
                name: "Bucket",
                required: true,
            },
        }];
        for blank in [None, Some(""), Some("  \t")] {
            let mut i = input();
            i.bucket = blank.map(str::to_owned);
            let e = rules().bind_context(&bindings, &i).unwrap_err();
            assert!(
                e.message().contains("must not be unset, empty or blank"),
                "{e}"
            );
        }
    }

    #[test]
    fn multi_select_flatten_and_missing_paths() {
        let bind = |path: &'static str| {
            let bindings = [ContextParam {
                name: "Keys",
                source: Source::Path(path),
            }];
            rules().bind_context(&bindings, &input()).unwrap()
        };
        // A multi-select list keeps a null for a missing member; the string filter then drops it.
        assert_eq!(
            bind("[Bucket, Nope]")["Keys"],
            Value::StringArray(vec!["my-bucket".into()])
        );
        assert_eq!(
            bind("[Items[*].Key, [Bucket]][]")["Keys"],
            Value::StringArray(vec!["a".into(), "c".into(), "my-bucket".into()])
        );
        assert!(bind("Nope.Deeper").is_empty());
    }

    #[test]
    fn a_path_that_does_not_parse_fails_the_call_naming_the_parameter() {
        let bindings = [ContextParam {
            name: "Keys",
            source: Source::Path("Items[*"),
        }];
        let e = rules().bind_context(&bindings, &input()).unwrap_err();
        assert!(e.message().contains("endpoint parameter Keys"), "{e}");
    }
}
