//! The emitted token tree, flattened once into a vector the layout passes can index: groups become an
//! open and a close token, joint punctuation becomes the operator it spells, `'a` becomes one word, a
//! documentation placeholder becomes one token, and known `std` paths are shortened on the way
//! (`super::super::paths`). Every text lives in one arena string, so a token costs no allocation.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

use crate::emit::paths;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Delim {
    Paren,
    Bracket,
    Brace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Word {
    /// An identifier, or a keyword that stands where a value or a path segment does (`self`, `Self`,
    /// `crate`, `super`, `true`, `false`, `await`).
    Plain,
    /// A keyword that a `{` after it opens a block for (`fn`, `impl`, `match`, `if`, ...).
    Block,
    /// Any other keyword (`pub`, `let`, `as`, `mut`, ...).
    Keyword,
    /// `'a`, `'static`, `'_`.
    Lifetime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Word(Word),
    Lit,
    /// One operator (`::`, `->`, `&&`, `#`, `,`); its last character's spacing is `joint`.
    Op {
        joint: bool,
    },
    /// An opening delimiter; `close` is the index of its closing token.
    Open {
        delim: Delim,
        close: u32,
    },
    Close(Delim),
    /// A documentation text of the file's table, as `///` lines (`//!` when `inner`).
    Doc {
        index: u32,
        inner: bool,
    },
    /// One `///` line (`//!` when `inner`) that is the token's text.
    DocLine {
        inner: bool,
    },
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Tok {
    pub kind: Kind,
    start: u32,
    end: u32,
}

pub(super) struct Toks {
    pub toks: Vec<Tok>,
    arena: String,
}

impl Toks {
    pub fn text(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.arena[t.start as usize..t.end as usize]
    }

    pub fn is_op(&self, i: usize, op: &str) -> bool {
        matches!(self.toks.get(i).map(|t| t.kind), Some(Kind::Op { .. })) && self.text(i) == op
    }

    pub fn is_word(&self, i: usize, w: &str) -> bool {
        matches!(self.toks.get(i).map(|t| t.kind), Some(Kind::Word(_))) && self.text(i) == w
    }
}

/// Whether an operator spelled `sofar` goes on with `next` into one Rust spells with more characters
/// (`::`, `->`, `..=`, `>>=`): joint punctuation is merged into the longest, and split where none goes on
/// (`>` then `::` in `Vec<u8>::new`).
pub(super) fn continues(sofar: &str, next: char) -> bool {
    matches!(
        (sofar, next),
        (":", ':')
            | ("-", '>' | '=')
            | ("=", '>' | '=')
            | (
                "!" | "<" | ">" | "+" | "*" | "/" | "%" | "^" | "&" | "|",
                '='
            )
            | ("&", '&')
            | ("|", '|')
            | ("<", '<')
            | (">", '>')
            | ("<<" | ">>", '=')
            | (".", '.')
            | ("..", '.' | '=')
    )
}

/// Flattens a file's tokens, shortening `std` paths unless the file defines the name (`defined`).
pub(super) fn flatten(tokens: TokenStream, defined: &[&str]) -> Toks {
    let mut out = Toks {
        toks: Vec::new(),
        arena: String::new(),
    };
    push_stream(&mut out, tokens, defined);
    out
}

fn push(out: &mut Toks, kind: Kind, text: impl std::fmt::Display) {
    use std::fmt::Write;
    let start = out.arena.len() as u32;
    // Writing into a `String` cannot fail.
    let _ = write!(out.arena, "{text}");
    out.toks.push(Tok {
        kind,
        start,
        end: out.arena.len() as u32,
    });
}

fn push_stream(out: &mut Toks, tokens: TokenStream, defined: &[&str]) {
    let mut trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    // The tree before `i` was an identifier that is not a keyword: a `::std` after it is relative.
    let mut after_name = false;
    while i < trees.len() {
        let was_after_name = std::mem::take(&mut after_name);
        if let Some((len, short)) = shortened(&trees, i, was_after_name, defined) {
            push(out, Kind::Word(Word::Plain), short);
            i += len;
            continue;
        }
        if let Some((len, doc, inner)) = doc_attr(&trees[i..]) {
            match doc {
                DocAttr::Placeholder(index) => out.toks.push(Tok {
                    kind: Kind::Doc { index, inner },
                    start: 0,
                    end: 0,
                }),
                // A text of several lines is as many `///` lines: rustdoc joins them with the same
                // line breaks.
                DocAttr::Line(text) => {
                    for line in text.split('\n') {
                        push(out, Kind::DocLine { inner }, line);
                    }
                }
            }
            i += len;
            continue;
        }
        // Taken out by value (a `Punct` is a cheap stand-in): the group's stream is then its only owner
        // and iterates without copying its tokens.
        let tree = std::mem::replace(
            &mut trees[i],
            TokenTree::Punct(proc_macro2::Punct::new('.', Spacing::Alone)),
        );
        match tree {
            TokenTree::Ident(id) => {
                push(out, Kind::Word(Word::Plain), id);
                let last = out.toks.len() - 1;
                let text = out.text(last);
                after_name = !crate::names::is_keyword(text);
                out.toks[last].kind = Kind::Word(word_kind(text));
            }
            TokenTree::Literal(l) => push(out, Kind::Lit, l),
            TokenTree::Group(g) => {
                let delim = match g.delimiter() {
                    Delimiter::Parenthesis => Some(Delim::Paren),
                    Delimiter::Bracket => Some(Delim::Bracket),
                    Delimiter::Brace => Some(Delim::Brace),
                    Delimiter::None => None,
                };
                let stream = g.stream();
                drop(g);
                match delim {
                    None => push_stream(out, stream, defined),
                    Some(delim) => {
                        let open = out.toks.len();
                        push(out, Kind::Open { delim, close: 0 }, open_char(delim));
                        push_stream(out, stream, defined);
                        let close = out.toks.len() as u32;
                        out.toks[open].kind = Kind::Open { delim, close };
                        push(out, Kind::Close(delim), close_char(delim));
                    }
                }
            }
            TokenTree::Punct(p) => {
                // `'a`: a lifetime is a joint quote and an identifier.
                if p.as_char() == '\''
                    && let Some(TokenTree::Ident(id)) = trees.get(i + 1)
                {
                    let start = out.arena.len() as u32;
                    out.arena.push('\'');
                    use std::fmt::Write;
                    let _ = write!(out.arena, "{id}");
                    out.toks.push(Tok {
                        kind: Kind::Word(Word::Lifetime),
                        start,
                        end: out.arena.len() as u32,
                    });
                    i += 2;
                    continue;
                }
                let start = out.arena.len() as u32;
                out.arena.push(p.as_char());
                let mut joint = p.spacing() == Spacing::Joint;
                while joint {
                    let Some(TokenTree::Punct(next)) = trees.get(i + 1) else {
                        break;
                    };
                    if !continues(&out.arena[start as usize..], next.as_char()) {
                        break;
                    }
                    out.arena.push(next.as_char());
                    joint = next.spacing() == Spacing::Joint;
                    i += 1;
                }
                out.toks.push(Tok {
                    kind: Kind::Op { joint },
                    start,
                    end: out.arena.len() as u32,
                });
            }
        }
        i += 1;
    }
}

/// A known `std` path starting at `trees[i]` (`paths::match_path`) that the file may write short.
fn shortened(
    trees: &[TokenTree],
    i: usize,
    after_name: bool,
    defined: &[&str],
) -> Option<(usize, &'static str)> {
    let TokenTree::Punct(p) = &trees[i] else {
        return None;
    };
    if p.as_char() != ':' || p.spacing() != Spacing::Joint {
        return None;
    }
    let (len, short) = paths::match_path(&trees[i..])?;
    let allowed = matches!(short, "Some" | "None" | "Ok" | "Err") || !defined.contains(&short);
    // `a::std::...` is a relative path that merely contains `std`; after a keyword `::std` starts a path.
    (allowed && !after_name).then_some((len, short))
}

/// A doc attribute the printer writes as `///` (or `//!`) lines: a placeholder for text N of the table,
/// or one line an emitter wrote as a `///` comment inside `quote!`.
enum DocAttr {
    Placeholder(u32),
    Line(String),
}

/// `#[doc = ...]` (or `#![doc = ...]`) at the start of `trees`, its length in trees and whether it is inner.
fn doc_attr(trees: &[TokenTree]) -> Option<(usize, DocAttr, bool)> {
    let TokenTree::Punct(hash) = trees.first()? else {
        return None;
    };
    if hash.as_char() != '#' {
        return None;
    }
    let (inner, group) = match trees.get(1)? {
        TokenTree::Punct(bang) if bang.as_char() == '!' => (true, trees.get(2)?),
        other => (false, other),
    };
    let TokenTree::Group(g) = group else {
        return None;
    };
    if g.delimiter() != Delimiter::Bracket {
        return None;
    }
    let mut it = g.stream().into_iter();
    let literal = match (it.next()?, it.next()?, it.next()?, it.next()) {
        (TokenTree::Ident(doc), TokenTree::Punct(eq), TokenTree::Literal(lit), None)
            if doc == "doc" && eq.as_char() == '=' =>
        {
            lit.to_string()
        }
        _ => return None,
    };
    let len = if inner { 3 } else { 2 };
    if let Some(index) = super::super::doc_lines::placeholder_in(&literal) {
        return Some((len, DocAttr::Placeholder(index), inner));
    }
    if literal.starts_with('"') {
        let text = unescape(literal.strip_prefix('"')?.strip_suffix('"')?)?;
        return (!text.contains('\r')).then_some((len, DocAttr::Line(text), inner));
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
    (!body.contains('\r')).then(|| (len, DocAttr::Line(body.to_owned()), inner))
}

/// The text of a string literal's body, for the escapes a `proc_macro2` string literal writes; `None` for
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

/// What a word is for spacing and layout; a raw identifier (`r#type`) is plain.
fn word_kind(text: &str) -> Word {
    match text {
        "fn" | "impl" | "struct" | "enum" | "trait" | "mod" | "union" | "match" | "if" | "else"
        | "while" | "for" | "loop" | "unsafe" | "async" | "extern" => Word::Block,
        "self" | "Self" | "crate" | "super" | "true" | "false" | "await" => Word::Plain,
        t if crate::names::is_keyword(t) => Word::Keyword,
        _ => Word::Plain,
    }
}

fn open_char(d: Delim) -> char {
    match d {
        Delim::Paren => '(',
        Delim::Bracket => '[',
        Delim::Brace => '{',
    }
}

fn close_char(d: Delim) -> char {
    match d {
        Delim::Paren => ')',
        Delim::Bracket => ']',
        Delim::Brace => '}',
    }
}
