//! Emitters write every `std` item by its full path (`::std::option::Option`), so that no model shape can
//! shadow it. Most files define no type with such a name, and there the short prelude name is the same item:
//! this pass shortens the paths, except for names the file itself defines.
//!
//! It runs on the file's syntax tree, after the one parse that printing needs anyway ([`shorten_file`]):
//! a path is a few segments to compare and splice, where the same rewrite on the token stream copied
//! every token of every file. Only the token streams that stay opaque in the tree (macro arguments,
//! attribute arguments) are shortened token by token ([`shorten`]).

use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};
use syn::visit_mut::{self, VisitMut};

/// Full paths and the prelude name each one can be written as. Longer paths first: `Option::Some` must be
/// matched before `Option`.
const PRELUDE: &[(&[&str], &str)] = &[
    (&["std", "option", "Option", "Some"], "Some"),
    (&["std", "option", "Option", "None"], "None"),
    (&["std", "result", "Result", "Ok"], "Ok"),
    (&["std", "result", "Result", "Err"], "Err"),
    (&["std", "option", "Option"], "Option"),
    (&["std", "result", "Result"], "Result"),
    (&["std", "string", "String"], "String"),
    (&["std", "vec", "Vec"], "Vec"),
    (&["std", "boxed", "Box"], "Box"),
    (&["std", "convert", "Into"], "Into"),
    (&["std", "convert", "From"], "From"),
    (&["std", "convert", "AsRef"], "AsRef"),
    (&["std", "borrow", "ToOwned"], "ToOwned"),
];

/// [`shorten`] on a parsed file: every absolute path (`::std::...`: a path with a leading `::`, which a
/// relative `a::std::...` never has) and every opaque token stream in it.
pub fn shorten_file(file: &mut syn::File, defined: &[&str]) {
    Shortener { defined }.visit_file_mut(file);
}

struct Shortener<'a> {
    defined: &'a [&'a str],
}

impl Shortener<'_> {
    /// The number of leading segments of `path` that make a known `std` path, and its short name, when
    /// the file may use that name. Segments before the last matched one carry no generic arguments.
    fn matched(&self, path: &syn::Path) -> Option<(usize, &'static str)> {
        path.leading_colon.as_ref()?;
        let (len, short) = PRELUDE.iter().find_map(|(segments, short)| {
            let n = segments.len();
            let ok = path.segments.len() >= n
                && segments
                    .iter()
                    .zip(&path.segments)
                    .enumerate()
                    .all(|(i, (want, seg))| {
                        seg.ident == want && (i + 1 == n || seg.arguments.is_none())
                    });
            ok.then_some((n, *short))
        })?;
        (matches!(short, "Some" | "None" | "Ok" | "Err") || !self.defined.contains(&short))
            .then_some((len, short))
    }

    /// Replaces the first `len` segments by one segment `short` that keeps the last one's arguments.
    fn splice(path: &mut syn::Path, len: usize, short: &str) {
        let old = std::mem::take(&mut path.segments);
        let mut rest = old.into_iter().skip(len - 1);
        let mut first = rest.next().expect("a matched path has `len` segments");
        first.ident = Ident::new(short, first.ident.span());
        path.leading_colon = None;
        path.segments.push(first);
        path.segments.extend(rest);
    }

    /// A path that may follow a qualified self type (`<T as ::std::convert::From<U>>::from`): the trait is
    /// the first `qself.position` segments, and shortening it moves the position.
    fn qualified(&mut self, qself: &mut Option<syn::QSelf>, path: &mut syn::Path) {
        match qself {
            None => self.visit_path_mut(path),
            Some(q) => {
                self.visit_qself_mut(q);
                if let Some((len, short)) = self.matched(path)
                    && len <= q.position
                {
                    Self::splice(path, len, short);
                    q.position -= len - 1;
                }
                for seg in path.segments.iter_mut() {
                    self.visit_path_segment_mut(seg);
                }
            }
        }
    }
}

impl VisitMut for Shortener<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        if let Some((len, short)) = self.matched(path) {
            Self::splice(path, len, short);
        }
        visit_mut::visit_path_mut(self, path);
    }

    fn visit_expr_path_mut(&mut self, e: &mut syn::ExprPath) {
        for a in &mut e.attrs {
            self.visit_attribute_mut(a);
        }
        self.qualified(&mut e.qself, &mut e.path);
    }

    fn visit_type_path_mut(&mut self, t: &mut syn::TypePath) {
        self.qualified(&mut t.qself, &mut t.path);
    }

    // The struct forms take a qualified self type too (`<T as Trait>::Assoc { .. }`); without one the
    // default walk reaches their path through `visit_path_mut`.
    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        if e.qself.is_none() {
            return visit_mut::visit_expr_struct_mut(self, e);
        }
        for a in &mut e.attrs {
            self.visit_attribute_mut(a);
        }
        self.qualified(&mut e.qself, &mut e.path);
        for f in e.fields.iter_mut() {
            self.visit_field_value_mut(f);
        }
        if let Some(rest) = &mut e.rest {
            self.visit_expr_mut(rest);
        }
    }

    fn visit_pat_struct_mut(&mut self, p: &mut syn::PatStruct) {
        if p.qself.is_none() {
            return visit_mut::visit_pat_struct_mut(self, p);
        }
        for a in &mut p.attrs {
            self.visit_attribute_mut(a);
        }
        self.qualified(&mut p.qself, &mut p.path);
        for f in p.fields.iter_mut() {
            self.visit_field_pat_mut(f);
        }
    }

    fn visit_pat_tuple_struct_mut(&mut self, p: &mut syn::PatTupleStruct) {
        if p.qself.is_none() {
            return visit_mut::visit_pat_tuple_struct_mut(self, p);
        }
        for a in &mut p.attrs {
            self.visit_attribute_mut(a);
        }
        self.qualified(&mut p.qself, &mut p.path);
        for e in p.elems.iter_mut() {
            self.visit_pat_mut(e);
        }
    }

    fn visit_macro_mut(&mut self, m: &mut syn::Macro) {
        self.visit_path_mut(&mut m.path);
        m.tokens = shorten(std::mem::take(&mut m.tokens), self.defined);
    }

    fn visit_meta_list_mut(&mut self, m: &mut syn::MetaList) {
        self.visit_path_mut(&mut m.path);
        m.tokens = shorten(std::mem::take(&mut m.tokens), self.defined);
    }
}

/// Rewrites `::std::x::Name` to `Name` wherever `Name` is not one of `defined` (the items the file declares,
/// which would shadow the prelude inside it). `Some`, `None`, `Ok` and `Err` live in the value namespace,
/// where a braced struct or an enum never shadows them, so they are always shortened.
///
/// Every file's tokens pass through here, so the common case is kept cheap: a token is only turned into
/// text (an allocation) when a known path starts at it, and a group holding no `std` path at all is kept
/// as it is (a reference-counted clone) instead of being rebuilt token by token.
pub fn shorten(tokens: TokenStream, defined: &[&str]) -> TokenStream {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    shorten_trees(trees, defined).unwrap_or_else(|trees| trees.into_iter().collect())
}

/// `Ok` with the rewritten stream when something was shortened, else `Err` with the trees as they were.
fn shorten_trees(trees: Vec<TokenTree>, defined: &[&str]) -> Result<TokenStream, Vec<TokenTree>> {
    let mut out: Option<Vec<TokenTree>> = None;
    let mut i = 0;
    while i < trees.len() {
        if let Some((len, short)) = match_path(&trees[i..])
            && (matches!(short, "Some" | "None" | "Ok" | "Err") || !defined.contains(&short))
            // `a::std::...` would be a relative path that merely contains `std`: only absolute paths
            // match (after a keyword such as `let` or `impl`, `::std` starts a path of its own).
            && match i.checked_sub(1).map(|p| &trees[p]) {
                Some(TokenTree::Ident(prev)) => crate::names::is_keyword(&prev.to_string()),
                _ => true,
            }
        {
            let out = out.get_or_insert_with(|| trees[..i].to_vec());
            out.push(TokenTree::Ident(Ident::new(short, Span::call_site())));
            i += len;
            continue;
        }
        let changed = match &trees[i] {
            TokenTree::Group(g) => {
                let inner: Vec<TokenTree> = g.stream().into_iter().collect();
                shorten_trees(inner, defined).ok().map(|stream| {
                    let mut inner = Group::new(g.delimiter(), stream);
                    inner.set_span(g.span());
                    TokenTree::Group(inner)
                })
            }
            _ => None,
        };
        match (changed, &mut out) {
            (Some(tree), Some(out)) => out.push(tree),
            (Some(tree), None) => {
                let mut v = trees[..i].to_vec();
                v.push(tree);
                out = Some(v);
            }
            (None, Some(out)) => out.push(trees[i].clone()),
            (None, None) => {}
        }
        i += 1;
    }
    match out {
        Some(out) => Ok(out.into_iter().collect()),
        None => Err(trees),
    }
}

/// If `trees` starts with `:: seg :: seg ...` for a known path, its length in tokens and the short name.
fn match_path(trees: &[TokenTree]) -> Option<(usize, &'static str)> {
    'paths: for (segments, short) in PRELUDE {
        let mut i = 0;
        for seg in *segments {
            if !is_colon2(trees, i) {
                continue 'paths;
            }
            i += 2;
            match trees.get(i) {
                Some(TokenTree::Ident(id)) if id == seg => i += 1,
                _ => continue 'paths,
            }
        }
        return Some((i, short));
    }
    None
}

fn is_colon2(trees: &[TokenTree], i: usize) -> bool {
    matches!((trees.get(i), trees.get(i + 1)),
        (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
            if a.as_char() == ':' && b.as_char() == ':' && a.spacing() == proc_macro2::Spacing::Joint)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn shortens_unless_the_file_defines_the_name() {
        let t = quote!(pub x: ::std::option::Option<::std::string::String>, y: ::std::option::Option::Some(1));
        assert_eq!(
            shorten(t.clone(), &[]).to_string(),
            "pub x : Option < String > , y : Some (1)"
        );
        assert_eq!(
            shorten(t, &["Option"]).to_string(),
            "pub x : :: std :: option :: Option < String > , y : Some (1)"
        );
    }

    #[test]
    fn shortens_after_keywords_but_not_inside_relative_paths() {
        let t = quote!(if let ::std::option::Option::Some(v) = x {} fn f(v: impl ::std::convert::Into<u8>) {});
        assert_eq!(
            shorten(t, &[]).to_string(),
            "if let Some (v) = x { } fn f (v : impl Into < u8 >) { }"
        );
        let t = quote!(a::std::option::Option<u8>);
        assert_eq!(
            shorten(t, &[]).to_string(),
            "a :: std :: option :: Option < u8 >"
        );
    }

    #[test]
    fn groups_without_std_paths_are_kept_and_deep_ones_rewritten() {
        let t = quote!(
            fn f() {
                {
                    (1, "x")
                }
                { [::std::vec::Vec::<u8>::new()] }
            }
        );
        assert_eq!(
            shorten(t, &[]).to_string(),
            "fn f () { { (1 , \"x\") } { [Vec :: < u8 > :: new ()] } }"
        );
    }

    fn print_file(tokens: TokenStream, defined: &[&str]) -> String {
        let mut file: syn::File = syn::parse2(tokens).expect("test input is Rust");
        shorten_file(&mut file, defined);
        prettyplease::unparse(&file)
    }

    #[test]
    fn file_paths_shortened_in_the_tree_as_in_the_tokens() {
        let t = quote!(
            pub struct S {
                x: ::std::option::Option<::std::string::String>,
            }
            fn f(v: impl ::std::convert::Into<u8>) -> ::std::vec::Vec<u8> {
                if let ::std::option::Option::Some(v) = a::std::option::Option::None {}
                let _ = ::std::vec::Vec::<u8>::new();
                m!(
                    ::std::result::Result::Ok(1),
                    #[doc = "x"]
                    ::std::string::String
                );
                ::std::fmt::Debug::fmt
            }
        );
        let printed = print_file(t.clone(), &["String"]);
        let tokens =
            syn::parse2::<syn::File>(shorten(t, &["String"])).expect("shortened tokens are Rust");
        assert_eq!(printed, prettyplease::unparse(&tokens));
        assert!(
            printed.contains("x: Option<::std::string::String>"),
            "{printed}"
        );
        assert!(
            printed.contains("if let Some(v) = a::std::option::Option::None"),
            "{printed}"
        );
        assert!(printed.contains("Vec::<u8>::new()"), "{printed}");
        assert!(
            printed.contains("m!(Ok(1), #[doc = \"x\"] ::std::string::String)"),
            "{printed}"
        );
        assert!(printed.contains("::std::fmt::Debug::fmt"), "{printed}");
    }

    #[test]
    fn qualified_self_keeps_its_position() {
        let t = quote!(
            fn f() {
                let _ = <u8 as ::std::convert::From<u8>>::from(1);
                let _: <u8 as ::std::convert::AsRef<str>>::Target;
            }
        );
        let printed = print_file(t, &[]);
        assert!(printed.contains("<u8 as From<u8>>::from(1)"), "{printed}");
        assert!(printed.contains("<u8 as AsRef<str>>::Target"), "{printed}");
    }

    #[test]
    fn leaves_other_paths_and_nested_groups_right() {
        let t = quote!(
            fn f() -> ::std::collections::HashMap<K, ::std::vec::Vec<u8>> {
                ::std::fmt::Debug
            }
        );
        assert_eq!(
            shorten(t, &[]).to_string(),
            "fn f () -> :: std :: collections :: HashMap < K , Vec < u8 >> { :: std :: fmt :: Debug }"
        );
    }
}
