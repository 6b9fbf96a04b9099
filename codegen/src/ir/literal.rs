//! Model node values (protocol test `params`, `@examples` values) typed against the IR: each value is checked against the Rust type it becomes and turned into a [`Literal`]
//! that an emitter prints as an expression through the crate's public API (builders, enum `From`s,
//! union variants). Member names become field names here, so a value that does not fit its shape is a
//! diagnostic with the path to it, not code that does not compile.

use std::collections::BTreeMap;

use serde_json::Value;

use super::{Field, RustType, TypeDef, TypeKind};

/// A value of a Rust type, ready to print.
#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Bool(bool),
    /// An integer of type `ty` (`I8` to `I64`).
    Int {
        ty: RustType,
        value: i64,
    },
    /// A float of type `ty` (`F32` or `F64`).
    Float {
        ty: RustType,
        value: FloatLiteral,
    },
    String(String),
    Blob(Vec<u8>),
    /// A blob given as base64 text, decoded when the code runs.
    BlobBase64(String),
    /// A `@streaming` blob: its bytes as a `Blob` or `BlobBase64` literal.
    Stream(Box<Literal>),
    /// Seconds since the epoch and the nanoseconds past them (always below one second).
    Timestamp {
        secs: i64,
        nanos: u32,
    },
    /// A timestamp given as text (RFC 3339 or an HTTP date), parsed when the code runs.
    TimestampText(String),
    Document(Value),
    BigInteger(String),
    BigDecimal(String),
    /// A string enum (or a map key of one) by its wire value.
    Enum {
        type_name: String,
        value: String,
    },
    IntEnum {
        type_name: String,
        value: i32,
    },
    Struct(StructLiteral),
    Union {
        type_name: String,
        variant: String,
        /// `None` for a unit member.
        value: Option<Box<Literal>>,
        boxed: bool,
    },
    /// `None` items are the nulls of a sparse list.
    List {
        item: RustType,
        sparse: bool,
        items: Vec<Option<Literal>>,
    },
    /// `None` values are the nulls of a sparse map.
    Map {
        key: RustType,
        value: RustType,
        sparse: bool,
        entries: Vec<(Literal, Option<Literal>)>,
    },
}

/// A structure built with its builder.
#[derive(Debug, Clone, PartialEq)]
pub struct StructLiteral {
    pub type_name: String,
    /// `build()` returns a `Result` (some member must be set).
    pub fallible: bool,
    /// (field name, value), in the model's member order.
    pub fields: Vec<(String, Literal)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FloatLiteral {
    Finite(f64),
    NaN,
    Infinity,
    NegativeInfinity,
}

/// How values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Protocol test params: a blob is the string's UTF-8 bytes, a timestamp is epoch seconds, and a
    /// member the shape does not have is an error.
    Params,
    /// `@examples` values, written as the JSON protocols write them: a blob is base64, a timestamp is
    /// epoch seconds or date text, and what the JSON codec tolerates in a response is tolerated (members the
    /// shape does not have are left out, `5.0` is an integer, `null`s of dense lists and maps are dropped).
    Wire,
}

/// The generated types by Rust name, for typing values.
pub struct Types<'a> {
    by_name: BTreeMap<&'a str, &'a TypeDef>,
    form: Form,
}

impl<'a> Types<'a> {
    pub fn new(types: &'a [TypeDef], form: Form) -> Types<'a> {
        Types {
            by_name: types.iter().map(|t| (t.name.as_str(), t)).collect(),
            form,
        }
    }

    fn wire(&self) -> bool {
        self.form == Form::Wire
    }

    /// A blob value: its text's bytes for params; base64 in the wire form, unless the text cannot be base64
    /// (`"Payload": "200 SUCCESS"`): models' examples of payload blobs often give the bytes as text.
    fn blob(&self, s: &str) -> Literal {
        if self.wire() && looks_like_base64(s) {
            Literal::BlobBase64(s.to_owned())
        } else {
            Literal::Blob(s.as_bytes().to_vec())
        }
    }

    /// [`Types::structure`] for a value a client reads: a member that must be set and is not gets its
    /// zero value, as the client's error correction gives it.
    pub fn read_structure(
        &self,
        type_name: &str,
        v: Option<&Value>,
        path: &str,
    ) -> Result<StructLiteral, String> {
        let mut s = self.structure(type_name, v, path)?;
        let (fields, _) = self.struct_fields(type_name, path)?;
        let mut filled = Vec::with_capacity(fields.len());
        for f in fields {
            match s.fields.iter().position(|(n, _)| *n == f.name) {
                Some(i) => filled.push(s.fields.swap_remove(i)),
                None if f.presence.must_be_set() => {
                    filled.push((f.name.clone(), self.zero(&f.ty, &f.member, 0, true)?));
                }
                None => {}
            }
        }
        s.fields = filled;
        Ok(s)
    }

    pub fn get(&self, name: &str) -> Option<&'a TypeDef> {
        self.by_name.get(name).copied()
    }

    /// `v` as a value of the structure named `type_name` (`null` or absent: no members set).
    pub fn structure(
        &self,
        type_name: &str,
        v: Option<&Value>,
        path: &str,
    ) -> Result<StructLiteral, String> {
        let empty = Value::Object(Default::default());
        let v = match v {
            None | Some(Value::Null) => &empty,
            Some(v) => v,
        };
        match self.literal(&RustType::Named(type_name.to_owned()), v, path, 0)? {
            Literal::Struct(s) => Ok(s),
            _ => Err(format!("{path}: `{type_name}` is not a structure")),
        }
    }

    /// The smallest value `build()` accepts: every member that must be set gets its type's zero value.
    pub fn minimal(&self, type_name: &str) -> Result<StructLiteral, String> {
        let (fields, fallible) = self.struct_fields(type_name, type_name)?;
        let mut set = Vec::new();
        for f in fields.iter().filter(|f| f.presence.must_be_set()) {
            let mut v = self.zero(&f.ty, &f.member, 0, false)?;
            // A URI label may not be empty (the client refuses to send): give it a value.
            if matches!(f.wire.location, super::HttpLocation::Label { .. })
                && matches!(&v, Literal::String(s) if s.is_empty())
            {
                v = Literal::String("label".to_owned());
            }
            set.push((f.name.clone(), v));
        }
        Ok(StructLiteral {
            type_name: type_name.to_owned(),
            fallible,
            fields: set,
        })
    }

    fn struct_fields(&self, name: &str, path: &str) -> Result<(&'a [Field], bool), String> {
        match self.get(name).map(|t| &t.kind) {
            Some(TypeKind::Struct(s)) => {
                Ok((&s.fields, s.fields.iter().any(|f| f.presence.must_be_set())))
            }
            _ => Err(format!("{path}: `{name}` is not a generated structure")),
        }
    }

    /// The zero value of `ty`. `read`: the one the client's error correction reads (`ReadValue::zero`: the
    /// unknown variant of an enum or union); else one that can be sent (an enum's first value, a union's
    /// first member).
    fn zero(&self, ty: &RustType, path: &str, depth: usize, read: bool) -> Result<Literal, String> {
        if depth > 32 {
            return Err(format!("{path}: no finite zero value (a required cycle)"));
        }
        Ok(match ty {
            RustType::Bool => Literal::Bool(false),
            RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64 => Literal::Int {
                ty: ty.clone(),
                value: 0,
            },
            RustType::F32 | RustType::F64 => Literal::Float {
                ty: ty.clone(),
                value: FloatLiteral::Finite(0.0),
            },
            RustType::String => Literal::String(String::new()),
            RustType::Blob => Literal::Blob(Vec::new()),
            RustType::ByteStream => Literal::Stream(Box::new(Literal::Blob(Vec::new()))),
            RustType::DateTime => Literal::Timestamp { secs: 0, nanos: 0 },
            RustType::Document => Literal::Document(Value::Null),
            RustType::BigInteger => Literal::BigInteger("0".into()),
            RustType::BigDecimal => Literal::BigDecimal("0".into()),
            RustType::List { item, sparse } => Literal::List {
                item: (**item).clone(),
                sparse: *sparse,
                items: Vec::new(),
            },
            RustType::Map { key, value, sparse } => Literal::Map {
                key: (**key).clone(),
                value: (**value).clone(),
                sparse: *sparse,
                entries: Vec::new(),
            },
            RustType::Named(n) => match self.get(n).map(|t| &t.kind) {
                Some(TypeKind::Struct(s)) => {
                    let mut fields = Vec::new();
                    for f in s.fields.iter().filter(|f| f.presence.must_be_set()) {
                        let p = format!("{path}.{}", f.member);
                        fields.push((f.name.clone(), self.zero(&f.ty, &p, depth + 1, read)?));
                    }
                    Literal::Struct(StructLiteral {
                        type_name: n.clone(),
                        fallible: s.fields.iter().any(|f| f.presence.must_be_set()),
                        fields,
                    })
                }
                Some(TypeKind::Enum(v)) => Literal::Enum {
                    type_name: n.clone(),
                    value: match read {
                        true => String::new(),
                        false => v.first().map(|v| v.value.clone()).unwrap_or_default(),
                    },
                },
                Some(TypeKind::IntEnum(v)) => Literal::IntEnum {
                    type_name: n.clone(),
                    value: if read {
                        0
                    } else {
                        v.first().map_or(0, |v| v.value)
                    },
                },
                Some(TypeKind::Union(_)) if read => Literal::Union {
                    type_name: n.clone(),
                    variant: "Unknown".to_owned(),
                    value: Some(Box::new(Literal::String(String::new()))),
                    boxed: false,
                },
                Some(TypeKind::Union(v)) => {
                    let first = v
                        .first()
                        .ok_or_else(|| format!("{path}: union `{n}` has no members"))?;
                    Literal::Union {
                        type_name: n.clone(),
                        variant: first.name.clone(),
                        value: match &first.ty {
                            None => None,
                            Some(t) => Some(Box::new(self.zero(t, path, depth + 1, read)?)),
                        },
                        boxed: first.boxed,
                    }
                }
                None => return Err(format!("{path}: no generated type `{n}`")),
            },
        })
    }

    /// `v` as a value of type `ty`; `path` names it in errors (`params.Nested.List[2]`).
    pub fn literal(
        &self,
        ty: &RustType,
        v: &Value,
        path: &str,
        depth: usize,
    ) -> Result<Literal, String> {
        if depth > 128 {
            return Err(format!("{path}: nested too deeply"));
        }
        let wrong = |what: &str| Err(format!("{path}: expected {what}, found {v}"));
        Ok(match ty {
            RustType::Bool => match v {
                Value::Bool(b) => Literal::Bool(*b),
                _ => return wrong("a boolean"),
            },
            RustType::I8 | RustType::I16 | RustType::I32 | RustType::I64 => {
                let integral = v
                    .as_f64()
                    .filter(|f| self.wire() && f.fract() == 0.0 && f.abs() < 9.0e15)
                    .map(|f| f as i64);
                let Some(n) = v.as_i64().or(integral) else {
                    return wrong("an integer");
                };
                let fits = match ty {
                    RustType::I8 => i8::try_from(n).is_ok(),
                    RustType::I16 => i16::try_from(n).is_ok(),
                    RustType::I32 => i32::try_from(n).is_ok(),
                    _ => true,
                };
                if !fits {
                    return Err(format!("{path}: {n} is out of range"));
                }
                Literal::Int {
                    ty: ty.clone(),
                    value: n,
                }
            }
            RustType::F32 | RustType::F64 => {
                let value = match v {
                    Value::Number(n) => match n.as_f64() {
                        Some(f) => FloatLiteral::Finite(f),
                        None => return wrong("a number"),
                    },
                    Value::String(s) if s == "NaN" => FloatLiteral::NaN,
                    Value::String(s) if s == "Infinity" => FloatLiteral::Infinity,
                    Value::String(s) if s == "-Infinity" => FloatLiteral::NegativeInfinity,
                    _ => return wrong("a number, \"NaN\", \"Infinity\" or \"-Infinity\""),
                };
                Literal::Float {
                    ty: ty.clone(),
                    value,
                }
            }
            RustType::String => match v {
                Value::String(s) => Literal::String(s.clone()),
                _ => return wrong("a string"),
            },
            RustType::Blob => match v {
                Value::String(s) => self.blob(s),
                _ => return wrong("a string"),
            },
            RustType::ByteStream => match v {
                Value::String(s) => Literal::Stream(Box::new(self.blob(s))),
                _ => return wrong("a string"),
            },
            RustType::DateTime => match v {
                Value::Number(n) => {
                    let (secs, nanos) = epoch_parts(&n.to_string())
                        .ok_or_else(|| format!("{path}: {n} is not a timestamp"))?;
                    Literal::Timestamp { secs, nanos }
                }
                Value::String(s) if self.wire() => Literal::TimestampText(s.clone()),
                _ => return wrong("epoch seconds"),
            },
            RustType::Document => Literal::Document(v.clone()),
            RustType::BigInteger => match v {
                Value::Number(n) if n.is_i64() || n.is_u64() => Literal::BigInteger(n.to_string()),
                Value::String(s) => Literal::BigInteger(s.clone()),
                _ => return wrong("an integer"),
            },
            RustType::BigDecimal => match v {
                Value::Number(n) => Literal::BigDecimal(n.to_string()),
                Value::String(s) => Literal::BigDecimal(s.clone()),
                _ => return wrong("a number"),
            },
            RustType::List { item, sparse } => {
                let Value::Array(a) = v else {
                    return wrong("a list");
                };
                let mut items = Vec::with_capacity(a.len());
                for (i, x) in a.iter().enumerate() {
                    items.push(match x {
                        Value::Null if *sparse => None,
                        Value::Null if self.wire() => continue,
                        x => Some(self.literal(item, x, &format!("{path}[{i}]"), depth + 1)?),
                    });
                }
                Literal::List {
                    item: (**item).clone(),
                    sparse: *sparse,
                    items,
                }
            }
            RustType::Map { key, value, sparse } => {
                let Value::Object(o) = v else {
                    return wrong("a map");
                };
                let mut entries = Vec::with_capacity(o.len());
                for (k, x) in o {
                    if x.is_null() && !*sparse && self.wire() {
                        continue;
                    }
                    let p = format!("{path}[{k:?}]");
                    let key_lit = self.literal(key, &Value::String(k.clone()), &p, depth + 1)?;
                    let val = match x {
                        Value::Null if *sparse => None,
                        x => Some(self.literal(value, x, &p, depth + 1)?),
                    };
                    entries.push((key_lit, val));
                }
                Literal::Map {
                    key: (**key).clone(),
                    value: (**value).clone(),
                    sparse: *sparse,
                    entries,
                }
            }
            RustType::Named(n) => self.named(n, v, path, depth)?,
        })
    }

    fn named(&self, n: &str, v: &Value, path: &str, depth: usize) -> Result<Literal, String> {
        let wrong = |what: &str| Err(format!("{path}: expected {what}, found {v}"));
        let t = self
            .get(n)
            .ok_or_else(|| format!("{path}: no generated type `{n}`"))?;
        Ok(match &t.kind {
            TypeKind::Enum(_) => match v {
                Value::String(s) => Literal::Enum {
                    type_name: n.to_owned(),
                    value: s.clone(),
                },
                _ => return wrong("an enum value (a string)"),
            },
            TypeKind::IntEnum(_) => match v.as_i64().and_then(|i| i32::try_from(i).ok()) {
                Some(value) => Literal::IntEnum {
                    type_name: n.to_owned(),
                    value,
                },
                None => return wrong("an intEnum value"),
            },
            TypeKind::Struct(s) => {
                let Value::Object(o) = v else {
                    return wrong("a structure");
                };
                let mut fields = Vec::new();
                for f in &s.fields {
                    match o.get(&f.member) {
                        None | Some(Value::Null) => {}
                        Some(x) => {
                            let p = format!("{path}.{}", f.member);
                            fields.push((f.name.clone(), self.literal(&f.ty, x, &p, depth + 1)?));
                        }
                    }
                }
                let unknown = o.keys().find(|k| !s.fields.iter().any(|f| &f.member == *k));
                if let Some(unknown) = unknown.filter(|_| !self.wire()) {
                    return Err(format!("{path}: `{n}` has no member `{unknown}`"));
                }
                Literal::Struct(StructLiteral {
                    type_name: n.to_owned(),
                    fallible: s.fields.iter().any(|f| f.presence.must_be_set()),
                    fields,
                })
            }
            TypeKind::Union(variants) => {
                let Value::Object(o) = v else {
                    return wrong("a union (an object with one member)");
                };
                let mut set = o.iter().filter(|(_, x)| !x.is_null());
                let (Some((member, x)), None) = (set.next(), set.next()) else {
                    return wrong("exactly one member set");
                };
                let variant = variants
                    .iter()
                    .find(|u| &u.wire.name == member)
                    .ok_or_else(|| format!("{path}: union `{n}` has no member `{member}`"))?;
                let p = format!("{path}.{member}");
                Literal::Union {
                    type_name: n.to_owned(),
                    variant: variant.name.clone(),
                    value: match &variant.ty {
                        None => None,
                        Some(t) => Some(Box::new(self.literal(t, x, &p, depth + 1)?)),
                    },
                    boxed: variant.boxed,
                }
            }
        })
    }
}

/// Epoch seconds as written in a node value (`946845296`, `946845296.123`, `-1.5`, `1e3`) as whole
/// seconds and nanoseconds, exactly: no `f64` rounding of the fraction.
fn epoch_parts(text: &str) -> Option<(i64, u32)> {
    if text.contains(['e', 'E']) {
        // Exponent forms are rare; an f64 holds them as well as the text does.
        let f: f64 = text.parse().ok()?;
        let secs = f.floor();
        let nanos = ((f - secs) * 1e9).round() as u32;
        return Some((secs as i64, nanos.min(999_999_999)));
    }
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
    if frac.len() > 9 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let nanos: u32 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<9}").parse().ok()?
    };
    Some(match (negative, nanos) {
        (false, _) => (whole, nanos),
        (true, 0) => (-whole, 0),
        (true, n) => (-whole - 1, 1_000_000_000 - n),
    })
}

/// Standard base64 with its padding: the alphabet, a length that is a multiple of four, `=` only at the end.
fn looks_like_base64(s: &str) -> bool {
    let body = s.trim_end_matches('=');
    s.len().is_multiple_of(4)
        && s.len() - body.len() <= 2
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_seconds_keep_their_fraction_exactly() {
        assert_eq!(epoch_parts("946845296"), Some((946845296, 0)));
        assert_eq!(epoch_parts("946845296.123"), Some((946845296, 123_000_000)));
        assert_eq!(epoch_parts("-1.5"), Some((-2, 500_000_000)));
        assert_eq!(epoch_parts("-2"), Some((-2, 0)));
        assert_eq!(epoch_parts("1e3"), Some((1000, 0)));
        assert_eq!(epoch_parts("1.1234567891"), None);
        assert_eq!(epoch_parts("x"), None);
    }

    #[test]
    fn example_blobs_are_base64_only_when_they_can_be() {
        assert!(looks_like_base64("aGk="));
        assert!(looks_like_base64(""));
        assert!(!looks_like_base64("200 SUCCESS"));
        assert!(!looks_like_base64("{}"));
        assert!(!looks_like_base64("a==="));
    }
}
