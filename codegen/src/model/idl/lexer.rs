//! IDL text -> tokens. Whitespace, commas and comments are not tokens; what the grammar needs of them is kept
//! on the next token: whether a line break came before it (the `BR` the statements need) and the
//! documentation comment lines (`///`) right before it.
//!
//! A word is a run of identifier and shape-id characters (`smithy.api#String$member` is one word); what it
//! must be (an identifier, a relative or absolute shape id, a keyword) is checked where it is used.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// An identifier, keyword or shape id.
    Word,
    /// `$`, before a control statement key or an elided member name.
    Dollar,
    Number,
    /// A quoted string, the quotes included.
    Quoted,
    /// A text block, the `"""` delimiters included.
    TextBlock,
    LBrace,
    RBrace,
    LBracket,
    RBracket,
    LParen,
    RParen,
    Colon,
    /// `:=`, inline operation input and output.
    Walrus,
    Equals,
    At,
    /// Something the lexer already reported (an unexpected character, a string that is never closed);
    /// the parser stops at it without a second message.
    Error,
    Eof,
}

impl Kind {
    pub fn describe(self) -> &'static str {
        match self {
            Kind::Word => "a word",
            Kind::Dollar => "`$`",
            Kind::Number => "a number",
            Kind::Quoted => "a string",
            Kind::TextBlock => "a text block",
            Kind::LBrace => "`{`",
            Kind::RBrace => "`}`",
            Kind::LBracket => "`[`",
            Kind::RBracket => "`]`",
            Kind::LParen => "`(`",
            Kind::RParen => "`)`",
            Kind::Colon => "`:`",
            Kind::Walrus => "`:=`",
            Kind::Equals => "`=`",
            Kind::At => "`@`",
            Kind::Error => "an error",
            Kind::Eof => "the end of the file",
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub kind: Kind,
    pub start: u32,
    pub end: u32,
    /// A line break (or a comment, which ends in one) between the previous token and this one.
    pub nl_before: bool,
    /// A string or text block with a backslash or a carriage return in it: its value needs more than a
    /// copy.
    pub escaped: bool,
    /// The documentation comment lines right before this token: `docs[doc_start..doc_end]`.
    pub doc_start: u32,
    pub doc_end: u32,
    /// For a word: which of `.`, `#` and `$` it contains ([`DOT`], [`HASH`], [`DOLLAR`]), so that the
    /// parser can tell an identifier from a shape id without looking at it again.
    pub marks: u8,
}

pub(crate) const DOT: u8 = 2;
pub(crate) const HASH: u8 = 4;
pub(crate) const DOLLAR: u8 = 8;

impl Token {
    /// A word that is an identifier for sure: it starts with a letter and has no `.`, `#` or `$` (a word
    /// starting with `_` needs the full check).
    pub fn plain_identifier(self, src: &str) -> bool {
        self.kind == Kind::Word
            && self.marks == 0
            && src.as_bytes()[self.start as usize].is_ascii_alphabetic()
    }
}

/// Makes tokens one at a time (the parser looks at most two ahead, so they are never all in memory).
pub(crate) struct Lexer<'a> {
    src: &'a str,
    i: usize,
    nl_before: bool,
    doc_start: u32,
    /// The text of each `///` line after the slashes, as byte ranges of the source.
    pub docs: Vec<(u32, u32)>,
    /// Byte offset and message of each character that starts no token.
    pub errors: Vec<(u32, String)>,
}

fn is_word_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

/// Identifier and shape-id characters, by byte: 0 for none, 1 for a letter, digit or `_`, else the mark
/// of `.`, `#` or `$` (a table: this is the lexer's innermost loop).
static WORD: [u8; 256] = {
    let mut t = [0; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = match b {
            b'.' => DOT,
            b'#' => HASH,
            b'$' => DOLLAR,
            _ if b.is_ascii_alphanumeric() || b == b'_' => 1,
            _ => 0,
        };
        c += 1;
    }
    t
};

impl<'a> Lexer<'a> {
    /// A lexer over `src`, whose length must fit in a `u32`.
    pub fn new(src: &'a str) -> Self {
        Lexer {
            src,
            i: 0,
            nl_before: true,
            doc_start: 0,
            docs: Vec::new(),
            errors: Vec::new(),
        }
    }

    /// The next token; [`Kind::Eof`] at the end, and again on every call after.
    pub fn next_token(&mut self) -> Token {
        let b = self.src.as_bytes();
        let at = |i: usize| i as u32;
        let mut i = self.i;
        let mut escaped = false;
        let mut marks = 0;
        // Whitespace, commas and comments: not tokens, but line breaks and `///` lines are kept.
        loop {
            while i < b.len() && matches!(b[i], b' ' | b'\t' | b',' | b'\r') {
                i += 1;
            }
            match b.get(i) {
                Some(b'\n') => {
                    self.nl_before = true;
                    i += 1;
                }
                Some(b'/') if b.get(i + 1) == Some(&b'/') => {
                    let end = end_of_line(b, i);
                    // `///` is documentation only as the first thing on its line (spec: idl.rst,
                    // "Documentation comment"); after a token it is a plain comment.
                    if b.get(i + 2) == Some(&b'/') && self.nl_before {
                        let text_end = if end > i + 3 && b[end - 1] == b'\r' {
                            end - 1
                        } else {
                            end
                        };
                        self.docs.push((at(i + 3), at(text_end.max(i + 3))));
                    }
                    self.nl_before = true;
                    i = end;
                }
                _ => break,
            }
        }
        let (kind, start) = 'token: {
            let Some(&c) = b.get(i) else {
                break 'token (Kind::Eof, i);
            };
            let start = i;
            let kind = match c {
                b'"' => {
                    let block = b[i..].starts_with(b"\"\"\"");
                    let open = if block { 3 } else { 1 };
                    match closing(b, i + open, block, &mut escaped) {
                        Some(end) => {
                            i = end + open;
                            if block { Kind::TextBlock } else { Kind::Quoted }
                        }
                        None => {
                            let what = if block { "text block" } else { "string" };
                            self.errors
                                .push((at(start), format!("this {what} is never closed")));
                            // Carry on at the next line, so that the rest of the file is still checked.
                            i = end_of_line(b, i);
                            Kind::Error
                        }
                    }
                }
                b'{' => one(&mut i, Kind::LBrace),
                b'}' => one(&mut i, Kind::RBrace),
                b'[' => one(&mut i, Kind::LBracket),
                b']' => one(&mut i, Kind::RBracket),
                b'(' => one(&mut i, Kind::LParen),
                b')' => one(&mut i, Kind::RParen),
                b'=' => one(&mut i, Kind::Equals),
                b'@' => one(&mut i, Kind::At),
                b'$' => one(&mut i, Kind::Dollar),
                b':' if b.get(i + 1) == Some(&b'=') => {
                    i += 2;
                    Kind::Walrus
                }
                b':' => one(&mut i, Kind::Colon),
                b'-' | b'0'..=b'9' => {
                    i += 1 + b[i + 1..]
                        .iter()
                        .position(|&c| {
                            !(c.is_ascii_alphanumeric() || matches!(c, b'.' | b'+' | b'-' | b'_'))
                        })
                        .unwrap_or(b.len() - i - 1);
                    Kind::Number
                }
                c if is_word_start(c) => {
                    for &c in &b[i..] {
                        let w = WORD[c as usize];
                        if w == 0 {
                            break;
                        }
                        marks |= w;
                        i += 1;
                    }
                    marks &= !1;
                    Kind::Word
                }
                _ => {
                    let ch = self.src[i..].chars().next().unwrap_or('\u{fffd}');
                    self.errors.push((
                        at(i),
                        format!("unexpected character `{}`", ch.escape_debug()),
                    ));
                    i += ch.len_utf8();
                    Kind::Error
                }
            };
            (kind, start)
        };
        self.i = i;
        let doc_end = self.docs.len() as u32;
        let t = Token {
            kind,
            start: at(start),
            end: at(i),
            nl_before: self.nl_before || kind == Kind::Eof,
            escaped,
            marks,
            doc_start: self.doc_start,
            doc_end,
        };
        self.doc_start = doc_end;
        self.nl_before = false;
        t
    }
}

/// The offset of the line feed ending the line `i` is on (or the end of the input).
fn end_of_line(b: &[u8], i: usize) -> usize {
    memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |n| i + n)
}

fn one(i: &mut usize, kind: Kind) -> Kind {
    *i += 1;
    kind
}

/// The offset of the closing `"` (or the first of the closing `"""`) of a string whose content starts at
/// `from`, skipping escaped characters; `None` when the file ends first.
fn closing(b: &[u8], from: usize, block: bool, escaped: &mut bool) -> Option<usize> {
    let mut i = from;
    // Strings are most of a protocol test model's bytes: jump from quote to backslash to quote.
    while let Some(n) = memchr::memchr3(b'"', b'\\', b'\r', b.get(i..)?) {
        i += n;
        if b[i] != b'"' {
            *escaped = true;
            i += if b[i] == b'\\' { 2 } else { 1 };
        } else if !block || b[i..].starts_with(b"\"\"\"") {
            return Some(i);
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Lexed {
        tokens: Vec<Token>,
        docs: Vec<(u32, u32)>,
        errors: Vec<(u32, String)>,
    }

    fn lex(src: &str) -> Lexed {
        let mut l = Lexer::new(src);
        let mut tokens = Vec::new();
        loop {
            let t = l.next_token();
            tokens.push(t);
            if t.kind == Kind::Eof {
                break;
            }
        }
        Lexed {
            tokens,
            docs: l.docs,
            errors: l.errors,
        }
    }

    fn kinds(src: &str) -> Vec<Kind> {
        lex(src).tokens.iter().map(|t| t.kind).collect()
    }

    #[test]
    fn tokens_and_line_breaks() {
        let l = lex("$version: \"2\"\nnamespace a.b // c\n@x(y: -1.5e3) string S with [a#B]");
        let k: Vec<Kind> = l.tokens.iter().map(|t| t.kind).collect();
        use Kind::*;
        assert_eq!(
            k,
            [
                Dollar, Word, Colon, Quoted, Word, Word, At, Word, LParen, Word, Colon, Number,
                RParen, Word, Word, Word, LBracket, Word, RBracket, Eof
            ]
        );
        let nl: Vec<bool> = l.tokens.iter().map(|t| t.nl_before).collect();
        assert!(nl[0] && nl[4] && nl[6] && !nl[5] && !nl[7]);
        assert!(l.errors.is_empty());
    }

    #[test]
    fn doc_comments_attach_to_the_next_token() {
        let src = "/// one\n///two\n// plain\nstring S /// not doc\n//// four\n";
        let l = lex(src);
        let t = l.tokens[0];
        let lines: Vec<&str> = l.docs[t.doc_start as usize..t.doc_end as usize]
            .iter()
            .map(|&(a, b)| &src[a as usize..b as usize])
            .collect();
        assert_eq!(lines, [" one", "two"]);
        assert_eq!(l.tokens[1].doc_start, l.tokens[1].doc_end);
        let eof = l.tokens[2];
        assert_eq!(eof.doc_end - eof.doc_start, 1);
    }

    #[test]
    fn strings_and_text_blocks_skip_escaped_quotes() {
        assert_eq!(
            kinds(r#""a\"b" """x \""" y""" "#),
            [Kind::Quoted, Kind::TextBlock, Kind::Eof]
        );
        let l = lex("\"never closed\nstring A");
        assert_eq!(l.errors.len(), 1);
        let k: Vec<Kind> = l.tokens.iter().map(|t| t.kind).collect();
        assert_eq!(k, [Kind::Error, Kind::Word, Kind::Word, Kind::Eof]);
        let l = lex("a ~ b");
        assert_eq!(l.errors[0].1, "unexpected character `~`");
        assert_eq!(kinds(":= :"), [Kind::Walrus, Kind::Colon, Kind::Eof]);
    }
}
