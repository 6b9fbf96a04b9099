//! Credentials fetched once and reused until shortly before they expire. One caller fetches while
//! the others keep using the credentials they have (or, when there are none that still work, wait
//! for that one fetch), so a hundred calls at expiry make one request, not a hundred. A refresh that
//! fails leaves working credentials in use until they really expire.
//!
//! Credentials are refreshed `refresh_margin` (5 minutes) before they expire, but never before half
//! their lifetime has passed: credentials issued for less than the margin would otherwise be
//! fetched again on every call.

use super::{Credentials, ProvideCredentials};
use crate::client::error::{DispatchError, DispatchErrorKind};
use crate::client::transport::BoxFuture;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Poll, Waker};
use std::time::{Duration, SystemTime};

/// Wraps any provider with the cache described in the module docs.
pub struct CredentialsCache {
    inner: Arc<dyn ProvideCredentials>,
    state: Mutex<State>,
    refresh_margin: Duration,
    failure_backoff: Duration,
    clock: fn() -> SystemTime,
}

#[derive(Default)]
struct State {
    current: Option<Credentials>,
    /// When `current` is due for a refresh.
    refresh_at: Option<SystemTime>,
    /// A fetch is running (in the future of whichever call started it).
    fetching: bool,
    /// Bumped when a fetch ends, successful or not; waiters wake on a change.
    generation: u64,
    /// The kind and message of the failed fetch of `generation`, for the calls that waited on it.
    failure: Option<(u64, DispatchErrorKind, String)>,
    /// After a failed refresh with credentials still working, no new attempt before this.
    quiet_until: Option<SystemTime>,
    waiters: Vec<Waker>,
}

impl fmt::Debug for CredentialsCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.lock();
        f.debug_struct("CredentialsCache")
            .field("inner", &self.inner)
            .field("current", &s.current)
            .field("refresh_margin", &self.refresh_margin)
            .finish()
    }
}

impl CredentialsCache {
    /// Refreshes 5 minutes before expiry; after a failed refresh, tries again at most every 10 s.
    pub fn new(inner: impl ProvideCredentials) -> Self {
        Self::from_arc(Arc::new(inner))
    }

    pub(crate) fn from_arc(inner: Arc<dyn ProvideCredentials>) -> Self {
        CredentialsCache {
            inner,
            state: Mutex::new(State::default()),
            refresh_margin: Duration::from_secs(300),
            failure_backoff: Duration::from_secs(10),
            clock: SystemTime::now,
        }
    }

    /// How long before their expiry credentials are replaced.
    pub fn refresh_margin(mut self, d: Duration) -> Self {
        self.refresh_margin = d;
        self
    }

    /// How long working credentials are kept without a new attempt after a failed refresh.
    pub fn failure_backoff(mut self, d: Duration) -> Self {
        self.failure_backoff = d;
        self
    }

    /// The clock deciding expiry; tests pin it.
    pub fn clock(mut self, now: fn() -> SystemTime) -> Self {
        self.clock = now;
        self
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    async fn get(&self) -> Result<Credentials, DispatchError> {
        enum Next {
            Fetch(Option<Credentials>),
            Wait(u64),
        }
        loop {
            let next = {
                let mut s = self.lock();
                let now = (self.clock)();
                let usable = s
                    .current
                    .clone()
                    .filter(|c| c.expiry().is_none_or(|e| e > now));
                if let Some(c) = &usable {
                    let fresh = s.refresh_at.is_none_or(|at| now < at);
                    let quiet = s.quiet_until.is_some_and(|q| q > now);
                    if fresh || s.fetching || quiet {
                        return Ok(c.clone());
                    }
                }
                if s.fetching {
                    Next::Wait(s.generation)
                } else {
                    s.fetching = true;
                    Next::Fetch(usable)
                }
            };
            let seen = match next {
                Next::Fetch(usable) => return self.fetch(usable).await,
                Next::Wait(g) => g,
            };
            // No usable credentials and someone else is fetching: wait for the end of that fetch.
            std::future::poll_fn(|cx| {
                let mut s = self.lock();
                if s.generation != seen {
                    return Poll::Ready(());
                }
                s.waiters.push(cx.waker().clone());
                Poll::Pending
            })
            .await;
            let s = self.lock();
            if let Some((g, kind, msg)) = &s.failure
                && *g == s.generation
                && s.current
                    .as_ref()
                    .is_none_or(|c| c.expiry().is_some_and(|e| e <= (self.clock)()))
            {
                return Err(DispatchError::new(*kind, msg.clone()));
            }
        }
    }

    /// The fetch itself, by the call that claimed it; `usable` is what it may fall back on.
    async fn fetch(&self, usable: Option<Credentials>) -> Result<Credentials, DispatchError> {
        // Ends the fetch even when this call's future is dropped halfway (a timeout): a waiter then
        // takes over instead of waiting forever.
        struct Claim<'a>(&'a CredentialsCache, bool);
        impl Drop for Claim<'_> {
            fn drop(&mut self) {
                if !self.1 {
                    let mut s = self.0.lock();
                    s.fetching = false;
                    s.generation += 1;
                    for w in s.waiters.drain(..) {
                        w.wake();
                    }
                }
            }
        }
        let mut claim = Claim(self, false);
        let started = (self.clock)();
        let result = self.inner.provide().await;
        claim.1 = true;
        let mut s = self.lock();
        s.fetching = false;
        s.generation += 1;
        let generation = s.generation;
        let waiters = std::mem::take(&mut s.waiters);
        let out = match result {
            Ok(c) => {
                s.refresh_at = c.expiry().map(|e| {
                    let by_margin = e.checked_sub(self.refresh_margin).unwrap_or(started);
                    let half_life = e
                        .duration_since(started)
                        .map(|life| started + life / 2)
                        .unwrap_or(started);
                    by_margin.max(half_life)
                });
                s.current = Some(c.clone());
                s.failure = None;
                s.quiet_until = None;
                Ok(c)
            }
            Err(e) => match usable {
                Some(c) => {
                    s.quiet_until = Some((self.clock)() + self.failure_backoff);
                    Ok(c)
                }
                None => {
                    s.failure = Some((generation, e.kind(), e.message().to_owned()));
                    Err(e)
                }
            },
        };
        drop(s);
        for w in waiters {
            w.wake();
        }
        out
    }
}

impl ProvideCredentials for CredentialsCache {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, DispatchError>> {
        Box::pin(self.get())
    }
}
