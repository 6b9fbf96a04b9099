//! Model documentation reaches the printed file without going through `syn` and prettyplease line by line.
//!
//! Documentation is most of what the generator prints (sagemaker's crate is more doc lines than code), and
//! a `#[doc = "..."]` attribute per line costs a token group, a string-literal escape, a `syn` parse of it,
//! an unescape and a prettyplease layout, each allocating: 10 MB of documentation took gigabytes. While a
//! file is emitted inside [`collect`], [`doc_attrs`](super::doc_attrs) records each text in the file's
//! table and emits one placeholder attribute for the whole text; after printing, [`DocTable::splice`]
//! replaces each placeholder line with the text's `///` (or `//!`) lines, written exactly as prettyplease
//! writes a one-line doc attribute, so the output is the same as printing every line through it.

use std::cell::RefCell;

use proc_macro2::TokenStream;
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
/// table for [`DocTable::splice`]. Outside `collect` those functions emit ordinary doc attributes.
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

/// A placeholder that is not where the splice looks for it (inside a macro's arguments, say), or one the
/// table does not hold: a bug in the generator, reported with the file's name by the caller.
#[derive(Debug)]
pub(crate) struct Unspliced(pub(crate) String);

impl std::fmt::Display for Unspliced {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl DocTable {
    /// Replaces every placeholder line of a printed file with its text's doc lines.
    pub(crate) fn splice(self, printed: String) -> Result<String, Unspliced> {
        if self.texts.is_empty() {
            return Ok(printed);
        }
        let extra: usize = self.texts.iter().map(|t| t.len() + 16).sum();
        let mut out = String::with_capacity(printed.len() + extra);
        let mut used = vec![false; self.texts.len()];
        for line in printed.split_inclusive('\n') {
            let Some((indent, style, index)) = placeholder_line(line) else {
                out.push_str(line);
                continue;
            };
            // An emitter may interpolate one doc attribute twice (an async method and its blocking twin).
            let Some(text) = self.texts.get(index) else {
                return Err(Unspliced(format!(
                    "documentation placeholder {index} is unknown"
                )));
            };
            used[index] = true;
            for l in text.lines() {
                out.push_str(indent);
                out.push_str(style);
                // prettyplease trims a doc line's trailing spaces (and only spaces).
                let l = l.trim_end_matches(' ');
                if !l.is_empty() {
                    out.push(' ');
                    out.push_str(l);
                }
                out.push('\n');
            }
        }
        if let Some(index) = used.iter().position(|u| !u) {
            return Err(Unspliced(format!(
                "documentation placeholder {index} was not printed as a doc comment"
            )));
        }
        Ok(out)
    }
}

/// `(indentation, "///" or "//!", index)` of a line that is only a placeholder.
fn placeholder_line(line: &str) -> Option<(&str, &'static str, usize)> {
    let body = line.trim_start_matches(' ');
    let indent = &line[..line.len() - body.len()];
    let body = body.strip_suffix('\n').unwrap_or(body);
    let (style, rest) = if let Some(rest) = body.strip_prefix("///") {
        ("///", rest)
    } else {
        ("//!", body.strip_prefix("//!")?)
    };
    let digits = rest.strip_prefix(MARK)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((indent, style, digits.parse().ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The spliced file is byte for byte what prettyplease prints for one attribute per line.
    #[test]
    fn splice_matches_printing_every_line() {
        let docs = ["First line.\n\nSecond  \n- item", "", "Only one"];
        let emit = || {
            let a = super::super::doc_attrs(docs[0]);
            let b = super::super::doc_attrs(docs[1]);
            let c = super::super::doc_attrs(docs[2]);
            let m = super::super::inner_doc_attrs("Module text.\n\nMore.");
            quote! {
                #m
                #a
                pub struct S {
                    #c
                    pub f: u8,
                }
                #b
                pub fn g() {}
            }
        };
        let plain = super::super::print(emit()).expect("prints");
        let (tokens, table) = collect(emit);
        let printed = super::super::print(tokens).expect("prints");
        assert!(printed.contains(MARK));
        assert_eq!(table.splice(printed).expect("splices"), plain);
    }

    /// One doc attribute interpolated twice (an async method and its blocking twin) prints twice.
    #[test]
    fn a_placeholder_printed_twice_gives_its_text_twice() {
        let emit = || {
            let d = super::super::doc_attrs("Shared.\n\nText.");
            quote!(#d pub fn a() {} #d pub fn b() {})
        };
        let plain = super::super::print(emit()).expect("prints");
        let (tokens, table) = collect(emit);
        let printed = super::super::print(tokens).expect("prints");
        assert_eq!(table.splice(printed).expect("splices"), plain);
    }

    #[test]
    fn a_placeholder_inside_macro_arguments_is_an_error() {
        let (tokens, table) = collect(|| {
            let d = super::super::doc_attrs("Hidden.");
            quote!(m!(#d struct S;);)
        });
        let printed = super::super::print(tokens).expect("prints");
        let err = table.splice(printed).expect_err("not spliced");
        assert!(err.0.contains("placeholder 0"), "{err}");
    }

    #[test]
    fn outside_collect_doc_attrs_are_plain() {
        let d = super::super::doc_attrs("A.\nB.");
        let printed = super::super::print(quote!(#d pub struct S;)).expect("prints");
        assert_eq!(printed, "/// A.\n/// B.\npub struct S;\n");
    }
}
