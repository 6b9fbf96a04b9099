//! Percent-encoding as SigV4 defines it: every byte except the unreserved set
//! `A-Z a-z 0-9 - . _ ~` becomes `%XX` with upper-case hex, unlike form encoding (`+` for space) or
//! RFC 3986's looser path rules.

use std::borrow::Cow;

const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

fn is_unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~')
}

/// Appends `bytes` percent-encoded; `keep_slash` leaves `/` alone, which is how paths are encoded
/// (query keys and values encode it).
pub(crate) fn encode_into(out: &mut String, bytes: &[u8], keep_slash: bool) {
    let keep = |b: u8| is_unreserved(b) || (keep_slash && b == b'/');
    let mut rest = bytes;
    // Whole runs of kept bytes are copied at once: most paths and values are nothing else.
    while !rest.is_empty() {
        let run = rest.iter().position(|&b| !keep(b)).unwrap_or(rest.len());
        let (kept, tail) = rest.split_at(run);
        out.push_str(std::str::from_utf8(kept).expect("unreserved bytes are ASCII"));
        if let Some((&b, tail)) = tail.split_first() {
            let escaped = [
                b'%',
                HEX_UPPER[usize::from(b >> 4)],
                HEX_UPPER[usize::from(b & 0xf)],
            ];
            out.push_str(std::str::from_utf8(&escaped).expect("hex is ASCII"));
            rest = tail;
        } else {
            rest = tail;
        }
    }
}

pub(crate) fn encode(bytes: &[u8], keep_slash: bool) -> String {
    let mut out = String::with_capacity(bytes.len());
    encode_into(&mut out, bytes, keep_slash);
    out
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Undoes `%XX`. A `%` not followed by two hex digits is kept as it is, so that a malformed query
/// is still signed the way it will be sent rather than rejected. `+` stays `+`: SigV4 queries are
/// not form-encoded.
pub(crate) fn decode(s: &str) -> Cow<'_, [u8]> {
    let bytes = s.as_bytes();
    if !bytes.contains(&b'%') {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = match bytes.get(i + 1..i + 3) {
            Some(&[h, l]) if bytes[i] == b'%' => hex_value(h).zip(hex_value(l)),
            _ => None,
        };
        match escaped {
            Some((h, l)) => {
                out.push(h << 4 | l);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    Cow::Owned(out)
}

/// A SHA-256 in lower-case hex, the form SigV4 uses for hashes and signatures; on the stack, as
/// most of them are only copied into a larger text.
#[derive(Clone, Copy)]
pub(crate) struct Hex([u8; 64]);

impl Hex {
    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("hex is ASCII")
    }
}

pub(crate) fn hex(bytes: &[u8; 32]) -> Hex {
    const HEX_LOWER: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0; 64];
    for (pair, &b) in out.chunks_exact_mut(2).zip(bytes) {
        pair[0] = HEX_LOWER[usize::from(b >> 4)];
        pair[1] = HEX_LOWER[usize::from(b & 0xf)];
    }
    Hex(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreserved_pass_and_the_rest_is_upper_hex() {
        let unreserved = "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        assert_eq!(encode(unreserved.as_bytes(), false), unreserved);
        assert_eq!(encode(b"a b+c=d&e/f", false), "a%20b%2Bc%3Dd%26e%2Ff");
        assert_eq!(encode(b"a b/c", true), "a%20b/c");
        assert_eq!(encode("ሴ".as_bytes(), false), "%E1%88%B4");
        assert_eq!(encode(b"%3A", true), "%253A");
    }

    #[test]
    fn decode_round_trips_and_keeps_malformed_escapes() {
        assert_eq!(&*decode("%E1%88%B4=%2f"), "ሴ=/".as_bytes());
        assert_eq!(&*decode("100%"), b"100%");
        assert_eq!(&*decode("%zz%4"), b"%zz%4");
        assert_eq!(&*decode("a+b"), b"a+b");
        assert!(matches!(decode("plain"), Cow::Borrowed(_)));
    }

    #[test]
    fn hex_is_lower_case() {
        let mut bytes = [0x11; 32];
        bytes[..4].copy_from_slice(&[0x00, 0x0f, 0xa5, 0xff]);
        assert_eq!(hex(&bytes).as_str(), format!("000fa5ff{}", "11".repeat(28)));
    }
}
