//! The canonical request: the exact text both sides hash, so every rule here (path
//! normalisation, query ordering, header trimming) decides whether a signature matches.

use super::Settings;
use super::encode::{decode, encode, encode_into};
use std::borrow::Cow;

/// Removes `.` and `..` segments and empty segments (`//`), keeping a trailing slash. Borrowed
/// when there is nothing to remove, which is the case for every generated client's paths.
pub(crate) fn normalize_path(path: &str) -> Cow<'_, str> {
    let already_normal = path.strip_prefix('/').is_some_and(|rest| {
        let mut segs = rest.split('/').peekable();
        while let Some(seg) = segs.next() {
            let last = segs.peek().is_none();
            if seg == "." || seg == ".." || (seg.is_empty() && !last) {
                return false;
            }
        }
        true
    });
    if already_normal {
        return Cow::Borrowed(path);
    }
    let mut kept: Vec<&str> = Vec::new();
    let mut trailing_slash = false;
    for seg in path.split('/') {
        // `/a/b/..` names the directory `/a/`, as RFC 3986's remove_dot_segments has it.
        trailing_slash = matches!(seg, "" | "." | "..");
        match seg {
            "" | "." => {}
            ".." => {
                kept.pop();
            }
            s => kept.push(s),
        }
    }
    let mut out = String::with_capacity(path.len());
    for seg in &kept {
        out.push('/');
        out.push_str(seg);
    }
    if trailing_slash || kept.is_empty() {
        out.push('/');
    }
    Cow::Owned(out)
}

fn push_path(out: &mut String, path: &str, settings: &Settings) {
    let path = if path.is_empty() { "/" } else { path };
    let path = if settings.normalize_path {
        normalize_path(path)
    } else {
        Cow::Borrowed(path)
    };
    if settings.double_encode_path {
        // The path arrives as sent, already percent-encoded once: encoding it again is the
        // "double" encoding every service but S3 expects.
        encode_into(out, path.as_bytes(), true);
    } else {
        out.push_str(&path);
    }
}

/// Each parameter decoded and re-encoded (so `ሴ` and `%E1%88%B4` sign alike), then sorted by
/// name and value. `extra` holds parameters already in canonical form (the presign ones).
fn push_query(out: &mut String, query: &str, extra: &[(&str, &str)]) {
    let mut params: Vec<(Cow<'_, str>, Cow<'_, str>)> = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (
                Cow::Owned(encode(&decode(k), false)),
                Cow::Owned(encode(&decode(v), false)),
            )
        })
        .collect();
    params.extend(
        extra
            .iter()
            .map(|&(k, v)| (Cow::Borrowed(k), Cow::Borrowed(v))),
    );
    params.sort_unstable();
    push_pairs(out, params.iter().map(|(k, v)| (&**k, &**v)));
}

/// `k=v&k=v`, the pairs already encoded.
pub(crate) fn push_pairs<'a, 'b>(
    out: &mut String,
    pairs: impl Iterator<Item = (&'a str, &'b str)>,
) {
    for (i, (k, v)) in pairs.enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
}

/// Trimmed, with every run of whitespace (line folds included) made one space.
fn push_header_value(out: &mut String, value: &str) {
    let b = value.as_bytes();
    let tidy = b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b
            .windows(2)
            .any(|w| w == b"  " || matches!(w[0], b'\t' | b'\r' | b'\n'))
        && !matches!(b.last(), Some(b'\t' | b'\r' | b'\n'));
    // Nearly every value is already tidy and is copied whole.
    if tidy {
        out.push_str(value);
        return;
    }
    let words = value
        .split([' ', '\t', '\r', '\n'])
        .filter(|w| !w.is_empty());
    for (i, w) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
}

fn lower(name: &str) -> Cow<'_, str> {
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// The signed headers, sorted by lower-case name (a repeated name keeps its values' order), and
/// the `;`-separated list of their names.
pub(crate) struct CanonicalHeaders<'a> {
    list: Vec<(Cow<'a, str>, &'a str)>,
    pub(crate) signed: String,
}

impl<'a> CanonicalHeaders<'a> {
    /// `headers` as the request carries them, minus the unsigned ones and the ones in `replaced`
    /// (those the signer sets itself), plus `added` (lower-case names).
    pub(crate) fn new(
        headers: &[(&'a str, &'a str)],
        settings: &Settings,
        replaced: &[&str],
        added: &[(&'a str, &'a str)],
    ) -> Self {
        let skip = |name: &str| {
            let all = settings.unsigned_headers.iter().map(|u| &**u);
            all.chain(replaced.iter().copied())
                .any(|u| u.eq_ignore_ascii_case(name))
        };
        let mut list: Vec<(Cow<'a, str>, &'a str)> =
            Vec::with_capacity(headers.len() + added.len());
        list.extend(
            headers
                .iter()
                .filter(|(k, _)| !skip(k))
                .map(|&(k, v)| (lower(k), v)),
        );
        list.extend(added.iter().map(|&(k, v)| (Cow::Borrowed(k), v)));
        // Stable: values of a repeated name keep their order.
        list.sort_by(|a, b| a.0.cmp(&b.0));
        let mut signed = String::with_capacity(list.iter().map(|(k, _)| k.len() + 1).sum());
        let mut prev: Option<&str> = None;
        for (k, _) in &list {
            if prev != Some(k) {
                if prev.is_some() {
                    signed.push(';');
                }
                signed.push_str(k);
                prev = Some(k);
            }
        }
        CanonicalHeaders { list, signed }
    }

    /// `name:value\n` per name, the values of a repeated name joined with `,`.
    fn push_block(&self, out: &mut String) {
        let mut prev: Option<&str> = None;
        for (k, v) in &self.list {
            if prev == Some(k) {
                out.push(',');
            } else {
                if prev.is_some() {
                    out.push('\n');
                }
                out.push_str(k);
                out.push(':');
                prev = Some(k);
            }
            push_header_value(out, v);
        }
        if prev.is_some() {
            out.push('\n');
        }
    }

    fn block_len(&self) -> usize {
        self.list.iter().map(|(k, v)| k.len() + v.len() + 2).sum()
    }
}

/// Method, path, query, headers, signed names and payload hash, one per line.
pub(crate) fn canonical_request(
    method: &str,
    path: &str,
    query: &str,
    extra_query: &[(&str, &str)],
    headers: &CanonicalHeaders<'_>,
    payload_hash: &str,
    settings: &Settings,
) -> String {
    let extra_len: usize = extra_query.iter().map(|(k, v)| k.len() + v.len() + 2).sum();
    let mut out = String::with_capacity(
        method.len()
            + 3 * path.len()
            + 3 * query.len()
            + extra_len
            + headers.block_len()
            + headers.signed.len()
            + payload_hash.len()
            + 8,
    );
    out.push_str(method);
    out.push('\n');
    push_path(&mut out, path, settings);
    out.push('\n');
    push_query(&mut out, query, extra_query);
    out.push('\n');
    headers.push_block(&mut out);
    out.push('\n');
    out.push_str(&headers.signed);
    out.push('\n');
    out.push_str(payload_hash);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_normalisation() {
        for (path, want) in [
            ("/", "/"),
            ("/a/b", "/a/b"),
            ("/a/b/", "/a/b/"),
            ("//example//", "/example/"),
            ("/./", "/"),
            ("/example/..", "/"),
            ("/example1/example2/../..", "/"),
            ("/a/b/..", "/a/"),
            ("/a/./b", "/a/b"),
            ("/../a", "/a"),
            ("/a/.", "/a/"),
            ("a/b", "/a/b"),
        ] {
            assert_eq!(normalize_path(path), want, "{path}");
        }
        assert!(matches!(normalize_path("/a/b/"), Cow::Borrowed(_)));
        assert!(matches!(normalize_path("/a//b"), Cow::Owned(_)));
    }

    #[test]
    fn path_encoding_follows_settings() {
        let mut s = Settings::default();
        let path = |s: &Settings, p: &str| {
            let mut out = String::new();
            push_path(&mut out, p, s);
            out
        };
        assert_eq!(path(&s, "/a%3Ab/./c d"), "/a%253Ab/c%20d");
        assert_eq!(path(&s, ""), "/");
        s.normalize_path = false;
        s.double_encode_path = false;
        assert_eq!(path(&s, "/a%3Ab/./c"), "/a%3Ab/./c");
    }

    #[test]
    fn query_is_decoded_encoded_and_sorted() {
        let mut out = String::new();
        push_query(
            &mut out,
            "b=2&a=2&a=1&%E1%88%B4=x&c&&d=a+b%2f",
            &[("X-Amz-A", "1")],
        );
        // Byte order of the encoded text: `%` < upper case < lower case.
        assert_eq!(out, "%E1%88%B4=x&X-Amz-A=1&a=1&a=2&b=2&c=&d=a%2Bb%2F");
    }

    #[test]
    fn headers_are_lowered_sorted_trimmed_and_joined() {
        let s = Settings::default();
        let h = CanonicalHeaders::new(
            &[
                ("Host", "example.com"),
                ("My-Header", " b  c "),
                ("tidy", "a b"),
                ("tabbed", "a\tb\t"),
                ("User-Agent", "not signed"),
                ("my-header", "a\n  d"),
                ("X-Amz-Date", "stale"),
            ],
            &s,
            &["x-amz-date"],
            &[("x-amz-date", "20150830T123600Z")],
        );
        let mut block = String::new();
        h.push_block(&mut block);
        assert_eq!(
            block,
            "host:example.com\nmy-header:b c,a d\ntabbed:a b\ntidy:a b\nx-amz-date:20150830T123600Z\n"
        );
        assert_eq!(h.signed, "host;my-header;tabbed;tidy;x-amz-date");
    }
}
