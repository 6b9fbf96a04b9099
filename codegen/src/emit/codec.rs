//! What every generated shape hands the runtime's codecs: a `static` schema of its members (wire names,
//! HTTP locations, timestamp formats) and small `WriteValue`/`ReadValue` impls that pass the members to a
//! serializer or take them from a deserializer. The wire formats themselves live in the runtime.

use proc_macro2::TokenStream;
use quote::quote;

use super::{field_ident, ident, type_ident};
use crate::ir::{
    HttpLocation, PayloadKind, Struct, TimestampFormat, TypeDef, UnionVariant, WireMember,
    XmlCollection,
};

/// Every path below starts at `codec`, which [`use_codec`] brings into the file: the runtime's codec
/// module is written once per file instead of in every signature.
fn rt() -> TokenStream {
    quote!(codec)
}

fn use_codec() -> TokenStream {
    quote!(
        use ::smithy_runtime::codec;
    )
}

type Namespace = Option<(String, Option<String>)>;

/// `out` followed by the calls that give a collection's item (or value) and key names and namespaces,
/// and the names of the collection nested in it.
fn xml_names(
    mut out: TokenStream,
    item: &Option<String>,
    item_namespace: &Namespace,
    key: &Option<String>,
    key_namespace: &Namespace,
    inner: &Option<Box<XmlCollection>>,
) -> TokenStream {
    if let Some(n) = item {
        out = quote!(#out.xml_item(#n));
    }
    if let Some(ns) = item_namespace {
        let (uri, prefix) = namespace(ns);
        out = quote!(#out.xml_item_namespace(#uri, #prefix));
    }
    if let Some(n) = key {
        out = quote!(#out.xml_key(#n));
    }
    if let Some(ns) = key_namespace {
        let (uri, prefix) = namespace(ns);
        out = quote!(#out.xml_key_namespace(#uri, #prefix));
    }
    if let Some(c) = inner {
        let rt = rt();
        // The inner collection's names as a `Member` the runtime reads them from (its name is unused).
        let names = xml_names(
            quote!(#rt::Member::new("")),
            &c.item,
            &c.item_namespace,
            &c.key,
            &c.key_namespace,
            &c.inner,
        );
        out = quote!(#out.xml_inner(&#names));
    }
    out
}

/// `Member::new("Name")` plus a call for each way the member differs from a plain body member.
fn member(w: &WireMember) -> TokenStream {
    let rt = rt();
    let name = &w.name;
    let mut out = quote!(#rt::Member::new(#name));
    if let Some(n) = &w.json_name {
        out = quote!(#out.json(#n));
    }
    if let Some(n) = &w.xml_name {
        out = quote!(#out.xml(#n));
    }
    if w.xml_attribute {
        out = quote!(#out.xml_attribute());
    }
    if w.xml_flattened {
        out = quote!(#out.xml_flattened());
    }
    if let Some(ns) = &w.xml_namespace {
        let (uri, prefix) = namespace(ns);
        out = quote!(#out.xml_namespace(#uri, #prefix));
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
        out = quote!(#out.ec2_query(#n));
    }
    if let Some(n) = &w.query_name {
        out = quote!(#out.query(#n));
    }
    let location = match &w.location {
        HttpLocation::Body => None,
        HttpLocation::Header(h) => Some(quote!(Header(#h))),
        HttpLocation::PrefixHeaders(p) => Some(quote!(PrefixHeaders(#p))),
        HttpLocation::Query(q) => Some(quote!(Query(#q))),
        HttpLocation::QueryParams => Some(quote!(QueryParams)),
        HttpLocation::Label { greedy } => Some(quote!(Label { greedy: #greedy })),
        HttpLocation::Payload(kind) => {
            let kind = match kind {
                PayloadKind::Blob => quote!(Blob),
                PayloadKind::Stream => quote!(Stream),
                PayloadKind::String => quote!(String),
                PayloadKind::Structure => quote!(Structure),
                PayloadKind::Union => quote!(Union),
                PayloadKind::Document => quote!(Document),
            };
            Some(quote!(Payload(#rt::PayloadKind::#kind)))
        }
        HttpLocation::ResponseCode => Some(quote!(ResponseCode)),
    };
    if let Some(l) = location {
        out = quote!(#out.at(#rt::Location::#l));
    }
    if let Some(f) = w.timestamp_format {
        let f = match f {
            TimestampFormat::EpochSeconds => quote!(EpochSeconds),
            TimestampFormat::DateTime => quote!(DateTime),
            TimestampFormat::HttpDate => quote!(HttpDate),
        };
        out = quote!(#out.timestamp(#rt::TimestampFormat::#f));
    }
    if w.idempotency_token {
        out = quote!(#out.idempotency_token());
    }
    if w.host_label {
        out = quote!(#out.host_label());
    }
    if let Some(m) = &w.media_type {
        out = quote!(#out.media_type(#m));
    }
    out
}

/// An `@xmlNamespace`'s uri and prefix as the arguments of the schema's builder.
fn namespace((uri, prefix): &(String, Option<String>)) -> (&String, TokenStream) {
    let prefix = match prefix {
        Some(p) => quote!(::std::option::Option::Some(#p)),
        None => quote!(::std::option::Option::None),
    };
    (uri, prefix)
}

/// `static SCHEMA`, the one schema of the file's shape.
fn schema(t: &TypeDef, members: &[&WireMember]) -> TokenStream {
    let rt = rt();
    let name = &t.id.name;
    let members = members.iter().map(|w| member(w));
    let mut schema = quote!(#rt::Schema::new(#name, &[#(#members),*]));
    if let Some(n) = &t.xml_name {
        schema = quote!(#schema.xml(#n));
    }
    if let Some(ns) = &t.xml_namespace {
        let (uri, prefix) = namespace(ns);
        schema = quote!(#schema.xml_namespace(#uri, #prefix));
    }
    quote! {
        static SCHEMA: #rt::Schema = #schema;
    }
}

/// A structure is written as its fields in schema order and read into its builder, whose `build` then
/// applies defaults and checks required members (the runtime's `structure_codec!` writes both impls).
pub fn structure(t: &TypeDef, s: &Struct) -> TokenStream {
    let name = type_ident(&t.name);
    let builder = type_ident(&s.builder);
    let schema = schema(t, &s.fields.iter().map(|f| &f.wire).collect::<Vec<_>>());
    let fields: Vec<_> = s.fields.iter().map(|f| field_ident(&f.name)).collect();
    let build = if s.fields.iter().any(|f| f.presence.must_be_set()) {
        quote!(build_read)
    } else {
        quote!(build)
    };
    let use_codec = use_codec();
    quote! {
        #use_codec
        #schema
        ::smithy_runtime::structure_codec!(#name, #builder, #build, [#(#fields),*]);
    }
}

/// A union is written as its one set member and read from whichever member is set; a member this model
/// does not know is kept by name and cannot be sent.
pub fn union(t: &TypeDef, variants: &[UnionVariant]) -> TokenStream {
    let rt = rt();
    let name = type_ident(&t.name);
    let shape = &t.id.name;
    let schema = schema(t, &variants.iter().map(|v| &v.wire).collect::<Vec<_>>());
    let writes = variants.iter().enumerate().map(|(i, v)| {
        let id = ident(&v.name);
        match v.ty {
            None => quote!(Self::#id => s.write_union(&SCHEMA, #i, &()),),
            Some(_) => quote!(Self::#id(v) => s.write_union(&SCHEMA, #i, v),),
        }
    });
    let read_variant = |v: &UnionVariant| {
        let id = ident(&v.name);
        match v.ty {
            None => quote!({
                #rt::unit(d)?;
                Self::#id
            }),
            Some(_) => quote!(Self::#id(#rt::ReadValue::read(d)?)),
        }
    };
    let known = match variants {
        [one] => {
            let value = read_variant(one);
            quote!(|_, d| ::std::result::Result::Ok(#value))
        }
        _ => {
            let last = variants.len() - 1;
            let arms = variants.iter().enumerate().map(|(i, v)| {
                let value = read_variant(v);
                if i == last {
                    quote!(_ => #value,)
                } else {
                    quote!(#i => #value,)
                }
            });
            quote!(|i, d| ::std::result::Result::Ok(match i { #(#arms)* }))
        }
    };
    let unknown = format!("cannot send the unknown {shape} member `{{name}}`");
    let use_codec = use_codec();
    quote! {
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
