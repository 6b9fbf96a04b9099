//! Unions: a variant per member, plus `Unknown` for a member this version of the model does not know.

use proc_macro2::TokenStream;
use quote::quote;

use super::{codec, deprecated_attr, doc_attrs, ident, rust_type, type_ident};
use crate::ir::{TypeDef, UnionVariant};

pub fn emit(t: &TypeDef, variants: &[UnionVariant]) -> TokenStream {
    let name = type_ident(&t.name);
    let docs = doc_attrs(&t.docs);
    let deprecated = deprecated_attr(&t.deprecated);
    let defs = variants.iter().map(|v| {
        let id = ident(&v.name);
        let docs = doc_attrs(&v.docs);
        let dep = deprecated_attr(&v.deprecated);
        let member = &v.wire.name;
        let rename = (v.name != *member).then(|| quote!(#[cfg_attr(feature = "serde", serde(rename = #member))]));
        let docs = quote!(#docs #rename);
        match &v.ty {
            None => quote!(#docs #dep #id,),
            Some(ty) => {
                let ty = rust_type(ty);
                let ty = if v.boxed { quote!(::std::boxed::Box<#ty>) } else { ty };
                quote!(#docs #dep #id(#ty),)
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
    let codec = codec::union(t, variants);
    quote! {
        #docs
        #deprecated
        #[derive(Clone, PartialEq, #derive_debug)]
        #[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
        #[non_exhaustive]
        // Boxing large members would make every match on the union noisier; the model decides their size.
        #[allow(clippy::large_enum_variant)]
        pub enum #name {
            #(#defs)*
            /// A member this version of the model does not know (its name on the wire). It cannot be sent.
            Unknown(::std::string::String),
        }

        #debug

        #codec
    }
}
