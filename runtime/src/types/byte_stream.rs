use super::Blob;
use std::path::Path;

/// The value of a `@streaming` blob member: a request body to send or a response body received. Today
/// it holds the bytes in memory; it is its own type, not a [`Blob`], so that it can become a real stream
/// without a change to the generated code that uses it.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ByteStream(Blob);

impl ByteStream {
    /// A stream of these bytes.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        ByteStream(Blob::new(bytes))
    }

    /// The whole content of a file, read once.
    pub fn from_path(path: impl AsRef<Path>) -> std::io::Result<Self> {
        std::fs::read(path).map(ByteStream::new)
    }

    /// How many bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        self.0.as_ref()
    }

    /// The bytes, owned.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0.into_inner()
    }

    pub(crate) fn as_blob(&self) -> &Blob {
        &self.0
    }
}

impl std::fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ByteStream({} bytes)", self.0.len())
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
        ByteStream(v)
    }
}

impl AsRef<[u8]> for ByteStream {
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}
