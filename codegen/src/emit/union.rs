//! Unions: a variant per member, plus `Unknown` for a member this version of the model does not know.

use super::code::{Code, toks};

use super::{codec, deprecated_attr, doc_attrs, ident, rust_type, type_ident};
use crate::ir::{TypeDef, UnionVariant};

pub fn emit(t: &TypeDef, variants: &[UnionVariant]) -> Code {
    let name = type_ident(&t.name);
    let docs = doc_attrs(&t.docs);
    let deprecated = deprecated_attr(&t.deprecated);
    let defs = variants.iter().map(|v| {
        let id = ident(&v.name);
        let docs = doc_attrs(&v.docs);
        let dep = deprecated_attr(&v.deprecated);
        let member = &v.wire.name;
        let rename = (v.name != *member)
            .then(|| toks!(#[cfg_attr(feature = "serde", serde(rename = #member))]));
        let docs = toks!(#docs #rename);
        match &v.ty {
            None => toks!(#docs #dep #id,),
            Some(ty) => {
                let ty = rust_type(ty);
                let ty = if v.boxed {
                    toks!(::std::boxed::Box<#ty>)
                } else {
                    ty
                };
                toks!(#docs #dep #id(#ty),)
            }
        }
    });
    let redacted = "*** Sensitive Data Redacted ***";
    let some_sensitive = variants.iter().any(|v| v.sensitive);
    let debug = if t.sensitive {
        toks! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(#redacted)
                }
            }
        }
    } else if some_sensitive {
        // Only the sensitive members' values are hidden; which member is set is not a secret.
        let arms = variants.iter().map(|v| {
            let id = ident(&v.name);
            let label = v.name.trim_start_matches("r#");
            match (&v.ty, v.sensitive) {
                (None, _) => toks!(Self::#id => f.write_str(#label),),
                (Some(_), true) => {
                    toks!(Self::#id(_) => f.debug_tuple(#label).field(&#redacted).finish(),)
                }
                (Some(_), false) => {
                    toks!(Self::#id(v) => f.debug_tuple(#label).field(v).finish(),)
                }
            }
        });
        toks! {
            impl ::std::fmt::Debug for #name {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    match self {
                        #(#arms)*
                        Self::Unknown(n) => f.debug_tuple("Unknown").field(n).finish(),
                    }
                }
            }
        }
    } else {
        Code::new()
    };
    let derive_debug = (!t.sensitive && !some_sensitive).then(|| toks!(Debug,));
    let codec = codec::union(t, variants);
    toks! {
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
