//! String enums and intEnums: known variants plus `Unknown`, which keeps a value this version of the model
//! does not know and sends it back unchanged.

use super::code::{Code, Lit, toks};

use super::{deprecated_attr, doc_attrs, ident, type_ident};
use crate::ir::{EnumVariant, IntEnumVariant, TypeDef};

pub fn emit_enum(t: &TypeDef, variants: &[EnumVariant]) -> Code {
    let name = type_ident(&t.name);
    let docs = doc_attrs(&t.docs);
    let deprecated = deprecated_attr(&t.deprecated);
    let defs = variants.iter().map(|v| {
        let id = ident(&v.name);
        let value_doc = format!(" `{}`", v.value);
        let docs = if v.docs.is_empty() {
            doc_attrs(&value_doc)
        } else {
            doc_attrs(&v.docs)
        };
        let dep = deprecated_attr(&v.deprecated);
        toks!(#docs #dep #id,)
    });
    let pairs = variants.iter().map(|v| {
        let id = ident(&v.name);
        let value = &v.value;
        toks!((#id, #value))
    });
    toks! {
        #docs
        #deprecated
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#defs)*
            /// A value this version of the model does not know; it is sent back exactly as received.
            Unknown(::std::string::String),
        }

        ::smithy_runtime::string_enum!(#name, [#(#pairs),*]);
    }
}

pub fn emit_int_enum(t: &TypeDef, variants: &[IntEnumVariant]) -> Code {
    let name = type_ident(&t.name);
    let docs = doc_attrs(&t.docs);
    let deprecated = deprecated_attr(&t.deprecated);
    let defs = variants.iter().map(|v| {
        let id = ident(&v.name);
        let value_doc = format!(" `{}`", v.value);
        let docs = if v.docs.is_empty() {
            doc_attrs(&value_doc)
        } else {
            doc_attrs(&v.docs)
        };
        let dep = deprecated_attr(&v.deprecated);
        toks!(#docs #dep #id,)
    });
    let pairs = variants.iter().map(|v| {
        let id = ident(&v.name);
        let value = Lit::unsuffixed(v.value);
        toks!((#id, #value))
    });
    toks! {
        #docs
        #deprecated
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #name {
            #(#defs)*
            /// A value this version of the model does not know; it is sent back exactly as received.
            Unknown(i32),
        }

        ::smithy_runtime::int_enum!(#name, [#(#pairs),*]);
    }
}
