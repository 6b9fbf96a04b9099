use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

/// Opaque bytes; on the JSON wire a base64 string.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Blob(pub Vec<u8>);

impl Blob {
    /// A blob of these bytes.
    pub fn new(bytes: impl Into<Vec<u8>>) -> Self {
        Blob(bytes.into())
    }

    /// The bytes.
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }

    /// How many bytes.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The bytes in standard base64.
    pub fn to_base64(&self) -> String {
        STANDARD.encode(&self.0)
    }

    /// Decodes standard base64, with or without padding.
    pub fn from_base64(text: &str) -> Result<Self, String> {
        let engine = base64::engine::GeneralPurpose::new(
            &base64::alphabet::STANDARD,
            base64::engine::GeneralPurposeConfig::new()
                .with_decode_padding_mode(base64::engine::DecodePaddingMode::Indifferent),
        );
        engine
            .decode(text.trim())
            .map(Blob)
            .map_err(|e| format!("invalid base64 blob: {e}"))
    }
}

impl std::fmt::Debug for Blob {
    // Blobs can be megabytes; a length is what a reader of Debug output needs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

impl From<Vec<u8>> for Blob {
    fn from(v: Vec<u8>) -> Self {
        Blob(v)
    }
}

impl From<&[u8]> for Blob {
    fn from(v: &[u8]) -> Self {
        Blob(v.to_vec())
    }
}

impl From<Blob> for Vec<u8> {
    fn from(b: Blob) -> Self {
        b.0
    }
}

impl AsRef<[u8]> for Blob {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let b = Blob::from(b"hello\xff\x00".to_vec());
        let text = b.to_base64();
        assert_eq!(text, "aGVsbG//AA==");
        assert_eq!(Blob::from_base64(&text).unwrap(), b);
        assert_eq!(Blob::from_base64("aGVsbG//AA").unwrap(), b);
    }

    #[test]
    fn hostile_input_is_an_error() {
        assert!(Blob::from_base64("***").is_err());
        assert!(Blob::from_base64("a").is_err());
        assert_eq!(format!("{:?}", Blob::new(vec![0; 3])), "Blob(3 bytes)");
    }
}
