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
    spawn_with_reply(name, move |reply| reply.send(f()))
}

/// Where the thread of [`spawn_with_reply`] puts its answer: the waiting future resolves as soon as it
/// is sent, while the thread may go on (reading a streamed body). Dropped unsent (a panic), the future
/// resolves to `None`.
pub(crate) struct Reply<T>(Option<Arc<Mutex<Slot<T>>>>);

impl<T> Reply<T> {
    pub(crate) fn send(mut self, value: T) {
        self.fill(Some(value));
    }

    fn fill(&mut self, value: Option<T>) {
        let Some(slot) = self.0.take() else { return };
        let waker = {
            let mut s = slot.lock().unwrap_or_else(|e| e.into_inner());
            s.value = Some(value);
            s.waker.take()
        };
        if let Some(w) = waker {
            w.wake();
        }
    }
}

impl<T> Drop for Reply<T> {
    fn drop(&mut self) {
        self.fill(None);
    }
}

/// Runs `f` on a thread of its own; the returned future resolves with what `f` sends through its
/// [`Reply`], which may be before `f` returns.
pub(crate) fn spawn_with_reply<T: Send + 'static>(
    name: &str,
    f: impl FnOnce(Reply<T>) + Send + 'static,
) -> std::io::Result<Answer<T>> {
    let slot = Arc::new(Mutex::new(Slot {
        value: None,
        waker: None,
    }));
    let reply = Reply(Some(slot.clone()));
    std::thread::Builder::new()
        .name(name.into())
        // A panic drops the reply unsent, which the future reports as `None`.
        .spawn(move || {
            let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || f(reply)));
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
