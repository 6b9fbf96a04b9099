//! Model documentation reaches the printed file as it is, not as one token per line.
//!
//! Documentation is most of what the generator prints (sagemaker's crate is more doc lines than code), and
//! a `#[doc = "..."]` attribute per line costs a token group and a string-literal escape, each allocating.
//! While a file is emitted inside [`collect`], [`doc_attrs`](super::doc_attrs) records each text in the
//! file's table and emits one placeholder attribute for the whole text; the printer (`super::printer`)
//! writes the text's `///` (or `//!`) lines where it meets the placeholder.

use std::cell::RefCell;

use proc_macro2::TokenStream;
#[cfg(test)]
use proc_macro2::TokenTree;
use quote::quote;

/// Starts a placeholder's text: a private-use character, so no doc line of ours begins with it (each line
/// of a text is printed after a space).
const MARK: char = '\u{E000}';

thread_local! {
    /// The table of the file being emitted on this thread, if any.
    static PENDING: RefCell<Option<Vec<String>>> = const { RefCell::new(None) };
}

/// The documentation texts of one emitted file, in the order they were recorded.
#[derive(Debug, Default)]
pub(crate) struct DocTable {
    texts: Vec<String>,
}

/// Runs an emitter, recording the documentation it emits through `doc_attrs`/`inner_doc_attrs` in a
/// table the printer writes them from. Outside `collect` those functions emit ordinary doc attributes.
pub(crate) fn collect(emit: impl FnOnce() -> TokenStream) -> (TokenStream, DocTable) {
    let outer = PENDING.with(|p| p.replace(Some(Vec::new())));
    let tokens = emit();
    let texts = PENDING.with(|p| p.replace(outer)).unwrap_or_default();
    (tokens, DocTable { texts })
}

/// One placeholder attribute for `md` when a table is recording, else `None`.
pub(super) fn placeholder(md: &str, inner: bool) -> Option<TokenStream> {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        let texts = p.as_mut()?;
        let key = format!("{MARK}{}", texts.len());
        texts.push(md.to_owned());
        Some(if inner {
            quote!(#![doc = #key])
        } else {
            quote!(#[doc = #key])
        })
    })
}

impl DocTable {
    /// Text `index` of the table.
    pub(crate) fn text(&self, index: usize) -> Option<&str> {
        self.texts.get(index).map(String::as_str)
    }

    /// About what the texts add to the printed file, to size its buffer once.
    pub(crate) fn len_hint(&self) -> usize {
        self.texts.iter().map(|t| t.len() + 16).sum()
    }
}

/// The index of the text a placeholder attribute's contents (`doc = "\u{E000}N"`) stand for.
#[cfg(test)]
fn placeholder_index(attr: &TokenStream) -> Option<u32> {
    let mut it = attr.clone().into_iter();
    match (it.next()?, it.next()?, it.next()?, it.next()) {
        (TokenTree::Ident(doc), TokenTree::Punct(eq), TokenTree::Literal(lit), None)
            if doc == "doc" && eq.as_char() == '=' =>
        {
            placeholder_in(&lit.to_string())
        }
        _ => None,
    }
}

/// The index of the text a placeholder's string literal (as written: `"\u{e000}N"`) stands for.
pub(crate) fn placeholder_in(literal: &str) -> Option<u32> {
    let body = literal.strip_prefix('"')?.strip_suffix('"')?;
    // A literal's text escapes the private-use mark.
    let digits = body
        .strip_prefix("\\u{e000}")
        .or_else(|| body.strip_prefix(MARK))?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_placeholder_names_its_text() {
        let (tokens, table) = collect(|| {
            let a = super::super::doc_attrs("First.");
            let b = super::super::inner_doc_attrs("Second.");
            quote!(#a #b)
        });
        let groups: Vec<TokenStream> = tokens
            .into_iter()
            .filter_map(|t| match t {
                TokenTree::Group(g) => Some(g.stream()),
                _ => None,
            })
            .collect();
        let found: Vec<Option<u32>> = groups.iter().map(placeholder_index).collect();
        assert_eq!(found, [Some(0), Some(1)]);
        assert_eq!(table.text(0), Some("First."));
        assert_eq!(table.text(1), Some("Second."));
        assert_eq!(placeholder_index(&quote!(doc = "plain")), None);
        assert_eq!(placeholder_index(&quote!(doc = "\u{E000}")), None);
    }

    #[test]
    fn outside_collect_doc_attrs_are_plain() {
        let d = super::super::doc_attrs("A.\nB.");
        let printed = super::super::print(quote!(#d pub struct S;)).expect("prints");
        assert_eq!(printed, "/// A.\n/// B.\npub struct S;\n");
    }
}
