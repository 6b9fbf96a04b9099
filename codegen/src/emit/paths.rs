//! Emitters write every `std` item by its full path (`::std::option::Option`), so that no model shape can
//! shadow it. Most files define no type with such a name, and there the short prelude name is the same item:
//! this pass shortens the paths, token by token, except for names the file itself defines.

use proc_macro2::{Group, Ident, Span, TokenStream, TokenTree};

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
