use std::fmt;

/// Makes the values for `@idempotencyToken` members the caller left unset.
pub trait IdempotencyTokenProvider: Send + Sync + fmt::Debug + 'static {
    fn token(&self) -> String;
}

/// Random UUID v4 tokens (the default).
#[derive(Clone, Copy, Debug, Default)]
pub struct UuidV4Tokens;

impl IdempotencyTokenProvider for UuidV4Tokens {
    fn token(&self) -> String {
        uuid::Uuid::new_v4().to_string()
    }
}

/// Always the same token: for tests that compare request bodies.
#[derive(Clone, Debug)]
pub struct FixedToken(pub String);

impl FixedToken {
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
}
