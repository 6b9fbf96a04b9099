//! How the runtime carries out each [`Customization`]. Which service gets which is decided by the
//! generator (`codegen/src/customize.rs`, keyed by service shape id) and arrives in
//! [`ServiceMeta::customizations`]; this module only knows what each one does to a request.

use super::meta::{Customization, ServiceMeta};
use super::protocol::Prepared;
use crate::schema::{Location, Schema};
use http::header::{HeaderName, HeaderValue};
use sha2::{Digest, Sha256};

const TREE_HASH: &str = "x-amz-sha256-tree-hash";
const CONTENT_SHA256: HeaderName = HeaderName::from_static("x-amz-content-sha256");

/// The value for an empty URI label bound to `member`, when the service gives it one.
pub(crate) fn default_label(service: &ServiceMeta, member: &str) -> Option<&'static str> {
    service.customizations.iter().find_map(|c| match *c {
        Customization::DefaultLabel(m, value) if m == member => Some(value),
        _ => None,
    })
}

/// What the service's customizations add to a framed request of an operation whose input has `schema`.
pub(crate) fn finish_request(service: &ServiceMeta, schema: &Schema, prepared: &mut Prepared) {
    for c in service.customizations {
        match *c {
            Customization::Header(name, value) => {
                // Both come from the generator; one that is not a valid header is not sent.
                let (Ok(name), Ok(value)) = (
                    HeaderName::from_bytes(name.as_bytes()),
                    HeaderValue::from_str(value),
                ) else {
                    continue;
                };
                if !prepared.headers.iter().any(|(n, _)| *n == name) {
                    prepared.headers.push((name, value));
                }
            }
            Customization::GlacierChecksums => glacier_checksums(schema, prepared),
            Customization::DefaultLabel(..)
            | Customization::ErrorsIn200
            | Customization::NotFoundWithoutBody => {}
        }
    }
}

/// The error code of a response whose body names none, when the service says what it is.
pub(crate) fn code_without_body(service: &ServiceMeta, status: u16, body: &[u8]) -> Option<String> {
    let not_found = service
        .customizations
        .contains(&Customization::NotFoundWithoutBody);
    (not_found && status == 404 && body.is_empty()).then(|| "NotFound".to_owned())
}

fn glacier_checksums(schema: &Schema, prepared: &mut Prepared) {
    let binds_tree_hash = schema
        .members
        .iter()
        .any(|m| matches!(m.location, Location::Header(h) if h.eq_ignore_ascii_case(TREE_HASH)));
    let tree_hash = HeaderName::from_static(TREE_HASH);
    if !binds_tree_hash || (prepared.body.is_empty() && prepared.stream.is_none()) {
        return;
    }
    let has_tree_hash = prepared.headers.iter().any(|(n, _)| *n == tree_hash);
    let has_sha256 = prepared.headers.iter().any(|(n, _)| *n == CONTENT_SHA256);
    if has_tree_hash && has_sha256 {
        return;
    }
    let (tree, sha256) = match &prepared.stream {
        // Both hashes are needed before the first byte goes out: a file is read once for them (here,
        // while the call is framed), then once more as it is sent. A one-shot reader cannot be read
        // twice, so it is sent from memory.
        Some(stream) if stream.is_replayable() => {
            match hashes_of(&mut stream.clone().into_reader()) {
                Ok(h) => h,
                // Sent without them, the service says what is missing; the read error comes back
                // when the body is read to be sent.
                Err(_) => return,
            }
        }
        Some(stream) => {
            let mut bytes = Vec::new();
            if std::io::Read::read_to_end(&mut stream.clone().into_reader(), &mut bytes).is_err() {
                return;
            }
            prepared.stream = None;
            prepared.body = bytes;
            (
                sha256_tree_hash(&prepared.body),
                Sha256::digest(&prepared.body).into(),
            )
        }
        None => (
            sha256_tree_hash(&prepared.body),
            Sha256::digest(&prepared.body).into(),
        ),
    };
    if !has_tree_hash {
        prepared.headers.push((tree_hash, header_value(hex(&tree))));
    }
    if !has_sha256 {
        prepared
            .headers
            .push((CONTENT_SHA256, header_value(hex(&sha256))));
    }
}

/// The tree hash and the SHA-256 of what `r` gives, read once, 1 MiB at a time.
fn hashes_of(r: &mut dyn std::io::Read) -> std::io::Result<([u8; 32], [u8; 32])> {
    const MIB: usize = 1024 * 1024;
    let mut whole = Sha256::new();
    let mut leaves: Vec<[u8; 32]> = Vec::new();
    let mut buf = vec![0; MIB];
    loop {
        let mut filled = 0;
        while filled < MIB {
            match r.read(&mut buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        if filled == 0 {
            break;
        }
        whole.update(&buf[..filled]);
        leaves.push(Sha256::digest(&buf[..filled]).into());
        if filled < MIB {
            break;
        }
    }
    Ok((tree_of(leaves), whole.finalize().into()))
}

fn header_value(hex: String) -> HeaderValue {
    // Hex digits are always a valid header value.
    HeaderValue::try_from(hex).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn hex(digest: &[u8; 32]) -> String {
    use std::fmt::Write as _;
    let mut s = String::with_capacity(64);
    for b in digest {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// Glacier's tree hash: the SHA-256 of each 1 MiB chunk, then of each pair of hashes, level by level
/// (an odd hash out goes up unchanged), down to one.
pub(crate) fn sha256_tree_hash(body: &[u8]) -> [u8; 32] {
    const MIB: usize = 1024 * 1024;
    tree_of(body.chunks(MIB).map(|c| Sha256::digest(c).into()).collect())
}

/// The tree of the leaf hashes, level by level.
fn tree_of(mut level: Vec<[u8; 32]>) -> [u8; 32] {
    if level.is_empty() {
        return Sha256::digest(b"").into();
    }
    while level.len() > 1 {
        level = level
            .chunks(2)
            .map(|pair| match pair {
                [a, b] => {
                    let mut h = Sha256::new();
                    h.update(a);
                    h.update(b);
                    h.finalize().into()
                }
                // The odd hash out (chunks(2) yields one or two).
                _ => pair.first().copied().unwrap_or_default(),
            })
            .collect();
    }
    level.first().copied().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_hash_of_one_chunk_is_its_sha256() {
        // Below 1 MiB the tree has one leaf.
        assert_eq!(
            hex(&sha256_tree_hash(b"hello world")),
            "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"
        );
    }

    #[test]
    fn tree_hash_combines_pairs_and_carries_the_odd_one() {
        let mib = 1024 * 1024;
        let body: Vec<u8> = (0..3 * mib).map(|i| (i % 251) as u8).collect();
        let leaf = |i: usize| -> [u8; 32] { Sha256::digest(&body[i * mib..(i + 1) * mib]).into() };
        let pair = |a: [u8; 32], b: [u8; 32]| -> [u8; 32] {
            let mut h = Sha256::new();
            h.update(a);
            h.update(b);
            h.finalize().into()
        };
        assert_eq!(
            sha256_tree_hash(&body),
            pair(pair(leaf(0), leaf(1)), leaf(2))
        );
        assert_eq!(sha256_tree_hash(&body[..2 * mib]), pair(leaf(0), leaf(1)));
        // Read from a reader, the same tree and the body's SHA-256.
        let (tree, whole) = hashes_of(&mut &body[..]).unwrap();
        assert_eq!(tree, sha256_tree_hash(&body));
        assert_eq!(whole, <[u8; 32]>::from(Sha256::digest(&body)));
    }
}

/// Whether a 2xx response is in fact an error, for a service with [`Customization::ErrorsIn200`]: its
/// body, after an XML declaration and whitespace, opens an `<Error>` element, and the response does
/// not say it is something other than XML (an object's own bytes come with their own type).
pub(crate) fn error_in_success(
    service: &ServiceMeta,
    headers: &http::HeaderMap,
    body: &[u8],
) -> bool {
    if !service.customizations.contains(&Customization::ErrorsIn200) {
        return false;
    }
    let xml_or_none = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_none_or(|t| t.contains("xml"));
    xml_or_none && opens_error_element(body)
}

fn opens_error_element(body: &[u8]) -> bool {
    let mut rest = body.trim_ascii_start();
    if rest.starts_with(b"<?xml") {
        match rest.windows(2).position(|w| w == b"?>") {
            Some(end) => rest = rest[end + 2..].trim_ascii_start(),
            None => return false,
        }
    }
    rest.starts_with(b"<Error>") || rest.starts_with(b"<Error ")
}

#[cfg(test)]
mod errors_in_200 {
    use super::opens_error_element;

    #[test]
    fn only_an_error_document_is_an_error() {
        assert!(opens_error_element(
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>InternalError</Code></Error>"
        ));
        assert!(opens_error_element(
            b"  <Error><Code>SlowDown</Code></Error>"
        ));
        assert!(!opens_error_element(
            b"<?xml version=\"1.0\"?><CopyObjectResult><ETag>x</ETag></CopyObjectResult>"
        ));
        assert!(!opens_error_element(b"<ErrorDocument/>"));
        assert!(!opens_error_element(b""));
        assert!(!opens_error_element(b"<?xml never closed"));
    }
}
