//! Rule set parameters bound from an operation: `@staticContextParams` (a value fixed per operation),
//! `@contextParam` (a top-level input member) and `@operationContextParams` (a JMESPath expression over
//! the input, in the subset the rules engine spec allows). The generator parses each path once and
//! emits it as a static [`Path`]; here it is evaluated against the input, captured through the codec
//! traits every generated type implements, so no shape needs code of its own for it.

use super::{ParameterType, Params, RuleSet, Value};
use crate::codec::capture::{Capture, Captured};
use crate::codec::{Error, WriteValue};

/// One step of a parsed JMESPath expression, applied to what the steps before it selected.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Step {
    /// An identifier: a structure member, a union's set member or a map's key.
    Field(&'static str),
    /// `[*]` (or `*` on a map's values): the steps after it apply to each element, and the
    /// results that are not null make a list.
    Project,
    /// `[]`: nested lists merged one level, then projected like [`Step::Project`].
    Flatten,
    /// `keys(..)` of the map (or structure) selected so far.
    Keys,
    /// `[a, b]`: each expression evaluated against the current value, one list element each.
    MultiSelect(&'static [Path]),
}

/// A parsed expression: its steps in order.
pub type Path = &'static [Step];

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
    /// `@operationContextParams`.
    Path(Path),
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
        let mut whole: Option<Captured> = None;
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
                            Some(Captured::String(s)) => s.trim().is_empty(),
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
                Source::Path(path) => {
                    let root = match &whole {
                        Some(w) => w,
                        None => whole.insert(crate::codec::capture::capture(input)?),
                    };
                    typed(&evaluate(path, root), ty)
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

fn typed(v: &Captured, ty: ParameterType) -> Option<Value> {
    match (ty, v) {
        (ParameterType::String, Captured::String(s)) => Some(Value::String(s.clone())),
        (ParameterType::Boolean, Captured::Bool(b)) => Some(Value::Bool(*b)),
        (ParameterType::StringArray, Captured::List(items)) => Some(Value::StringArray(
            items
                .iter()
                .filter_map(|i| match i {
                    Captured::String(s) => Some(s.clone()),
                    _ => None,
                })
                .collect(),
        )),
        _ => None,
    }
}

/// JMESPath's evaluation of `path` against `value`; `Null` where nothing matches.
fn evaluate(path: &[Step], value: &Captured) -> Captured {
    let Some((step, rest)) = path.split_first() else {
        return value.clone();
    };
    match step {
        Step::Field(name) => match field(value, name) {
            Some(v) => evaluate(rest, v),
            None => Captured::Null,
        },
        Step::Project => match value {
            Captured::List(items) => project(rest, items.iter()),
            Captured::Map(entries) => project(rest, entries.iter().map(|(_, v)| v)),
            Captured::Struct { members, .. } => project(rest, members.iter().map(|(_, v)| v)),
            _ => Captured::Null,
        },
        Step::Flatten => match value {
            Captured::List(items) => {
                let flat = items.iter().flat_map(|i| match i {
                    Captured::List(inner) => inner.iter().collect::<Vec<_>>(),
                    other => vec![other],
                });
                project(rest, flat)
            }
            _ => Captured::Null,
        },
        Step::Keys => {
            let keys = match value {
                Captured::Map(entries) => entries
                    .iter()
                    .map(|(k, _)| Captured::String(k.clone()))
                    .collect(),
                Captured::Struct { members, .. } => members
                    .iter()
                    .map(|(k, _)| Captured::String((*k).to_owned()))
                    .collect(),
                _ => return Captured::Null,
            };
            evaluate(rest, &Captured::List(keys))
        }
        Step::MultiSelect(paths) => {
            if matches!(value, Captured::Null) {
                return Captured::Null;
            }
            let list = Captured::List(paths.iter().map(|p| evaluate(p, value)).collect());
            evaluate(rest, &list)
        }
    }
}

fn project<'a>(rest: &[Step], items: impl Iterator<Item = &'a Captured>) -> Captured {
    Captured::List(
        items
            .map(|i| evaluate(rest, i))
            .filter(|v| !matches!(v, Captured::Null))
            .collect(),
    )
}

fn field<'a>(value: &'a Captured, name: &str) -> Option<&'a Captured> {
    match value {
        Captured::Struct { members, .. } => {
            members.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
        }
        Captured::Union { member, value, .. } if *member == name => Some(value),
        Captured::Map(entries) => entries.iter().find(|(k, _)| k == name).map(|(_, v)| v),
        _ => None,
    }
}

/// The top-level member `name` of `input`, captured on its own (the rest of the input, a large body
/// perhaps, is not copied).
fn member(input: &dyn WriteValue, name: &'static str) -> Result<Option<Captured>, Error> {
    crate::codec::with_members(input, |schema, members| {
        schema
            .members
            .iter()
            .zip(members)
            .find(|(m, v)| m.name == name && !v.is_absent())
            .map(|(_, v)| Capture::nested(*v).map_err(|e| e.at_key(name)))
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
        const KEYS: Path = &[Step::Field("Items"), Step::Project, Step::Field("Key")];
        const NAMES: Path = &[Step::Field("ByName"), Step::Keys];
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
                source: Source::Path(KEYS),
            },
            ContextParam {
                name: "Names",
                source: Source::Path(NAMES),
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
        const MULTI: &[Path] = &[&[Step::Field("Bucket")], &[Step::Field("Nope")]];
        let root = crate::codec::capture::capture(&input()).unwrap();
        let got = evaluate(&[Step::MultiSelect(MULTI)], &root);
        assert!(matches!(&got, Captured::List(l) if l.len() == 2));
        let nested = Captured::List(vec![
            Captured::List(vec![Captured::String("a".into())]),
            Captured::String("b".into()),
        ]);
        let flat = evaluate(&[Step::Flatten], &nested);
        assert_eq!(
            typed(&flat, ParameterType::StringArray),
            Some(Value::StringArray(vec!["a".into(), "b".into()]))
        );
        assert!(matches!(
            evaluate(&[Step::Field("Nope"), Step::Field("Deeper")], &root),
            Captured::Null
        ));
    }
}
