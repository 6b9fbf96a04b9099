//! Template strings (`https://{Region}.{PartitionResult#dnsSuffix}`) and getAttr paths (`a.b[0]`).

use super::tree::{Part, PathPart, Template};

/// Parses a getAttr path such as `resourceId[0]` or `a.b[-1]` into keys and indexes.
pub(crate) fn parse_path(path: &str) -> Result<Vec<PathPart>, String> {
    if path.is_empty() {
        return Err("getAttr path is empty".to_owned());
    }
    let mut parts = Vec::new();
    for segment in path.split('.') {
        match segment.find('[') {
            None => {
                if segment.is_empty() {
                    return Err(format!("getAttr path `{path}` has an empty segment"));
                }
                parts.push(PathPart::Key(segment.to_owned()));
            }
            Some(open) => {
                if open > 0 {
                    parts.push(PathPart::Key(segment[..open].to_owned()));
                }
                let rest = &segment[open + 1..];
                let index = rest
                    .strip_suffix(']')
                    .and_then(|digits| digits.parse::<i64>().ok())
                    .ok_or_else(|| format!("getAttr path `{path}` has a malformed index"))?;
                parts.push(PathPart::Index(index));
            }
        }
    }
    Ok(parts)
}

/// Whether a string needs template treatment at all (most literal strings do not).
pub(crate) fn is_template(s: &str) -> bool {
    s.contains('{') || s.contains('}')
}

/// Splits a template into literal and reference parts. `resolve` maps a referenced name to its slot
/// (or explains why it is not in scope). `{{` and `}}` stand for literal braces.
pub(crate) fn parse_template(
    s: &str,
    mut resolve: impl FnMut(&str) -> Result<usize, String>,
) -> Result<Template, String> {
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut rest = s;
    while let Some(pos) = rest.find(['{', '}']) {
        lit.push_str(&rest[..pos]);
        let brace = rest.as_bytes()[pos];
        let after = &rest[pos + 1..];
        if brace == b'}' {
            // A lone `}` is kept as text; `}}` is the escaped form.
            lit.push('}');
            rest = after.strip_prefix('}').unwrap_or(after);
            continue;
        }
        if let Some(after_escape) = after.strip_prefix('{') {
            lit.push('{');
            rest = after_escape;
            continue;
        }
        let close = after
            .find('}')
            .ok_or_else(|| format!("template `{s}` has an unclosed `{{`"))?;
        let inner = &after[..close];
        let (name, path) = match inner.split_once('#') {
            Some((name, path)) => (name, parse_path(path)?),
            None => (inner, Vec::new()),
        };
        if name.is_empty() {
            return Err(format!("template `{s}` has an empty reference"));
        }
        let slot = resolve(name)?;
        if !lit.is_empty() {
            parts.push(Part::Lit(std::mem::take(&mut lit)));
        }
        parts.push(Part::Ref {
            slot,
            name: name.to_owned(),
            path,
        });
        rest = &after[close + 1..];
    }
    lit.push_str(rest);
    if !lit.is_empty() {
        parts.push(Part::Lit(lit));
    }
    Ok(Template { parts })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(name: &str) -> Result<usize, String> {
        match name {
            "Region" => Ok(0),
            "PartitionResult" => Ok(1),
            other => Err(format!("unknown `{other}`")),
        }
    }

    #[test]
    fn splits_literals_and_references() {
        let t = parse_template(
            "https://fsx-fips.{Region}.{PartitionResult#dnsSuffix}",
            slots,
        )
        .unwrap();
        assert_eq!(
            t.parts,
            vec![
                Part::Lit("https://fsx-fips.".into()),
                Part::Ref {
                    slot: 0,
                    name: "Region".into(),
                    path: vec![]
                },
                Part::Lit(".".into()),
                Part::Ref {
                    slot: 1,
                    name: "PartitionResult".into(),
                    path: vec![PathPart::Key("dnsSuffix".into())]
                },
            ]
        );
    }

    #[test]
    fn escaped_braces_are_text() {
        let t = parse_template("a{{b}}c", slots).unwrap();
        assert_eq!(t.parts, vec![Part::Lit("a{b}c".into())]);
    }

    #[test]
    fn bad_templates_are_errors() {
        assert!(
            parse_template("x{Region", slots)
                .unwrap_err()
                .contains("unclosed")
        );
        assert!(
            parse_template("x{Nope}", slots)
                .unwrap_err()
                .contains("unknown")
        );
        assert!(parse_template("x{}", slots).unwrap_err().contains("empty"));
        assert!(
            parse_template("{Region#a[x]}", slots)
                .unwrap_err()
                .contains("malformed")
        );
    }

    #[test]
    fn paths_with_indexes() {
        assert_eq!(
            parse_path("resourceId[1]").unwrap(),
            vec![PathPart::Key("resourceId".into()), PathPart::Index(1)]
        );
        assert_eq!(parse_path("[-1]").unwrap(), vec![PathPart::Index(-1)]);
        assert_eq!(
            parse_path("a.b").unwrap(),
            vec![PathPart::Key("a".into()), PathPart::Key("b".into())]
        );
        assert!(parse_path("").is_err());
        assert!(parse_path("a..b").is_err());
        assert!(parse_path("a[1").is_err());
    }
}
