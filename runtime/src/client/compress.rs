//! `@requestCompression`: the request body compressed with the first encoding of the operation's list that
//! the runtime supports, when it is at least the configured size (spec: behavior-traits.rst,
//! "requestCompression trait"). Only gzip exists so far, with the `compression` feature; without it, or
//! for a list without gzip, the body goes as it is, which the trait allows.

use super::config::Config;
use super::error::DispatchError;
use super::meta::OperationMeta;
use super::protocol::Prepared;
use http::header::{CONTENT_ENCODING, HeaderValue};

/// Compresses `prepared`'s body in place and says so in `Content-Encoding` (after any encoding the
/// protocol already put there).
pub(crate) fn compress(
    op: &OperationMeta,
    config: &Config,
    prepared: &mut Prepared,
) -> Result<(), DispatchError> {
    if config.disable_request_compression
        || op.request_compression.is_empty()
        || prepared.body.len() < config.request_min_compression_size_bytes as usize
    {
        return Ok(());
    }
    let Some((encoding, compressed)) = op
        .request_compression
        .iter()
        .find_map(|e| encode(e, &prepared.body).map(|c| (e.to_ascii_lowercase(), c)))
    else {
        return Ok(());
    };
    prepared.body = compressed?;
    let existing: Vec<String> = prepared
        .headers
        .iter()
        .filter(|(n, _)| *n == CONTENT_ENCODING)
        .map(|(_, v)| String::from_utf8_lossy(v.as_bytes()).into_owned())
        .collect();
    prepared.headers.retain(|(n, _)| *n != CONTENT_ENCODING);
    let mut value = existing.join(", ");
    if !value.is_empty() {
        value.push_str(", ");
    }
    value.push_str(&encoding);
    let value = HeaderValue::try_from(value).map_err(|e| {
        DispatchError::new(
            super::error::DispatchErrorKind::Serialization,
            format!("invalid Content-Encoding: {e}"),
        )
    })?;
    prepared.headers.push((CONTENT_ENCODING, value));
    Ok(())
}

/// `body` in `encoding` (named case-insensitively, as the trait's encodings are), when the runtime has it.
fn encode(encoding: &str, body: &[u8]) -> Option<Result<Vec<u8>, DispatchError>> {
    #[cfg(feature = "compression")]
    if encoding.eq_ignore_ascii_case("gzip") {
        return Some(gzip(body));
    }
    let _ = (encoding, body);
    None
}

#[cfg(feature = "compression")]
fn gzip(body: &[u8]) -> Result<Vec<u8>, DispatchError> {
    use std::io::Write as _;
    let mut e = flate2::write::GzEncoder::new(
        Vec::with_capacity(body.len() / 2),
        flate2::Compression::default(),
    );
    e.write_all(body).and_then(|()| e.finish()).map_err(|err| {
        DispatchError::new(
            super::error::DispatchErrorKind::Serialization,
            format!("cannot gzip the request body: {err}"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::Method;

    static GZIP: OperationMeta = OperationMeta {
        name: "Put",
        retryable_errors: &[],
        http: crate::HttpBinding::RPC,
        request_compression: &["gzip"],
        endpoint_params: &[],
        auth: crate::Auth::SigV4,
    };
    static NONE: OperationMeta = OperationMeta {
        name: "Put",
        retryable_errors: &[],
        http: crate::HttpBinding::RPC,
        request_compression: &[],
        endpoint_params: &[],
        auth: crate::Auth::SigV4,
    };

    fn prepared(body: &[u8], encoding: Option<&'static str>) -> Prepared {
        Prepared {
            method: Method::POST,
            path: "/".into(),
            headers: encoding
                .map(|e| (CONTENT_ENCODING, HeaderValue::from_static(e)))
                .into_iter()
                .collect(),
            body: body.to_vec(),
            stream: None,
            stream_response: false,
        }
    }

    fn encoding(p: &Prepared) -> Vec<&str> {
        p.headers
            .iter()
            .filter(|(n, _)| *n == CONTENT_ENCODING)
            .map(|(_, v)| v.to_str().unwrap())
            .collect()
    }

    #[test]
    fn small_bodies_and_other_operations_stay_as_they_are() {
        let config = Config::builder().build();
        let mut p = prepared(b"{}", None);
        compress(&GZIP, &config, &mut p).unwrap();
        assert_eq!(p.body, b"{}");
        let big = vec![b'a'; 20_000];
        let mut p = prepared(&big, None);
        compress(&NONE, &config, &mut p).unwrap();
        assert_eq!(p.body, big);
        let off = Config::builder().disable_request_compression(true).build();
        compress(&GZIP, &off, &mut p).unwrap();
        assert_eq!(p.body, big);
        assert!(encoding(&p).is_empty());
    }

    #[cfg(feature = "compression")]
    #[test]
    fn large_bodies_are_gzipped_after_existing_encodings() {
        use std::io::Read as _;
        let config = Config::builder()
            .request_min_compression_size_bytes(4)
            .build();
        let mut p = prepared(b"hello hello hello", Some("custom"));
        compress(&GZIP, &config, &mut p).unwrap();
        assert_eq!(encoding(&p), ["custom, gzip"]);
        let mut out = String::new();
        flate2::read::GzDecoder::new(p.body.as_slice())
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, "hello hello hello");
    }
}
