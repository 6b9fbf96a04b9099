//! Waiters (`smithy.waiters#waitable`): call an operation until an acceptor says success or failure, with
//! the spec's exponential backoff and jitter between `min_delay` and `max_delay`, never past the
//! caller's `max_wait`. A generated `wait_until_<name>` method hands its static [`Waiter`] and the
//! operation call to [`wait`].

use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::sleep::AsyncSleep;
use crate::codec::WriteValue;
use crate::jmespath::{Expression, to_value};

/// One waiter of an operation, as the model states it.
#[derive(Debug)]
pub struct Waiter {
    /// The waiter's name in the model (`TableExists`).
    pub name: &'static str,
    /// The shortest delay between calls, in seconds.
    pub min_delay: u64,
    /// The longest delay between calls, in seconds.
    pub max_delay: u64,
    /// The acceptors, in the model's order: the first that matches decides.
    pub acceptors: &'static [Acceptor],
}

/// What a matching acceptor makes of the wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AcceptorState {
    /// Waiting ends well.
    Success,
    /// Waiting ends in a [`WaitError::Failure`].
    Failure,
    /// The operation is called again after the next delay.
    Retry,
}

/// One acceptor of a waiter: when its matcher matches a call's result, its state decides.
#[derive(Debug)]
pub struct Acceptor {
    /// What a match means.
    pub state: AcceptorState,
    /// What is matched.
    pub matcher: Matcher,
}

/// What an acceptor looks at in a call's result.
#[derive(Debug)]
pub enum Matcher {
    /// The expression over the output.
    Output(PathMatcher),
    /// The expression over `{"input": .., "output": ..}`.
    InputOutput(PathMatcher),
    /// `true`: the call succeeded; `false`: it failed with any error.
    Success(bool),
    /// The call failed with this error code.
    ErrorType(&'static str),
}

/// A JMESPath expression, the value it must give, and how the two are compared.
#[derive(Debug)]
pub struct PathMatcher {
    /// The JMESPath expression.
    pub path: &'static str,
    /// The expected value, as the model writes it.
    pub expected: &'static str,
    /// How the expression's result is compared with `expected`.
    pub comparator: Comparator,
}

/// The waiters spec's comparators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparator {
    /// The result is a string equal to the expected value.
    StringEquals,
    /// The result is a boolean equal to the expected value.
    BooleanEquals,
    /// The result is a non-empty list whose every item is a string equal to the expected value.
    AllStringEquals,
    /// The result is a list with at least one string equal to the expected value.
    AnyStringEquals,
}

/// How waiting ended well: the last call's result (an error, when an `errorType` acceptor was the
/// success, as in "wait until the table does not exist").
#[derive(Debug)]
pub struct Waited<O, E> {
    /// The last call's result.
    pub last: Result<O, E>,
    /// How many times the operation was called.
    pub attempts: u32,
    /// How long waiting took.
    pub elapsed: Duration,
}

/// Why waiting did not end in success.
#[derive(Debug)]
#[non_exhaustive]
pub enum WaitError<O, E> {
    /// A `failure` acceptor matched.
    Failure(Waited<O, E>),
    /// The call failed and no acceptor matched the error.
    Unexpected(Waited<O, E>),
    /// `max_wait` passed first; `last` is the last call's result, if one finished.
    Timeout {
        /// The waiter's name.
        waiter: &'static str,
        /// The time it was given.
        max_wait: Duration,
        /// How many times the operation was called.
        attempts: u32,
        /// The last call's result, if one finished.
        last: Option<Result<O, E>>,
    },
    /// An acceptor's expression could not be evaluated (a bug in the model or in this runtime).
    Expression {
        /// The waiter's name.
        waiter: &'static str,
        /// What went wrong.
        message: String,
    },
}

impl<O: fmt::Debug, E: fmt::Display> fmt::Display for WaitError<O, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Failure(w) => {
                write!(
                    f,
                    "the waiter reached a failure state after {} calls",
                    w.attempts
                )?;
                if let Err(e) = &w.last {
                    write!(f, ": {e}")?;
                }
                Ok(())
            }
            WaitError::Unexpected(w) => match &w.last {
                Err(e) => write!(f, "the waited-on call failed: {e}"),
                Ok(_) => f.write_str("the waited-on call failed"),
            },
            WaitError::Timeout {
                waiter,
                max_wait,
                attempts,
                ..
            } => write!(
                f,
                "waiter {waiter} gave up after {max_wait:?} ({attempts} calls)"
            ),
            WaitError::Expression { waiter, message } => {
                write!(f, "waiter {waiter}: {message}")
            }
        }
    }
}

impl<O: fmt::Debug, E: fmt::Display + fmt::Debug> std::error::Error for WaitError<O, E> {}

/// The delay before retry number `attempt` (1-based), by the waiters spec: exponential from `min`, capped
/// at `max`, full jitter between `min` and that; when less than `min` would be left afterwards, the rest
/// of the time instead, for one last call. Whole seconds, as the spec computes them; `remaining` is
/// rounded down.
pub fn delay(
    attempt: u32,
    min: u64,
    max: u64,
    remaining: Duration,
    random: impl FnOnce(u64, u64) -> u64,
) -> Duration {
    let ceiling = ((max as f64 / min as f64).ln() / 2f64.ln()) + 1.0;
    let top = if f64::from(attempt) > ceiling {
        max
    } else {
        min.saturating_mul(1u64 << (attempt - 1).min(62)).min(max)
    };
    let chosen = random(min, top.max(min));
    let remaining_secs = remaining.as_secs();
    if remaining_secs.saturating_sub(chosen) <= min {
        remaining
    } else {
        Duration::from_secs(chosen)
    }
}

/// Calls `call(input)` until an acceptor of `waiter` says success (`Ok`) or failure, or `max_wait`
/// passes. `code` gives an error's code, for `errorType` acceptors. Time is what passed on the clock or
/// what the waiter slept, whichever is more (so a test's instant sleep still runs into `max_wait`).
pub async fn wait<I, O, E, F, Fut>(
    waiter: &'static Waiter,
    sleep: Arc<dyn AsyncSleep>,
    input: I,
    max_wait: Duration,
    mut call: F,
    code: impl Fn(&E) -> Option<&str>,
) -> Result<Waited<O, E>, WaitError<O, E>>
where
    I: WriteValue + Clone,
    O: WriteValue,
    F: FnMut(I) -> Fut,
    Fut: Future<Output = Result<O, E>>,
{
    let started = Instant::now();
    let mut slept = Duration::ZERO;
    let mut attempts = 0u32;
    let mut last = None;
    let elapsed = |slept: Duration| started.elapsed().max(slept);
    let expr_err = |message: String| WaitError::Expression {
        waiter: waiter.name,
        message,
    };
    // Set when the delay used up the rest of `max_wait`: the call after it is the last one.
    let mut last_chance = false;
    // Each acceptor's path, parsed the first time it is evaluated and kept for every later call.
    let mut paths: Vec<Option<Expression>> = vec![None; waiter.acceptors.len()];
    loop {
        let remaining = max_wait.saturating_sub(elapsed(slept));
        if remaining.is_zero() && !last_chance {
            return Err(WaitError::Timeout {
                waiter: waiter.name,
                max_wait,
                attempts,
                last,
            });
        }
        attempts += 1;
        // The call in flight is bounded by the client's own timeouts (connect, read, attempt, operation),
        // not raced against the deadline: the configured sleep may be a test's instant one.
        let result = call(input.clone()).await;
        let mut state = None;
        // The output in the JMESPath data model (and with the input, for `inputOutput`), made once per
        // call however many acceptors look at it.
        let mut output: Option<serde_json::Value> = None;
        let mut input_output: Option<serde_json::Value> = None;
        for (a, path) in waiter.acceptors.iter().zip(&mut paths) {
            let matched = match (&a.matcher, &result) {
                (Matcher::Success(want), r) => r.is_ok() == *want,
                (Matcher::ErrorType(t), Err(e)) => code(e) == Some(*t),
                (Matcher::Output(m), Ok(out)) => {
                    let v =
                        once(&mut output, || to_value(out)).map_err(|e| expr_err(e.to_string()))?;
                    matches(m, parsed(path, m.path).map_err(expr_err)?, v)
                }
                (Matcher::InputOutput(m), Ok(out)) => {
                    let v = once(&mut input_output, || {
                        let mut both = serde_json::Map::new();
                        both.insert("input".into(), to_value(&input)?);
                        both.insert("output".into(), to_value(out)?);
                        Ok::<_, crate::codec::Error>(serde_json::Value::Object(both))
                    })
                    .map_err(|e| expr_err(e.to_string()))?;
                    matches(m, parsed(path, m.path).map_err(expr_err)?, v)
                }
                _ => false,
            };
            if matched {
                state = Some(a.state);
                break;
            }
        }
        let done = |last| Waited {
            last,
            attempts,
            elapsed: elapsed(slept),
        };
        match state {
            Some(AcceptorState::Success) => return Ok(done(result)),
            Some(AcceptorState::Failure) => return Err(WaitError::Failure(done(result))),
            None if result.is_err() => return Err(WaitError::Unexpected(done(result))),
            _ => {}
        }
        last = Some(result);
        let remaining = max_wait.saturating_sub(elapsed(slept));
        if last_chance || remaining.is_zero() {
            return Err(WaitError::Timeout {
                waiter: waiter.name,
                max_wait,
                attempts,
                last,
            });
        }
        let d = delay(
            attempts,
            waiter.min_delay,
            waiter.max_delay,
            remaining,
            |lo, hi| fastrand::u64(lo..=hi),
        );
        last_chance = d >= remaining;
        sleep.sleep(d).await;
        slept += d;
    }
}

/// What `slot` holds, made by `make` the first time.
fn once<T, E>(slot: &mut Option<T>, make: impl FnOnce() -> Result<T, E>) -> Result<&T, E> {
    let value = match slot.take() {
        Some(v) => v,
        None => make()?,
    };
    Ok(slot.insert(value))
}

/// `path` parsed, kept in `slot` after the first time.
fn parsed<'s>(slot: &'s mut Option<Expression>, path: &str) -> Result<&'s Expression, String> {
    once(slot, || Expression::parse(path))
}

fn matches(m: &PathMatcher, expression: &Expression, v: &serde_json::Value) -> bool {
    use serde_json::Value;
    let found = expression.search(v);
    let is = |x: &Value| x.as_str() == Some(m.expected);
    match m.comparator {
        Comparator::StringEquals => is(&found),
        Comparator::BooleanEquals => {
            found.as_bool().map(|b| b.to_string()) == Some(m.expected.to_string())
        }
        Comparator::AllStringEquals => {
            matches!(&found, Value::Array(a) if !a.is_empty() && a.iter().all(is))
        }
        Comparator::AnyStringEquals => matches!(&found, Value::Array(a) if a.iter().any(is)),
    }
}

#[cfg(test)]
mod tests {
    use super::delay;
    use std::time::Duration;

    #[test]
    fn delays_follow_the_spec() {
        let long = Duration::from_secs(10_000);
        let top = |attempt| delay(attempt, 2, 120, long, |_, hi| hi).as_secs();
        let bottom = |attempt| delay(attempt, 2, 120, long, |lo, _| lo).as_secs();
        // The spec's table for minDelay 2, maxDelay 120: 2, 4, 8, 16, 32, 64, then 120.
        assert_eq!(
            (1..=8).map(top).collect::<Vec<_>>(),
            [2, 4, 8, 16, 32, 64, 120, 120]
        );
        assert!((1..=8).all(|a| bottom(a) == 2));
        // Less than minDelay would be left: wait out the rest and call once more.
        assert_eq!(
            delay(3, 2, 120, Duration::from_secs(9), |_, hi| hi),
            Duration::from_secs(9)
        );
        assert_eq!(
            delay(1, 2, 120, Duration::from_secs(5), |_, hi| hi),
            Duration::from_secs(2)
        );
    }
}
