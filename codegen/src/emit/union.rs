//! Unions: a variant per member, plus `Unknown` for a member this version of the model does not know.
//! On the wire a union is a JSON object with exactly one non-null member (`__type` is ignored).

use proc_macro2::TokenStream;
use quote::quote;

use super::{adapter_type, deprecated_attr, doc_attrs, ident, rust_type, type_ident};
use crate::ir::{TypeDef, UnionVariant};

pub fn emit(t: &TypeDef, variants: &[UnionVariant]) -> TokenStream {
    let name = type_ident(&t.name);
    let name_str = t.name.as_str();
    let docs = doc_attrs(&t.docs);
    let deprecated = deprecated_attr(&t.deprecated);
    let defs = variants.iter().map(|v| {
        let id = ident(&v.name);
        let docs = doc_attrs(&v.docs);
        let dep = deprecated_attr(&v.deprecated);
        match &v.ty {
            None => quote!(#docs #dep #id,),
            Some(ty) => {
                let ty = rust_type(ty);
                let ty = if v.boxed { quote!(::std::boxed::Box<#ty>) } else { ty };
                quote!(#docs #dep #id(#ty),)
            }
        }
    });
    let ser_arms = variants.iter().map(|v| {
        let id = ident(&v.name);
        let wire = &v.wire;
        match &v.ty {
            None => quote!(Self::#id => m.serialize_entry(#wire, &::serde_json::Map::new())?,),
            Some(ty) if ty.needs_adapter() => {
                let a = adapter_type(ty, false);
                quote! {
                    Self::#id(v) => {
                        let json = ::smithy_runtime::serde_as::As::<#a>::serialize(v, ::serde_json::value::Serializer)
                            .map_err(::serde::ser::Error::custom)?;
                        m.serialize_entry(#wire, &json)?
                    }
                }
            }
            Some(_) => quote!(Self::#id(v) => m.serialize_entry(#wire, v)?,),
        }
    });
    let de_arms = variants.iter().map(|v| {
        let id = ident(&v.name);
        let wire = &v.wire;
        match &v.ty {
            None => quote!(#wire => Self::#id,),
            Some(ty) => {
                let value = if ty.needs_adapter() {
                    let a = adapter_type(ty, false);
                    quote!(::smithy_runtime::serde_as::As::<#a>::deserialize(value).map_err(::serde::de::Error::custom)?)
                } else {
                    quote!(::serde_json::from_value(value).map_err(::serde::de::Error::custom)?)
                };
                let value = if v.boxed { quote!(::std::boxed::Box::new(#value)) } else { value };
                quote!(#wire => Self::#id(#value),)
            }
        }
    });
    let debug = if t.sensitive {
        quote! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str("*** Sensitive Data Redacted ***")
                }
            }
        }
    } else {
        TokenStream::new()
    };
    let derive_debug = (!t.sensitive).then(|| quote!(Debug,));
    let expecting = format!("a {name_str} union: an object with exactly one member set");
    quote! {
        #docs
        #deprecated
        #[derive(Clone, PartialEq, #derive_debug)]
        #[non_exhaustive]
        // Boxing large members would make every match on the union noisier; the model decides their size.
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#defs)*
            /// A member this version of the model does not know (its name on the wire). It cannot be sent.
            Unknown(::std::string::String),
        }

        #debug

        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                use ::serde::ser::SerializeMap as _;
                let mut m = s.serialize_map(::std::option::Option::Some(1))?;
                match self {
                    #(#ser_arms)*
                    Self::Unknown(name) => {
                        return ::std::result::Result::Err(::serde::ser::Error::custom(
                            ::std::format!("cannot send the unknown {} member `{}`", #name_str, name),
                        ))
                    }
                }
                m.end()
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                let map = <::serde_json::Map<::std::string::String, ::serde_json::Value> as ::serde::Deserialize>::deserialize(d)?;
                let mut set = map.into_iter().filter(|(k, v)| k != "__type" && !v.is_null());
                let (key, value) = match (set.next(), set.next()) {
                    (::std::option::Option::Some(one), ::std::option::Option::None) => one,
                    _ => return ::std::result::Result::Err(::serde::de::Error::custom(#expecting)),
                };
                ::std::result::Result::Ok(match key.as_str() {
                    #(#de_arms)*
                    _ => Self::Unknown(key),
                })
            }
        }
    }
}
