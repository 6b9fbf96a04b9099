//! The `aws-chunked` content encoding of a streamed request body whose checksum goes in a trailer
//! (`@httpChecksum` with a streaming payload sent as `UNSIGNED-PAYLOAD`: the spec's "Trailer" location).
//! The body is cut into chunks, each `<hex length>\r\n<bytes>\r\n`; after the last one comes
//! `0\r\n`, the trailer `x-amz-checksum-<algorithm>:<base64>\r\n` and an empty line. The checksum is
//! computed while the chunks are read, so a file is read once, as it is sent. The request says
//! `Content-Encoding: aws-chunked`, `x-amz-decoded-content-length` (the body's own length),
//! `x-amz-trailer` (the trailer's name) and, signed, `x-amz-content-sha256:
//! STREAMING-UNSIGNED-PAYLOAD-TRAILER`; every chunk but the last has the same size, so the encoded
//! length, the `Content-Length`, is known before the first byte is sent.

use super::checksum::Running;
use crate::types::ByteStream;
use std::io::{self, Read};

/// The payload hash a request with an aws-chunked body and an unsigned trailer is signed with.
pub(crate) const STREAMING_UNSIGNED_PAYLOAD_TRAILER: &str = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";

/// The bytes of one chunk (S3 wants at least 8 KiB in every chunk but the last).
pub(crate) const CHUNK: usize = crate::types::CHUNK_SIZE;

/// `body` (`len` bytes) aws-chunked, with the `algorithm` checksum in the trailer `trailer`
/// (`x-amz-checksum-crc32`); `None` for an algorithm the runtime does not compute.
pub(crate) fn encode(
    body: ByteStream,
    len: u64,
    algorithm: &str,
    trailer: &'static str,
) -> Option<ByteStream> {
    let running = Running::new(algorithm)?;
    let encoded = encoded_len(len, CHUNK, trailer.len(), running.base64_len());
    // Each read of the body (a retry's) starts a checksum of its own.
    Some(ByteStream::encoded(body, Some(encoded), move |inner| {
        Box::new(Encoder::new(inner, len, CHUNK, running.clone(), trailer))
    }))
}

/// The length of `len` bytes aws-chunked in chunks of `chunk` bytes with a trailer `name:<checksum>`.
pub(crate) fn encoded_len(len: u64, chunk: usize, name_len: usize, checksum_len: usize) -> u64 {
    let chunk = chunk as u64;
    let framed = |n: u64| hex_len(n) + 2 + n + 2;
    let full = len / chunk;
    let rest = len % chunk;
    let mut total = full * framed(chunk);
    if rest > 0 {
        total += framed(rest);
    }
    // `0\r\n`, `name:value\r\n`, `\r\n`.
    total + 3 + (name_len + 1 + checksum_len + 2) as u64 + 2
}

fn hex_len(n: u64) -> u64 {
    u64::from((64 - n.leading_zeros()).div_ceil(4).max(1))
}

/// Reads the inner body and gives its aws-chunked encoding.
pub(crate) struct Encoder {
    inner: io::Take<Box<dyn Read + Send>>,
    /// The length the request announced; a body that ends early fails the read.
    len: u64,
    sent: u64,
    chunk: usize,
    running: Option<Running>,
    trailer: &'static str,
    /// Encoded bytes not yet handed out.
    out: Vec<u8>,
    at: usize,
    buf: Vec<u8>,
}

impl Encoder {
    pub(crate) fn new(
        inner: Box<dyn Read + Send>,
        len: u64,
        chunk: usize,
        running: Running,
        trailer: &'static str,
    ) -> Encoder {
        Encoder {
            // Never more than the announced length: the `Content-Length` was worked out from it.
            inner: inner.take(len),
            len,
            sent: 0,
            chunk,
            running: Some(running),
            trailer,
            out: Vec::new(),
            at: 0,
            buf: vec![0; chunk],
        }
    }

    /// Fills `out` with the next chunk, or the last chunk and the trailer; false once all was given.
    fn refill(&mut self) -> io::Result<bool> {
        let Some(running) = self.running.as_mut() else {
            return Ok(false);
        };
        let mut filled = 0;
        while filled < self.chunk {
            match self.inner.read(&mut self.buf[filled..]) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        self.out.clear();
        self.at = 0;
        if filled > 0 {
            running.update(&self.buf[..filled]);
            self.sent += filled as u64;
            self.out
                .extend_from_slice(format!("{filled:x}\r\n").as_bytes());
            self.out.extend_from_slice(&self.buf[..filled]);
            self.out.extend_from_slice(b"\r\n");
            return Ok(true);
        }
        if self.sent != self.len {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!(
                    "the request body ended after {} of the {} bytes its length said",
                    self.sent, self.len
                ),
            ));
        }
        let checksum = self.running.take().map(Running::finish).unwrap_or_default();
        self.out.extend_from_slice(b"0\r\n");
        self.out.extend_from_slice(self.trailer.as_bytes());
        self.out.push(b':');
        self.out.extend_from_slice(checksum.as_bytes());
        self.out.extend_from_slice(b"\r\n\r\n");
        Ok(true)
    }
}

impl Read for Encoder {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.at >= self.out.len() {
            if !self.refill()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.at);
        buf[..n].copy_from_slice(&self.out[self.at..self.at + n]);
        self.at += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode_all(body: &[u8], chunk: usize, algorithm: &str) -> io::Result<Vec<u8>> {
        let running = Running::new(algorithm).unwrap();
        let inner: Box<dyn Read + Send> = Box::new(io::Cursor::new(body.to_vec()));
        let mut out = Vec::new();
        Encoder::new(
            inner,
            body.len() as u64,
            chunk,
            running,
            "x-amz-checksum-crc32",
        )
        .read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn chunks_then_the_trailer_after_the_last_one() {
        let out = encode_all(b"Hello world", 4, "CRC32").unwrap();
        // CRC32 of "Hello world" is S3's user-guide example (i9aeUg==).
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "4\r\nHell\r\n4\r\no wo\r\n3\r\nrld\r\n0\r\nx-amz-checksum-crc32:i9aeUg==\r\n\r\n"
        );
        // An empty body is the last chunk and the trailer alone (CRC32 of nothing is 0).
        let out = encode_all(b"", 4, "CRC32").unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "0\r\nx-amz-checksum-crc32:AAAAAA==\r\n\r\n"
        );
    }

    #[test]
    fn the_encoded_length_is_known_before_reading() {
        let name = "x-amz-checksum-crc32".len();
        for chunk in [4, 16, 255, 4096] {
            for len in [
                0, 1, 3, 4, 5, 15, 16, 17, 255, 256, 4095, 4096, 4097, 20_000,
            ] {
                let body: Vec<u8> = (0..len).map(|i| i as u8).collect();
                for (algorithm, b64) in [("CRC32", 8), ("CRC64NVME", 12), ("SHA256", 44)] {
                    let out = encode_all(&body, chunk, algorithm).unwrap();
                    assert_eq!(
                        out.len() as u64,
                        encoded_len(len as u64, chunk, name, b64),
                        "{len} bytes in chunks of {chunk}, {algorithm}"
                    );
                    assert_eq!(Running::new(algorithm).unwrap().base64_len(), b64);
                }
            }
        }
    }

    /// Gives one byte per read: the chunks must still be full, or the length would be wrong.
    struct Trickle(io::Cursor<Vec<u8>>);

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(1);
            self.0.read(&mut buf[..n])
        }
    }

    #[test]
    fn a_reader_that_gives_little_at_a_time_still_fills_each_chunk() {
        let inner: Box<dyn Read + Send> =
            Box::new(Trickle(io::Cursor::new(b"abcdefghij".to_vec())));
        let mut out = Vec::new();
        Encoder::new(
            inner,
            10,
            4,
            Running::new("CRC32").unwrap(),
            "x-amz-checksum-crc32",
        )
        .read_to_end(&mut out)
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.starts_with("4\r\nabcd\r\n4\r\nefgh\r\n2\r\nij\r\n0\r\n"),
            "{text}"
        );
    }

    #[test]
    fn a_body_shorter_than_its_length_fails_and_a_longer_one_is_cut() {
        let inner: Box<dyn Read + Send> = Box::new(io::Cursor::new(b"abc".to_vec()));
        let mut out = Vec::new();
        let e = Encoder::new(
            inner,
            5,
            4,
            Running::new("CRC32").unwrap(),
            "x-amz-checksum-crc32",
        )
        .read_to_end(&mut out)
        .unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::UnexpectedEof);
        assert!(e.to_string().contains("after 3 of the 5 bytes"), "{e}");

        let inner: Box<dyn Read + Send> = Box::new(io::Cursor::new(b"abcdef".to_vec()));
        let mut out = Vec::new();
        Encoder::new(
            inner,
            4,
            4,
            Running::new("CRC32").unwrap(),
            "x-amz-checksum-crc32",
        )
        .read_to_end(&mut out)
        .unwrap();
        assert!(
            String::from_utf8(out)
                .unwrap()
                .starts_with("4\r\nabcd\r\n0\r\n")
        );
    }

    #[test]
    fn an_encoded_file_is_replayable_and_each_read_starts_over() {
        let stream = encode(
            ByteStream::new(b"Hello world".to_vec()),
            11,
            "CRC32",
            "x-amz-checksum-crc32",
        )
        .unwrap();
        assert!(stream.is_replayable());
        let mut first = Vec::new();
        stream
            .clone()
            .into_reader()
            .read_to_end(&mut first)
            .unwrap();
        let mut again = Vec::new();
        stream
            .clone()
            .into_reader()
            .read_to_end(&mut again)
            .unwrap();
        assert_eq!(first, again);
        assert_eq!(stream.content_length(), Some(first.len() as u64));
        assert!(encode(ByteStream::new(Vec::new()), 0, "XXHASH64", "x").is_none());
    }
}
