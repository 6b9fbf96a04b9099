use super::transport::BoxFuture;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, OnceLock};
use std::task::{Context, Poll, Waker};
use std::time::{Duration, Instant};

/// A timer: used for retry backoff and timeouts. Tests plug an instant one
/// ([`crate::mock::InstantSleep`]) so retries do not really wait.
pub trait AsyncSleep: Send + Sync + fmt::Debug + 'static {
    /// A future that completes after `duration`.
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()>;
}

impl<T: AsyncSleep + ?Sized> AsyncSleep for Arc<T> {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        (**self).sleep(duration)
    }
}

/// A sleep that needs no async runtime: one background thread (started on first use) keeps the
/// deadlines and wakes the waiting tasks. Works under any executor, even `block_on`.
#[derive(Clone, Copy, Debug, Default)]
pub struct ThreadTimerSleep;

struct Entry {
    at: Instant,
    seq: u64,
    state: Arc<TimerState>,
}

impl PartialEq for Entry {
    fn eq(&self, o: &Self) -> bool {
        (self.at, self.seq) == (o.at, o.seq)
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Entry {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.at, self.seq).cmp(&(o.at, o.seq))
    }
}

#[derive(Default)]
struct TimerState {
    fired: AtomicBool,
    waker: Mutex<Option<Waker>>,
}

struct Timer {
    heap: Mutex<(BinaryHeap<Reverse<Entry>>, u64)>,
    cond: Condvar,
}

fn timer() -> &'static Timer {
    static TIMER: OnceLock<&'static Timer> = OnceLock::new();
    TIMER.get_or_init(|| {
        let t: &'static Timer = Box::leak(Box::new(Timer {
            heap: Mutex::new((BinaryHeap::new(), 0)),
            cond: Condvar::new(),
        }));
        // If the thread cannot start, sleeps fall back to firing at once (see `ThreadSleepFuture`).
        let _ = std::thread::Builder::new()
            .name("smithy-runtime-timer".into())
            .spawn(move || run_timer(t));
        t
    })
}

fn run_timer(t: &'static Timer) {
    let mut guard = t.heap.lock().unwrap_or_else(|p| p.into_inner());
    loop {
        let now = Instant::now();
        while let Some(Reverse(top)) = guard.0.peek() {
            if top.at > now {
                break;
            }
            let Some(Reverse(e)) = guard.0.pop() else {
                break;
            };
            e.state.fired.store(true, Ordering::Release);
            let waker = e
                .state
                .waker
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .take();
            if let Some(w) = waker {
                w.wake();
            }
        }
        guard = match guard.0.peek() {
            Some(Reverse(top)) => {
                let wait = top.at.saturating_duration_since(Instant::now());
                t.cond
                    .wait_timeout(guard, wait)
                    .unwrap_or_else(|p| p.into_inner())
                    .0
            }
            None => t.cond.wait(guard).unwrap_or_else(|p| p.into_inner()),
        };
    }
}

struct ThreadSleepFuture {
    state: Arc<TimerState>,
}

impl Future for ThreadSleepFuture {
    type Output = ();
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.state.fired.load(Ordering::Acquire) {
            return Poll::Ready(());
        }
        *self.state.waker.lock().unwrap_or_else(|p| p.into_inner()) = Some(cx.waker().clone());
        // Re-check: the timer may have fired between the load and storing the waker.
        if self.state.fired.load(Ordering::Acquire) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

impl AsyncSleep for ThreadTimerSleep {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        let state = Arc::new(TimerState::default());
        let at = Instant::now()
            .checked_add(duration)
            .unwrap_or_else(|| Instant::now() + Duration::from_secs(86_400 * 365));
        let t = timer();
        {
            let mut g = t.heap.lock().unwrap_or_else(|p| p.into_inner());
            g.1 += 1;
            let seq = g.1;
            g.0.push(Reverse(Entry {
                at,
                seq,
                state: state.clone(),
            }));
        }
        t.cond.notify_one();
        Box::pin(ThreadSleepFuture { state })
    }
}

/// `tokio::time::sleep`; needs to be polled inside a tokio runtime with the time driver.
#[cfg(feature = "tokio")]
#[derive(Clone, Copy, Debug, Default)]
pub struct TokioSleep;

#[cfg(feature = "tokio")]
impl AsyncSleep for TokioSleep {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        Box::pin(tokio::time::sleep(duration))
    }
}

/// The default sleep: [`ThreadTimerSleep`], which works under every executor. Not tokio's
/// timer even inside tokio: a runtime built without `enable_time` would make that panic, and
/// the runtime cannot ask tokio whether timers are on. Plug `TokioSleep` (feature `tokio`) to use tokio's.
#[derive(Clone, Copy, Debug, Default)]
pub struct DefaultSleep;

impl AsyncSleep for DefaultSleep {
    fn sleep(&self, duration: Duration) -> BoxFuture<'static, ()> {
        ThreadTimerSleep.sleep(duration)
    }
}

/// Races `fut` against a sleep; `None` when the sleep wins.
pub(crate) async fn timeout<F: Future>(sleep: BoxFuture<'static, ()>, fut: F) -> Option<F::Output> {
    let mut fut = std::pin::pin!(fut);
    let mut sleep = sleep;
    std::future::poll_fn(move |cx| {
        if let Poll::Ready(v) = fut.as_mut().poll(cx) {
            return Poll::Ready(Some(v));
        }
        if sleep.as_mut().poll(cx).is_ready() {
            return Poll::Ready(None);
        }
        Poll::Pending
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thread_timer_sleeps_and_orders() {
        let start = Instant::now();
        futures_executor::block_on(async {
            let long = ThreadTimerSleep.sleep(Duration::from_millis(300));
            let short = ThreadTimerSleep.sleep(Duration::from_millis(20));
            short.await;
            assert!(start.elapsed() < Duration::from_millis(250));
            long.await;
        });
        assert!(start.elapsed() >= Duration::from_millis(300));
    }

    #[test]
    fn timeout_picks_the_winner() {
        futures_executor::block_on(async {
            let r = timeout(
                ThreadTimerSleep.sleep(Duration::from_millis(10)),
                std::future::pending::<()>(),
            )
            .await;
            assert!(r.is_none());
            let r = timeout(ThreadTimerSleep.sleep(Duration::from_secs(60)), async { 7 }).await;
            assert_eq!(r, Some(7));
        });
    }
}
