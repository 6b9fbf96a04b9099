//! String enums and intEnums: known variants plus `Unknown`, which keeps a value this version of the model
//! does not know and sends it back unchanged.

use proc_macro2::TokenStream;
use quote::quote;

use super::{codec, deprecated_attr, doc_attrs, ident, type_ident};
use crate::ir::{EnumVariant, IntEnumVariant, TypeDef};

pub fn emit_enum(t: &TypeDef, variants: &[EnumVariant]) -> TokenStream {
    let name = type_ident(&t.name);
    let codec = codec::string_enum(t);
    let docs = doc_attrs(&t.docs);
    let deprecated = deprecated_attr(&t.deprecated);
    let defs = variants.iter().map(|v| {
        let id = ident(&v.name);
        let value_doc = format!(" `{}`", v.value);
        let docs = if v.docs.is_empty() { doc_attrs(&value_doc) } else { doc_attrs(&v.docs) };
        let dep = deprecated_attr(&v.deprecated);
        quote!(#docs #dep #id,)
    });
    let idents: Vec<_> = variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
    quote! {
        #docs
        #deprecated
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#defs)*
            /// A value this version of the model does not know; it is sent back exactly as received.
            Unknown(::std::string::String),
        }

        impl #name {
            /// Every value the model knows, in the model's order.
            pub const VALUES: &'static [&'static str] = &[#(#values),*];

            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#idents => #values, )*
                    Self::Unknown(v) => v.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for #name {
            fn from(s: &str) -> Self {
                match s {
                    #( #values => Self::#idents, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #name {
            fn from(s: ::std::string::String) -> Self {
                match Self::from(s.as_str()) {
                    Self::Unknown(_) => Self::Unknown(s),
                    known => known,
                }
            }
        }

        impl ::std::str::FromStr for #name {
            type Err = ::std::convert::Infallible;
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(Self::from(s))
            }
        }

        impl ::std::convert::AsRef<str> for #name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        #codec

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                <::std::string::String as ::serde::Deserialize>::deserialize(d).map(Self::from)
            }
        }
    }
}

pub fn emit_int_enum(t: &TypeDef, variants: &[IntEnumVariant]) -> TokenStream {
    let name = type_ident(&t.name);
    let codec = codec::int_enum(t);
    let docs = doc_attrs(&t.docs);
    let deprecated = deprecated_attr(&t.deprecated);
    let defs = variants.iter().map(|v| {
        let id = ident(&v.name);
        let value_doc = format!(" `{}`", v.value);
        let docs = if v.docs.is_empty() { doc_attrs(&value_doc) } else { doc_attrs(&v.docs) };
        let dep = deprecated_attr(&v.deprecated);
        quote!(#docs #dep #id,)
    });
    let idents: Vec<_> = variants.iter().map(|v| ident(&v.name)).collect();
    let values: Vec<i32> = variants.iter().map(|v| v.value).collect();
    quote! {
        #docs
        #deprecated
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#defs)*
            /// A value this version of the model does not know; it is sent back exactly as received.
            Unknown(i32),
        }

        impl #name {
            /// Every value the model knows, in the model's order.
            pub const VALUES: &'static [i32] = &[#(#values),*];

            /// The value as it is sent on the wire.
            pub fn as_i32(&self) -> i32 {
                match self {
                    #( Self::#idents => #values, )*
                    Self::Unknown(v) => *v,
                }
            }
        }

        impl ::std::convert::From<i32> for #name {
            fn from(v: i32) -> Self {
                match v {
                    #( #values => Self::#idents, )*
                    other => Self::Unknown(other),
                }
            }
        }

        impl ::std::fmt::Display for #name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.as_i32(), f)
            }
        }

        #codec

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_i32(self.as_i32())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                <i32 as ::serde::Deserialize>::deserialize(d).map(Self::from)
            }
        }
    }
}
