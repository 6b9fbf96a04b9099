//! The standard retry mode (client-guidance/retries.md): exponential backoff with full
//! jitter, a per-client token bucket, and a fixed list of retryable error kinds. The adaptive mode
//! is the same plus a client-side rate limiter (`rate_limit.rs`).

use std::sync::Mutex;
use std::time::Duration;

/// `retry_mode` / `AWS_RETRY_MODE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum RetryMode {
    /// Backoff with jitter and a retry quota.
    #[default]
    Standard,
    /// Standard, plus a client-side rate limiter that slows sending down after throttling errors.
    Adaptive,
}

/// How many attempts, and how long to wait between them.
#[derive(Clone, Debug, PartialEq)]
pub struct RetryConfig {
    mode: RetryMode,
    max_attempts: u32,
    base_delay: Duration,
    throttling_base_delay: Duration,
    max_backoff: Duration,
    token_bucket: bool,
}

impl Default for RetryConfig {
    fn default() -> Self {
        Self::standard()
    }
}

impl RetryConfig {
    /// 3 attempts, 50 ms base delay (1 s after throttling), at most 20 s between attempts,
    /// token bucket on.
    pub fn standard() -> Self {
        RetryConfig {
            mode: RetryMode::Standard,
            max_attempts: 3,
            base_delay: Duration::from_millis(50),
            throttling_base_delay: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
            token_bucket: true,
        }
    }

    /// Standard, plus the client-side rate limiter of the adaptive mode.
    pub fn adaptive() -> Self {
        Self::standard().mode(RetryMode::Adaptive)
    }

    /// The retry mode: standard, or adaptive (client-side rate limiting after throttling).
    pub fn mode(mut self, mode: RetryMode) -> Self {
        self.mode = mode;
        self
    }

    /// The retry mode.
    pub fn get_mode(&self) -> RetryMode {
        self.mode
    }

    /// One attempt, no retries.
    pub fn disabled() -> Self {
        RetryConfig {
            max_attempts: 1,
            ..Self::standard()
        }
    }

    /// Attempts in total, the first included; 0 is treated as 1.
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// The first retry waits up to this long (jittered), doubling each retry.
    pub fn base_delay(mut self, d: Duration) -> Self {
        self.base_delay = d;
        self
    }

    /// Like `base_delay`, after a throttling error.
    pub fn throttling_base_delay(mut self, d: Duration) -> Self {
        self.throttling_base_delay = d;
        self
    }

    /// The longest wait between two attempts.
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// Turns the client-wide retry quota off (retries then depend only on `max_attempts`).
    pub fn token_bucket(mut self, on: bool) -> Self {
        self.token_bucket = on;
        self
    }

    /// How many attempts a call makes at most (1: no retries).
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The base of the exponential back-off.
    pub fn get_base_delay(&self) -> Duration {
        self.base_delay
    }

    /// Whether retries draw from the token bucket (which stops retry storms).
    pub fn token_bucket_enabled(&self) -> bool {
        self.token_bucket
    }

    /// The longest wait between two attempts.
    pub fn get_max_backoff(&self) -> Duration {
        self.max_backoff
    }

    /// The delay before retry number `retries_done + 1`: full jitter over
    /// `min(base * 2^retries_done, max_backoff)`, never below a server's `Retry-After`.
    pub(crate) fn delay(
        &self,
        retries_done: u32,
        kind: RetryKind,
        retry_after: Option<Duration>,
    ) -> Duration {
        let base = if kind == RetryKind::Throttling {
            self.throttling_base_delay
        } else {
            self.base_delay
        };
        let factor = 2u32.saturating_pow(retries_done.min(31));
        let ceiling = base
            .checked_mul(factor)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff);
        let jittered = ceiling.mul_f64(fastrand::f64());
        match retry_after {
            Some(hint) => jittered.max(hint.min(self.max_backoff)),
            None => jittered,
        }
    }
}

/// Why a failed attempt may be retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RetryKind {
    Throttling,
    Transient,
    Timeout,
}

/// Error codes AWS services use for throttling (retried with the longer base delay).
pub(crate) const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "PriorRequestNotComplete",
    "EC2ThrottledException",
];

/// Error codes for transient failures whatever the status.
pub(crate) const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "InternalError",
    "IDPCommunicationError",
];

/// Classifies a service error response. 501 (Not Implemented) is a 5xx that no retry fixes.
pub(crate) fn classify_service_error(
    status: u16,
    code: &str,
    modeled_retryable: &[&str],
) -> Option<RetryKind> {
    if status == 429 || THROTTLING_CODES.contains(&code) {
        Some(RetryKind::Throttling)
    } else if TRANSIENT_CODES.contains(&code)
        || modeled_retryable.contains(&code)
        || (status >= 500 && status != 501)
    {
        Some(RetryKind::Transient)
    } else {
        None
    }
}

/// The client-wide retry quota from the spec's example strategy: a retry costs 14 tokens
/// (5 after throttling), a success refunds 1, capacity 500. It stops retry storms when a
/// service is down for everyone.
#[derive(Debug)]
pub(crate) struct TokenBucket {
    tokens: Mutex<u32>,
}

const CAPACITY: u32 = 500;
const RETRY_COST: u32 = 14;
const THROTTLING_RETRY_COST: u32 = 5;
const SUCCESS_REFUND: u32 = 1;

impl TokenBucket {
    pub(crate) fn new() -> Self {
        TokenBucket {
            tokens: Mutex::new(CAPACITY),
        }
    }

    pub(crate) fn try_acquire(&self, kind: RetryKind) -> bool {
        let cost = if kind == RetryKind::Throttling {
            THROTTLING_RETRY_COST
        } else {
            RETRY_COST
        };
        let mut t = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        if *t < cost {
            return false;
        }
        *t -= cost;
        true
    }

    pub(crate) fn refund(&self) {
        let mut t = self.tokens.lock().unwrap_or_else(|p| p.into_inner());
        *t = (*t + SUCCESS_REFUND).min(CAPACITY);
    }

    #[cfg(test)]
    fn available(&self) -> u32 {
        *self.tokens.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// `Retry-After` as delay seconds (the HTTP-date form is ignored: clocks disagree).
pub(crate) fn retry_after(headers: &http::HeaderMap) -> Option<Duration> {
    let v = headers.get("retry-after")?.to_str().ok()?.trim();
    let secs: u64 = v.parse().ok()?;
    Some(Duration::from_secs(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classification() {
        assert_eq!(
            classify_service_error(400, "ThrottlingException", &[]),
            Some(RetryKind::Throttling)
        );
        assert_eq!(
            classify_service_error(429, "Whatever", &[]),
            Some(RetryKind::Throttling)
        );
        assert_eq!(
            classify_service_error(500, "InternalServerError", &[]),
            Some(RetryKind::Transient)
        );
        assert_eq!(
            classify_service_error(503, "Unknown", &[]),
            Some(RetryKind::Transient)
        );
        assert_eq!(classify_service_error(501, "NotImplemented", &[]), None);
        assert_eq!(classify_service_error(400, "BackupNotFound", &[]), None);
        assert_eq!(
            classify_service_error(400, "BackupInProgress", &["BackupInProgress"]),
            Some(RetryKind::Transient)
        );
    }

    #[test]
    fn backoff_bounds() {
        let c = RetryConfig::standard();
        for _ in 0..200 {
            assert!(c.delay(0, RetryKind::Transient, None) <= Duration::from_millis(50));
            assert!(c.delay(3, RetryKind::Transient, None) <= Duration::from_millis(400));
            assert!(c.delay(1, RetryKind::Throttling, None) <= Duration::from_secs(2));
            assert!(c.delay(60, RetryKind::Throttling, None) <= Duration::from_secs(20));
            assert!(
                c.delay(0, RetryKind::Transient, Some(Duration::from_secs(2)))
                    >= Duration::from_secs(2)
            );
            assert!(
                c.delay(0, RetryKind::Transient, Some(Duration::from_secs(3600)))
                    <= Duration::from_secs(20)
            );
        }
        assert_eq!(RetryConfig::disabled().get_max_attempts(), 1);
        assert_eq!(
            RetryConfig::standard().max_attempts(0).get_max_attempts(),
            1
        );
    }

    #[test]
    fn bucket_drains_and_refills() {
        let b = TokenBucket::new();
        let mut n = 0;
        while b.try_acquire(RetryKind::Transient) {
            n += 1;
        }
        assert_eq!(n, CAPACITY / RETRY_COST);
        let left = b.available();
        b.refund();
        assert_eq!(b.available(), left + 1);
    }

    #[test]
    fn retry_after_header() {
        let mut h = http::HeaderMap::new();
        assert_eq!(retry_after(&h), None);
        h.insert("retry-after", http::HeaderValue::from_static("3"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        h.insert(
            "retry-after",
            http::HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(retry_after(&h), None);
    }
}
