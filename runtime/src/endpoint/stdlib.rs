//! The rules engine standard library functions that are more than a comparison.

use std::net::{Ipv4Addr, Ipv6Addr};

/// The `URL` structure of `parseURL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ParsedUrl {
    pub scheme: String,
    pub authority: String,
    pub path: String,
    pub normalized_path: String,
    pub is_ip: bool,
}

/// `parseURL`: splits `scheme://authority/path`; `None` for anything else, including any URL with
/// a query or fragment (the spec requires rejecting queries; a fragment has no meaning for an
/// endpoint either) and any userinfo.
pub(crate) fn parse_url(input: &str) -> Option<ParsedUrl> {
    let (scheme, rest) = input.split_once("://")?;
    let mut scheme_chars = scheme.chars();
    if !scheme_chars.next()?.is_ascii_alphabetic()
        || !scheme_chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    {
        return None;
    }
    if rest.contains(['?', '#']) {
        return None;
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    if authority.is_empty() || authority.contains('@') {
        return None;
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let (inside, after) = v6.split_once(']')?;
        inside.parse::<Ipv6Addr>().ok()?;
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        (None, port)
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (Some(host), Some(port)),
            None => (Some(authority), None),
        }
    };
    if let Some(port) = port
        && (port.is_empty() || port.len() > 5 || !port.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let is_ip = match host {
        None => true,
        Some(host) => {
            if host.is_empty()
                || !host
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
            {
                return None;
            }
            host.parse::<Ipv4Addr>().is_ok()
        }
    };
    if path.contains(|c: char| c.is_whitespace()) {
        return None;
    }
    let mut normalized_path = String::with_capacity(path.len() + 2);
    if !path.starts_with('/') {
        normalized_path.push('/');
    }
    normalized_path.push_str(path);
    if !normalized_path.ends_with('/') {
        normalized_path.push('/');
    }
    Some(ParsedUrl {
        scheme: scheme.to_owned(),
        authority: authority.to_owned(),
        path: path.to_owned(),
        normalized_path,
        is_ip,
    })
}

/// One RFC 1123 label: 1 to 63 letters, digits and hyphens, starting with a letter or digit.
fn is_host_label(label: &str) -> bool {
    let bytes = label.as_bytes();
    !bytes.is_empty()
        && bytes.len() <= 63
        && bytes[0].is_ascii_alphanumeric()
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
}

/// `isValidHostLabel`.
pub(crate) fn is_valid_host_label(value: &str, allow_sub_domains: bool) -> bool {
    if allow_sub_domains {
        value.split('.').all(is_host_label)
    } else {
        is_host_label(value)
    }
}

/// `substring`: ASCII-only, `None` when the range does not fit; `reverse` counts from the end.
pub(crate) fn substring(input: &str, start: i64, end: i64, reverse: bool) -> Option<&str> {
    if !input.is_ascii() || start < 0 || start >= end {
        return None;
    }
    let (start, end) = (usize::try_from(start).ok()?, usize::try_from(end).ok()?);
    let len = input.len();
    if end > len {
        return None;
    }
    let (from, to) = if reverse {
        (len - end, len - start)
    } else {
        (start, end)
    };
    input.get(from..to)
}

/// `uriEncode`: RFC 3986 percent-encoding of everything but the unreserved characters.
pub(crate) fn uri_encode(input: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(input.len());
    for b in input.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
    out
}

/// `split`: `limit` 0 splits everywhere, `n > 0` yields at most `n` parts; `None` for an empty
/// delimiter or a negative limit (both invalid per the spec).
pub(crate) fn split(input: &str, delimiter: &str, limit: i64) -> Option<Vec<String>> {
    if delimiter.is_empty() || limit < 0 {
        return None;
    }
    let parts: Vec<String> = if limit == 0 {
        input.split(delimiter).map(str::to_owned).collect()
    } else {
        input
            .splitn(usize::try_from(limit).ok()?, delimiter)
            .map(str::to_owned)
            .collect()
    };
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_url_spec_examples() {
        let u = parse_url("https://example.com").unwrap();
        assert_eq!(
            (u.scheme.as_str(), u.authority.as_str()),
            ("https", "example.com")
        );
        assert_eq!(
            (u.path.as_str(), u.normalized_path.as_str(), u.is_ip),
            ("", "/", false)
        );
        assert!(parse_url("https://example.com:8443?foo=bar&faz=baz").is_none());
        let u = parse_url("http://example.com:80/foo/bar").unwrap();
        assert_eq!(u.authority, "example.com:80");
        assert_eq!(
            (u.path.as_str(), u.normalized_path.as_str()),
            ("/foo/bar", "/foo/bar/")
        );
        assert!(parse_url("https://127.0.0.1").unwrap().is_ip);
        assert!(parse_url("http://10.0.1.12:433/x").unwrap().is_ip);
        let u = parse_url("https://[fe80::1]").unwrap();
        assert_eq!((u.authority.as_str(), u.is_ip), ("[fe80::1]", true));
        assert!(parse_url("https://[fe80::1]:8080/").unwrap().is_ip);
        let u = parse_url("https://example.com/a/").unwrap();
        assert_eq!(u.normalized_path, "/a/");
    }

    #[test]
    fn parse_url_rejects() {
        for bad in [
            "abcde://nota#url",
            "example.com",
            "https://",
            "https://:80",
            "https://a:b",
            "https://user@host",
            "https://[nope]",
            "1http://x",
            "https://ex ample.com",
            "https://example.com/#frag",
        ] {
            assert!(parse_url(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn host_labels() {
        assert!(is_valid_host_label("us-east-1", false));
        assert!(is_valid_host_label("a", false));
        assert!(is_valid_host_label(&"a".repeat(63), false));
        assert!(!is_valid_host_label(&"a".repeat(64), false));
        assert!(!is_valid_host_label("", false));
        assert!(!is_valid_host_label("-a", false));
        assert!(!is_valid_host_label("a.b", false));
        assert!(is_valid_host_label("a.b", true));
        assert!(!is_valid_host_label("a..b", true));
        assert!(!is_valid_host_label("a.b.", true));
        assert!(!is_valid_host_label("a_b", false));
    }

    #[test]
    fn substrings() {
        assert_eq!(substring("abcdef", 0, 4, false), Some("abcd"));
        assert_eq!(substring("abcdef", 0, 4, true), Some("cdef"));
        assert_eq!(substring("abcdef", 1, 3, true), Some("de"));
        assert_eq!(substring("abc", 0, 4, false), None);
        assert_eq!(substring("abc", 2, 2, false), None);
        assert_eq!(substring("abc", -1, 2, false), None);
        assert_eq!(substring("ab\u{e9}d", 0, 2, false), None);
        assert_eq!(substring("abcd", 0, 4, false), Some("abcd"));
    }

    #[test]
    fn uri_encoding() {
        assert_eq!(uri_encode("a-b_c.d~e"), "a-b_c.d~e");
        assert_eq!(uri_encode("a b/c:d"), "a%20b%2Fc%3Ad");
        assert_eq!(uri_encode("bucket!"), "bucket%21");
        assert_eq!(uri_encode("\u{e9}"), "%C3%A9");
        assert_eq!(uri_encode("%"), "%25");
    }

    #[test]
    fn split_spec_examples() {
        let s = |i, d, l| split(i, d, l).unwrap();
        assert_eq!(s("a--b--c", "--", 0), ["a", "b", "c"]);
        assert_eq!(s("a--b--c", "--", 2), ["a", "b--c"]);
        assert_eq!(s("a--b--c", "--", 1), ["a--b--c"]);
        assert_eq!(s("", "--", 0), [""]);
        assert_eq!(s("--", "--", 0), ["", ""]);
        assert_eq!(s("----", "--", 0), ["", "", ""]);
        assert_eq!(s("--b--", "--", 0), ["", "b", ""]);
        assert_eq!(
            s("--x-s3--azid--suffix", "--", 0),
            ["", "x-s3", "azid", "suffix"]
        );
        assert_eq!(
            s("--x-s3--azid--suffix", "--", 2),
            ["", "x-s3--azid--suffix"]
        );
        assert_eq!(s("abc", "x", 0), ["abc"]);
        assert_eq!(s("mybucket", "--", 1), ["mybucket"]);
        assert_eq!(split("a", "", 0), None);
        assert_eq!(split("a", "-", -1), None);
    }
}
