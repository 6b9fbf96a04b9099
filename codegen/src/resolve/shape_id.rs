//! Shape id syntax (the spec's `ShapeId` ABNF), for absolute ids as the JSON AST requires.

use std::str::FromStr;
use std::sync::Arc;

use foldhash::HashMap;
use foldhash::HashMapExt;

use super::ShapeId;

/// `Identifier = IdentifierStart *IdentifierChars`, `IdentifierStart = (1*"_" (ALPHA / DIGIT)) / ALPHA`.
pub fn is_identifier(s: &str) -> bool {
    is_identifier_bytes(s.as_bytes())
}

fn is_identifier_bytes(b: &[u8]) -> bool {
    let underscores = b.iter().take_while(|&&c| c == b'_').count();
    let start_ok = match b.get(underscores) {
        Some(c) if underscores > 0 => c.is_ascii_alphanumeric(),
        Some(c) => c.is_ascii_alphabetic(),
        None => false,
    };
    start_ok
        && b[underscores..]
            .iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// The bytes an identifier may hold (`ALPHA / DIGIT / "_"`).
static IDENTIFIER_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = b.is_ascii_alphanumeric() || b == b'_';
        c += 1;
    }
    t
};

/// Checks an absolute shape id without allocating; returns where `#` and `$` (if any) are. Every id and
/// trait id of a model passes through here, so a good id costs one scan over its bytes; a bad one is
/// scanned again by [`diagnose`], which says what is wrong.
pub(crate) fn check(s: &str) -> Result<(usize, Option<usize>), String> {
    match scan(s.as_bytes()) {
        Some(found) => Ok(found),
        None => diagnose(s),
    }
}

/// One pass over an id: every byte is an identifier byte or a separator in its place (`.` in the
/// namespace, one `#`, at most one `$` after it), and every segment between separators is an identifier.
fn scan(b: &[u8]) -> Option<(usize, Option<usize>)> {
    let mut hash = None;
    let mut dollar = None;
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        if IDENTIFIER_BYTE[usize::from(c)] {
            continue;
        }
        let in_place = match c {
            b'.' | b'#' => hash.is_none(),
            b'$' => hash.is_some() && dollar.is_none(),
            _ => false,
        };
        if !in_place || !is_identifier_segment(&b[start..i]) {
            return None;
        }
        match c {
            b'#' => hash = Some(i),
            b'$' => dollar = Some(i),
            _ => {}
        }
        start = i + 1;
    }
    if !is_identifier_segment(&b[start..]) {
        return None;
    }
    Some((hash?, dollar))
}

/// [`is_identifier_bytes`] for bytes already known to be identifier bytes: only the start rule is left.
fn is_identifier_segment(seg: &[u8]) -> bool {
    match seg.first() {
        None => false,
        Some(c) if c.is_ascii_digit() => false,
        Some(b'_') => seg.iter().any(|&c| c != b'_'),
        Some(_) => true,
    }
}

/// The spec's rules one by one, for the message of an id that [`scan`] rejected.
fn diagnose(s: &str) -> Result<(usize, Option<usize>), String> {
    let b = s.as_bytes();
    let Some(hash) = b.iter().position(|&c| c == b'#') else {
        return Err(format!(
            "`{s}` is not an absolute shape id (expected `namespace#Name`)"
        ));
    };
    let namespace = &s[..hash];
    let rest = &s[hash + 1..];
    let (name, member, dollar) = match rest.bytes().position(|c| c == b'$') {
        Some(d) => (&rest[..d], Some(&rest[d + 1..]), Some(hash + 1 + d)),
        None => (rest, None, None),
    };
    if namespace.is_empty()
        || !namespace
            .as_bytes()
            .split(|&c| c == b'.')
            .all(is_identifier_bytes)
    {
        return Err(format!(
            "`{s}` is not a valid shape id: namespace `{namespace}` is not a dotted list of identifiers"
        ));
    }
    if !is_identifier(name) {
        return Err(format!(
            "`{s}` is not a valid shape id: `{name}` is not an identifier"
        ));
    }
    if let Some(m) = member
        && !is_identifier(m)
    {
        return Err(format!(
            "`{s}` is not a valid shape id: member `{m}` is not an identifier"
        ));
    }
    Ok((hash, dollar))
}

impl FromStr for ShapeId {
    type Err = String;

    /// Parses an absolute shape id (`ns#Name` or `ns#Name$member`); the error says what is wrong.
    fn from_str(s: &str) -> Result<Self, String> {
        let (hash, dollar) = check(s)?;
        let name_end = dollar.unwrap_or(s.len());
        Ok(ShapeId {
            namespace: shared_namespace(&s[..hash]),
            name: Arc::from(&s[hash + 1..name_end]),
            member: dollar.map(|d| s[d + 1..].to_string()),
        })
    }
}

/// The ids of one resolution by their text. Most ids are written many times (a shape's key once, then as
/// the target of every member that refers to it): each text is checked and allocated once, and later
/// copies share its `Arc`s. The keys are borrowed from the AST; other texts (prelude targets) are kept.
pub(crate) struct Ids<'a> {
    keys: HashMap<&'a str, ShapeId>,
    others: HashMap<String, ShapeId>,
}

impl<'a> Ids<'a> {
    pub fn with_capacity(keys: usize) -> Ids<'a> {
        Ids {
            keys: HashMap::with_capacity(keys),
            others: HashMap::new(),
        }
    }

    /// Parses a shape key of the model (any id, a member id included) and remembers it.
    pub fn key(&mut self, s: &'a str) -> Result<ShapeId, String> {
        let id: ShapeId = s.parse()?;
        self.keys.insert(s, id.clone());
        Ok(id)
    }

    /// Parses an id, or copies the one already parsed from the same text.
    pub fn parse(&mut self, s: &str) -> Result<ShapeId, String> {
        if let Some(id) = self.keys.get(s).or_else(|| self.others.get(s)) {
            return Ok(id.clone());
        }
        let id: ShapeId = s.parse()?;
        self.others.insert(s.to_string(), id.clone());
        Ok(id)
    }
}

/// The namespace as an `Arc<str>` shared with the ids parsed before it on this thread. A model has a
/// handful of namespaces (its own, `smithy.api`, a few `aws.*`) and thousands of ids: the few most recent
/// are kept, and any other is allocated as usual. Only allocation is saved; the value is the same.
fn shared_namespace(ns: &str) -> Arc<str> {
    const KEPT: usize = 8;
    thread_local! {
        static RECENT: std::cell::RefCell<Vec<Arc<str>>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    RECENT.with(|recent| {
        let mut recent = recent.borrow_mut();
        if let Some(hit) = recent.iter().find(|r| &***r == ns) {
            return Arc::clone(hit);
        }
        let new: Arc<str> = Arc::from(ns);
        if recent.len() < KEPT {
            recent.push(Arc::clone(&new));
        }
        new
    })
}

impl ShapeId {
    /// The id of the shape itself, without the member part.
    pub fn root(&self) -> ShapeId {
        ShapeId {
            namespace: self.namespace.clone(),
            name: self.name.clone(),
            member: None,
        }
    }

    /// The id of member `member` of this shape.
    pub fn with_member(&self, member: impl Into<String>) -> ShapeId {
        ShapeId {
            namespace: self.namespace.clone(),
            name: self.name.clone(),
            member: Some(member.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers() {
        for ok in ["a", "A1", "_a", "__1", "a_b_", "Foo9"] {
            assert!(is_identifier(ok), "{ok}");
        }
        for bad in ["", "_", "__", "1a", "a-b", "a.b", "é", "a b"] {
            assert!(!is_identifier(bad), "{bad}");
        }
    }

    #[test]
    fn shape_ids() {
        let id: ShapeId = "com.example#Foo$bar".parse().unwrap();
        assert_eq!(id, ShapeId::new("com.example", "Foo").with_member("bar"));
        assert_eq!(id.to_string(), "com.example#Foo$bar");
        assert_eq!("a#B".parse::<ShapeId>().unwrap(), ShapeId::new("a", "B"));
        for (bad, why) in [
            ("Foo", "not an absolute shape id"),
            ("#Foo", "namespace ``"),
            ("com..x#Foo", "namespace `com..x`"),
            ("com.example#", "`` is not an identifier"),
            ("com.example#1Foo", "`1Foo` is not an identifier"),
            ("com.example#Foo$", "member `` is not an identifier"),
            ("com.example#Foo$a$b", "member `a$b`"),
            ("com.example#Foo#Bar", "`Foo#Bar` is not an identifier"),
            ("com-x#Foo", "namespace `com-x`"),
        ] {
            let e = bad.parse::<ShapeId>().unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
        }
    }

    /// The one-pass scan accepts exactly what the rule-by-rule check accepts, at the same positions.
    #[test]
    fn scan_agrees_with_diagnose() {
        let cases = [
            "a#B",
            "a.b#C",
            "a.b#C$d",
            "_a#_b",
            "a#B$_1",
            "a1._b2#C3$d_4",
            "Foo",
            "#Foo",
            "a#",
            "a#$",
            "a.#B",
            ".a#B",
            "a..b#C",
            "a#B.c",
            "a#B$c$d",
            "a#B#C",
            "a$b#C",
            "1a#B",
            "a#1B",
            "a#B$1",
            "_#B",
            "a#__",
            "a#B$_",
            "a-b#C",
            "a#B c",
            "é#B",
            "a#Bé",
            "",
            "#",
            "$",
            "a#B$",
            "a.1b#C",
        ];
        for s in cases {
            assert_eq!(scan(s.as_bytes()), diagnose(s).ok(), "{s}");
        }
    }
}
