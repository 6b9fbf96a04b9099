//! [`Literal`]s as Rust expressions through the crate's public API: structures by their builders, enums
//! by `From`, unions by their variants, the runtime's wire types by their constructors. `root` is the path
//! the crate's types are under (`crate` inside it, `::my_crate` from its tests).

use proc_macro2::Literal as Lit;

use super::code::{Code, toks};
use serde_json::Value;

use super::{field_ident, ident, rust_type_from, type_ident};
use crate::ir::{FloatLiteral, Literal, RustType, StructLiteral};

pub(crate) fn expr(l: &Literal, root: &Code) -> Code {
    match l {
        Literal::Bool(b) => toks!(#b),
        Literal::Int { ty, value } => {
            let v = *value;
            // The front end checked the range; a value that still does not fit prints as i64 and fails to
            // compile, which is a generator bug caught by the generated test's build.
            let lit = match ty {
                RustType::I8 => i8::try_from(v).map(Lit::i8_suffixed),
                RustType::I16 => i16::try_from(v).map(Lit::i16_suffixed),
                RustType::I32 => i32::try_from(v).map(Lit::i32_suffixed),
                _ => Ok(Lit::i64_suffixed(v)),
            }
            .unwrap_or_else(|_| Lit::i64_suffixed(v));
            toks!(#lit)
        }
        Literal::Float { ty, value } => {
            let f32_type = *ty == RustType::F32;
            let t = if f32_type { toks!(f32) } else { toks!(f64) };
            match value {
                FloatLiteral::NaN => toks!(#t::NAN),
                FloatLiteral::Infinity => toks!(#t::INFINITY),
                FloatLiteral::NegativeInfinity => toks!(#t::NEG_INFINITY),
                FloatLiteral::Finite(f) if f32_type => {
                    let lit = Lit::f32_suffixed(*f as f32);
                    toks!(#lit)
                }
                FloatLiteral::Finite(f) => {
                    let lit = Lit::f64_suffixed(*f);
                    toks!(#lit)
                }
            }
        }
        Literal::String(s) => toks!(::std::string::String::from(#s)),
        Literal::Blob(bytes) => {
            let lit = Lit::byte_string(bytes);
            toks!(::smithy_runtime::types::Blob::new(#lit.to_vec()))
        }
        Literal::Stream(blob) => {
            let blob = expr(blob, root);
            toks!(::smithy_runtime::types::ByteStream::from(#blob))
        }
        Literal::BlobBase64(text) => toks! {
            ::smithy_runtime::types::Blob::from_base64(#text).expect("valid base64")
        },
        Literal::TimestampText(text) => toks! {
            ::smithy_runtime::types::DateTime::parse_rfc3339(#text)
                .or_else(|_| ::smithy_runtime::types::DateTime::parse_http_date(#text))
                .expect("a date-time or an HTTP date")
        },
        Literal::Timestamp { secs, nanos } => {
            toks!(::smithy_runtime::types::DateTime::from_secs_and_nanos(#secs, #nanos))
        }
        Literal::Document(v) => document(v),
        Literal::BigInteger(s) => toks! {
            ::smithy_runtime::types::BigInteger::parse(#s).expect("a valid bigInteger")
        },
        Literal::BigDecimal(s) => toks! {
            ::smithy_runtime::types::BigDecimal::parse(#s).expect("a valid bigDecimal")
        },
        Literal::Enum { type_name, value } => {
            let t = type_ident(type_name);
            toks!(#root::types::#t::from(#value))
        }
        Literal::IntEnum { type_name, value } => {
            let t = type_ident(type_name);
            toks!(#root::types::#t::from(#value))
        }
        Literal::Struct(s) => structure(s, root),
        Literal::Union {
            type_name,
            variant,
            value,
            boxed,
        } => {
            let t = type_ident(type_name);
            let v = ident(variant);
            match value {
                None => toks!(#root::types::#t::#v),
                Some(x) => {
                    let x = expr(x, root);
                    if *boxed {
                        toks!(#root::types::#t::#v(::std::boxed::Box::new(#x)))
                    } else {
                        toks!(#root::types::#t::#v(#x))
                    }
                }
            }
        }
        Literal::List {
            item,
            sparse,
            items,
        } => {
            if items.is_empty() {
                let ty = element(item, *sparse, root);
                return toks!(::std::vec::Vec::<#ty>::new());
            }
            let items = items.iter().map(|i| nullable(i.as_ref(), *sparse, root));
            toks!(::std::vec![#(#items),*])
        }
        Literal::Map {
            key,
            value,
            sparse,
            entries,
        } => {
            if entries.is_empty() {
                let k = rust_type_from(key, root);
                let v = element(value, *sparse, root);
                return toks!(::std::collections::HashMap::<#k, #v>::new());
            }
            let entries = entries.iter().map(|(k, v)| {
                let k = expr(k, root);
                let v = nullable(v.as_ref(), *sparse, root);
                toks!((#k, #v))
            });
            toks!(::std::collections::HashMap::from([#(#entries),*]))
        }
    }
}

/// A structure: its builder, a setter per member given, `build()`.
pub(crate) fn structure(s: &StructLiteral, root: &Code) -> Code {
    let t = type_ident(&s.type_name);
    let setters = s.fields.iter().map(|(name, v)| {
        let f = field_ident(name);
        let v = expr(v, root);
        toks!(.#f(#v))
    });
    let fallible = s.fallible.then(|| {
        let why = format!("the value sets every required member of {}", s.type_name);
        toks!(.expect(#why))
    });
    toks!(#root::types::#t::builder() #(#setters)* .build() #fallible)
}

/// The element type of a list or map: `Option<T>` when it is sparse.
fn element(t: &RustType, sparse: bool, root: &Code) -> Code {
    let t = rust_type_from(t, root);
    if sparse {
        toks!(::std::option::Option<#t>)
    } else {
        t
    }
}

fn nullable(v: Option<&Literal>, sparse: bool, root: &Code) -> Code {
    match (v, sparse) {
        (Some(v), false) => expr(v, root),
        (Some(v), true) => {
            let v = expr(v, root);
            toks!(::std::option::Option::Some(#v))
        }
        (None, _) => toks!(::std::option::Option::None),
    }
}

fn document(v: &Value) -> Code {
    let d = toks!(::smithy_runtime::types::Document);
    let n = toks!(::smithy_runtime::types::Number);
    match v {
        Value::Null => toks!(#d::Null),
        Value::Bool(b) => toks!(#d::Bool(#b)),
        Value::Number(x) => {
            if let Some(u) = x.as_u64() {
                toks!(#d::Number(#n::PosInt(#u)))
            } else if let Some(i) = x.as_i64() {
                toks!(#d::Number(#n::NegInt(#i)))
            } else {
                let f = Lit::f64_suffixed(x.as_f64().unwrap_or(f64::NAN));
                toks!(#d::Number(#n::Float(#f)))
            }
        }
        Value::String(s) => toks!(#d::String(::std::string::String::from(#s))),
        Value::Array(a) => {
            let items = a.iter().map(document);
            toks!(#d::Array(::std::vec![#(#items),*]))
        }
        Value::Object(o) if o.is_empty() => {
            toks!(#d::Object(::std::collections::BTreeMap::new()))
        }
        Value::Object(o) => {
            let entries = o.iter().map(|(k, v)| {
                let v = document(v);
                toks!((::std::string::String::from(#k), #v))
            });
            toks!(#d::Object(::std::collections::BTreeMap::from([#(#entries),*])))
        }
    }
}
