//! Structures: the struct, its builder, its `Debug` (redacting sensitive members), and for errors
//! `Display` + `Error`, for operation inputs `validate`.

use super::code::{Code, Ident, Lit, toks};
use serde_json::Value;

use super::{codec, deprecated_attr, doc_attrs, field_ident, rust_type, serde_attrs, type_ident};
use crate::ir::{Field, Presence, RustType, Struct, TypeDef};

const REDACTED: &str = "*** Sensitive Data Redacted ***";

/// Up to this many members, `PartialEq` and serde's `Serialize` are derived. The derives join every field
/// into one nested expression (`a == b && ...`, `0 + 1 + ...`), and rustc overflows its stack on a few
/// thousand; above this, `eq` and `serialize` are flat runs of statements.
const DERIVED_EQ_MAX: usize = 256;

pub fn emit(t: &TypeDef, s: &Struct) -> Code {
    let name = type_ident(&t.name);
    let builder = type_ident(&s.builder);
    let docs = doc_attrs(&t.docs);
    let deprecated = deprecated_attr(&t.deprecated);
    let redact = t.sensitive || s.fields.iter().any(|f| f.sensitive);
    let derive_debug = (!redact).then(|| toks!(Debug,));

    let wide = s.fields.len() + usize::from(s.meta_field.is_some()) > DERIVED_EQ_MAX;
    // A wide structure derives no serde trait, so it takes no `#[serde]` attribute either.
    let (serde_struct, serde_fields) = if wide {
        (Code::new(), vec![Code::new(); s.fields.len()])
    } else {
        serde_attrs(
            s.fields
                .iter()
                .map(|f| (f.name.as_str(), f.member.as_str())),
        )
    };
    let fields = s.fields.iter().zip(serde_fields).map(|(f, serde)| {
        let ident = field_ident(&f.name);
        let ty = field_type(f);
        let fdocs = doc_attrs(&field_docs(f));
        let dep = deprecated_attr(&f.deprecated);
        toks! {
            #fdocs
            #dep
            #serde
            pub #ident: #ty,
        }
    });

    let meta = s.meta_field.as_ref().map(|m| field_ident(m));
    let meta_decl = meta.as_ref().map(|m| {
        let skip = (!wide).then(|| toks!(#[cfg_attr(feature = "serde", serde(skip))]));
        toks! {
            /// What the response said besides the members: code, message, request id, HTTP status.
            #skip
            pub #m: ::smithy_runtime::types::ErrorMeta,
        }
    });
    let (derive_serde, serialize_impl) = if wide {
        let idents = s.fields.iter().map(|f| field_ident(&f.name));
        let keys = s.fields.iter().map(|f| f.member.as_str());
        let n = s.fields.len();
        let shape_name = t.name.as_str();
        let ser = toks! {
            #[cfg(feature = "serde")]
            impl ::serde::Serialize for #name {
                #[allow(deprecated)]
                fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                    use ::serde::ser::SerializeStruct;
                    let mut s = serializer.serialize_struct(#shape_name, #n)?;
                    #( s.serialize_field(#keys, &self.#idents)?; )*
                    s.end()
                }
            }
        };
        let de = wide_deserialize(&name, shape_name, s, meta.as_ref());
        (None, toks!(#ser #de))
    } else {
        (
            Some(
                toks!(#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]),
            ),
            Code::new(),
        )
    };
    let (derive_eq, eq_impls) = if wide {
        let idents: Vec<_> = s.fields.iter().map(|f| field_ident(&f.name)).collect();
        let eq = |ty: &Ident, with_meta: bool| {
            let meta = meta.as_ref().filter(|_| with_meta).into_iter();
            toks! {
                impl ::std::cmp::PartialEq for #ty {
                    #[allow(deprecated)]
                    fn eq(&self, other: &Self) -> bool {
                        #( if self.#idents != other.#idents { return false; } )*
                        #( if self.#meta != other.#meta { return false; } )*
                        true
                    }
                }
            }
        };
        let (on_struct, on_builder) = (eq(&name, true), eq(&builder, false));
        (None, toks!(#on_struct #on_builder))
    } else {
        (Some(toks!(PartialEq,)), Code::new())
    };
    let meta_init = meta
        .as_ref()
        .map(|m| toks!(#m: ::std::default::Default::default(),));

    let debug_impls = if redact {
        let struct_debug = debug_body(&t.name, t.sensitive, s);
        let builder_debug = debug_body(&s.builder, t.sensitive, s);
        toks! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { #struct_debug }
            }
            impl ::std::fmt::Debug for #builder {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { #builder_debug }
            }
        }
    } else {
        Code::new()
    };

    let builder_fields = s.fields.iter().map(|f| {
        let ident = field_ident(&f.name);
        let ty = rust_type(&f.ty);
        let dep = deprecated_attr(&f.deprecated);
        // The member's docs are on the structure's field; the builder's field points there (by anchor:
        // an intra-doc path cannot name a raw identifier such as `r#type`).
        let field = ident.to_string();
        let field = field.trim_start_matches("r#");
        let doc = doc_attrs(&format!(
            "`{}`: see [`{ty}::{field}`]({ty}#structfield.{field}).",
            f.member,
            ty = t.name
        ));
        toks!(#doc #dep pub #ident: ::std::option::Option<#ty>,)
    });
    // Deprecated members keep a setter of their own, which carries the `#[deprecated]`; the runtime's
    // `setters!` writes all the others.
    let setters = s.fields.iter().filter(|f| f.deprecated.is_some()).map(|f| {
        let ident = field_ident(&f.name);
        let ty = rust_type(&f.ty);
        let member = &f.member;
        let doc_set = format!(" Sets `{member}`.");
        let dep = deprecated_attr(&f.deprecated);
        toks! {
            #[doc = #doc_set]
            #dep
            pub fn #ident(mut self, value: impl ::std::convert::Into<#ty>) -> Self {
                self.#ident = ::std::option::Option::Some(value.into());
                self
            }
        }
    });

    let lists: Vec<Code> = s
        .fields
        .iter()
        .filter(|f| f.deprecated.is_none())
        .filter_map(|f| {
            let push = field_ident(f.push_setter.as_deref()?);
            let RustType::List { item, sparse } = &f.ty else {
                return None;
            };
            let item = rust_type(item);
            let item = if *sparse {
                toks!(::std::option::Option<#item>)
            } else {
                item
            };
            let ident = field_ident(&f.name);
            let member = &f.member;
            Some(toks!((#ident, #push, #item, #member)))
        })
        .collect();
    let list_setters = (!lists.is_empty())
        .then(|| toks!(::smithy_runtime::list_setters!(#builder, [#(#lists),*]);));

    let plain: Vec<Code> = s
        .fields
        .iter()
        .filter(|f| f.deprecated.is_none() && f.push_setter.is_none())
        .map(|f| {
            let ident = field_ident(&f.name);
            let ty = rust_type(&f.ty);
            let member = &f.member;
            toks!((#ident, #ty, #member))
        })
        .collect();
    let plain_setters =
        (!plain.is_empty()).then(|| toks!(::smithy_runtime::setters!(#builder, [#(#plain),*]);));

    let fallible = s.fields.iter().any(|f| f.presence.must_be_set());
    // What a response may leave out: a `@clientOptional` required member is `None` when absent (only a caller
    // building the value is told about it), and an absent required member gets its zero value, the spec's
    // client error correction.
    let needs_build_read = s
        .fields
        .iter()
        .any(|f| matches!(f.presence, Presence::Required | Presence::OptionalRequired));
    let assigns = |reading: bool| {
        s.fields.iter().map(move |f| {
            let ident = field_ident(&f.name);
            let member = &f.member;
            let type_name = &t.name;
            let missing = toks!(::smithy_runtime::types::BuildError::missing(#type_name, #member));
            let value = match &f.presence {
                Presence::OptionalRequired if reading => toks!(self.#ident),
                Presence::Required if reading => {
                    toks!(self.#ident.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero))
                }
                Presence::OptionalRequired => {
                    toks!(::std::option::Option::Some(self.#ident.ok_or(#missing)?))
                }
                Presence::Required => toks!(self.#ident.ok_or(#missing)?),
                Presence::Optional => toks!(self.#ident),
                Presence::Default(v) if is_zero(&f.ty, v) => {
                    toks!(self.#ident.unwrap_or_default())
                }
                Presence::Default(v) => match default_expr(&f.ty, v) {
                    // A literal costs nothing to build; anything else is built only when needed.
                    Some(expr) if is_literal(&f.ty) => toks!(self.#ident.unwrap_or(#expr)),
                    Some(expr) => toks!(self.#ident.unwrap_or_else(|| #expr)),
                    None => toks!(self.#ident.unwrap_or_default()),
                },
                Presence::Empty => toks!(self.#ident.unwrap_or_default()),
            };
            let value = match (f.boxed, f.presence.is_optional()) {
                (true, true) => toks!(#value.map(::std::boxed::Box::new)),
                (true, false) => toks!(::std::boxed::Box::new(#value)),
                _ => value,
            };
            toks!(#ident: #value,)
        })
    };
    let build_read = needs_build_read.then(|| {
        let assigns = assigns(true);
        toks! {
            /// What a response holds: like `build`, but a member the response left out is `None` or, when the
            /// field is not an `Option`, its zero value.
            pub(crate) fn build_read(self) -> #name {
                #name { #(#assigns)* #meta_init }
            }
        }
    });
    let assigns = assigns(false);
    let build = if fallible {
        let doc = format!(
            " Builds the [`{}`], or says which required member is missing.",
            t.name
        );
        toks! {
            #[doc = #doc]
            pub fn build(self) -> ::std::result::Result<#name, ::smithy_runtime::types::BuildError> {
                ::std::result::Result::Ok(#name { #(#assigns)* #meta_init })
            }
        }
    } else {
        let doc = format!(" Builds the [`{}`].", t.name);
        toks! {
            #[doc = #doc]
            pub fn build(self) -> #name {
                #name { #(#assigns)* #meta_init }
            }
        }
    };
    let builder_doc = format!(
        " A builder for [`{}`]: a method per member, or set the public fields directly (for an `Option`).",
        t.name
    );
    let new_doc = format!(" A builder for [`{}`].", t.name);

    let error_impls = s.error.as_ref().map(|_| {
        let shape_name = &t.id.name;
        let message = s
            .fields
            .iter()
            .find(|f| f.member.eq_ignore_ascii_case("message"));
        // The message member, else the message the response carried under another key.
        let meta = meta.as_ref().map_or_else(|| toks!(meta), |m| toks!(#m));
        let get = match message {
            Some(m) if m.ty == RustType::String && !m.sensitive => {
                let ident = field_ident(&m.name);
                if m.presence.is_optional() {
                    toks!(self.#ident.as_deref().or_else(|| self.#meta.message()))
                } else {
                    toks!(::std::option::Option::Some(self.#ident.as_str()))
                }
            }
            _ => toks!(self.#meta.message()),
        };
        let with_message = format!("{shape_name}: {{}}");
        // A sensitive message stays out of `Display` as it stays out of `Debug`.
        let display = if message.is_some_and(|m| m.sensitive) {
            toks!(f.write_str(#shape_name))
        } else {
            toks! {
                match #get {
                    ::std::option::Option::Some(m) => write!(f, #with_message, m),
                    ::std::option::Option::None => f.write_str(#shape_name),
                }
            }
        };
        // A sensitive message is the member's value, so the meta does not keep a copy: the crate's
        // `Error`, built from the meta, then never carries it either.
        let keep_meta = if message.is_some_and(|m| m.sensitive) {
            toks!(self.#meta = meta.without_message();)
        } else {
            toks!(self.#meta = meta;)
        };
        let fill = message
            .filter(|m| m.presence.is_optional() && m.ty == RustType::String)
            .map(|m| {
                let ident = field_ident(&m.name);
                toks! {
                    fn fill_message(&mut self, message: ::std::option::Option<&str>) {
                        if self.#ident.is_none() {
                            self.#ident = message.map(::std::borrow::ToOwned::to_owned);
                        }
                    }
                }
            });
        toks! {
            impl ::std::fmt::Display for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result { #display }
            }
            impl ::std::error::Error for #name {}
            #[cfg(feature = "client")]
            impl ::smithy_runtime::ModeledError for #name {
                #fill
                fn set_meta(&mut self, meta: ::smithy_runtime::types::ErrorMeta) {
                    #keep_meta
                }
                fn meta(&self) -> &::smithy_runtime::types::ErrorMeta {
                    &self.#meta
                }
            }
        }
    });

    let validate = s.is_input.then(|| validate_fn(s));
    let codec = codec::structure(t, s);

    toks! {
        #docs
        #deprecated
        #[derive(Clone, #derive_eq #derive_debug)]
        #derive_serde
        #serde_struct
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            #meta_decl
        }

        impl #name {
            #[doc = #new_doc]
            pub fn builder() -> #builder {
                #builder::default()
            }
            #validate
        }

        #[doc = #builder_doc]
        #[derive(Clone, #derive_eq Default, #derive_debug)]
        #[non_exhaustive]
        pub struct #builder {
            #(#builder_fields)*
        }

        // Setters are named after the model's members, which may be `add`, `next` or `from_str`.
        #[allow(clippy::should_implement_trait)]
        impl #builder {
            #(#setters)*
            #build
            #build_read
        }

        #plain_setters
        #list_setters
        #codec
        #debug_impls
        #eq_impls
        #serialize_impl
        #error_impls
    }
}

/// An empty collection or blob: the type's own `Default`.
fn is_zero(ty: &RustType, v: &Value) -> bool {
    match (ty, v) {
        (RustType::List { .. }, Value::Array(a)) => a.is_empty(),
        (RustType::Map { .. }, Value::Object(m)) => m.is_empty(),
        (RustType::Blob | RustType::ByteStream, Value::String(s)) => s.is_empty(),
        _ => false,
    }
}

fn is_literal(ty: &RustType) -> bool {
    matches!(
        ty,
        RustType::Bool
            | RustType::I8
            | RustType::I16
            | RustType::I32
            | RustType::I64
            | RustType::F32
            | RustType::F64
    )
}

/// serde's `Deserialize` for a structure above [`DERIVED_EQ_MAX`] members, through the runtime's
/// `deserialize_wide`: a local `Members` value (each member `Option`al) that reads a member by index in
/// functions of at most [`DERIVED_EQ_MAX`] arms, then one struct literal that checks the required members.
/// The derive's per-member locals and name matches cost rustc time and memory that grow faster than the
/// member count (bench/README.md, "Wide structures").
fn wide_deserialize(name: &Ident, shape_name: &str, s: &Struct, meta: Option<&Ident>) -> Code {
    let idents: Vec<_> = s.fields.iter().map(|f| field_ident(&f.name)).collect();
    let slot_types = s.fields.iter().map(|f| {
        let ty = field_type(f);
        if f.presence.is_optional() {
            ty
        } else {
            toks!(::std::option::Option<#ty>)
        }
    });
    let keys: Vec<&str> = s.fields.iter().map(|f| f.member.as_str()).collect();
    let mut sorted: Vec<(&str, usize)> = keys.iter().copied().zip(0..).collect();
    sorted.sort_unstable();
    let (sorted_keys, sorted_index): (Vec<_>, Vec<_>) = sorted.into_iter().unzip();
    let assign = |i: usize, ident: &Ident| {
        let optional = s.fields[i].presence.is_optional();
        let i = Lit::unsuffixed(i);
        if optional {
            toks!(#i => self.#ident = ::serde::Deserialize::deserialize(value)?,)
        } else {
            toks!(#i => self.#ident = ::std::option::Option::Some(::serde::Deserialize::deserialize(value)?),)
        }
    };
    let chunk_names: Vec<_> = (0..idents.len().div_ceil(DERIVED_EQ_MAX))
        .map(|c| Ident::new(format!("read_{}", c)))
        .collect();
    let chunks = idents.chunks(DERIVED_EQ_MAX).zip(&chunk_names).enumerate().map(|(c, (chunk, fname))| {
        let arms = chunk.iter().enumerate().map(|(j, ident)| assign(c * DERIVED_EQ_MAX + j, ident));
        toks! {
            fn #fname<'de, D: ::serde::Deserializer<'de>>(&mut self, index: usize, value: D) -> ::std::result::Result<(), D::Error> {
                match index {
                    #(#arms)*
                    _ => {}
                }
                ::std::result::Result::Ok(())
            }
        }
    });
    let chunk_index = (0..chunk_names.len()).map(Lit::unsuffixed);
    let take = s.fields.iter().zip(&idents).map(|(f, ident)| {
        let key = f.member.as_str();
        if f.presence.is_optional() {
            toks!(#ident: m.#ident,)
        } else {
            toks!(#ident: m.#ident.ok_or_else(|| <D::Error as ::serde::de::Error>::missing_field(#key))?,)
        }
    });
    let meta_init = meta.map(|m| toks!(#m: ::std::default::Default::default(),));
    let max = Lit::unsuffixed(DERIVED_EQ_MAX);
    let sorted_index = sorted_index.into_iter().map(Lit::unsuffixed);
    toks! {
        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for #name {
            #[allow(deprecated)]
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                #[derive(Default)]
                struct Members {
                    #( #idents: #slot_types, )*
                }
                impl Members {
                    #(#chunks)*
                }
                impl ::smithy_runtime::types::WideStruct for Members {
                    const NAME: &'static str = #shape_name;
                    const FIELDS: &'static [&'static str] = &[#(#keys),*];
                    const SORTED: &'static [(&'static str, usize)] = &[#((#sorted_keys, #sorted_index)),*];
                    fn read<'de, D: ::serde::Deserializer<'de>>(&mut self, index: usize, value: D) -> ::std::result::Result<(), D::Error> {
                        match index / #max {
                            #(#chunk_index => self.#chunk_names(index, value),)*
                            _ => ::std::result::Result::Ok(()),
                        }
                    }
                }
                let m: Members = ::smithy_runtime::types::deserialize_wide(deserializer)?;
                ::std::result::Result::Ok(#name { #(#take)* #meta_init })
            }
        }
    }
}

fn field_type(f: &Field) -> Code {
    let ty = rust_type(&f.ty);
    let ty = if f.boxed {
        toks!(::std::boxed::Box<#ty>)
    } else {
        ty
    };
    if f.presence.is_optional() {
        toks!(::std::option::Option<#ty>)
    } else {
        ty
    }
}

fn field_docs(f: &Field) -> String {
    let mut d = f.docs.clone();
    if f.required {
        if !d.is_empty() {
            d.push_str("\n\n");
        }
        d.push_str("**Required.**");
    }
    if f.idempotency_token {
        if !d.is_empty() {
            d.push_str("\n\n");
        }
        d.push_str(
            "An idempotency token: when left empty, the client fills it with a random UUID.",
        );
    }
    d
}

/// The body of a `Debug` impl that prints every field except sensitive ones.
fn debug_body(name: &str, sensitive: bool, s: &Struct) -> Code {
    if sensitive {
        return toks!(f.write_str(#REDACTED));
    }
    let fields = s.fields.iter().map(|fl| {
        let label = fl.name.trim_start_matches("r#");
        let ident = field_ident(&fl.name);
        if fl.sensitive {
            toks!(.field(#label, &#REDACTED))
        } else {
            toks!(.field(#label, &self.#ident))
        }
    });
    toks!(f.debug_struct(#name) #(#fields)* .finish())
}

/// A Rust expression for a model `@default` value of type `ty`, when one can be written.
fn default_expr(ty: &RustType, v: &Value) -> Option<Code> {
    Some(match (ty, v) {
        (RustType::Bool, Value::Bool(b)) => toks!(#b),
        (RustType::I8, Value::Number(n)) => {
            let n = i8::try_from(n.as_i64()?).ok()?;
            toks!(#n)
        }
        (RustType::I16, Value::Number(n)) => {
            let n = i16::try_from(n.as_i64()?).ok()?;
            toks!(#n)
        }
        (RustType::I32, Value::Number(n)) => {
            let n = i32::try_from(n.as_i64()?).ok()?;
            toks!(#n)
        }
        (RustType::I64, Value::Number(n)) => {
            let n = n.as_i64()?;
            toks!(#n)
        }
        // The front end rejects defaults out of range; a non-finite literal would not print anyway.
        (RustType::F32, Value::Number(n)) => {
            let n = n.as_f64()? as f32;
            if !n.is_finite() {
                return None;
            }
            toks!(#n)
        }
        (RustType::F64, Value::Number(n)) => {
            let n = n.as_f64().filter(|n| n.is_finite())?;
            toks!(#n)
        }
        (RustType::String, Value::String(s)) => toks!(::std::string::String::from(#s)),
        (RustType::Named(n), Value::String(s)) => {
            let n = type_ident(n);
            toks!(crate::types::#n::from(#s))
        }
        (RustType::Named(n), Value::Number(v)) => {
            let v = i32::try_from(v.as_i64()?).ok()?;
            let n = type_ident(n);
            toks!(crate::types::#n::from(#v))
        }
        (RustType::BigInteger, Value::Number(n)) => {
            let text = n.to_string();
            toks!(::smithy_runtime::types::BigInteger::parse(#text).unwrap_or_default())
        }
        (RustType::BigDecimal, Value::Number(n)) => {
            let text = n.to_string();
            toks!(::smithy_runtime::types::BigDecimal::parse(#text).unwrap_or_default())
        }
        (RustType::DateTime, Value::String(s)) => {
            toks!(::smithy_runtime::types::DateTime::parse_rfc3339(#s).unwrap_or_default())
        }
        (RustType::Blob, Value::String(s)) => {
            toks!(::smithy_runtime::types::Blob::from_base64(#s).unwrap_or_default())
        }
        (RustType::ByteStream, Value::String(s)) => {
            toks!(::smithy_runtime::types::ByteStream::from(::smithy_runtime::types::Blob::from_base64(#s).unwrap_or_default()))
        }
        (RustType::DateTime, Value::Number(n)) => {
            let n = n.as_f64()?;
            toks!(::smithy_runtime::types::DateTime::from_secs_f64(#n).unwrap_or_default())
        }
        (RustType::Document, v) => {
            let json = v.to_string();
            toks!(::smithy_runtime::codec::json::from_slice(#json.as_bytes(), ::smithy_runtime::codec::json::Settings::AWS_JSON).unwrap_or_default())
        }
        _ => return None,
    })
}

/// `validate`: required members always; length, range and pattern when `constraints` is on.
fn validate_fn(s: &Struct) -> Code {
    let checks = s.fields.iter().map(|f| {
        let ident = field_ident(&f.name);
        let member = &f.member;
        let required = (f.presence == Presence::OptionalRequired)
            .then(|| toks!(::smithy_runtime::validate::required(&self.#ident, #member)?;));
        let c = &f.constraints;
        let constraint_checks = if c.is_empty() {
            Code::new()
        } else {
            let len = c.length.map(|(min, max)| {
                let min = opt_u64(min);
                let max = opt_u64(max);
                match &f.ty {
                    RustType::String
                    | RustType::Blob
                    | RustType::List { .. }
                    | RustType::Map { .. } => {
                        toks!(::smithy_runtime::validate::length(v, #min, #max, #member)?;)
                    }
                    _ => Code::new(),
                }
            });
            let range = c.range.map(|(min, max)| {
                let min = opt_f64(min);
                let max = opt_f64(max);
                match &f.ty {
                    RustType::I8
                    | RustType::I16
                    | RustType::I32
                    | RustType::I64
                    | RustType::F32
                    | RustType::F64 => {
                        toks!(::smithy_runtime::validate::range(*v as f64, #min, #max, #member)?;)
                    }
                    _ => Code::new(),
                }
            });
            let pattern = c.pattern.as_ref().and_then(|p| {
                (f.ty == RustType::String)
                    .then(|| toks!(::smithy_runtime::validate::pattern(v, #p, #member)?;))
            });
            let body = toks!(#len #range #pattern);
            if body.is_empty() {
                Code::new()
            } else if f.presence.is_optional() {
                toks! {
                    if constraints && let ::std::option::Option::Some(v) = &self.#ident { #body }
                }
            } else {
                toks! {
                    if constraints { let v = &self.#ident; #body }
                }
            }
        };
        toks!(#required #constraint_checks)
    });
    toks! {
        /// Checks what the model requires before the request is sent: required members always, and the
        /// length, range and pattern constraints when `constraints` is on.
        #[cfg(feature = "client")]
        #[allow(unused_variables)]
        pub fn validate(&self, constraints: bool) -> ::std::result::Result<(), ::smithy_runtime::ValidationError> {
            #(#checks)*
            ::std::result::Result::Ok(())
        }
    }
}

fn opt_u64(v: Option<u64>) -> Code {
    match v {
        Some(n) => toks!(::std::option::Option::Some(#n)),
        None => toks!(::std::option::Option::None),
    }
}

fn opt_f64(v: Option<f64>) -> Code {
    match v {
        Some(n) => toks!(::std::option::Option::Some(#n)),
        None => toks!(::std::option::Option::None),
    }
}
