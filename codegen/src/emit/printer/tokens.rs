//! The emitted tokens made ready to lay out, in one pass: known `std` paths shortened
//! (`super::super::paths`), each `#[doc = "..."]` attribute an emitter wrote turned into its `///` lines,
//! and every group's open linked to its close.

use crate::emit::code::{Code, Kind, Tok, Word};
use crate::emit::paths;

/// The file's tokens, `std` paths shortened unless the file defines the name (`defined`). Only the token
/// list is rebuilt: a shortened path is its last segment's token, and only a doc line adds text.
pub(super) fn prepare(mut code: Code, defined: &[&str]) -> Result<Code, String> {
    let n = code.toks.len();
    let mut toks: Vec<Tok> = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if let Some(len) = shortened(&code, i, defined) {
            let last = code.toks[i + len - 1];
            toks.push(Tok {
                kind: Kind::Word(Word::Plain),
                ..last
            });
            i += len;
            continue;
        }
        if let Some((len, text, inner)) = doc_attr(&code, i) {
            // A text of several lines is as many `///` lines: rustdoc joins them with the same line breaks.
            for line in text.split('\n') {
                let start = code.arena.len() as u32;
                code.arena.push_str(line);
                toks.push(Tok {
                    kind: Kind::DocLine { inner },
                    start,
                    end: code.arena.len() as u32,
                    pack: crate::emit::code::pack(line),
                });
            }
            i += len;
            continue;
        }
        toks.push(code.toks[i]);
        i += 1;
    }
    code.toks = toks;
    code.link_groups()?;
    Ok(code)
}

/// A known `std` path starting at token `i` (`paths::match_path`) that the file may write short.
fn shortened(code: &Code, i: usize, defined: &[&str]) -> Option<usize> {
    if !code.is_op(i, "::") {
        return None;
    }
    let (len, short) = paths::match_path(code, i)?;
    let allowed = matches!(short, "Some" | "None" | "Ok" | "Err") || !defined.contains(&short);
    // `a::std::...` is a relative path that merely contains `std`; after a keyword `::std` starts a path.
    let after_name = i > 0
        && code.toks[i - 1].kind == Kind::Word(Word::Plain)
        && !crate::names::is_keyword(code.text(i - 1));
    // The short name is the path's last segment (`::std::option::Option` is `Option`).
    (allowed && !after_name).then_some(len)
}

/// `#[doc = "..."]` (or `#![doc = ...]`) at token `i`: its length in tokens, its text and whether it is
/// inner. A `///` comment inside `toks!` is such an attribute with a raw string.
fn doc_attr(code: &Code, i: usize) -> Option<(usize, String, bool)> {
    if !code.is_op(i, "#") {
        return None;
    }
    let inner = code.is_op(i + 1, "!");
    let open = i + 1 + usize::from(inner);
    let is_bracket = |j: usize, want_open: bool| {
        matches!(
            (code.toks.get(j).map(|t| t.kind), want_open),
            (
                Some(Kind::Open {
                    delim: crate::emit::code::Delim::Bracket,
                    ..
                }),
                true
            ) | (Some(Kind::Close(crate::emit::code::Delim::Bracket)), false)
        )
    };
    if !(is_bracket(open, true)
        && code.is_word(open + 1, "doc")
        && code.is_op(open + 2, "=")
        && matches!(code.toks.get(open + 3).map(|t| t.kind), Some(Kind::Lit))
        && is_bracket(open + 4, false))
    {
        return None;
    }
    let literal = code.text(open + 3);
    let len = open + 5 - i;
    if literal.starts_with('"') {
        let text = unescape(literal.strip_prefix('"')?.strip_suffix('"')?)?;
        return (!text.contains('\r')).then_some((len, text, inner));
    }
    // A `///` comment is a raw string (`r" text"`, `r#" "text" "#`): its text is what it holds.
    let hashes = literal
        .strip_prefix('r')?
        .bytes()
        .take_while(|&b| b == b'#')
        .count();
    let body = literal
        .get(1 + hashes..literal.len() - hashes)?
        .strip_prefix('"')?
        .strip_suffix('"')?;
    (!body.contains('\r')).then(|| (len, body.to_owned(), inner))
}

/// The text of a string literal's body, for the escapes a string literal of ours writes (`code::to_code`); `None` for
/// any other. (`syn::LitStr::value` reads any literal, but on fsx's 703 such doc lines it cost 9.1M
/// instructions, about twenty times this.)
fn unescape(body: &str) -> Option<String> {
    if !body.contains('\\') {
        return Some(body.to_owned());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            '0' => out.push('\0'),
            '\\' => out.push('\\'),
            '"' => out.push('"'),
            '\'' => out.push('\''),
            'u' => {
                let rest = chars.as_str().strip_prefix('{')?;
                let (hex, after) = rest.split_once('}')?;
                out.push(char::from_u32(u32::from_str_radix(hex, 16).ok()?)?);
                chars = after.chars();
            }
            _ => return None,
        }
    }
    Some(out)
}
