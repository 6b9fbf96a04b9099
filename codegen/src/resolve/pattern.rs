//! The structure of an `@pattern` value: an ECMA-262 regular expression (the spec's dialect). A pattern that
//! no ECMA-262 engine compiles is a model error, not a check the runtime skips without a word. Only the
//! structure is checked (groups, classes, escapes, quantifiers), so valid patterns the runtime's engine does
//! not support (`\p{L}`, look-around) pass here.

/// Why `p` is not an ECMA-262 pattern, with the (0-based, in characters) position of the fault.
pub(crate) fn check(p: &str) -> Result<(), String> {
    let chars: Vec<char> = p.chars().collect();
    let mut groups: Vec<usize> = Vec::new();
    // Can a quantifier follow what came last? Not at the start, after `(`, `|`, `^`, a lookbehind or
    // another quantifier.
    let mut atom = false;
    let mut i = 0;
    let fail = |why: &str, at: usize| Err(format!("{why} at character {}", at + 1));
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                if i + 1 >= chars.len() {
                    return fail("a trailing `\\` escapes nothing", i);
                }
                // `\b` and `\B` are assertions, not atoms; anything else escaped is one.
                atom = !matches!(chars[i + 1], 'b' | 'B');
                i += 2;
                continue;
            }
            '[' => {
                i = class_end(&chars, i)?;
                atom = true;
                continue;
            }
            '(' => {
                groups.push(i);
                let rest: String = chars[i + 1..].iter().take(4).collect();
                if rest.starts_with('?') {
                    let known = ["?:", "?=", "?!", "?<=", "?<!"];
                    if let Some(k) = known.iter().find(|k| rest.starts_with(**k)) {
                        i += 1 + k.chars().count();
                    } else if rest.starts_with("?<") {
                        let close = chars[i..].iter().position(|&c| c == '>');
                        let Some(close) = close.map(|c| c + i) else {
                            return fail("a group name is not closed with `>`", i);
                        };
                        let name = &chars[i + 3..close];
                        if name.is_empty()
                            || !name
                                .iter()
                                .all(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
                        {
                            return fail("an invalid group name", i);
                        }
                        i = close + 1;
                    } else if let Some(n) = inline_flags(&chars[i + 2..]) {
                        // `(?i)` / `(?i:...)`: not ECMA-262 before ES2025, but published models use
                        // them and other engines (Java's, Rust's) accept them.
                        i += 2 + n;
                        if chars[i - 1] == ')' {
                            groups.pop();
                        }
                    } else {
                        return fail("an unknown group kind `(?`", i);
                    }
                } else {
                    i += 1;
                }
                atom = false;
                continue;
            }
            ')' => {
                if groups.pop().is_none() {
                    return fail("a `)` without its `(`", i);
                }
                atom = true;
            }
            '|' => atom = false,
            // A quantified assertion (`${1,128}`) is an error in strict ECMA-262 but accepted by Annex B
            // and by Java, and published models have them.
            '^' | '$' | '.' => atom = true,
            '*' | '+' | '?' => {
                if !atom {
                    return fail(&format!("`{c}` has nothing to repeat"), i);
                }
                atom = false;
                // A lazy quantifier: `*?`.
                if chars.get(i + 1) == Some(&'?') {
                    i += 1;
                }
            }
            '{' => {
                if let Some((end, min, max)) = braces(&chars, i) {
                    if !atom {
                        return fail("`{` has nothing to repeat", i);
                    }
                    if max.is_some_and(|max| max < min) {
                        return fail("a `{min,max}` quantifier with min above max", i);
                    }
                    atom = false;
                    i = end;
                    if chars.get(i + 1) == Some(&'?') {
                        i += 1;
                    }
                } else {
                    // Not a quantifier: a literal `{` (Annex B).
                    atom = true;
                }
            }
            _ => atom = true,
        }
        i += 1;
    }
    match groups.pop() {
        Some(open) => fail("a `(` that is never closed", open),
        None => Ok(()),
    }
}

/// The length of inline flags (`i`, `-s`) up to and including the `)` or `:` that ends them.
fn inline_flags(rest: &[char]) -> Option<usize> {
    let n = rest
        .iter()
        .take_while(|c| matches!(c, 'i' | 'm' | 's' | 'x' | 'u' | '-'))
        .count();
    let end = rest.get(n)?;
    (n > 0 && matches!(end, ')' | ':')).then_some(n + 1)
}

/// The index just past the character class opening at `start`, or why it is malformed.
fn class_end(chars: &[char], start: usize) -> Result<usize, String> {
    let mut i = start + 1;
    if chars.get(i) == Some(&'^') {
        i += 1;
    }
    // The previous literal in the class, for ranges (`a-z`); `None` after an escape class like `\d`.
    let mut prev: Option<char> = None;
    while i < chars.len() {
        let c = chars[i];
        match c {
            ']' => return Ok(i + 1),
            '\\' => {
                let Some(&e) = chars.get(i + 1) else {
                    return Err(format!(
                        "a trailing `\\` escapes nothing at character {}",
                        i + 1
                    ));
                };
                prev = (!e.is_ascii_alphanumeric()).then_some(e);
                i += 2;
                continue;
            }
            '-' if prev.is_some() && chars.get(i + 1).is_some_and(|n| *n != ']') => {
                let hi = chars[i + 1];
                if hi != '\\' && prev.is_some_and(|lo| lo > hi) {
                    return Err(format!(
                        "the range `{}-{hi}` is out of order at character {}",
                        prev.unwrap_or(hi),
                        i + 1
                    ));
                }
                prev = None;
                i += if hi == '\\' { 1 } else { 2 };
                continue;
            }
            _ => prev = Some(c),
        }
        i += 1;
    }
    Err(format!(
        "a character class `[` that is never closed at character {}",
        start + 1
    ))
}

/// A `{n}`, `{n,}` or `{n,m}` quantifier at `start`: the index of its `}` and the bounds.
fn braces(chars: &[char], start: usize) -> Option<(usize, u64, Option<u64>)> {
    let close = chars[start..].iter().position(|&c| c == '}')? + start;
    let inner: String = chars[start + 1..close].iter().collect();
    let (min, max) = match inner.split_once(',') {
        None => {
            let n = digits(&inner)?;
            (n, Some(n))
        }
        Some((a, "")) => (digits(a)?, None),
        Some((a, b)) => (digits(a)?, Some(digits(b)?)),
    };
    Some((close, min, max))
}

fn digits(s: &str) -> Option<u64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.parse().unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn valid_patterns_pass() {
        for p in [
            "^[a-zA-Z0-9_-]+$",
            "^(backup-[0-9a-f]{8,})$",
            r"^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$",
            r"^(?![0-9]+$)(?!-)[a-zA-Z0-9-]{1,63}(?<!-)$",
            r"^arn:aws[a-z\-]*:iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+$",
            "[]",
            "a{,5}",
            "x*?y+?z??",
            r"(?<year>\d{4})",
            r"[\]\\]",
            "[-a]",
            "[a-]",
            // Accepted by other engines and found in published AWS models.
            "^(?i)(true|false)$",
            r"^([\p{L}\p{Z}\p{N}_.:\/=+\-@]*)${1,128}$",
        ] {
            assert_eq!(check(p), Ok(()), "{p}");
        }
    }

    #[test]
    fn malformed_patterns_say_why_and_where() {
        for (p, why) in [
            ("([a-", "never closed"),
            ("(a", "`(` that is never closed at character 1"),
            ("a)", "`)` without its `(`"),
            ("*a", "nothing to repeat"),
            ("a**", "nothing to repeat"),
            ("a{5,2}", "min above max"),
            ("[z-a]", "out of order"),
            ("abc\\", "trailing"),
            ("(?Q)", "unknown group"),
            ("|*", "nothing to repeat"),
        ] {
            let e = check(p).expect_err(p);
            assert!(e.contains(why), "{p}: {e}");
        }
    }
}
