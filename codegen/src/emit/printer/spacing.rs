//! Whether a space goes before each token when it is not the first of its line, as rustfmt spaces Rust:
//! `f(a, b)`, `x: &'a [u8]`, `Vec::<u8>::new()`, `|x| x + 1`, `#[derive(Debug)]`, `m!(...)`.
//!
//! The tokens are known to be Rust, so a handful of rules over the previous token decide it; what they
//! cannot tell apart (a `<` that compares after an upper-case constant) only looks different, since a
//! space is never removed between two operators that would then read as one (`: ::std`, `& &x`).

use crate::emit::code::{Code as Toks, Delim, Kind, Word, pack};

// The operators the rules name, as token packs (`Code::pack`): one integer compare each.
const LT: u32 = pack("<");
const GT: u32 = pack(">");
const SHR: u32 = pack(">>");
const PIPE: u32 = pack("|");
const BANG: u32 = pack("!");
const AMP: u32 = pack("&");
const AND: u32 = pack("&&");
const STAR: u32 = pack("*");
const MINUS: u32 = pack("-");
const SEMI: u32 = pack(";");
const COMMA: u32 = pack(",");
const DOT: u32 = pack(".");
const QUESTION: u32 = pack("?");
const COLON: u32 = pack(":");
const PATH: u32 = pack("::");
const RANGE: u32 = pack("..");
const RANGE_EQ: u32 = pack("..=");
const HASH: u32 = pack("#");

pub(super) struct Spacing {
    /// `space[i]`: a space before token `i` when it shares a line with token `i - 1`.
    pub space: Vec<bool>,
    /// `separator[i]`: token `i` is a `,` or `;` between elements of its group (not one inside `<...>` or
    /// a closure's `|...|`), where a broken group breaks its line.
    pub separator: Vec<bool>,
    /// `dropped[i]`: token `i` is a comma that is not printed.
    pub dropped: Vec<bool>,
}

pub(super) fn spaces(t: &Toks) -> Spacing {
    let n = t.toks.len();
    let mut space = vec![false; n];
    let mut separator = vec![false; n];
    // Per open group: how many `<` of generics are open, and whether a closure's `|...|` is.
    let mut angles: Vec<u32> = vec![0];
    let mut closure: Vec<bool> = vec![false];
    // What each token turned out to be, for the rules that look back at it.
    let mut role = vec![Role::Other; n];
    for i in 0..n {
        let kind = t.toks[i].kind;
        let prev = (i > 0).then(|| i - 1);
        let depth = angles.len() - 1;
        role[i] = match kind {
            Kind::Op => {
                let op = t.pack(i);
                let value_before = prev.is_some_and(|p| ends_value(t, &role, p));
                match op {
                    LT if generic_open(t, &role, prev) => {
                        angles[depth] += 1;
                        Role::AngleOpen
                    }
                    GT | SHR if angles[depth] > 0 => {
                        angles[depth] = angles[depth].saturating_sub(if op == SHR { 2 } else { 1 });
                        Role::AngleClose
                    }
                    PIPE if closure[depth] => {
                        closure[depth] = false;
                        Role::ClosureClose
                    }
                    PIPE if !value_before => {
                        closure[depth] = true;
                        Role::ClosureOpen
                    }
                    BANG if prev
                        .is_some_and(|p| matches!(t.toks[p].kind, Kind::Word(Word::Plain))) =>
                    {
                        Role::MacroBang
                    }
                    AMP | AND | STAR | MINUS | BANG if !value_before => Role::Unary,
                    _ => Role::Other,
                }
            }
            _ => Role::Other,
        };
        if let Some(p) = prev {
            space[i] = space_between(t, &role, p, i);
        }
        if let Kind::Op = kind {
            let op = t.pack(i);
            separator[i] = op == SEMI || (op == COMMA && angles[depth] == 0 && !closure[depth]);
        }
        match kind {
            Kind::Open { .. } => {
                angles.push(0);
                closure.push(false);
            }
            Kind::Close(_) if angles.len() > 1 => {
                angles.pop();
                closure.pop();
            }
            _ => {}
        }
    }
    // A comma before a generic's `>` adds nothing (`Result<A, B,>`); on one line it is left out.
    let mut dropped = vec![false; n];
    for i in 1..n {
        if role[i] == Role::AngleClose && t.is_op(i - 1, ",") {
            dropped[i - 1] = true;
            separator[i - 1] = false;
        }
    }
    Spacing {
        space,
        separator,
        dropped,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Other,
    AngleOpen,
    AngleClose,
    ClosureOpen,
    ClosureClose,
    MacroBang,
    Unary,
}

/// Token `p` ends a value or a type, so an operator after it is binary (`a - b`, not `-b`).
fn ends_value(t: &Toks, role: &[Role], p: usize) -> bool {
    match t.toks[p].kind {
        Kind::Word(Word::Plain | Word::Lifetime) | Kind::Lit | Kind::Close(_) => true,
        Kind::Op => role[p] == Role::AngleClose || t.pack(p) == QUESTION,
        _ => false,
    }
}

/// A `<` after a type or path segment opens generics (`Vec<u8>`, `::<T>`, `impl<T>`, `fn f<T>`, or a
/// qualified path `<T as Trait>` where no value precedes it); after a value it compares.
fn generic_open(t: &Toks, role: &[Role], prev: Option<usize>) -> bool {
    let Some(p) = prev else { return true };
    match t.toks[p].kind {
        Kind::Word(Word::Plain) => {
            let text = t.text(p);
            text.starts_with(|c: char| c.is_ascii_uppercase())
                || text.starts_with("r#")
                || p.checked_sub(1).is_some_and(|pp| {
                    ["fn", "struct", "enum", "trait", "type", "union"]
                        .iter()
                        .any(|k| t.is_word(pp, k))
                })
        }
        Kind::Word(Word::Block | Word::Keyword) => true,
        Kind::Word(Word::Lifetime) | Kind::Lit | Kind::Close(_) => false,
        Kind::Op => role[p] != Role::AngleClose && t.pack(p) != QUESTION,
        Kind::Open { .. } | Kind::Doc { .. } | Kind::DocLine { .. } => true,
    }
}

fn space_between(t: &Toks, role: &[Role], p: usize, i: usize) -> bool {
    let (pk, nk) = (t.toks[p].kind, t.toks[i].kind);
    let (pp, np) = (t.pack(p), t.pack(i));
    // Two operators that would read as one when written together keep a space (`: ::std`, `& &x`).
    if let (Kind::Op, Kind::Op) = (pk, nk)
        && fuses(t.text(p), t.text(i))
        && !(role[p] == Role::AngleClose && role[i] == Role::AngleClose)
    {
        return true;
    }
    match (pk, nk) {
        (Kind::Doc { .. } | Kind::DocLine { .. }, _) => return false,
        (Kind::Open { .. }, Kind::Close(_)) => return false,
        (Kind::Open { delim, .. }, _) => return delim == Delim::Brace,
        (_, Kind::Close(d)) => return d == Delim::Brace,
        _ => {}
    }
    let p_plain_word = matches!(pk, Kind::Word(Word::Plain));
    let p_keyword = matches!(pk, Kind::Word(Word::Block | Word::Keyword));
    if let Kind::Op = nk {
        match np {
            COMMA | SEMI | DOT | QUESTION | COLON => return false,
            PATH => {
                return match pk {
                    Kind::Word(Word::Plain) | Kind::Lit | Kind::Close(_) => false,
                    Kind::Word(_) => p_keyword,
                    Kind::Op => {
                        !matches!(
                            role[p],
                            Role::AngleOpen | Role::AngleClose | Role::Unary | Role::MacroBang
                        ) && pp != HASH
                    }
                    _ => true,
                };
            }
            RANGE | RANGE_EQ => {
                return !matches!(pk, Kind::Word(Word::Plain) | Kind::Lit | Kind::Close(_));
            }
            _ => {}
        }
        match role[i] {
            Role::MacroBang => return false,
            Role::AngleOpen if p_plain_word || p_keyword || pp == PATH => return false,
            Role::AngleClose | Role::ClosureClose => return false,
            _ => {}
        }
    }
    if let Kind::Op = pk {
        match pp {
            DOT | PATH | HASH => return false,
            RANGE | RANGE_EQ => return matches!(nk, Kind::Close(_)),
            _ => {}
        }
        match role[p] {
            Role::AngleOpen | Role::ClosureOpen | Role::Unary => return false,
            // `m!(...)`, `m![...]`, but `m! { ... }`.
            Role::MacroBang => {
                return matches!(
                    nk,
                    Kind::Open {
                        delim: Delim::Brace,
                        ..
                    }
                );
            }
            _ => {}
        }
        if pp == BANG
            && matches!(
                nk,
                Kind::Open {
                    delim: Delim::Bracket,
                    ..
                }
            )
        {
            // `#![...]`
            return false;
        }
    }
    match nk {
        Kind::Open {
            delim: Delim::Paren,
            ..
        } => match pk {
            Kind::Word(Word::Plain) | Kind::Close(_) => false,
            Kind::Word(Word::Keyword) => !t.is_word(p, "pub"),
            Kind::Op => !matches!(role[p], Role::AngleClose),
            _ => true,
        },
        Kind::Open {
            delim: Delim::Bracket,
            ..
        } => !matches!(pk, Kind::Word(Word::Plain) | Kind::Close(_)),
        _ => true,
    }
}

/// Whether operator `a` written right before `b` would read as another operator (its last character and
/// `b`'s first spell one: `::`, `->`, `==`, `&&`, `..`, `<-`), or begin a comment.
fn fuses(a: &str, b: &str) -> bool {
    let (Some(x), Some(y)) = (a.chars().last(), b.chars().next()) else {
        return false;
    };
    matches!(
        (x, y),
        (':', ':')
            | ('-', '>' | '=')
            | ('=', '>' | '=')
            | (
                '!' | '<' | '>' | '+' | '*' | '/' | '%' | '^' | '&' | '|',
                '='
            )
            | ('&', '&')
            | ('|', '|')
            | ('<', '<' | '-')
            | ('>', '>')
            | ('.', '.')
            | ('/', '/' | '*')
            | ('*', '/')
    )
}
