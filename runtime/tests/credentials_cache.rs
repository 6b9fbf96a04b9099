//! The credentials cache: refresh before expiry, once for many concurrent calls, and working
//! credentials kept when a refresh fails. Through a fake container endpoint on 127.0.0.1 and
//! through a counting provider.
#![cfg(feature = "default-https")]

mod support;

use rt::{
    BoxFuture, Config, Credentials, CredentialsCache, DispatchError, DispatchErrorKind,
    ProvideCredentials,
};
use smithy_runtime as rt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, SystemTime};
use support::{TempHome, creds_json, ok, serve};

/// Hands out `ASIA<n>` keys expiring `lifetimes[n - 1]` (the last one repeating) after the test
/// clock's now, slowly, counting fetches; fails while `failing` is set.
#[derive(Debug)]
struct Counting {
    fetches: Arc<AtomicUsize>,
    lifetimes: Vec<Duration>,
    delay: Duration,
    failing: Arc<Mutex<bool>>,
    clock: fn() -> SystemTime,
}

impl ProvideCredentials for Counting {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, DispatchError>> {
        let n = self.fetches.fetch_add(1, Ordering::SeqCst) + 1;
        let fail = *self.failing.lock().unwrap();
        let lifetime = self.lifetimes[(n - 1).min(self.lifetimes.len() - 1)];
        let (delay, now) = (self.delay, (self.clock)());
        Box::pin(async move {
            // A blocking sleep on the caller's thread: each test thread runs its own executor.
            std::thread::sleep(delay);
            if fail {
                return Err(DispatchError::new(
                    DispatchErrorKind::Credentials,
                    format!("fetch {n} failed"),
                ));
            }
            Ok(Credentials::new(format!("ASIA{n}"), "s", None).with_expiry(now + lifetime))
        })
    }
}

/// Real time plus a jump, for the one test that moves its clock forward.
static JUMP_SECS: AtomicUsize = AtomicUsize::new(0);

fn jumping_now() -> SystemTime {
    SystemTime::now() + Duration::from_secs(JUMP_SECS.load(Ordering::SeqCst) as u64)
}

fn counting(
    lifetimes: &[Duration],
    delay: Duration,
) -> (CredentialsCache, Arc<AtomicUsize>, Arc<Mutex<bool>>) {
    counting_on(lifetimes, delay, SystemTime::now)
}

fn counting_on(
    lifetimes: &[Duration],
    delay: Duration,
    clock: fn() -> SystemTime,
) -> (CredentialsCache, Arc<AtomicUsize>, Arc<Mutex<bool>>) {
    let fetches = Arc::new(AtomicUsize::new(0));
    let failing = Arc::new(Mutex::new(false));
    let cache = CredentialsCache::new(Counting {
        fetches: fetches.clone(),
        lifetimes: lifetimes.to_vec(),
        delay,
        failing: failing.clone(),
        clock,
    })
    .clock(clock);
    (cache, fetches, failing)
}

const HOUR: Duration = Duration::from_secs(3600);

fn get(p: &dyn ProvideCredentials) -> Result<Credentials, DispatchError> {
    futures_executor::block_on(p.provide())
}

/// `n` threads call at the same moment; returns what each got.
fn stampede(p: Arc<dyn ProvideCredentials>, n: usize) -> Vec<Result<Credentials, DispatchError>> {
    let barrier = Arc::new(Barrier::new(n));
    let threads: Vec<_> = (0..n)
        .map(|_| {
            let (p, b) = (p.clone(), barrier.clone());
            std::thread::spawn(move || {
                b.wait();
                get(&*p)
            })
        })
        .collect();
    threads
        .into_iter()
        .map(|t| t.join().expect("no panic"))
        .collect()
}

#[test]
fn one_fetch_for_a_hundred_concurrent_first_calls() {
    let (cache, fetches, _) = counting(&[HOUR], Duration::from_millis(200));
    let cache = Arc::new(cache);
    let got = stampede(cache.clone(), 100);
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
    assert!(got.iter().all(|r| {
        r.as_ref()
            .map(|c| c.access_key_id() == "ASIA1")
            .unwrap_or(false)
    }));
    // And later calls reuse them.
    get(&*cache).unwrap();
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
}

#[test]
fn refreshes_before_expiry_once_while_the_others_keep_working() {
    let (cache, fetches, _) = counting_on(&[HOUR], Duration::from_millis(300), jumping_now);
    let cache = Arc::new(cache);
    assert_eq!(get(&*cache).unwrap().access_key_id(), "ASIA1");
    // 57 minutes later the keys are within the 5-minute margin but still work.
    JUMP_SECS.store(57 * 60, Ordering::SeqCst);
    let got = stampede(cache.clone(), 100);
    assert_eq!(
        fetches.load(Ordering::SeqCst),
        2,
        "one refresh for 100 calls"
    );
    let old = got
        .iter()
        .filter(|r| r.as_ref().unwrap().access_key_id() == "ASIA1")
        .count();
    let new = got
        .iter()
        .filter(|r| r.as_ref().unwrap().access_key_id() == "ASIA2")
        .count();
    assert_eq!(old + new, 100);
    assert!(
        new >= 1 && old >= 1,
        "the refresher got new ones, the others did not wait: {old} old, {new} new"
    );
}

#[test]
fn short_lived_credentials_are_not_fetched_on_every_call() {
    // Issued for 2 minutes, less than the margin: kept for half their life.
    let (cache, fetches, _) = counting(&[Duration::from_secs(120)], Duration::ZERO);
    for _ in 0..10 {
        get(&cache).unwrap();
    }
    assert_eq!(fetches.load(Ordering::SeqCst), 1);
}

#[test]
fn expired_credentials_make_everyone_wait_for_one_fetch() {
    let (cache, fetches, _) = counting(
        &[Duration::from_millis(10), HOUR],
        Duration::from_millis(200),
    );
    let cache = Arc::new(cache);
    get(&*cache).unwrap();
    std::thread::sleep(Duration::from_millis(30));
    let got = stampede(cache.clone(), 100);
    assert_eq!(fetches.load(Ordering::SeqCst), 2);
    assert!(
        got.iter()
            .all(|r| r.as_ref().unwrap().access_key_id() == "ASIA2"),
        "nobody got expired keys"
    );
}

#[test]
fn a_failed_refresh_keeps_working_credentials_until_they_expire() {
    // Issued for 2 s with a 1.5 s margin: due for a refresh after 1 s, valid for 2.
    let (cache, fetches, failing) = counting(&[Duration::from_secs(2), HOUR], Duration::ZERO);
    let cache = cache
        .refresh_margin(Duration::from_millis(1500))
        .failure_backoff(Duration::from_millis(100));
    get(&cache).unwrap();
    *failing.lock().unwrap() = true;
    std::thread::sleep(Duration::from_millis(1100));
    // The refresh fails: the still-valid keys are used, and no new attempt before the backoff.
    assert_eq!(get(&cache).unwrap().access_key_id(), "ASIA1");
    assert_eq!(get(&cache).unwrap().access_key_id(), "ASIA1");
    assert_eq!(fetches.load(Ordering::SeqCst), 2);
    std::thread::sleep(Duration::from_millis(150));
    assert_eq!(get(&cache).unwrap().access_key_id(), "ASIA1");
    assert_eq!(fetches.load(Ordering::SeqCst), 3);
    // Once they really expire, the failure is the caller's.
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(get(&cache).unwrap_err().to_string(), "fetch 4 failed");
    *failing.lock().unwrap() = false;
    assert_eq!(get(&cache).unwrap().access_key_id(), "ASIA5");
}

#[test]
fn a_failure_with_nothing_to_fall_back_on_reaches_every_waiter_once() {
    let (cache, fetches, failing) = counting(&[HOUR], Duration::from_millis(200));
    let cache = Arc::new(cache);
    *failing.lock().unwrap() = true;
    let got = stampede(cache.clone(), 50);
    assert!(
        got.iter()
            .all(|r| r.as_ref().unwrap_err().to_string() == "fetch 1 failed")
    );
    assert_eq!(
        fetches.load(Ordering::SeqCst),
        1,
        "the waiters share the one failure"
    );
    *failing.lock().unwrap() = false;
    assert_eq!(
        get(&*cache).unwrap().access_key_id(),
        "ASIA2",
        "the next call tries again"
    );
}

#[test]
fn container_credentials_under_load_and_after_expiry() {
    // The endpoint hands out numbered credentials, slowly: the first expire in 1 s, later ones in an hour.
    let served = Arc::new(AtomicUsize::new(0));
    let counter = served.clone();
    let server = serve(move |_| {
        let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
        std::thread::sleep(Duration::from_millis(200));
        let life = if n == 1 { Duration::from_secs(1) } else { HOUR };
        ok(creds_json(&format!("AKC{n}"), life))
    });
    let home = TempHome::new();
    let uri = format!("{}/creds", server.url);
    let cfg = Config::builder()
        .environment(home.env(&[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &uri)]))
        .load()
        .unwrap();
    let provider = cfg.credentials_provider().clone();
    let got = stampede(provider.clone(), 100);
    assert_eq!(
        served.load(Ordering::SeqCst),
        1,
        "100 first calls, one request"
    );
    assert!(
        got.iter()
            .all(|r| r.as_ref().unwrap().access_key_id() == "AKC1")
    );
    // Expired: everyone waits for the one new fetch, nobody gets the old keys.
    std::thread::sleep(Duration::from_millis(2100));
    let got = stampede(provider, 100);
    assert_eq!(served.load(Ordering::SeqCst), 2);
    assert!(
        got.iter()
            .all(|r| r.as_ref().unwrap().access_key_id() == "AKC2")
    );
}
