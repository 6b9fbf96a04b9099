//! The value of a `@streaming` blob member: a request body to send, or a response body that arrives
//! while it is read.

mod channel;

pub use channel::BodySender;

use super::Blob;
use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The size of the chunks read from a file or a reader, and of those a transport hands over.
pub const CHUNK_SIZE: usize = 64 * 1024;

/// A body that is sent or received without being held in memory as a whole.
///
/// Sources: bytes in memory ([`ByteStream::new`], `From<Vec<u8>>`, ...), a file
/// ([`ByteStream::from_path`]: sent with its length, read in chunks while it is sent, opened again for a
/// retry), or any [`Read`] ([`ByteStream::from_reader`]: read once, so a call with such a body is not
/// retried). A response body is read with [`ByteStream::next`] (chunks as they arrive),
/// [`ByteStream::collect`] (all of it) or [`ByteStream::into_reader`] (a blocking [`Read`]); dropping it
/// before the end closes the connection.
///
/// A clone of a file or of bytes is independent; a clone of a reader or of a response body shares it
/// (what one clone reads, the other does not get). Two streams are equal when they hold the same bytes
/// in memory, name the same file, or share the same reader or response body.
#[derive(Clone, Default)]
pub struct ByteStream(Source);

#[derive(Clone)]
enum Source {
    Memory(Blob),
    File { path: Arc<PathBuf>, len: u64 },
    Once(Arc<Once>),
    Incoming(Arc<channel::Receiver>),
    Encoded(Arc<Encoded>),
    Checked(Arc<Mutex<Checked>>),
}

/// A response body whose chunks are shown to `check` as they pass, and the end (`None`): a checksum
/// compared once the last byte is in. An error from `check` is the stream's error.
struct Checked {
    inner: ByteStream,
    /// Gone once it has failed or seen the end.
    check: Option<CheckFn>,
}

type CheckFn = Box<dyn FnMut(Option<&[u8]>) -> io::Result<()> + Send>;

impl Checked {
    fn pass(&mut self, item: Option<io::Result<Vec<u8>>>) -> Option<io::Result<Vec<u8>>> {
        match item {
            Some(Ok(chunk)) => {
                if let Some(check) = &mut self.check
                    && let Err(e) = check(Some(&chunk))
                {
                    self.check = None;
                    return Some(Err(e));
                }
                Some(Ok(chunk))
            }
            Some(Err(e)) => {
                self.check = None;
                Some(Err(e))
            }
            None => self
                .check
                .take()
                .and_then(|mut check| check(None).err().map(Err)),
        }
    }
}

fn lock(c: &Mutex<Checked>) -> std::sync::MutexGuard<'_, Checked> {
    c.lock().unwrap_or_else(|p| p.into_inner())
}

/// A content encoding applied while the body is read (aws-chunked): each read of the stream opens the
/// inner one and reads it through `wrap`.
struct Encoded {
    inner: ByteStream,
    /// The encoded length, when the inner length is known.
    len: Option<u64>,
    wrap: EncodeFn,
}

type EncodeFn = Box<dyn Fn(Box<dyn Read + Send>) -> Box<dyn Read + Send> + Send + Sync>;

impl Default for Source {
    fn default() -> Self {
        Source::Memory(Blob::default())
    }
}

/// A reader that can be read once; taken by whoever reads it first.
struct Once {
    reader: Mutex<Option<Box<dyn Read + Send>>>,
    len: Option<u64>,
}

impl Once {
    fn take(&self) -> io::Result<Box<dyn Read + Send>> {
        self.reader
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take()
            .ok_or_else(|| {
                io::Error::other("this body was already read (a reader can be read only once)")
            })
    }
}

impl ByteStream {
    /// A stream of bytes held in memory.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        ByteStream(Source::Memory(Blob::new(bytes)))
    }

    /// A file, sent with its length and read in chunks of [`CHUNK_SIZE`] while it is sent; nothing is read
    /// now (only its length is looked up). A retry opens it again, so it must not change during the call.
    pub fn from_path(path: impl AsRef<Path>) -> io::Result<Self> {
        let path = path.as_ref();
        let meta = std::fs::metadata(path)?;
        if !meta.is_file() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{} is not a file", path.display()),
            ));
        }
        Ok(ByteStream(Source::File {
            path: Arc::new(path.to_owned()),
            len: meta.len(),
        }))
    }

    /// Any reader, read in chunks while it is sent. With `len` the request carries a `Content-Length`
    /// (the reader must give exactly that many bytes); without, it is sent chunked. It can be read only
    /// once, so a call that sends it is not retried, and a service whose signature covers the payload
    /// hash gets it read into memory first (see the README's streaming section).
    pub fn from_reader(reader: impl Read + Send + 'static, len: Option<u64>) -> Self {
        ByteStream(Source::Once(Arc::new(Once {
            reader: Mutex::new(Some(Box::new(reader))),
            len,
        })))
    }

    /// A response body fed by a transport through the returned [`BodySender`].
    pub fn channel() -> (BodySender, ByteStream) {
        let (tx, rx) = channel::channel();
        (tx, ByteStream(Source::Incoming(Arc::new(rx))))
    }

    /// `inner` sent through the encoding `wrap` (a reader of the inner body to a reader of the encoded
    /// one), `len` bytes long once encoded; as replayable as `inner`.
    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub(crate) fn encoded(
        inner: ByteStream,
        len: Option<u64>,
        wrap: impl Fn(Box<dyn Read + Send>) -> Box<dyn Read + Send> + Send + Sync + 'static,
    ) -> Self {
        ByteStream(Source::Encoded(Arc::new(Encoded {
            inner,
            len,
            wrap: Box::new(wrap),
        })))
    }

    /// `inner` with each chunk, and then its end (`None`), shown to `check` as it is read; an error
    /// `check` returns ends the stream with that error. Not replayable.
    #[cfg_attr(not(feature = "client"), allow(dead_code))]
    pub(crate) fn checked(
        inner: ByteStream,
        check: impl FnMut(Option<&[u8]>) -> io::Result<()> + Send + 'static,
    ) -> Self {
        ByteStream(Source::Checked(Arc::new(Mutex::new(Checked {
            inner,
            check: Some(Box::new(check)),
        }))))
    }

    /// The length, when it is known before reading: bytes in memory, a file, a reader given its length.
    pub fn content_length(&self) -> Option<u64> {
        match &self.0 {
            Source::Memory(b) => Some(b.len() as u64),
            Source::File { len, .. } => Some(*len),
            Source::Once(o) => o.len,
            Source::Encoded(e) => e.len,
            Source::Checked(c) => lock(c).inner.content_length(),
            Source::Incoming(_) => None,
        }
    }

    /// The bytes, when the stream holds them in memory (what a mock answer or a small body is).
    pub fn in_memory(&self) -> Option<&[u8]> {
        match &self.0 {
            Source::Memory(b) => Some(&b.0),
            _ => None,
        }
    }

    /// The file the stream reads, when it is one.
    pub fn path(&self) -> Option<&Path> {
        match &self.0 {
            Source::File { path, .. } => Some(path),
            _ => None,
        }
    }

    /// Whether the stream can be sent again as it was (a retry): bytes and files can, readers and
    /// response bodies cannot.
    pub fn is_replayable(&self) -> bool {
        match &self.0 {
            Source::Memory(_) | Source::File { .. } => true,
            Source::Encoded(e) => e.inner.is_replayable(),
            Source::Once(_) | Source::Incoming(_) | Source::Checked(_) => false,
        }
    }

    /// The next chunk, `None` at the end. A response body's chunks come as the transport reads them
    /// (an error such as the read timeout ends it); a file or reader is read here, one
    /// [`CHUNK_SIZE`] chunk per call (a blocking read of a local file); bytes in memory come as one chunk.
    pub async fn next(&mut self) -> Option<io::Result<Vec<u8>>> {
        match &mut self.0 {
            Source::Memory(b) if b.is_empty() => None,
            Source::Memory(b) => Some(Ok(std::mem::take(&mut b.0))),
            Source::Incoming(rx) => {
                let rx = rx.clone();
                std::future::poll_fn(|cx| rx.poll_next(cx)).await
            }
            Source::Checked(c) => {
                let c = c.clone();
                // Out of the lock while it is awaited; a clone reading meanwhile sees an empty body.
                let mut inner = std::mem::take(&mut lock(&c).inner);
                let item = Box::pin(inner.next()).await;
                let mut checked = lock(&c);
                checked.inner = inner;
                checked.pass(item)
            }
            Source::File { .. } | Source::Once(_) | Source::Encoded(_) => self.read_next(),
        }
    }

    /// [`ByteStream::next`] for a blocking reader ([`StreamReader`]).
    fn next_blocking(&mut self) -> Option<io::Result<Vec<u8>>> {
        match &mut self.0 {
            Source::Memory(b) if b.is_empty() => None,
            Source::Memory(b) => Some(Ok(std::mem::take(&mut b.0))),
            Source::Incoming(rx) => rx.recv_blocking(),
            Source::Checked(c) => {
                let mut checked = lock(c);
                let item = checked.inner.next_blocking();
                checked.pass(item)
            }
            Source::File { .. } | Source::Once(_) | Source::Encoded(_) => self.read_next(),
        }
    }

    /// The next chunk of a file or reader source; what is left of it becomes a reader.
    fn read_next(&mut self) -> Option<io::Result<Vec<u8>>> {
        let mut reader = match self.open() {
            Ok(r) => r,
            Err(e) => return Some(Err(e)),
        };
        let chunk = read_chunk(&mut reader);
        // What is left of the file or reader, read by the next call.
        self.0 = Source::Once(Arc::new(Once {
            reader: Mutex::new(Some(reader)),
            len: None,
        }));
        chunk.transpose()
    }

    /// The whole body. For a response that is what the stream avoids: use it for bodies known to be
    /// small, or [`ByteStream::collect_limited`].
    pub async fn collect(self) -> io::Result<Vec<u8>> {
        self.collect_limited(usize::MAX).await
    }

    /// The whole body, or an error once it grows past `limit` bytes.
    pub async fn collect_limited(mut self, limit: usize) -> io::Result<Vec<u8>> {
        if let Source::Memory(b) = &mut self.0 {
            return check_limit(std::mem::take(&mut b.0), limit);
        }
        let mut all = Vec::with_capacity(
            self.content_length()
                .map_or(0, |n| (n as usize).min(limit).min(1 << 26)),
        );
        while let Some(chunk) = self.next().await {
            all.extend_from_slice(&chunk?);
            if all.len() > limit {
                return Err(too_large(limit));
            }
        }
        Ok(all)
    }

    /// A blocking [`Read`] of the body: for a blocking client, or to copy a download into a file
    /// (`std::io::copy(&mut stream.into_reader(), &mut file)`). Must not be called from an async task
    /// for a response body, whose chunks it waits for.
    pub fn into_reader(self) -> StreamReader {
        StreamReader {
            stream: self,
            open: None,
            chunk: Vec::new(),
            at: 0,
        }
    }

    /// A reader of a file or reader source, opened now.
    fn open(&self) -> io::Result<Box<dyn Read + Send>> {
        match &self.0 {
            Source::File { path, len } => {
                let file = std::fs::File::open(path.as_path()).map_err(|e| {
                    io::Error::new(e.kind(), format!("cannot open {}: {e}", path.display()))
                })?;
                // Never more than the length the request announced.
                Ok(Box::new(file.take(*len)))
            }
            Source::Once(o) => o.take(),
            Source::Encoded(e) => Ok((e.wrap)(e.inner.open()?)),
            Source::Memory(b) => Ok(Box::new(io::Cursor::new(b.0.clone()))),
            Source::Incoming(_) | Source::Checked(_) => {
                Err(io::Error::other("a response body is not a reader"))
            }
        }
    }

    /// The bytes of an in-memory stream (serde, the codecs' blob form).
    pub(crate) fn as_blob(&self) -> Option<&Blob> {
        match &self.0 {
            Source::Memory(b) => Some(b),
            _ => None,
        }
    }
}

fn check_limit(bytes: Vec<u8>, limit: usize) -> io::Result<Vec<u8>> {
    if bytes.len() > limit {
        Err(too_large(limit))
    } else {
        Ok(bytes)
    }
}

fn too_large(limit: usize) -> io::Error {
    io::Error::other(format!("the body is larger than {limit} bytes"))
}

/// Up to [`CHUNK_SIZE`] bytes; `None` at the end.
fn read_chunk(reader: &mut dyn Read) -> io::Result<Option<Vec<u8>>> {
    let mut chunk = vec![0; CHUNK_SIZE];
    let mut filled = 0;
    while filled < CHUNK_SIZE {
        match reader.read(&mut chunk[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    chunk.truncate(filled);
    Ok((filled > 0).then_some(chunk))
}

/// The blocking [`Read`] of a [`ByteStream`] ([`ByteStream::into_reader`]).
pub struct StreamReader {
    stream: ByteStream,
    /// The file or reader, once opened.
    open: Option<Box<dyn Read + Send>>,
    chunk: Vec<u8>,
    at: usize,
}

impl Read for StreamReader {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if self.at < self.chunk.len() {
                let n = buf.len().min(self.chunk.len() - self.at);
                buf[..n].copy_from_slice(&self.chunk[self.at..self.at + n]);
                self.at += n;
                return Ok(n);
            }
            if let Some(r) = &mut self.open {
                return r.read(buf);
            }
            match &mut self.stream.0 {
                Source::Memory(b) => {
                    self.chunk = std::mem::take(&mut b.0);
                    self.at = 0;
                    if self.chunk.is_empty() {
                        return Ok(0);
                    }
                }
                Source::Incoming(_) | Source::Checked(_) => match self.stream.next_blocking() {
                    Some(chunk) => {
                        self.chunk = chunk?;
                        self.at = 0;
                    }
                    None => return Ok(0),
                },
                Source::File { .. } | Source::Once(_) | Source::Encoded(_) => {
                    self.open = Some(self.stream.open()?)
                }
            }
        }
    }
}

impl fmt::Debug for StreamReader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("StreamReader").field(&self.stream).finish()
    }
}

impl PartialEq for ByteStream {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Source::Memory(a), Source::Memory(b)) => a == b,
            (Source::File { path: a, len: m }, Source::File { path: b, len: n }) => {
                a == b && m == n
            }
            (Source::Once(a), Source::Once(b)) => Arc::ptr_eq(a, b),
            (Source::Incoming(a), Source::Incoming(b)) => Arc::ptr_eq(a, b),
            (Source::Encoded(a), Source::Encoded(b)) => Arc::ptr_eq(a, b),
            (Source::Checked(a), Source::Checked(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for ByteStream {}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Source::Memory(b) => write!(f, "ByteStream({} bytes)", b.len()),
            Source::File { path, len } => {
                write!(f, "ByteStream(file {}, {len} bytes)", path.display())
            }
            Source::Once(o) => match o.len {
                Some(n) => write!(f, "ByteStream(reader, {n} bytes)"),
                None => f.write_str("ByteStream(reader)"),
            },
            Source::Incoming(_) => f.write_str("ByteStream(response body)"),
            Source::Encoded(e) => write!(f, "ByteStream(encoded {:?})", e.inner),
            Source::Checked(_) => f.write_str("ByteStream(checked response body)"),
        }
    }
}

impl From<Vec<u8>> for ByteStream {
    fn from(v: Vec<u8>) -> Self {
        ByteStream::new(v)
    }
}

impl From<&[u8]> for ByteStream {
    fn from(v: &[u8]) -> Self {
        ByteStream::new(v)
    }
}

impl From<&str> for ByteStream {
    fn from(v: &str) -> Self {
        ByteStream::new(v.as_bytes())
    }
}

impl From<String> for ByteStream {
    fn from(v: String) -> Self {
        ByteStream::new(v.into_bytes())
    }
}

impl From<Blob> for ByteStream {
    fn from(v: Blob) -> Self {
        ByteStream(Source::Memory(v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        futures_executor::block_on(f)
    }

    fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
        let path = std::env::temp_dir().join(format!("smithy-bs-{}-{name}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        path
    }

    #[test]
    fn a_file_is_read_in_chunks_and_can_be_read_again() {
        let bytes: Vec<u8> = (0..CHUNK_SIZE * 2 + 10).map(|i| (i % 251) as u8).collect();
        let path = temp_file("chunks", &bytes);
        let stream = ByteStream::from_path(&path).unwrap();
        assert_eq!(stream.content_length(), Some(bytes.len() as u64));
        assert!(stream.is_replayable());
        let mut first = stream.clone();
        let mut sizes = Vec::new();
        while let Some(chunk) = block_on(first.next()) {
            sizes.push(chunk.unwrap().len());
        }
        assert_eq!(sizes, [CHUNK_SIZE, CHUNK_SIZE, 10]);
        // The original is untouched: a retry reads the file from the start.
        assert_eq!(block_on(stream.clone().collect()).unwrap(), bytes);
        let mut read = Vec::new();
        stream.into_reader().read_to_end(&mut read).unwrap();
        assert_eq!(read, bytes);
        std::fs::remove_file(path).unwrap();
    }

    #[test]
    fn a_reader_is_read_once() {
        let stream = ByteStream::from_reader(io::Cursor::new(b"once".to_vec()), Some(4));
        assert!(!stream.is_replayable());
        let twin = stream.clone();
        assert_eq!(block_on(stream.collect()).unwrap(), b"once");
        let err = block_on(twin.collect()).unwrap_err();
        assert!(err.to_string().contains("only once"), "{err}");
    }

    #[test]
    fn a_channel_hands_chunks_over_and_limits_collect() {
        let (tx, stream) = ByteStream::channel();
        let t = std::thread::spawn(move || {
            for i in 0..10u8 {
                assert!(tx.send(vec![i; 100]));
            }
        });
        let all = block_on(stream.clone().collect_limited(2000)).unwrap();
        t.join().unwrap();
        assert_eq!(all.len(), 1000);
        let (tx, stream) = ByteStream::channel();
        let t = std::thread::spawn(move || while tx.send(vec![0; 100]) {});
        let err = block_on(stream.collect_limited(250)).unwrap_err();
        assert!(err.to_string().contains("larger than 250"), "{err}");
        // The stream is dropped: the sender stops.
        t.join().unwrap();
    }

    #[test]
    fn a_missing_file_is_an_error_naming_it() {
        let err = ByteStream::from_path("/nonexistent/smithy-bs").unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        let dir = std::env::temp_dir();
        let err = ByteStream::from_path(&dir).unwrap_err();
        assert!(err.to_string().contains("is not a file"), "{err}");
    }
}
