//! Blocking work (an HTTP exchange, a child process) run on a thread of its own, its result handed
//! back through a one-shot future that wakes the waiting task: no async runtime needed or assumed.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};

/// What the thread hands back (`None` if it panicked), and the waker of the task waiting for it.
struct Slot<T> {
    value: Option<Option<T>>,
    waker: Option<Waker>,
}

/// Resolves when the thread has finished. Dropping it (a timeout, a cancelled call) leaves the thread
/// to finish on its own: the work's own limits (the HTTP agent's timeouts) bound how long that takes.
pub(crate) struct Answer<T>(Arc<Mutex<Slot<T>>>);

pub(crate) fn spawn<T: Send + 'static>(
    name: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> std::io::Result<Answer<T>> {
    let slot = Arc::new(Mutex::new(Slot {
        value: None,
        waker: None,
    }));
    let tx = slot.clone();
    std::thread::Builder::new()
        .name(name.into())
        .spawn(move || {
            let value = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).ok();
            let waker = {
                let mut s = tx.lock().unwrap_or_else(|e| e.into_inner());
                s.value = Some(value);
                s.waker.take()
            };
            if let Some(w) = waker {
                w.wake();
            }
        })?;
    Ok(Answer(slot))
}

impl<T> Future for Answer<T> {
    type Output = Option<T>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<T>> {
        let mut s = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match s.value.take() {
            Some(v) => Poll::Ready(v),
            None => {
                s.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}
