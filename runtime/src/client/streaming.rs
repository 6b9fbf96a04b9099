//! What the orchestrator does differently for the operations with a `@streaming` payload: the request
//! body's hash for the signature (worked out once per call, before the first attempt), the framing of a
//! streamed body, and the hand-over of a streamed response body to the protocol.

use super::aws_chunked::STREAMING_UNSIGNED_PAYLOAD_TRAILER;
use super::blocking::spawn;
use super::error::{DispatchError, DispatchErrorKind};
use super::protocol::Prepared;
use crate::sigv4::{Settings, UNSIGNED_PAYLOAD};
use crate::types::ByteStream;
use http::header::{CONTENT_LENGTH, HeaderValue, TRANSFER_ENCODING};
use sha2::{Digest, Sha256};
use std::fmt;
use std::io::Read;
use std::sync::Mutex;

/// A streamed response body waiting for the protocol that reads the output: taken once.
#[derive(Default)]
pub(crate) struct StreamCell(Mutex<Option<ByteStream>>);

impl StreamCell {
    pub(crate) fn new(stream: Option<ByteStream>) -> Self {
        StreamCell(Mutex::new(stream))
    }

    pub(crate) fn take(&self) -> Option<ByteStream> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take()
    }

    fn peek(&self) -> Option<ByteStream> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

impl Clone for StreamCell {
    /// The clone shares a response body (see [`ByteStream`]'s clones).
    fn clone(&self) -> Self {
        StreamCell::new(self.peek())
    }
}

impl fmt::Debug for StreamCell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.peek(), f)
    }
}

/// A request body that is a stream, ready for the attempts.
pub(crate) struct Streamed {
    pub(crate) stream: ByteStream,
    /// What the signature takes as the payload hash.
    pub(crate) hash: String,
}

/// Decides how `prepared.stream` is signed: `UNSIGNED-PAYLOAD` where the service allows it; else a file
/// is read once for its SHA-256 (on a thread of its own), and a one-shot reader is read into
/// `prepared.body`, since its hash must be in the signature before the first byte is sent.
pub(crate) async fn prepare(
    prepared: &mut Prepared,
    settings: &Settings,
) -> Result<Option<Streamed>, DispatchError> {
    let Some(stream) = prepared.stream.take() else {
        return Ok(None);
    };
    if settings.unsigned_streaming_payload {
        // An aws-chunked body with its checksum in a trailer (see `aws_chunked`) says so.
        let trailer = prepared.headers.iter().any(|(n, _)| n == "x-amz-trailer");
        let hash = if trailer {
            STREAMING_UNSIGNED_PAYLOAD_TRAILER
        } else {
            UNSIGNED_PAYLOAD
        };
        return Ok(Some(Streamed {
            stream,
            hash: hash.to_owned(),
        }));
    }
    // A customization that read the body already (Glacier's checksums) gave its hash.
    if let Some(hash) = prepared
        .headers
        .iter()
        .find(|(n, _)| n == "x-amz-content-sha256")
        .and_then(|(_, v)| v.to_str().ok())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
    {
        return Ok(Some(Streamed {
            hash: hash.to_owned(),
            stream,
        }));
    }
    let fail = |e: std::io::Error| {
        DispatchError::new(
            DispatchErrorKind::Serialization,
            format!("cannot read the request body: {e}"),
        )
    };
    if !stream.is_replayable() {
        prepared.body = stream.collect().await.map_err(fail)?;
        return Ok(None);
    }
    let reader = stream.clone();
    let hash = spawn("smithy-body-hash", move || sha256_hex(reader.into_reader()))
        .map_err(fail)?
        .await
        .unwrap_or_else(|| Err(std::io::Error::other("the hashing thread panicked")))
        .map_err(fail)?;
    Ok(Some(Streamed { stream, hash }))
}

fn sha256_hex(mut r: impl Read) -> std::io::Result<String> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0; crate::types::CHUNK_SIZE];
    loop {
        match r.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => hasher.update(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(crate::sigv4::encode::hex(&hasher.finalize().into())
        .as_str()
        .to_owned())
}

/// Frames a streamed body: its length when known, else chunked.
pub(crate) fn set_length(headers: &mut http::HeaderMap, stream: &ByteStream) {
    match stream.content_length() {
        Some(n) => {
            headers.insert(CONTENT_LENGTH, HeaderValue::from(n));
        }
        None => {
            headers.remove(CONTENT_LENGTH);
            headers.insert(TRANSFER_ENCODING, HeaderValue::from_static("chunked"));
        }
    }
}
