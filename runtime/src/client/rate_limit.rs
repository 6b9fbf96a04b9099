//! The adaptive retry mode's client-side rate limiter (the AWS SDKs' retry behaviour: a token bucket
//! whose fill rate follows a CUBIC curve). Until the first throttling error it lets everything
//! through; after one it cuts the sending rate to 70 % of the measured rate, then grows it back along
//! the cubic curve as calls succeed, so a throttled client slows down instead of retrying harder.

use std::sync::Mutex;
use std::time::{Duration, Instant};

const MIN_FILL_RATE: f64 = 0.5;
const MIN_CAPACITY: f64 = 1.0;
const SMOOTH: f64 = 0.8;
const BETA: f64 = 0.7;
const SCALE_CONSTANT: f64 = 0.4;

#[derive(Debug)]
pub(crate) struct RateLimiter {
    start: Instant,
    state: Mutex<State>,
}

#[derive(Debug)]
struct State {
    fill_rate: f64,
    max_capacity: f64,
    current_capacity: f64,
    last_timestamp: Option<f64>,
    enabled: bool,
    measured_tx_rate: f64,
    last_tx_rate_bucket: f64,
    request_count: u64,
    last_max_rate: f64,
    last_throttle_time: f64,
    time_window: f64,
}

impl RateLimiter {
    pub(crate) fn new() -> Self {
        RateLimiter {
            start: Instant::now(),
            state: Mutex::new(State {
                fill_rate: 0.0,
                max_capacity: 0.0,
                current_capacity: 0.0,
                last_timestamp: None,
                enabled: false,
                measured_tx_rate: 0.0,
                last_tx_rate_bucket: 0.0,
                request_count: 0,
                last_max_rate: 0.0,
                last_throttle_time: 0.0,
                time_window: 0.0,
            }),
        }
    }

    fn now(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Takes one token for an attempt; returns how long to wait before sending it.
    pub(crate) fn acquire(&self) -> Duration {
        self.acquire_at(self.now())
    }

    /// Reports an attempt's outcome, adjusting the allowed rate.
    pub(crate) fn record(&self, throttled: bool) {
        self.record_at(self.now(), throttled)
    }

    fn acquire_at(&self, now: f64) -> Duration {
        let mut s = self.lock();
        if !s.enabled {
            return Duration::ZERO;
        }
        s.refill(now);
        // A token taken while the bucket is empty is a debt: this call waits for it to be paid, and
        // the next call waits for its own token after that.
        let wait = if s.current_capacity < 1.0 {
            (1.0 - s.current_capacity) / s.fill_rate
        } else {
            0.0
        };
        s.current_capacity -= 1.0;
        Duration::from_secs_f64(wait.clamp(0.0, 3600.0))
    }

    fn record_at(&self, now: f64, throttled: bool) {
        let mut s = self.lock();
        s.update_measured_rate(now);
        let calculated = if throttled {
            let rate_to_use = if s.enabled {
                s.measured_tx_rate.min(s.fill_rate)
            } else {
                s.measured_tx_rate
            };
            s.last_max_rate = rate_to_use;
            s.calculate_time_window();
            s.last_throttle_time = now;
            s.enabled = true;
            rate_to_use * BETA
        } else {
            s.calculate_time_window();
            SCALE_CONSTANT * (now - s.last_throttle_time - s.time_window).powi(3) + s.last_max_rate
        };
        let new_rate = calculated.min(2.0 * s.measured_tx_rate);
        s.update_rate(now, new_rate);
    }

    #[cfg(test)]
    fn fill_rate(&self) -> f64 {
        self.lock().fill_rate
    }
}

impl State {
    fn refill(&mut self, now: f64) {
        let Some(last) = self.last_timestamp else {
            self.last_timestamp = Some(now);
            return;
        };
        let fill = (now - last) * self.fill_rate;
        self.current_capacity = (self.current_capacity + fill).min(self.max_capacity);
        self.last_timestamp = Some(now);
    }

    fn update_rate(&mut self, now: f64, new_rps: f64) {
        self.refill(now);
        self.fill_rate = new_rps.max(MIN_FILL_RATE);
        self.max_capacity = new_rps.max(MIN_CAPACITY);
        self.current_capacity = self.current_capacity.min(self.max_capacity);
    }

    fn update_measured_rate(&mut self, now: f64) {
        let bucket = (now * 2.0).floor() / 2.0;
        self.request_count += 1;
        if bucket > self.last_tx_rate_bucket {
            let current = self.request_count as f64 / (bucket - self.last_tx_rate_bucket);
            self.measured_tx_rate = current * SMOOTH + self.measured_tx_rate * (1.0 - SMOOTH);
            self.request_count = 0;
            self.last_tx_rate_bucket = bucket;
        }
    }

    fn calculate_time_window(&mut self) {
        self.time_window = (self.last_max_rate * (1.0 - BETA) / SCALE_CONSTANT).cbrt();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_until_throttled_then_slower_then_recovers() {
        let l = RateLimiter::new();
        // 10 calls a second for 5 s, no throttling: never waits.
        let mut t = 0.0;
        for _ in 0..50 {
            assert_eq!(l.acquire_at(t), Duration::ZERO);
            l.record_at(t, false);
            t += 0.1;
        }
        // A throttle cuts the rate to 70 % of what was measured (about 10/s).
        l.record_at(t, true);
        let cut = l.fill_rate();
        assert!((5.0..=8.0).contains(&cut), "{cut}");
        // Now sending faster than the fill rate costs waiting.
        let waits: Vec<Duration> = (0..20).map(|_| l.acquire_at(t)).collect();
        assert!(
            waits.last().is_some_and(|w| *w > Duration::from_secs(1)),
            "{waits:?}"
        );
        // Successes over the following seconds grow the rate back along the cubic curve.
        for i in 1..=40 {
            l.record_at(t + i as f64 * 0.25, false);
        }
        assert!(l.fill_rate() > cut, "{} <= {cut}", l.fill_rate());
        // Never below the floor, whatever happens.
        for i in 0..50 {
            l.record_at(t + 20.0 + i as f64, true);
        }
        assert!(l.fill_rate() >= MIN_FILL_RATE);
    }
}
