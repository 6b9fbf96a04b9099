//! The literal forms of node values (spec: idl.rst, "String values", "Text blocks", "Number node"): quoted
//! strings and text blocks with their escapes, newline normalisation and incidental-whitespace removal,
//! and numbers by the JSON-number grammar the IDL shares.

use serde_json::{Number, Value};

/// A problem inside a literal: its byte offset relative to the start of the literal's token, and what.
pub(crate) type LitError = (usize, String);

/// The value of a quoted string token (quotes included); `escaped` when the lexer saw a backslash or a
/// carriage return in it (otherwise the value is the text as it is).
pub(crate) fn quoted(token: &str, escaped: bool) -> Result<String, LitError> {
    let inner = &token[1..token.len().saturating_sub(1).max(1)];
    if escaped {
        unescape(inner, 1)
    } else {
        Ok(inner.to_string())
    }
}

/// The value of a text block token (the `"""` delimiters included); `escaped` as for [`quoted`].
pub(crate) fn text_block(token: &str, escaped: bool) -> Result<String, LitError> {
    let inner = &token[3..token.len().saturating_sub(3).max(3)];
    // `"""` [SP] NL: nothing but spaces may follow the opening delimiter on its line.
    let first_nl = inner.find('\n');
    let opening_line = &inner[..first_nl.unwrap_or(inner.len())];
    if first_nl.is_none()
        || !opening_line
            .trim_end_matches('\r')
            .bytes()
            .all(|b| b == b' ')
    {
        return Err((
            0,
            "a text block must start with a line break right after the opening `\"\"\"`".into(),
        ));
    }
    let body_at = 3 + first_nl.unwrap_or(0) + 1;
    let body = &inner[body_at - 3..];
    let body = if escaped && body.contains('\r') {
        std::borrow::Cow::Owned(body.replace("\r\n", "\n"))
    } else {
        std::borrow::Cow::Borrowed(body)
    };
    // The closing delimiter's own line (the last) counts even when blank, so that it can set the
    // indentation; other blank lines do not.
    let mut indent = usize::MAX;
    for (line, last) in lines(&body) {
        let spaces = line.bytes().take_while(|&b| b == b' ').count();
        let blank = line.as_bytes()[spaces..]
            .iter()
            .all(|&b| b == b' ' || b == b'\t');
        if last || !blank {
            indent = indent.min(spaces);
        }
    }
    let mut out = String::with_capacity(body.len());
    for (line, last) in lines(&body) {
        // Only spaces are removed as indentation, so the cut is a char boundary unless a tab came first.
        let rest = line.get(line.len().min(indent)..).unwrap_or(line);
        let keep = rest
            .as_bytes()
            .iter()
            .rposition(|&b| b != b' ' && b != b'\t')
            .map_or(0, |i| i + 1);
        out.push_str(&rest[..keep]);
        if !last {
            out.push('\n');
        }
    }
    // Escapes are expanded after the whitespace is removed; error offsets are then only approximate, so
    // they point at the start of the block.
    if !escaped {
        return Ok(out);
    }
    unescape(&out, 0).map_err(|(_, m)| (0, m))
}

fn needs_unescape(s: &str) -> bool {
    s.bytes().any(|b| b == b'\\' || b == b'\r')
}

/// The lines of `s` (split at `\n`), each with whether it is the last.
fn lines(s: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match memchr::memchr(b'\n', r.as_bytes()) {
            Some(n) => {
                rest = Some(&r[n + 1..]);
                Some((&r[..n], false))
            }
            None => {
                rest = None;
                Some((r, true))
            }
        }
    })
}

/// Expands escapes and normalises CR and CRLF to LF. `base` is added to error offsets.
fn unescape(s: &str, base: usize) -> Result<String, LitError> {
    if !needs_unescape(s) {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\\' => {
                let Some((_, e)) = chars.next() else {
                    return Err((base + i, "a string cannot end with `\\`".into()));
                };
                match e {
                    '"' => out.push('"'),
                    '\\' => out.push('\\'),
                    '/' => out.push('/'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    'n' => out.push('\n'),
                    'r' => out.push('\r'),
                    't' => out.push('\t'),
                    // An escaped line break expands to nothing.
                    '\n' => {}
                    '\r' => {
                        if chars.peek().map(|&(_, c)| c) == Some('\n') {
                            chars.next();
                        }
                    }
                    'u' => {
                        let code = hex4(&mut chars);
                        let ch = match code {
                            // A high surrogate: a `\uDC00`-`\uDFFF` low one must follow.
                            Some(high @ 0xD800..=0xDBFF) => {
                                let low = match (chars.next(), chars.next()) {
                                    (Some((_, '\\')), Some((_, 'u'))) => hex4(&mut chars),
                                    _ => None,
                                };
                                low.filter(|l| (0xDC00..0xE000).contains(l)).and_then(|l| {
                                    char::from_u32(0x10000 + ((high - 0xD800) << 10) + (l - 0xDC00))
                                })
                            }
                            Some(code) => char::from_u32(code),
                            None => None,
                        };
                        let Some(ch) = ch else {
                            let msg = "`\\u` must be followed by 4 hex digits of a character (a \
                                       surrogate pair is two `\\u` escapes)";
                            return Err((base + i, msg.into()));
                        };
                        out.push(ch);
                    }
                    other => {
                        return Err((
                            base + i,
                            format!("unknown escape `\\{}`", other.escape_debug()),
                        ));
                    }
                }
            }
            c => out.push(c),
        }
    }
    Ok(out)
}

fn hex4(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<u32> {
    let mut code = 0;
    for _ in 0..4 {
        code = code * 16 + chars.next()?.1.to_digit(16)?;
    }
    Some(code)
}

/// The end of the run of digits starting at `i`; `None` for no digit (`1.`, `1e`).
fn digits(b: &[u8], i: usize) -> Option<usize> {
    let n = b[i.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    (n > 0).then_some(i + n)
}

/// A number token by the spec's `Number` grammar (the JSON one): integers that fit 64 bits stay integers.
pub(crate) fn number(token: &str) -> Result<Value, String> {
    let bad = || format!("`{token}` is not a number");
    let b = token.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int = &token[int_start..i];
    if int.is_empty() || (int.len() > 1 && int.starts_with('0')) {
        return Err(bad());
    }
    let mut float = false;
    if b.get(i) == Some(&b'.') {
        float = true;
        i += 1;
        i = digits(b, i).ok_or_else(bad)?;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        float = true;
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        i = digits(b, i).ok_or_else(bad)?;
    }
    if i != b.len() {
        return Err(bad());
    }
    if !float {
        if let Ok(n) = token.parse::<i64>() {
            return Ok(Value::Number(n.into()));
        }
        if let Ok(n) = token.parse::<u64>() {
            return Ok(Value::Number(n.into()));
        }
    }
    token
        .parse::<f64>()
        .ok()
        .and_then(Number::from_f64)
        .map(Value::Number)
        .ok_or_else(|| format!("`{token}` is too large for a number"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tb(s: &str) -> String {
        text_block(s, true).unwrap_or_else(|e| panic!("{e:?}"))
    }

    #[test]
    fn escapes() {
        assert_eq!(
            quoted(r#""a\"b\\c\/d\n\t\u00e9""#, true).unwrap(),
            "a\"b\\c/d\n\té"
        );
        assert_eq!(quoted("\"a\\\nb\"", true).unwrap(), "ab");
        assert_eq!(quoted("\"a\r\nb\rc\"", true).unwrap(), "a\nb\nc");
        assert_eq!(quoted(r#""\uD83D\uDE00""#, true).unwrap(), "\u{1F600}");
        for bad in [r#""\x""#, r#""\u12""#, r#""\uDE00""#, r#""\uD83Dx""#] {
            assert!(quoted(bad, true).is_err(), "{bad}");
        }
    }

    #[test]
    fn text_blocks_strip_incidental_whitespace() {
        // The spec's examples.
        assert_eq!(
            tb("\"\"\"\n    <div>\n        <p>Hello!</p>\n    </div>\n    \"\"\""),
            "<div>\n    <p>Hello!</p>\n</div>\n"
        );
        assert_eq!(
            tb("\"\"\"\n    Foo\n        Baz\n\n  \n    Bar\n    \"\"\""),
            "Foo\n    Baz\n\n\nBar\n"
        );
        assert_eq!(
            tb("\"\"\"\n    Foo\n        Baz\n    Bar\n\"\"\""),
            "    Foo\n        Baz\n    Bar\n"
        );
        assert_eq!(
            tb("\"\"\"\n    Foo\n        Baz\n    Bar\n            \"\"\""),
            "Foo\n    Baz\nBar\n"
        );
        assert_eq!(tb("\"\"\"\n\"hello!\"\n\"\"\""), "\"hello!\"\n");
        assert_eq!(tb("\"\"\"\nfoo \\\"\"\"\nbaz\"\"\""), "foo \"\"\"\nbaz");
        assert_eq!(
            tb("\"\"\"\n  <div>\n    <p>Hi\\n    bar</p>\n  </div>\n  \"\"\""),
            "<div>\n  <p>Hi\n    bar</p>\n</div>\n"
        );
        assert_eq!(tb("\"\"\"\nFoo \\\nBaz \\\nBam\"\"\""), "Foo Baz Bam");
        assert_eq!(tb("\"\"\"\nFoo\nBaz \\\nBam\"\"\""), "Foo\nBaz Bam");
        assert_eq!(tb("\"\"\"  \r\n  a\r\n  b\"\"\""), "a\nb");
        assert!(text_block("\"\"\"foo\"\"\"", false).is_err());
        assert!(text_block("\"\"\" \"\"\"", false).is_err());
    }

    #[test]
    fn numbers() {
        assert_eq!(number("0").unwrap(), Value::from(0));
        assert_eq!(number("-1234").unwrap(), Value::from(-1234));
        assert_eq!(
            number("18446744073709551615").unwrap(),
            Value::from(u64::MAX)
        );
        assert_eq!(number("-1234.1234").unwrap(), Value::from(-1234.1234));
        assert_eq!(number("1e+2").unwrap(), Value::from(100.0));
        assert_eq!(number("1.0e-10").unwrap(), Value::from(1.0e-10));
        assert!(number("1e400").is_err());
        for bad in ["01", "1.", ".5", "-", "1e", "1x", "--1", "1.2.3", "0x10"] {
            assert!(number(bad).is_err(), "{bad}");
        }
    }
}
