//! The INI dialect of `~/.aws/config` and `~/.aws/credentials`, read the way the AWS CLI reads it
//! (botocore hands the files to Python's `configparser.RawConfigParser` with its defaults, then
//! splits indented blocks into sub-properties):
//!
//! - a line whose first non-blank character is `#` or `;` is a comment; there are no inline comments
//!   in property values (`key = a ; b` is `a ; b`), and text after a section header's last `]` is ignored;
//! - `[name]` opens a section (the name is everything between the first `[` and the last `]`, kept
//!   as written); a section named twice in one file is an error, and so is a property before any section;
//! - `key = value` or `key: value` (the first `=` or `:` splits), key lowercased and both trimmed; a key
//!   given twice in one section is an error, and so is a line that is neither;
//! - a line indented deeper than its property's line continues the value (joined with `\n`, trailing
//!   blank lines dropped); a value whose first line is empty is a block of `key = value`
//!   sub-properties (`s3 =` then `  max_concurrent_requests = 20`);
//! - `[DEFAULT]` holds defaults merged into every other section of the same file.

use crate::client::config_error::ConfigError;
use std::path::Path;
use std::sync::Arc;

/// A property's value: one (possibly multi-line) string, or a block of sub-properties.
#[derive(Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    /// `key = value` pairs in file order (keys as written, not lowercased, as the CLI keeps them).
    Nested(Vec<(String, String)>),
}

/// Where a value was read: for error messages that point into the user's files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file.
    pub file: Arc<Path>,
    /// The line, from 1.
    pub line: usize,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

#[derive(Clone, Debug)]
pub(crate) struct Property {
    pub(crate) key: String,
    pub(crate) value: Value,
    pub(crate) origin: Origin,
}

#[derive(Clone, Debug)]
pub(crate) struct Section {
    pub(crate) name: String,
    pub(crate) properties: Vec<Property>,
}

impl std::fmt::Debug for Value {
    /// Values may be secrets (`aws_secret_access_key`): Debug shows only their shape.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Text(t) => write!(f, "Text(<{} chars>)", t.chars().count()),
            Value::Nested(kv) => f.debug_list().entries(kv.iter().map(|(k, _)| k)).finish(),
        }
    }
}

/// The property being read, with the lines of its value so far.
struct Open {
    section: usize,
    prop: usize,
    indent: usize,
    lines: Vec<(String, usize)>,
}

/// Splits `text` into sections. `file` names the file in errors; errors never quote a line (it may
/// hold a secret), they say what is wrong and where.
pub(crate) fn parse(file: &Arc<Path>, text: &str) -> Result<Vec<Section>, ConfigError> {
    let err = |line: usize, what: String| ConfigError::Syntax {
        file: file.to_path_buf(),
        line,
        what,
    };
    let origin = |line| Origin {
        file: file.clone(),
        line,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut sections: Vec<Section> = Vec::new();
    let mut defaults: Option<Section> = None;
    // Index into `sections`, or usize::MAX for the `[DEFAULT]` section.
    let mut current: Option<usize> = None;
    let mut open: Option<Open> = None;
    let mut seen_sections = std::collections::HashSet::new();

    for (i, raw) in lines(text).enumerate() {
        let n = i + 1;
        let trimmed = raw.trim();
        if trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        if trimmed.is_empty() {
            // A blank line inside a value is kept (and trimmed off its end later).
            if let Some(o) = open.as_mut() {
                o.lines.push((String::new(), n));
            }
            continue;
        }
        let indent = raw.chars().take_while(|c| c.is_whitespace()).count();
        if let Some(o) = open.as_mut()
            && indent > o.indent
        {
            o.lines.push((trimmed.to_owned(), n));
            continue;
        }
        close(&mut open, &mut sections, &mut defaults, file)?;
        if let Some(name) = header(trimmed) {
            if name == "DEFAULT" {
                defaults.get_or_insert_with(|| Section {
                    name: name.to_owned(),
                    properties: Vec::new(),
                });
                current = Some(usize::MAX);
            } else {
                if !seen_sections.insert(name.to_owned()) {
                    return Err(err(
                        n,
                        format!("section [{name}] appears twice in this file"),
                    ));
                }
                sections.push(Section {
                    name: name.to_owned(),
                    properties: Vec::new(),
                });
                current = Some(sections.len() - 1);
            }
            continue;
        }
        let Some(sec) = current else {
            return Err(err(
                n,
                "a property before any section header: start the file with a section such as \
                 [default] or [profile name]"
                    .into(),
            ));
        };
        let Some(at) = trimmed.find(['=', ':']) else {
            return Err(err(
                n,
                "expected `key = value`, a [section] header or a comment".into(),
            ));
        };
        let key = trimmed[..at].trim_end().to_lowercase();
        if key.is_empty() {
            return Err(err(n, "a property with no name before its `=`".into()));
        }
        let value = trimmed[at + 1..].trim_start().to_owned();
        let target = if sec == usize::MAX {
            defaults.as_mut()
        } else {
            sections.get_mut(sec)
        };
        let Some(target) = target else {
            return Err(err(n, "internal: section lost".into()));
        };
        if target.properties.iter().any(|p| p.key == key) {
            return Err(err(
                n,
                format!("`{key}` is set twice in section [{}]", target.name),
            ));
        }
        target.properties.push(Property {
            key,
            value: Value::Text(String::new()),
            origin: origin(n),
        });
        open = Some(Open {
            section: sec,
            prop: target.properties.len() - 1,
            indent,
            lines: vec![(value, n)],
        });
    }
    close(&mut open, &mut sections, &mut defaults, file)?;

    if let Some(d) = defaults {
        for s in &mut sections {
            for p in &d.properties {
                if !s.properties.iter().any(|q| q.key == p.key) {
                    s.properties.push(p.clone());
                }
            }
        }
    }
    Ok(sections)
}

/// Lines as Python's universal newlines see them: `\n`, `\r\n` and a lone `\r` all end a line.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let t = rest?;
        match t.find(['\n', '\r']) {
            Some(i) => {
                let skip = if t[i..].starts_with("\r\n") { 2 } else { 1 };
                rest = Some(&t[i + skip..]).filter(|r| !r.is_empty());
                Some(&t[..i])
            }
            None => {
                rest = None;
                Some(t)
            }
        }
    })
}

/// `[name]` (anything after the last `]` ignored), the name as written between the brackets.
fn header(line: &str) -> Option<&str> {
    let inner = line.strip_prefix('[')?;
    let end = inner.rfind(']')?;
    let name = &inner[..end];
    (!name.is_empty()).then_some(name)
}

/// Finishes the open property: joins its lines, or reads them as sub-properties.
fn close(
    open: &mut Option<Open>,
    sections: &mut [Section],
    defaults: &mut Option<Section>,
    file: &Arc<Path>,
) -> Result<(), ConfigError> {
    let Some(o) = open.take() else { return Ok(()) };
    let section = if o.section == usize::MAX {
        defaults.as_mut()
    } else {
        sections.get_mut(o.section)
    };
    let Some(prop) = section.and_then(|s| s.properties.get_mut(o.prop)) else {
        return Ok(());
    };
    let joined: Vec<&str> = o.lines.iter().map(|(l, _)| l.as_str()).collect();
    let text = joined.join("\n").trim_end().to_owned();
    prop.value = if text.starts_with('\n') {
        let mut kv = Vec::new();
        for (line, n) in o.lines.iter().skip(1) {
            if line.is_empty() {
                continue;
            }
            let Some((k, v)) = line.split_once('=') else {
                return Err(ConfigError::Syntax {
                    file: file.to_path_buf(),
                    line: *n,
                    what: format!(
                        "`{}` is a block of sub-properties, and this line is not `key = value`",
                        prop.key
                    ),
                });
            };
            kv.push((k.trim().to_owned(), v.trim().to_owned()));
        }
        Value::Nested(kv)
    } else {
        Value::Text(text)
    };
    Ok(())
}

/// Splits like Python's `shlex.split` (POSIX mode, no comments), which the CLI uses for section
/// names (`[profile "my name"]`) and for `credential_process`. `None` for an unclosed quote or a
/// trailing backslash, which the CLI rejects too.
pub(crate) fn shell_split(s: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' | '\r' | '\n' => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => cur.push(c),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => match chars.next()? {
                            c @ ('\\' | '"' | '$' | '`') => cur.push(c),
                            '\n' => {}
                            c => {
                                cur.push('\\');
                                cur.push(c);
                            }
                        },
                        c => cur.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                match chars.next()? {
                    '\n' => {}
                    c => cur.push(c),
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Result<Vec<Section>, ConfigError> {
        parse(&Arc::from(Path::new("/cfg")), text)
    }

    fn text(s: &Section, k: &str) -> Option<String> {
        s.properties
            .iter()
            .find(|p| p.key == k)
            .map(|p| match &p.value {
                Value::Text(t) => t.clone(),
                Value::Nested(kv) => format!("{kv:?}"),
            })
    }

    #[test]
    fn properties_comments_and_continuations() {
        let s = p(
            "# top\n[default]\nRegion = us-east-1\n  ; indented comment\nname: a ; not a comment\n\
                   multi = one\n  two\n\n    three\n\n[profile x] # trailing text\nk=v=w\n",
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(text(&s[0], "region").as_deref(), Some("us-east-1"));
        assert_eq!(text(&s[0], "name").as_deref(), Some("a ; not a comment"));
        assert_eq!(text(&s[0], "multi").as_deref(), Some("one\ntwo\n\nthree"));
        assert_eq!(s[1].name, "profile x");
        assert_eq!(text(&s[1], "k").as_deref(), Some("v=w"));
        assert_eq!(s[1].properties[0].origin.line, 12);
    }

    #[test]
    fn sub_properties() {
        let s =
            p("[services dev]\ns3 =\n  endpoint_url = http://localhost:1\n  Other = x\nkey = v\n")
                .unwrap();
        let v = &s[0].properties[0].value;
        assert_eq!(
            v,
            &Value::Nested(vec![
                ("endpoint_url".into(), "http://localhost:1".into()),
                ("Other".into(), "x".into())
            ])
        );
        let e = p("[services dev]\ns3 =\n  endpoint_url\n").unwrap_err();
        assert!(e.to_string().contains("/cfg:3"), "{e}");
    }

    #[test]
    fn malformed_files_name_the_line_and_never_quote_it() {
        for (text, line) in [
            ("aws_secret_access_key = hunter2\n", 1),
            ("[default]\nhunter2\n", 2),
            ("[default]\n= hunter2\n", 2),
            ("[default]\na = 1\n[default]\n", 3),
            ("[default]\na = 1\nA = hunter2\n", 3),
            ("[default\nx = 1\n", 1),
        ] {
            let e = p(text).unwrap_err().to_string();
            assert!(e.contains(&format!("/cfg:{line}")), "{text:?}: {e}");
            assert!(!e.contains("hunter2"), "{e}");
        }
    }

    #[test]
    fn defaults_section_and_line_endings() {
        let s =
            p("[DEFAULT]\nregion = eu-west-1\n[a]\nregion = us-west-2\r\n[b]\rx = 1\r").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(text(&s[0], "region").as_deref(), Some("us-west-2"));
        assert_eq!(text(&s[1], "region").as_deref(), Some("eu-west-1"));
        assert_eq!(text(&s[1], "x").as_deref(), Some("1"));
    }

    #[test]
    fn shell_words() {
        let w = |s: &str| shell_split(s);
        assert_eq!(w("profile  x"), Some(vec!["profile".into(), "x".into()]));
        assert_eq!(
            w(r#"profile "my name""#),
            Some(vec!["profile".into(), "my name".into()])
        );
        assert_eq!(
            w(r#"/bin/tool --arg 'a b' "c\"d" e\ f"#),
            Some(vec![
                "/bin/tool".into(),
                "--arg".into(),
                "a b".into(),
                "c\"d".into(),
                "e f".into()
            ])
        );
        assert_eq!(w("''"), Some(vec![String::new()]));
        assert_eq!(w("'open"), None);
        assert_eq!(w("trailing\\"), None);
    }
}
