//! What the emitters build a file of: its tokens, flat, in the form the printer lays out.
//!
//! `toks!` (`macros`) reads like `quote!` but pushes each token of its body straight into a [`Code`]:
//! no token trees, no reference-counted streams to clone when one is interpolated into another, and no
//! allocation per token (every text is copied into one arena string). A group is an open and a close
//! token, an operator is one token (`::`, `->`, `..=`), a lifetime is one word, and documentation is one
//! token holding its whole Markdown text. The printer (`super::printer`) shortens `std` paths, links each
//! group's open to its close and lays the tokens out.

mod macros;
mod to_code;

#[allow(unused_imports)]
pub(crate) use macros::{toks, toks_into, toks_one, toks_rep, toks_window};
use std::cell::RefCell;

pub(crate) use to_code::{Ident, Lit, RepIter, RepNextItem, RepNextIter, RepSlice, ToCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Delim {
    Paren,
    Bracket,
    Brace,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Word {
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
pub(crate) enum Kind {
    Word(Word),
    Lit,
    /// One operator (`::`, `->`, `&&`, `#`, `,`): `macro_rules!` hands a body's operators over whole.
    Op,
    /// An opening delimiter; `close` is the index of its closing token once the printer has linked them.
    Open {
        delim: Delim,
        close: u32,
    },
    Close(Delim),
    /// A documentation text, the token's text, as `///` lines (`//!` when `inner`).
    Doc {
        inner: bool,
    },
    /// One `///` line (`//!` when `inner`) that is the token's text.
    DocLine {
        inner: bool,
    },
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Tok {
    pub kind: Kind,
    /// The token's text: `arena[start..end]` of its `Code`.
    pub start: u32,
    pub end: u32,
    /// Its first four bytes (see [`pack`]): an operator is told apart by this alone, a word up to four
    /// letters long with its length, so the printer's many "is this `::`" questions compare one integer.
    pub pack: u32,
}

/// The first four bytes of `text`, zero-padded, as one integer (a `const fn`, so `pack("::")` is a
/// constant). No operator holds a zero byte, so two operators are equal when their packs are.
pub(crate) const fn pack(text: &str) -> u32 {
    let b = text.as_bytes();
    let mut out = [0u8; 4];
    let mut i = 0;
    while i < 4 && i < b.len() {
        out[i] = b[i];
        i += 1;
    }
    u32::from_le_bytes(out)
}

/// A run of tokens: part of a file, or a whole one.
#[derive(Debug, Clone)]
pub(crate) struct Code {
    pub(crate) toks: Vec<Tok>,
    pub(crate) arena: String,
}

impl Code {
    pub(crate) fn new() -> Code {
        Code::with_capacity(0, 0)
    }

    /// Room for about `toks` tokens and `text` bytes of their text (`toks!` knows its body's), in the
    /// buffers of a dropped `Code` when this thread has one.
    pub(crate) fn with_capacity(toks: usize, text: usize) -> Code {
        let (mut t, mut a) = POOL
            .try_with(|p| p.borrow_mut().pop())
            .ok()
            .flatten()
            .unwrap_or_default();
        t.reserve(toks);
        a.reserve(text);
        Code { toks: t, arena: a }
    }

    /// How many bytes of text the tokens hold.
    pub(crate) fn arena_len(&self) -> usize {
        self.arena.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    pub(crate) fn text(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.arena[t.start as usize..t.end as usize]
    }

    /// The length of token `i`'s text.
    pub(crate) fn len(&self, i: usize) -> usize {
        let t = &self.toks[i];
        (t.end - t.start) as usize
    }

    /// Token `i`'s [`pack`] (0 past the end).
    pub(crate) fn pack(&self, i: usize) -> u32 {
        self.toks.get(i).map_or(0, |t| t.pack)
    }

    /// Is token `i` the operator `op` (at most four bytes)?
    pub(crate) fn is_op(&self, i: usize, op: &str) -> bool {
        matches!(self.toks.get(i), Some(t) if t.kind == Kind::Op && t.pack == pack(op))
    }

    pub(crate) fn is_word(&self, i: usize, w: &str) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        matches!(t.kind, Kind::Word(_))
            && t.pack == pack(w)
            && (t.end - t.start) as usize == w.len()
            && (w.len() <= 4 || self.text(i) == w)
    }

    pub(crate) fn push(&mut self, kind: Kind, text: &str) {
        let start = self.arena.len() as u32;
        self.arena.push_str(text);
        self.toks.push(Tok {
            kind,
            start,
            end: self.arena.len() as u32,
            pack: pack(text),
        });
    }

    /// A token whose text is written by `write` (a literal's escapes, a number).
    pub(crate) fn push_with(&mut self, kind: Kind, write: impl FnOnce(&mut String)) {
        let start = self.arena.len() as u32;
        write(&mut self.arena);
        let pack = pack(&self.arena[start as usize..]);
        self.toks.push(Tok {
            kind,
            start,
            end: self.arena.len() as u32,
            pack,
        });
    }

    /// An identifier or a keyword.
    pub(crate) fn word(&mut self, text: &str) {
        self.push(Kind::Word(word_kind(text)), text);
    }

    pub(crate) fn lifetime(&mut self, text: &str) {
        self.push(Kind::Word(Word::Lifetime), text);
    }

    /// A literal as Rust spells it (`"a\n"`, `5u64`, `r"x"`).
    pub(crate) fn lit(&mut self, text: &str) {
        self.push(Kind::Lit, text);
    }

    /// A number as Rust spells it: a negative one is a `-` and the number, as `proc_macro2` puts it in a
    /// stream.
    pub(crate) fn number(&mut self, text: &str) {
        match text.strip_prefix('-') {
            Some(rest) => {
                self.op("-");
                self.lit(rest);
            }
            None => self.lit(text),
        }
    }

    pub(crate) fn op(&mut self, text: &str) {
        self.push(Kind::Op, text);
    }

    pub(crate) fn open(&mut self, delim: Delim) {
        let text = match delim {
            Delim::Paren => "(",
            Delim::Bracket => "[",
            Delim::Brace => "{",
        };
        self.push(Kind::Open { delim, close: 0 }, text);
    }

    pub(crate) fn close(&mut self, delim: Delim) {
        let text = match delim {
            Delim::Paren => ")",
            Delim::Bracket => "]",
            Delim::Brace => "}",
        };
        self.push(Kind::Close(delim), text);
    }

    /// Documentation: a Markdown text, written as `///` lines (`//!` when `inner`).
    pub(crate) fn doc(&mut self, markdown: &str, inner: bool) {
        self.push(Kind::Doc { inner }, markdown);
    }

    /// Appends `other`'s tokens.
    pub(crate) fn append(&mut self, other: &Code) {
        let offset = self.arena.len() as u32;
        self.arena.push_str(&other.arena);
        self.toks.extend(other.toks.iter().map(|t| Tok {
            start: t.start + offset,
            end: t.end + offset,
            ..*t
        }));
    }

    /// Sets each `Open`'s `close` to the index of the token that closes it. Fails on unbalanced groups,
    /// which only a generator bug writes.
    pub(crate) fn link_groups(&mut self) -> Result<(), String> {
        let mut open: Vec<usize> = Vec::new();
        for i in 0..self.toks.len() {
            match self.toks[i].kind {
                Kind::Open { .. } => open.push(i),
                Kind::Close(d) => {
                    let Some(o) = open.pop() else {
                        return Err(format!("token {i} closes a group that was not opened"));
                    };
                    match &mut self.toks[o].kind {
                        Kind::Open { delim, close } if *delim == d => *close = i as u32,
                        _ => return Err(format!("token {i} closes a group of another kind")),
                    }
                }
                _ => {}
            }
        }
        match open.last() {
            Some(o) => Err(format!("the group opened at token {o} is not closed")),
            None => Ok(()),
        }
    }
}

thread_local! {
    /// The buffers of dropped `Code`s, which the next ones reuse: an emitter builds a file of many small
    /// `toks!` that it interpolates into bigger ones, and allocating, growing and freeing each one's
    /// buffers was a tenth of the generator's time.
    static POOL: RefCell<Vec<(Vec<Tok>, String)>> = const { RefCell::new(Vec::new()) };
}

/// How many buffers a thread keeps, and the largest it keeps (a whole file's are freed): at most about
/// 10 MB a thread.
const POOL_LEN: usize = 64;
const POOL_TOKS: usize = 8 * 1024;
const POOL_TEXT: usize = 32 * 1024;

impl Drop for Code {
    fn drop(&mut self) {
        let (t, a) = (self.toks.capacity(), self.arena.capacity());
        if (t == 0 && a == 0) || t > POOL_TOKS || a > POOL_TEXT {
            return;
        }
        let mut toks = std::mem::take(&mut self.toks);
        let mut arena = std::mem::take(&mut self.arena);
        toks.clear();
        arena.clear();
        let _ = POOL.try_with(|p| {
            let mut p = p.borrow_mut();
            if p.len() < POOL_LEN {
                p.push((toks, arena));
            }
        });
    }
}

impl std::fmt::Display for Code {
    /// The tokens separated by spaces, for messages and tests (the printer lays them out for files).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for i in 0..self.toks.len() {
            if i > 0 {
                f.write_str(" ")?;
            }
            f.write_str(self.text(i))?;
        }
        Ok(())
    }
}

/// What a word is for spacing and layout; a raw identifier (`r#type`) is plain.
pub(crate) fn word_kind(text: &str) -> Word {
    // `union` is a keyword only where it starts an item, so it is not in the table.
    if !crate::names::is_keyword(text) && text != "union" {
        return Word::Plain;
    }
    match text {
        "fn" | "impl" | "struct" | "enum" | "trait" | "mod" | "union" | "match" | "if" | "else"
        | "while" | "for" | "loop" | "unsafe" | "async" | "extern" => Word::Block,
        "self" | "Self" | "crate" | "super" | "true" | "false" | "await" => Word::Plain,
        _ => Word::Keyword,
    }
}

#[cfg(test)]
mod tests;
