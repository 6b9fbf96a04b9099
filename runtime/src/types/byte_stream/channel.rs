//! The hand-over of a response body from the thread that reads it off the connection to the code that
//! consumes it: a small bounded queue of chunks. The reading side blocks when the queue is full, so at
//! most [`MAX_QUEUED`] chunks are held whatever the body's size; the consuming side either awaits (a
//! waker) or blocks (a condition variable), so no async runtime is needed. Dropping the consuming side
//! tells the reading side to stop, which then drops the connection.

use std::collections::VecDeque;
use std::io;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};

/// Chunks waiting in the queue before the reading side waits for the consumer.
pub(crate) const MAX_QUEUED: usize = 4;

struct State {
    chunks: VecDeque<io::Result<Vec<u8>>>,
    /// The sender is gone: after the queued chunks the body ends.
    done: bool,
    /// The receiver is gone: nobody will read what is sent.
    closed: bool,
    waker: Option<Waker>,
}

struct Chan {
    state: Mutex<State>,
    cond: Condvar,
}

impl Chan {
    fn lock(&self) -> MutexGuard<'_, State> {
        // Neither side panics while holding the lock; a poisoned one is still consistent.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The producing side of a streamed body, for an HTTP transport that hands a
/// response body over as it arrives. Dropping it ends the body; [`BodySender::fail`] ends it with an error.
pub struct BodySender(Arc<Chan>);

/// The consuming side, held (shared by clones) inside a [`super::ByteStream`].
pub(crate) struct Receiver(Arc<Chan>);

pub(crate) fn channel() -> (BodySender, Receiver) {
    let chan = Arc::new(Chan {
        state: Mutex::new(State {
            chunks: VecDeque::with_capacity(MAX_QUEUED),
            done: false,
            closed: false,
            waker: None,
        }),
        cond: Condvar::new(),
    });
    (BodySender(chan.clone()), Receiver(chan))
}

impl BodySender {
    /// Queues one chunk, waiting while the queue is full. `false` when the stream was dropped: stop
    /// reading and close the connection.
    pub fn send(&self, chunk: Vec<u8>) -> bool {
        self.push(Ok(chunk))
    }

    /// Ends the body with an error (a read timeout, a broken connection), which the consumer gets after
    /// the chunks already queued.
    pub fn fail(self, error: io::Error) {
        self.push(Err(error));
    }

    /// `true` once the consumer has dropped the stream.
    pub fn is_closed(&self) -> bool {
        self.0.lock().closed
    }

    fn push(&self, item: io::Result<Vec<u8>>) -> bool {
        let mut s = self.0.lock();
        while s.chunks.len() >= MAX_QUEUED && !s.closed {
            s = self.0.cond.wait(s).unwrap_or_else(|p| p.into_inner());
        }
        if s.closed {
            return false;
        }
        s.chunks.push_back(item);
        let waker = s.waker.take();
        drop(s);
        self.0.cond.notify_all();
        if let Some(w) = waker {
            w.wake();
        }
        true
    }
}

impl Drop for BodySender {
    fn drop(&mut self) {
        let mut s = self.0.lock();
        s.done = true;
        let waker = s.waker.take();
        drop(s);
        self.0.cond.notify_all();
        if let Some(w) = waker {
            w.wake();
        }
    }
}

impl Receiver {
    pub(crate) fn poll_next(&self, cx: &mut Context<'_>) -> Poll<Option<io::Result<Vec<u8>>>> {
        let mut s = self.0.lock();
        if let Some(chunk) = s.chunks.pop_front() {
            drop(s);
            self.0.cond.notify_all();
            return Poll::Ready(Some(chunk));
        }
        if s.done {
            return Poll::Ready(None);
        }
        s.waker = Some(cx.waker().clone());
        Poll::Pending
    }

    pub(crate) fn recv_blocking(&self) -> Option<io::Result<Vec<u8>>> {
        let mut s = self.0.lock();
        loop {
            if let Some(chunk) = s.chunks.pop_front() {
                drop(s);
                self.0.cond.notify_all();
                return Some(chunk);
            }
            if s.done {
                return None;
            }
            s = self.0.cond.wait(s).unwrap_or_else(|p| p.into_inner());
        }
    }
}

impl Drop for Receiver {
    fn drop(&mut self) {
        let mut s = self.0.lock();
        s.closed = true;
        // What was queued is nobody's any more.
        s.chunks.clear();
        drop(s);
        self.0.cond.notify_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sender_waits_while_the_queue_is_full_and_stops_when_the_receiver_is_gone() {
        let (tx, rx) = channel();
        let producer = std::thread::spawn(move || {
            let mut sent = 0;
            while tx.send(vec![0; 16]) {
                sent += 1;
            }
            sent
        });
        // The producer can be at most MAX_QUEUED ahead; take two, then drop the receiver.
        assert_eq!(
            rx.recv_blocking().map(|c| c.map(|c| c.len()).ok()),
            Some(Some(16))
        );
        assert!(rx.recv_blocking().is_some());
        drop(rx);
        let sent = producer.join().unwrap();
        assert!(
            sent <= 2 + MAX_QUEUED,
            "{sent} chunks sent past a full queue"
        );
    }

    #[test]
    fn an_error_comes_after_the_queued_chunks_and_ends_the_body() {
        let (tx, rx) = channel();
        assert!(tx.send(b"ab".to_vec()));
        tx.fail(io::Error::new(io::ErrorKind::TimedOut, "read timeout"));
        assert_eq!(rx.recv_blocking().unwrap().unwrap(), b"ab");
        assert_eq!(
            rx.recv_blocking().unwrap().unwrap_err().kind(),
            io::ErrorKind::TimedOut
        );
        assert!(rx.recv_blocking().is_none());
    }
}
