//! `@endpoint(hostPrefix)`: the host prefix of an operation, its `{label}`s filled from the input's
//! `@hostLabel` members (spec: endpoint-traits.rst, "Client behavior").

use super::validate::ValidationError;

/// `template` with each `{name}` replaced by the value of the label `name` in `labels`. Fails, naming the
/// member, when a label is unset or empty (the spec says clients must) or when its value is not made of
/// what a host name may hold (letters, digits, `-` and `.`), so a value can never move the request to
/// another host or port.
pub fn expand_host_prefix(
    template: &str,
    labels: &[(&str, Option<&str>)],
) -> Result<String, ValidationError> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or_else(|| ValidationError {
            path: template.to_owned(),
            message: "the host prefix has an unclosed `{`".to_owned(),
        })?;
        let name = &after[..close];
        let value = labels
            .iter()
            .find(|(n, _)| *n == name)
            .and_then(|(_, v)| *v)
            .unwrap_or("");
        if value.is_empty() {
            return Err(ValidationError {
                path: name.to_owned(),
                message: "is a host label and must be set to a non-empty value".to_owned(),
            });
        }
        if !value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        {
            return Err(ValidationError {
                path: name.to_owned(),
                message: format!(
                    "is a host label: `{value}` may hold only letters, digits, `-` and `.`"
                ),
            });
        }
        out.push_str(value);
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_filled() {
        assert_eq!(expand_host_prefix("foo.", &[]).unwrap(), "foo.");
        assert_eq!(
            expand_host_prefix("foo.{label}.", &[("label", Some("bar"))]).unwrap(),
            "foo.bar."
        );
        assert_eq!(
            expand_host_prefix("{a}-{b}.", &[("b", Some("2")), ("a", Some("1"))]).unwrap(),
            "1-2."
        );
    }

    #[test]
    fn unset_empty_and_hostile_labels_fail() {
        for v in [None, Some("")] {
            let e = expand_host_prefix("{label}.", &[("label", v)]).unwrap_err();
            assert_eq!(e.path, "label");
        }
        for v in ["evil.com/", "a:80", "u@h", "a b"] {
            let e = expand_host_prefix("{label}.", &[("label", Some(v))]).unwrap_err();
            assert!(e.message.contains("may hold only"), "{v}: {e}");
        }
        assert!(expand_host_prefix("{label.", &[]).is_err());
    }
}
