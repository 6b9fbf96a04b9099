use std::fmt;

/// Makes the values for `@idempotencyToken` members the caller left unset.
pub trait IdempotencyTokenProvider: Send + Sync + fmt::Debug + 'static {
    /// A token for one call.
    fn token(&self) -> String;
}

/// Random UUID v4 tokens (the default).
///
/// The bits come from fastrand's thread-local generator (seeded once per thread from the OS),
/// not from `getrandom` per token: a token only has to be unique, not unguessable, and a syscall
/// per call was ~5% of a call's CPU time.
#[derive(Clone, Copy, Debug, Default)]
pub struct UuidV4Tokens;

impl IdempotencyTokenProvider for UuidV4Tokens {
    fn token(&self) -> String {
        let bytes = fastrand::u128(..).to_le_bytes();
        let uuid = uuid::Builder::from_random_bytes(bytes).into_uuid();
        let mut buf = [0u8; uuid::fmt::Hyphenated::LENGTH];
        uuid.hyphenated().encode_lower(&mut buf).to_owned()
    }
}

/// Always the same token: for tests that compare request bodies.
#[derive(Clone, Debug)]
pub struct FixedToken(pub String);

impl FixedToken {
    /// A provider that always returns `token` (for tests and reproducible requests).
    pub fn new(token: impl Into<String>) -> Self {
        FixedToken(token.into())
    }
}

impl IdempotencyTokenProvider for FixedToken {
    fn token(&self) -> String {
        self.0.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_v4_shape() {
        let a = UuidV4Tokens.token();
        let b = UuidV4Tokens.token();
        assert_ne!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(a.as_bytes()[14], b'4');
        assert_eq!(FixedToken::new("t").token(), "t");
    }

    #[test]
    fn uuid_v4_tokens_are_valid_and_distinct() {
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..2000 {
            let t = UuidV4Tokens.token();
            let parsed = uuid::Uuid::try_parse(&t).unwrap_or_else(|e| panic!("{t}: {e}"));
            assert_eq!(parsed.get_version(), Some(uuid::Version::Random), "{t}");
            assert_eq!(parsed.get_variant(), uuid::Variant::RFC4122, "{t}");
            // Lower-case, hyphenated: the form the SDKs send.
            assert_eq!(t, parsed.hyphenated().to_string(), "{t}");
            assert!(seen.insert(t), "a token repeated");
        }
        // Threads get their own generator state; their tokens must not collide either.
        let other: Vec<String> =
            std::thread::spawn(|| (0..2000).map(|_| UuidV4Tokens.token()).collect())
                .join()
                .unwrap_or_default();
        assert_eq!(other.len(), 2000);
        for t in other {
            assert!(seen.insert(t), "a token from another thread repeated");
        }
    }
}
