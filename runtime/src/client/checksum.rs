//! `@httpChecksumRequired`: the request says the MD5 of its body in `Content-MD5` (RFC 1864: base64 of the
//! digest), unless the input already set that header. Computed once per call, on the body as it is sent
//! (after any compression).
//!
//! `@aws.protocols#httpChecksum`: the request carries `x-amz-checksum-<algorithm>` (base64 of the
//! big-endian CRC or of the digest) of its body, the algorithm named by the algorithm member (CRC32 when
//! unset, and then the member's header says so, as the spec asks); a response whose call set the
//! validation-mode member to `ENABLED` is checked against the first of its modeled algorithms it carries.
//! When the caller leaves the validation-mode member unset, the client sets it to `ENABLED` (the spec's
//! default), and when it leaves the algorithm unset, it sends a CRC32: [`ChecksumPolicy::WhenSupported`],
//! which the configuration can turn down to [`ChecksumPolicy::WhenRequired`] for either direction.

use super::error::{DispatchError, DispatchErrorKind};
use super::meta::HttpChecksum;
use super::protocol::Prepared;
use crate::types::ByteStream;
use http::header::{HeaderName, HeaderValue};
use md5::{Digest, Md5};

/// When the client works out checksums that the caller did not ask for: the request checksum of an
/// `@httpChecksum` operation ([`crate::ConfigBuilder::request_checksum_calculation`]) and the validation of
/// its response ([`crate::ConfigBuilder::response_checksum_validation`]). The settings and their values are
/// the AWS SDKs' (`AWS_REQUEST_CHECKSUM_CALCULATION`, `AWS_RESPONSE_CHECKSUM_VALIDATION`;
/// `when_supported`, `when_required`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ChecksumPolicy {
    /// On every operation whose model supports it: a request without a chosen algorithm gets a CRC32, and
    /// a response is validated unless the caller set the validation mode to something else.
    #[default]
    WhenSupported,
    /// Only where the model requires it (`requestChecksumRequired`) or the caller asked for it (an
    /// algorithm chosen, the validation mode `ENABLED`).
    WhenRequired,
}

impl ChecksumPolicy {
    /// `when_supported` or `when_required`, in any case, as the shared configuration writes them.
    pub fn parse(text: &str) -> Option<ChecksumPolicy> {
        match text.to_ascii_lowercase().as_str() {
            "when_supported" => Some(ChecksumPolicy::WhenSupported),
            "when_required" => Some(ChecksumPolicy::WhenRequired),
            _ => None,
        }
    }
}

static CRC32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);
static CRC32C: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISCSI);
static CRC64NVME: crc::Crc<u64> = crc::Crc::<u64>::new(&crc::CRC_64_NVME);

/// A checksum being computed over a body that arrives in pieces (an aws-chunked upload's trailer).
#[derive(Clone)]
pub(crate) enum Running {
    Crc32(crc::Digest<'static, u32>),
    Crc32c(crc::Digest<'static, u32>),
    Crc64Nvme(crc::Digest<'static, u64>),
    Sha1(sha1::Sha1),
    Sha256(sha2::Sha256),
    Md5(Md5),
}

impl Running {
    /// The checksum `algorithm` (as the model spells it) starts; `None` for one we do not compute.
    pub(crate) fn new(algorithm: &str) -> Option<Running> {
        Some(match algorithm {
            "CRC32" => Running::Crc32(CRC32.digest()),
            "CRC32C" => Running::Crc32c(CRC32C.digest()),
            "CRC64NVME" => Running::Crc64Nvme(CRC64NVME.digest()),
            "SHA1" => Running::Sha1(sha1::Sha1::new()),
            "SHA256" => Running::Sha256(sha2::Sha256::new()),
            "MD5" => Running::Md5(Md5::new()),
            _ => return None,
        })
    }

    pub(crate) fn update(&mut self, bytes: &[u8]) {
        match self {
            Running::Crc32(d) | Running::Crc32c(d) => d.update(bytes),
            Running::Crc64Nvme(d) => d.update(bytes),
            Running::Sha1(d) => d.update(bytes),
            Running::Sha256(d) => d.update(bytes),
            Running::Md5(d) => d.update(bytes),
        }
    }

    /// The length of the base64 text [`Running::finish`] returns (the trailer's length must be known
    /// before the body is sent).
    pub(crate) fn base64_len(&self) -> usize {
        let bytes: usize = match self {
            Running::Crc32(_) | Running::Crc32c(_) => 4,
            Running::Crc64Nvme(_) => 8,
            Running::Sha1(_) => 20,
            Running::Sha256(_) => 32,
            Running::Md5(_) => 16,
        };
        bytes.div_ceil(3) * 4
    }

    /// The base64 of the big-endian CRC or of the digest.
    pub(crate) fn finish(self) -> String {
        let bytes: Vec<u8> = match self {
            Running::Crc32(d) | Running::Crc32c(d) => d.finalize().to_be_bytes().to_vec(),
            Running::Crc64Nvme(d) => d.finalize().to_be_bytes().to_vec(),
            Running::Sha1(d) => d.finalize().to_vec(),
            Running::Sha256(d) => d.finalize().to_vec(),
            Running::Md5(d) => d.finalize().to_vec(),
        };
        crate::types::Blob::from(bytes.as_slice()).to_base64()
    }
}

/// The base64 checksum of `body` by `algorithm` as the model spells it; `None` for an algorithm we do
/// not compute.
fn checksum(algorithm: &str, body: &[u8]) -> Option<String> {
    let mut running = Running::new(algorithm)?;
    running.update(body);
    Some(running.finish())
}

fn header<'a>(prepared: &'a Prepared, name: &str) -> Option<&'a HeaderValue> {
    prepared
        .headers
        .iter()
        .find(|(n, _)| n.as_str().eq_ignore_ascii_case(name))
        .map(|(_, v)| v)
}

/// Adds the request checksum `c` asks for, unless the input set its header already. An algorithm the
/// runtime does not compute fails the call before anything is sent. A streamed body (a file, a reader)
/// of known length is aws-chunked with the checksum in its trailer when `trailer` (the service takes
/// streamed bodies unsigned: the spec's "Trailer" location); any other streamed body gets no checksum,
/// since it is not known before the headers go out. With [`ChecksumPolicy::WhenRequired`], a request
/// whose caller chose no algorithm gets a checksum only if the model requires one.
pub(crate) fn add_request_checksum(
    op: &str,
    c: &HttpChecksum,
    prepared: &mut Prepared,
    trailer: bool,
    policy: ChecksumPolicy,
) -> Result<(), DispatchError> {
    let streamed_len = match &prepared.stream {
        Some(s) if trailer => match s.content_length() {
            Some(len) => Some(len),
            None => return Ok(()),
        },
        Some(_) => return Ok(()),
        None => None,
    };
    let chosen = c
        .algorithm_header
        .and_then(|h| header(prepared, h))
        .map(|v| String::from_utf8_lossy(v.as_bytes()).to_ascii_uppercase());
    let algorithm = match (chosen, c.algorithm_header) {
        (Some(a), _) => a,
        // No algorithm member: a required checksum is the MD5 one (`Content-MD5`), as the spec says.
        (None, None) => return Ok(()),
        (None, _) if policy == ChecksumPolicy::WhenRequired && !c.required => return Ok(()),
        (None, header) => {
            if let Some(h) = header.and_then(|h| HeaderName::try_from(h).ok()) {
                prepared
                    .headers
                    .push((h, HeaderValue::from_static("CRC32")));
            }
            "CRC32".to_owned()
        }
    };
    let unsupported = || {
        DispatchError::new(
            DispatchErrorKind::Validation,
            format!(
                "{op}: checksum algorithm `{algorithm}` is not supported (CRC32, CRC32C, CRC64NVME, SHA1, SHA256, MD5)"
            ),
        )
    };
    let (name, trailer_name) = trailer_name(&algorithm).ok_or_else(unsupported)?;
    if prepared.headers.iter().any(|(n, _)| *n == name) {
        return Ok(());
    }
    if let (Some(len), Some(stream)) = (streamed_len, prepared.stream.take()) {
        let encoded = super::aws_chunked::encode(stream, len, &algorithm, trailer_name)
            .ok_or_else(unsupported)?;
        prepared.stream = Some(encoded);
        add_aws_chunked_headers(prepared, len, trailer_name);
        return Ok(());
    }
    let value = checksum(&algorithm, &prepared.body).ok_or_else(unsupported)?;
    // Base64 is always a valid header value.
    if let Ok(v) = HeaderValue::try_from(value) {
        prepared.headers.push((name, v));
    }
    Ok(())
}

/// The checksum's header name, and the same as a `'static` text for a trailer.
fn trailer_name(algorithm: &str) -> Option<(HeaderName, &'static str)> {
    let name = match algorithm {
        "CRC32" => "x-amz-checksum-crc32",
        "CRC32C" => "x-amz-checksum-crc32c",
        "CRC64NVME" => "x-amz-checksum-crc64nvme",
        "SHA1" => "x-amz-checksum-sha1",
        "SHA256" => "x-amz-checksum-sha256",
        "MD5" => "x-amz-checksum-md5",
        _ => return None,
    };
    Some((HeaderName::from_static(name), name))
}

/// The headers of an aws-chunked body of `len` bytes with the trailer `trailer`; `aws-chunked` comes
/// after any other content encoding (the spec: it is applied after compression).
fn add_aws_chunked_headers(prepared: &mut Prepared, len: u64, trailer: &'static str) {
    let encoding = http::header::CONTENT_ENCODING;
    match prepared.headers.iter_mut().find(|(n, _)| *n == encoding) {
        Some((_, v)) => {
            let joined = format!("{},aws-chunked", String::from_utf8_lossy(v.as_bytes()));
            if let Ok(joined) = HeaderValue::try_from(joined) {
                *v = joined;
            }
        }
        None => prepared
            .headers
            .push((encoding, HeaderValue::from_static("aws-chunked"))),
    }
    prepared.headers.push((
        HeaderName::from_static("x-amz-decoded-content-length"),
        HeaderValue::from(len),
    ));
    prepared.headers.push((
        HeaderName::from_static("x-amz-trailer"),
        HeaderValue::from_static(trailer),
    ));
}

/// Whether the call's response checksum is to be validated (validation mode `ENABLED`). With
/// [`ChecksumPolicy::WhenSupported`] an unset validation mode is set to `ENABLED` first, as the spec's
/// default is, so the request asks the service for the checksum (S3 sends one only when asked).
pub(crate) fn validation_requested(
    c: &HttpChecksum,
    prepared: &mut Prepared,
    policy: ChecksumPolicy,
) -> bool {
    let Some(h) = c.validation_header else {
        return false;
    };
    if header(prepared, h).is_none()
        && policy == ChecksumPolicy::WhenSupported
        && let Ok(name) = HeaderName::try_from(h)
    {
        prepared
            .headers
            .push((name, HeaderValue::from_static("ENABLED")));
    }
    header(prepared, h).is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"ENABLED"))
}

/// The checksum a response is checked against: the first of `c`'s response algorithms whose header the
/// response carries and the runtime computes, with that header's name and value. A checksum of parts
/// (S3's `<base64>-<parts>` for a multipart object) is not one of the whole body: none is checked then.
fn expected(
    c: &HttpChecksum,
    headers: &http::HeaderMap,
) -> Option<(&'static str, HeaderName, String)> {
    for algorithm in c.response_algorithms {
        let Some((name, _)) = trailer_name(algorithm) else {
            continue;
        };
        let Some(given) = headers.get(&name) else {
            continue;
        };
        let given = String::from_utf8_lossy(given.as_bytes()).trim().to_owned();
        if given.contains('-') {
            return None;
        }
        return Some((algorithm, name, given));
    }
    None
}

fn mismatch(op: &str, algorithm: &str, computed: &str, name: &HeaderName, given: &str) -> String {
    format!(
        "{op}: the response body's {algorithm} checksum is {computed}, but its `{name}` header says {given}: the body was corrupted on the way"
    )
}

/// Checks an in-memory response body against its checksum header (see [`expected`]); a response that
/// carries none passes.
pub(crate) fn validate_response(
    op: &str,
    c: &HttpChecksum,
    headers: &http::HeaderMap,
    body: &[u8],
) -> Result<(), DispatchError> {
    let Some((algorithm, name, given)) = expected(c, headers) else {
        return Ok(());
    };
    match checksum(algorithm, body) {
        Some(computed) if computed != given => Err(DispatchError::new(
            DispatchErrorKind::ResponseParse,
            mismatch(op, algorithm, &computed, &name, &given),
        )),
        _ => Ok(()),
    }
}

/// A streamed response body checked against its checksum header as it is read: a mismatch is the
/// stream's last item, an `InvalidData` error, after every byte was handed over. A response that carries
/// no checksum is returned as it is.
pub(crate) fn validating_stream(
    op: &'static str,
    c: &HttpChecksum,
    headers: &http::HeaderMap,
    stream: ByteStream,
) -> ByteStream {
    let Some((algorithm, name, given)) = expected(c, headers) else {
        return stream;
    };
    let Some(running) = Running::new(algorithm) else {
        return stream;
    };
    let mut running = Some(running);
    ByteStream::checked(stream, move |chunk| {
        match (chunk, running.as_mut()) {
            (Some(bytes), Some(r)) => r.update(bytes),
            (Some(_), None) => {}
            (None, _) => {
                let computed = running.take().map(Running::finish).unwrap_or_default();
                if computed != given {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        mismatch(op, algorithm, &computed, &name, &given),
                    ));
                }
            }
        }
        Ok(())
    })
}

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

    const S3: HttpChecksum = HttpChecksum {
        algorithm_header: Some("x-amz-sdk-checksum-algorithm"),
        required: false,
        validation_header: Some("x-amz-checksum-mode"),
        response_algorithms: &["CRC64NVME", "CRC32", "CRC32C", "SHA256", "SHA1"],
    };

    fn value<'a>(p: &'a Prepared, name: &str) -> Option<&'a str> {
        header(p, name).and_then(|v| v.to_str().ok())
    }

    #[test]
    fn checksums_match_the_catalogue_check_values() {
        // The check value of each CRC (its digest of "123456789"), as big-endian bytes in base64.
        let b64 = |b: &[u8]| crate::types::Blob::from(b).to_base64();
        let check = b"123456789";
        assert_eq!(
            checksum("CRC32", check),
            Some(b64(&0xCBF4_3926u32.to_be_bytes()))
        );
        assert_eq!(
            checksum("CRC32C", check),
            Some(b64(&0xE306_9283u32.to_be_bytes()))
        );
        assert_eq!(
            checksum("CRC64NVME", check),
            Some(b64(&0xAE8B_1486_0A79_9888u64.to_be_bytes()))
        );
        // FIPS 180's "abc" vectors.
        assert_eq!(
            checksum("SHA1", b"abc").as_deref(),
            Some("qZk+NkcGgWq6PiVxeFDCbJzQ2J0=")
        );
        assert_eq!(
            checksum("SHA256", b"abc").as_deref(),
            Some("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        );
        assert_eq!(checksum("XXHASH64", check), None);
    }

    /// PutObject's request checksum with the default policy, to a service that takes trailers.
    fn by_default(p: &mut Prepared) {
        add_request_checksum("PutObject", &S3, p, true, ChecksumPolicy::WhenSupported).unwrap();
    }

    #[test]
    fn request_checksum_by_the_member_by_default_crc32_and_a_given_one_kept() {
        let mut p = prepared(b"Hello world");
        by_default(&mut p);
        assert_eq!(value(&p, "x-amz-sdk-checksum-algorithm"), Some("CRC32"));
        // The example of S3's user guide.
        assert_eq!(value(&p, "x-amz-checksum-crc32"), Some("i9aeUg=="));

        let mut p = prepared(b"abc");
        p.headers.push((
            HeaderName::from_static("x-amz-sdk-checksum-algorithm"),
            HeaderValue::from_static("SHA256"),
        ));
        by_default(&mut p);
        assert_eq!(
            value(&p, "x-amz-checksum-sha256"),
            Some("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        );
        assert_eq!(value(&p, "x-amz-checksum-crc32"), None);

        let mut p = prepared(b"abc");
        p.headers.push((
            HeaderName::from_static("x-amz-checksum-crc32"),
            HeaderValue::from_static("given"),
        ));
        by_default(&mut p);
        assert_eq!(value(&p, "x-amz-checksum-crc32"), Some("given"));
        assert_eq!(
            p.headers
                .iter()
                .filter(|(n, _)| n == "x-amz-checksum-crc32")
                .count(),
            1
        );

        let mut p = prepared(b"abc");
        p.headers.push((
            HeaderName::from_static("x-amz-sdk-checksum-algorithm"),
            HeaderValue::from_static("XXHASH3"),
        ));
        let e = add_request_checksum(
            "PutObject",
            &S3,
            &mut p,
            true,
            ChecksumPolicy::WhenSupported,
        )
        .unwrap_err();
        assert!(e.to_string().contains("`XXHASH3` is not supported"), "{e}");

        // A body sent as it is read has no checksum known before the headers (not the empty body's).
        let mut p = prepared(b"");
        p.stream = Some(crate::types::ByteStream::from_reader(&b"abc"[..], Some(3)));
        by_default(&mut p);
        assert_eq!(value(&p, "x-amz-checksum-crc32"), None);

        // Neither an algorithm member nor required: nothing to add.
        let none = HttpChecksum {
            algorithm_header: None,
            ..S3
        };
        let mut p = prepared(b"abc");
        add_request_checksum(
            "GetObject",
            &none,
            &mut p,
            true,
            ChecksumPolicy::WhenSupported,
        )
        .unwrap();
        assert!(p.headers.is_empty());
    }

    #[test]
    fn when_required_a_request_gets_a_checksum_only_if_chosen_or_required() {
        let when_required = |c: &HttpChecksum, chosen: Option<&'static str>| {
            let mut p = prepared(b"Hello world");
            if let Some(a) = chosen {
                p.headers.push((
                    HeaderName::from_static("x-amz-sdk-checksum-algorithm"),
                    HeaderValue::from_static(a),
                ));
            }
            add_request_checksum("PutObject", c, &mut p, true, ChecksumPolicy::WhenRequired)
                .unwrap();
            p
        };
        let p = when_required(&S3, None);
        assert!(p.headers.is_empty(), "{:?}", p.headers);
        let p = when_required(&S3, Some("SHA256"));
        assert!(value(&p, "x-amz-checksum-sha256").is_some());
        let required = HttpChecksum {
            required: true,
            ..S3
        };
        let p = when_required(&required, None);
        assert_eq!(value(&p, "x-amz-checksum-crc32"), Some("i9aeUg=="));
    }

    #[test]
    fn response_validated_only_when_enabled_and_a_mismatch_fails() {
        use ChecksumPolicy::{WhenRequired, WhenSupported};
        // Unset: asked for by default (and the request says so), not when only required.
        let mut p = prepared(b"");
        assert!(!validation_requested(&S3, &mut p, WhenRequired));
        assert!(p.headers.is_empty());
        assert!(validation_requested(&S3, &mut p, WhenSupported));
        assert_eq!(value(&p, "x-amz-checksum-mode"), Some("ENABLED"));
        // Set by the caller: as set, whatever the policy.
        let mut p = prepared(b"");
        p.headers.push((
            HeaderName::from_static("x-amz-checksum-mode"),
            HeaderValue::from_static("ENABLED"),
        ));
        assert!(validation_requested(&S3, &mut p, WhenRequired));
        let mut p = prepared(b"");
        p.headers.push((
            HeaderName::from_static("x-amz-checksum-mode"),
            HeaderValue::from_static("DISABLED"),
        ));
        assert!(!validation_requested(&S3, &mut p, WhenSupported));
        assert_eq!(p.headers.len(), 1);
        // No validation-mode member: nothing to validate.
        let mut p = prepared(b"");
        let no_mode = HttpChecksum {
            validation_header: None,
            ..S3
        };
        assert!(!validation_requested(&no_mode, &mut p, WhenSupported));
        assert!(p.headers.is_empty());

        let mut headers = http::HeaderMap::new();
        assert!(validate_response("GetObject", &S3, &headers, b"anything").is_ok());
        headers.insert("x-amz-checksum-crc32", HeaderValue::from_static("i9aeUg=="));
        assert!(validate_response("GetObject", &S3, &headers, b"Hello world").is_ok());
        let e = validate_response("GetObject", &S3, &headers, b"Hello World").unwrap_err();
        assert!(e.to_string().contains("CRC32 checksum"), "{e}");
        // A multipart object's checksum of checksums is not the body's.
        headers.insert(
            "x-amz-checksum-crc32",
            HeaderValue::from_static("i9aeUg==-3"),
        );
        assert!(validate_response("GetObject", &S3, &headers, b"Hello World").is_ok());
    }

    fn read_all(stream: ByteStream) -> (Vec<u8>, Option<std::io::Error>) {
        let mut stream = stream;
        let mut got = Vec::new();
        loop {
            match futures_executor::block_on(stream.next()) {
                Some(Ok(c)) => got.extend_from_slice(&c),
                Some(Err(e)) => return (got, Some(e)),
                None => return (got, None),
            }
        }
    }

    #[test]
    fn a_streamed_response_is_checked_at_its_end_async_and_blocking() {
        use std::io::Read;
        let mut headers = http::HeaderMap::new();
        headers.insert("x-amz-checksum-crc32", HeaderValue::from_static("i9aeUg=="));
        let body = || {
            let (tx, rx) = ByteStream::channel();
            for part in ["Hello", " wor", "ld"] {
                assert!(tx.send(part.as_bytes().to_vec()));
            }
            drop(tx);
            rx
        };
        let (got, err) = read_all(validating_stream("GetObject", &S3, &headers, body()));
        assert_eq!(got, b"Hello world");
        assert!(err.is_none(), "{err:?}");

        headers.insert("x-amz-checksum-crc32", HeaderValue::from_static("AAAAAA=="));
        let (got, err) = read_all(validating_stream("GetObject", &S3, &headers, body()));
        assert_eq!(
            got, b"Hello world",
            "every byte is handed over before the verdict"
        );
        let err = err.expect("a mismatch ends the stream with an error");
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);
        assert!(
            err.to_string().contains("CRC32 checksum is i9aeUg=="),
            "{err}"
        );

        let mut out = Vec::new();
        let err = validating_stream("GetObject", &S3, &headers, body())
            .into_reader()
            .read_to_end(&mut out)
            .unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidData);

        // No checksum header, or one of parts: the stream is passed through unchecked.
        headers.insert(
            "x-amz-checksum-crc32",
            HeaderValue::from_static("AAAAAA==-2"),
        );
        let (_, err) = read_all(validating_stream("GetObject", &S3, &headers, body()));
        assert!(err.is_none());
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
