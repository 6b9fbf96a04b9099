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

/// Runs `future` to completion on the calling thread, parking it while the future waits: what the
/// generated `blocking` clients call, so a plain `fn main` needs no async runtime. The client's own
/// waiting (HTTP exchanges on threads of their own, the timer thread for backoff and timeouts) wakes it.
///
/// Inside an async task this blocks that task's thread; call the `async` client there instead.
pub fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
        fn wake_by_ref(self: &Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(v) => return v,
            // A wake between the poll and the park leaves the token set, so park returns at once.
            Poll::Pending => std::thread::park(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_on_waits_for_a_thread_and_a_timer() {
        let answer = spawn("test", || 6 * 7).unwrap();
        assert_eq!(block_on(answer), Some(42));
        let started = std::time::Instant::now();
        block_on(crate::AsyncSleep::sleep(
            &crate::ThreadTimerSleep,
            std::time::Duration::from_millis(30),
        ));
        assert!(started.elapsed() >= std::time::Duration::from_millis(30));
    }
}
