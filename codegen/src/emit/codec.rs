//! What every generated shape hands the runtime's codecs: a `static` schema of its members (wire names,
//! HTTP locations, timestamp formats) and small `WriteValue`/`ReadValue` impls that pass the members to a
//! serializer or take them from a deserializer. The wire formats themselves live in the runtime.

use super::code::{Code, toks};

use super::{field_ident, ident, type_ident};
use crate::ir::{
    HttpLocation, PayloadKind, Struct, TimestampFormat, TypeDef, UnionVariant, WireMember,
    XmlCollection,
};

/// Every path below starts at `codec`, which [`use_codec`] brings into the file: the runtime's codec
/// module is written once per file instead of in every signature.
fn rt() -> Code {
    toks!(codec)
}

fn use_codec() -> Code {
    toks!(
        use ::smithy_runtime::codec;
    )
}

type Namespace = Option<(String, Option<String>)>;

/// `out` followed by the calls that give a collection's item (or value) and key names and namespaces,
/// and the names of the collection nested in it.
fn xml_names(
    mut out: Code,
    item: &Option<String>,
    item_namespace: &Namespace,
    key: &Option<String>,
    key_namespace: &Namespace,
    inner: &Option<Box<XmlCollection>>,
) -> Code {
    if let Some(n) = item {
        out = toks!(#out.xml_item(#n));
    }
    if let Some(ns) = item_namespace {
        let (uri, prefix) = namespace(ns);
        out = toks!(#out.xml_item_namespace(#uri, #prefix));
    }
    if let Some(n) = key {
        out = toks!(#out.xml_key(#n));
    }
    if let Some(ns) = key_namespace {
        let (uri, prefix) = namespace(ns);
        out = toks!(#out.xml_key_namespace(#uri, #prefix));
    }
    if let Some(c) = inner {
        let rt = rt();
        // The inner collection's names as a `Member` the runtime reads them from (its name is unused).
        let names = xml_names(
            toks!(#rt::Member::new("")),
            &c.item,
            &c.item_namespace,
            &c.key,
            &c.key_namespace,
            &c.inner,
        );
        out = toks!(#out.xml_inner(&#names));
    }
    out
}

/// `Member::new("Name")` plus a call for each way the member differs from a plain body member.
fn member(w: &WireMember) -> Code {
    let rt = rt();
    let name = &w.name;
    let mut out = toks!(#rt::Member::new(#name));
    if let Some(n) = &w.json_name {
        out = toks!(#out.json(#n));
    }
    if let Some(n) = &w.xml_name {
        out = toks!(#out.xml(#n));
    }
    if w.xml_attribute {
        out = toks!(#out.xml_attribute());
    }
    if w.xml_flattened {
        out = toks!(#out.xml_flattened());
    }
    if let Some(ns) = &w.xml_namespace {
        let (uri, prefix) = namespace(ns);
        out = toks!(#out.xml_namespace(#uri, #prefix));
    }
    out = xml_names(
        out,
        &w.xml_item,
        &w.xml_item_namespace,
        &w.xml_key,
        &w.xml_key_namespace,
        &w.xml_inner,
    );
    if let Some(n) = &w.ec2_query_name {
        out = toks!(#out.ec2_query(#n));
    }
    if let Some(n) = &w.query_name {
        out = toks!(#out.query(#n));
    }
    let location = match &w.location {
        HttpLocation::Body => None,
        HttpLocation::Header(h) => Some(toks!(Header(#h))),
        HttpLocation::PrefixHeaders(p) => Some(toks!(PrefixHeaders(#p))),
        HttpLocation::Query(q) => Some(toks!(Query(#q))),
        HttpLocation::QueryParams => Some(toks!(QueryParams)),
        HttpLocation::Label { greedy } => Some(toks!(Label { greedy: #greedy })),
        HttpLocation::Payload(kind) => {
            let kind = match kind {
                PayloadKind::Blob => toks!(Blob),
                PayloadKind::Stream => toks!(Stream),
                PayloadKind::String => toks!(String),
                PayloadKind::Structure => toks!(Structure),
                PayloadKind::Union => toks!(Union),
                PayloadKind::Document => toks!(Document),
            };
            Some(toks!(Payload(#rt::PayloadKind::#kind)))
        }
        HttpLocation::ResponseCode => Some(toks!(ResponseCode)),
    };
    if let Some(l) = location {
        out = toks!(#out.at(#rt::Location::#l));
    }
    if let Some(f) = w.timestamp_format {
        let f = match f {
            TimestampFormat::EpochSeconds => toks!(EpochSeconds),
            TimestampFormat::DateTime => toks!(DateTime),
            TimestampFormat::HttpDate => toks!(HttpDate),
        };
        out = toks!(#out.timestamp(#rt::TimestampFormat::#f));
    }
    if w.idempotency_token {
        out = toks!(#out.idempotency_token());
    }
    if w.host_label {
        out = toks!(#out.host_label());
    }
    if let Some(m) = &w.media_type {
        out = toks!(#out.media_type(#m));
    }
    out
}

/// An `@xmlNamespace`'s uri and prefix as the arguments of the schema's builder.
fn namespace((uri, prefix): &(String, Option<String>)) -> (&String, Code) {
    let prefix = match prefix {
        Some(p) => toks!(::std::option::Option::Some(#p)),
        None => toks!(::std::option::Option::None),
    };
    (uri, prefix)
}

/// `static SCHEMA`, the one schema of the file's shape.
fn schema(t: &TypeDef, members: &[&WireMember]) -> Code {
    let rt = rt();
    let name = &t.id.name;
    let members = members.iter().map(|w| member(w));
    let mut schema = toks!(#rt::Schema::new(#name, &[#(#members),*]));
    if let Some(n) = &t.xml_name {
        schema = toks!(#schema.xml(#n));
    }
    if let Some(ns) = &t.xml_namespace {
        let (uri, prefix) = namespace(ns);
        schema = toks!(#schema.xml_namespace(#uri, #prefix));
    }
    toks! {
        static SCHEMA: #rt::Schema = #schema;
    }
}

/// A structure is written as its fields in schema order and read into its builder, whose `build` then
/// applies defaults and checks required members (the runtime's `structure_codec!` writes both impls).
pub fn structure(t: &TypeDef, s: &Struct) -> Code {
    let name = type_ident(&t.name);
    let builder = type_ident(&s.builder);
    let schema = schema(t, &s.fields.iter().map(|f| &f.wire).collect::<Vec<_>>());
    let fields: Vec<_> = s.fields.iter().map(|f| field_ident(&f.name)).collect();
    let build = if s.fields.iter().any(|f| f.presence.must_be_set()) {
        toks!(build_read)
    } else {
        toks!(build)
    };
    let use_codec = use_codec();
    toks! {
        #use_codec
        #schema
        ::smithy_runtime::structure_codec!(#name, #builder, #build, [#(#fields),*]);
    }
}

/// A union is written as its one set member and read from whichever member is set; a member this model
/// does not know is kept by name and cannot be sent.
pub fn union(t: &TypeDef, variants: &[UnionVariant]) -> Code {
    let rt = rt();
    let name = type_ident(&t.name);
    let shape = &t.id.name;
    let schema = schema(t, &variants.iter().map(|v| &v.wire).collect::<Vec<_>>());
    let writes = variants.iter().enumerate().map(|(i, v)| {
        let id = ident(&v.name);
        match v.ty {
            None => toks!(Self::#id => s.write_union(&SCHEMA, #i, &()),),
            Some(_) => toks!(Self::#id(v) => s.write_union(&SCHEMA, #i, v),),
        }
    });
    let read_variant = |v: &UnionVariant| {
        let id = ident(&v.name);
        match v.ty {
            None => toks!({
                #rt::unit(d)?;
                Self::#id
            }),
            Some(_) => toks!(Self::#id(#rt::ReadValue::read(d)?)),
        }
    };
    let known = match variants {
        [one] => {
            let value = read_variant(one);
            toks!(|_, d| ::std::result::Result::Ok(#value))
        }
        _ => {
            let last = variants.len() - 1;
            let arms = variants.iter().enumerate().map(|(i, v)| {
                let value = read_variant(v);
                if i == last {
                    toks!(_ => #value,)
                } else {
                    toks!(#i => #value,)
                }
            });
            toks!(|i, d| ::std::result::Result::Ok(match i { #(#arms)* }))
        }
    };
    let unknown = format!("cannot send the unknown {shape} member `{{name}}`");
    let use_codec = use_codec();
    toks! {
        #use_codec
        #schema

        impl #rt::WriteValue for #name {
            fn write(&self, s: &mut dyn #rt::Serializer) -> ::std::result::Result<(), #rt::Error> {
                match self {
                    #(#writes)*
                    Self::Unknown(name) => ::std::result::Result::Err(#rt::Error::new(::std::format!(#unknown))),
                }
            }
        }

        impl #rt::ReadValue for #name {
            fn read(d: &mut dyn #rt::Deserializer) -> ::std::result::Result<Self, #rt::Error> {
                #rt::read_union(d, &SCHEMA, #known, Self::Unknown)
            }
            fn zero() -> Self {
                Self::Unknown(::std::string::String::new())
            }
        }
    }
}
