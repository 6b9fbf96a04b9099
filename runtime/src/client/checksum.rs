//! `@httpChecksumRequired`: the request says the MD5 of its body in `Content-MD5` (RFC 1864: base64 of the
//! digest), unless the input already set that header. Computed once per call, on the body as it is sent
//! (after any compression).

use super::protocol::Prepared;
use http::header::{HeaderName, HeaderValue};
use md5::{Digest, Md5};

const CONTENT_MD5: HeaderName = HeaderName::from_static("content-md5");

pub(crate) fn add_content_md5(prepared: &mut Prepared) {
    if prepared.headers.iter().any(|(n, _)| *n == CONTENT_MD5) {
        return;
    }
    let digest = Md5::digest(&prepared.body);
    let value = crate::types::Blob::from(digest.as_slice()).to_base64();
    // Base64 is always a valid header value.
    if let Ok(v) = HeaderValue::try_from(value) {
        prepared.headers.push((CONTENT_MD5, v));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prepared(body: &[u8]) -> Prepared {
        Prepared {
            method: http::Method::POST,
            path: "/".into(),
            headers: Vec::new(),
            body: body.to_vec(),
            stream: None,
            stream_response: false,
        }
    }

    #[test]
    fn content_md5_is_the_base64_digest_and_a_given_one_is_kept() {
        let mut p = prepared(b"");
        add_content_md5(&mut p);
        // RFC 1321's digest of the empty string.
        assert_eq!(p.headers[0].1, "1B2M2Y8AsgTpgAmY7PhCfg==");
        let mut p = prepared(b"abc");
        p.headers
            .push((CONTENT_MD5, HeaderValue::from_static("given")));
        add_content_md5(&mut p);
        assert_eq!(p.headers.len(), 1);
        assert_eq!(p.headers[0].1, "given");
    }
}
