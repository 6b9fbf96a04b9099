use std::time::{Duration, SystemTime, UNIX_EPOCH};

const NANOS_PER_SEC: u32 = 1_000_000_000;
const DAY: i64 = 86_400;

/// An instant in UTC: whole seconds since the Unix epoch plus a sub-second part in `[0, 1e9)`.
///
/// Serde uses the JSON protocols' default, epoch seconds as a number with an optional fraction.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct DateTime {
    secs: i64,
    nanos: u32,
}

/// Why a timestamp could not be parsed or built.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateTimeError(String);

impl std::fmt::Display for DateTimeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateTimeError {}

fn err(what: &str, input: &str) -> DateTimeError {
    let shown: String = input.chars().take(64).collect();
    DateTimeError(format!("{what}: `{shown}`"))
}

// Howard Hinnant's civil-from-days algorithms, in i128 so any i64 second count is in range.
fn days_from_civil(y: i128, m: u32, d: u32) -> i128 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i128;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i128 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i128) -> (i128, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i128) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i128, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        _ => 28,
    }
}

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A byte cursor over ASCII date text; every accessor fails instead of indexing out of range.
struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn digits(&mut self, min: usize, max: usize) -> Option<(u64, usize)> {
        let start = self.i;
        let mut v: u64 = 0;
        while self.i < self.b.len() && self.i - start < max && self.b[self.i].is_ascii_digit() {
            v = v * 10 + u64::from(self.b[self.i] - b'0');
            self.i += 1;
        }
        let n = self.i - start;
        (n >= min).then_some((v, n))
    }

    fn num(&mut self, n: usize) -> Option<u64> {
        self.digits(n, n).map(|(v, _)| v)
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn eat_any(&mut self, cs: &[u8]) -> Option<u8> {
        let c = *self.b.get(self.i)?;
        if cs.contains(&c) {
            self.i += 1;
            Some(c)
        } else {
            None
        }
    }

    /// `.digits` as nanoseconds; digits past the ninth are dropped (truncation).
    fn fraction(&mut self) -> Option<u32> {
        if !self.eat(b'.') {
            return Some(0);
        }
        let start = self.i;
        let mut nanos: u32 = 0;
        let mut n = 0;
        while self.i < self.b.len() && self.b[self.i].is_ascii_digit() {
            if n < 9 {
                nanos = nanos * 10 + u32::from(self.b[self.i] - b'0');
                n += 1;
            }
            self.i += 1;
        }
        if self.i == start {
            return None;
        }
        Some(nanos * 10u32.pow(9 - n))
    }

    fn done(&self) -> bool {
        self.i == self.b.len()
    }
}

impl DateTime {
    /// 1970-01-01T00:00:00Z.
    pub const UNIX_EPOCH: DateTime = DateTime { secs: 0, nanos: 0 };

    /// Whole seconds since the epoch.
    pub const fn from_secs(secs: i64) -> Self {
        DateTime { secs, nanos: 0 }
    }

    /// `nanos` past one second carry into `secs` (saturating at the i64 limits).
    pub const fn from_secs_and_nanos(secs: i64, nanos: u32) -> Self {
        DateTime {
            secs: secs.saturating_add((nanos / NANOS_PER_SEC) as i64),
            nanos: nanos % NANOS_PER_SEC,
        }
    }

    /// Fractional epoch seconds, rounded to the microsecond: an f64 near today's epoch has no
    /// more precision than that, and rounding undoes the binary noise in `1.1` and friends.
    pub fn from_secs_f64(secs: f64) -> Result<Self, DateTimeError> {
        if !secs.is_finite() || secs.abs() >= 9.0e18 {
            return Err(DateTimeError(format!(
                "{secs} is not a representable epoch-seconds timestamp"
            )));
        }
        let whole = secs.floor();
        let micros = ((secs - whole) * 1e6).round() as u32;
        Ok(DateTime::from_secs_and_nanos(whole as i64, micros * 1000))
    }

    /// The current time.
    pub fn now() -> Self {
        SystemTime::now().into()
    }

    /// Whole seconds since the epoch (negative before it).
    pub const fn secs(&self) -> i64 {
        self.secs
    }

    /// Nanoseconds past `secs`.
    pub const fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// Seconds since the epoch, with the fraction.
    pub fn as_secs_f64(&self) -> f64 {
        self.secs as f64 + f64::from(self.nanos) / 1e9
    }

    /// Exact decimal epoch seconds (`1.5`, `-0.25`, `12`), what the JSON protocols send.
    pub fn fmt_epoch_seconds(&self) -> String {
        if self.nanos == 0 {
            return self.secs.to_string();
        }
        let (sign, whole, frac) = if self.secs < 0 {
            // -1.75 is stored as secs -2 + 0.25.
            (
                "-",
                -(i128::from(self.secs) + 1),
                NANOS_PER_SEC - self.nanos,
            )
        } else {
            ("", i128::from(self.secs), self.nanos)
        };
        let frac = format!("{frac:09}");
        format!("{sign}{whole}.{}", frac.trim_end_matches('0'))
    }

    fn fmt_fraction(&self, out: &mut String) {
        let n = self.nanos;
        if n == 0 {
        } else if n.is_multiple_of(1_000_000) {
            out.push_str(&format!(".{:03}", n / 1_000_000));
        } else if n.is_multiple_of(1000) {
            out.push_str(&format!(".{:06}", n / 1000));
        } else {
            out.push_str(&format!(".{n:09}"));
        }
    }

    fn civil(&self) -> (i128, u32, u32, u32, u32, u32, i128) {
        let secs = i128::from(self.secs);
        let days = secs.div_euclid(i128::from(DAY));
        let sod = secs.rem_euclid(i128::from(DAY)) as u32;
        let (y, m, d) = civil_from_days(days);
        (y, m, d, sod / 3600, sod / 60 % 60, sod % 60, days)
    }

    /// RFC 3339 in UTC (`2014-04-29T18:30:38.123Z`); the fraction, when any, in groups of three
    /// digits. Years outside 0..=9999 come out in ISO 8601 expanded form rather than failing.
    pub fn fmt_rfc3339(&self) -> String {
        let (y, mo, d, h, mi, s, _) = self.civil();
        let year = if (0..=9999).contains(&y) {
            format!("{y:04}")
        } else {
            format!("{y:+}")
        };
        let mut out = format!("{year}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}");
        self.fmt_fraction(&mut out);
        out.push('Z');
        out
    }

    /// IMF-fixdate (`Tue, 29 Apr 2014 18:30:38 GMT`); the format has no fraction, so it is cut.
    pub fn fmt_http_date(&self) -> String {
        let (y, mo, d, h, mi, s, days) = self.civil();
        let wd = WEEKDAYS[(days + 4).rem_euclid(7) as usize];
        let mon = MONTHS[(mo - 1) as usize];
        format!("{wd}, {d:02} {mon} {y:04} {h:02}:{mi:02}:{s:02} GMT")
    }

    fn from_parts(
        input: &str,
        y: i128,
        mo: u64,
        d: u64,
        (h, mi, s): (u64, u64, u64),
        nanos: u32,
        offset_secs: i64,
    ) -> Result<Self, DateTimeError> {
        let mo = u32::try_from(mo).map_err(|_| err("month out of range", input))?;
        if !(1..=12).contains(&mo) {
            return Err(err("month out of range", input));
        }
        if d == 0 || d > u64::from(days_in_month(y, mo)) {
            return Err(err("day out of range", input));
        }
        // 60 is a leap second, which Unix time folds into the next second.
        if h > 23 || mi > 59 || s > 60 {
            return Err(err("time of day out of range", input));
        }
        let days = days_from_civil(y, mo, d as u32);
        let secs =
            days * i128::from(DAY) + (h * 3600 + mi * 60 + s) as i128 - i128::from(offset_secs);
        let secs = i64::try_from(secs).map_err(|_| err("timestamp out of range", input))?;
        Ok(DateTime { secs, nanos })
    }

    /// Epoch seconds as decimal text (`1515531081.123`, `-1.75`, `1e3`): exact to the nanosecond for
    /// plain decimals; exponent forms go through `f64`.
    pub fn parse_epoch_seconds(text: &str) -> Result<Self, DateTimeError> {
        let bad = || err("not epoch seconds", text);
        let t = text.trim();
        if t.contains(['e', 'E']) {
            let v: f64 = t.parse().map_err(|_| bad())?;
            return DateTime::from_secs_f64(v);
        }
        let (neg, digits) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t),
        };
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !frac.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        if digits.contains('.') && frac.is_empty() {
            return Err(bad());
        }
        let whole: i64 = whole
            .parse()
            .map_err(|_| err("timestamp out of range", text))?;
        // Digits past the ninth are below a nanosecond: cut, as the wire cannot mean them.
        let mut nanos: u32 = 0;
        for (i, b) in frac.bytes().take(9).enumerate() {
            nanos += u32::from(b - b'0') * 10u32.pow(8 - i as u32);
        }
        if !neg {
            return Ok(DateTime { secs: whole, nanos });
        }
        if nanos == 0 {
            return Ok(DateTime {
                secs: -whole,
                nanos: 0,
            });
        }
        // -1.75 is -2 plus 0.25.
        let secs = whole
            .checked_add(1)
            .map(|w| -w)
            .ok_or_else(|| err("timestamp out of range", text))?;
        Ok(DateTime {
            secs,
            nanos: NANOS_PER_SEC - nanos,
        })
    }

    /// RFC 3339 date-time with `Z` or a numeric offset; lowercase `t`/`z` accepted.
    pub fn parse_rfc3339(text: &str) -> Result<Self, DateTimeError> {
        let bad = || err("not an RFC 3339 date-time", text);
        let mut c = Cursor {
            b: text.as_bytes(),
            i: 0,
        };
        let y = c.num(4).ok_or_else(bad)?;
        let ok = c.eat(b'-');
        let mo = c.num(2).filter(|_| ok).ok_or_else(bad)?;
        let ok = c.eat(b'-');
        let d = c.num(2).filter(|_| ok).ok_or_else(bad)?;
        c.eat_any(b"Tt ").ok_or_else(bad)?;
        let h = c.num(2).ok_or_else(bad)?;
        let ok = c.eat(b':');
        let mi = c.num(2).filter(|_| ok).ok_or_else(bad)?;
        let ok = c.eat(b':');
        let s = c.num(2).filter(|_| ok).ok_or_else(bad)?;
        let nanos = c.fraction().ok_or_else(bad)?;
        let offset = match c.eat_any(b"Zz+-").ok_or_else(bad)? {
            b'Z' | b'z' => 0,
            sign => {
                let oh = c.num(2).ok_or_else(bad)?;
                let ok = c.eat(b':');
                let om = c.num(2).filter(|_| ok).ok_or_else(bad)?;
                if oh > 23 || om > 59 {
                    return Err(err("offset out of range", text));
                }
                let o = (oh * 3600 + om * 60) as i64;
                if sign == b'-' { -o } else { o }
            }
        };
        if !c.done() {
            return Err(bad());
        }
        Self::from_parts(text, i128::from(y), mo, d, (h, mi, s), nanos, offset)
    }

    /// IMF-fixdate (RFC 9110), also with a fraction on the seconds as some services send.
    pub fn parse_http_date(text: &str) -> Result<Self, DateTimeError> {
        let bad = || err("not an HTTP date (IMF-fixdate)", text);
        let word = |c: &mut Cursor<'_>, list: &[&str]| -> Option<usize> {
            let w = c.b.get(c.i..c.i + 3)?;
            let idx = list
                .iter()
                .position(|x| x.as_bytes().eq_ignore_ascii_case(w))?;
            c.i += 3;
            Some(idx)
        };
        let mut c = Cursor {
            b: text.trim().as_bytes(),
            i: 0,
        };
        word(&mut c, &WEEKDAYS).ok_or_else(bad)?;
        let ok = c.eat(b',') && c.eat(b' ');
        let d = c.num(2).filter(|_| ok).ok_or_else(bad)?;
        let ok = c.eat(b' ');
        let mo = word(&mut c, &MONTHS).filter(|_| ok).ok_or_else(bad)? as u64 + 1;
        let ok = c.eat(b' ');
        let y = c.num(4).filter(|_| ok).ok_or_else(bad)?;
        let ok = c.eat(b' ');
        let h = c.num(2).filter(|_| ok).ok_or_else(bad)?;
        let ok = c.eat(b':');
        let mi = c.num(2).filter(|_| ok).ok_or_else(bad)?;
        let ok = c.eat(b':');
        let s = c.num(2).filter(|_| ok).ok_or_else(bad)?;
        let nanos = c.fraction().ok_or_else(bad)?;
        let ok = c.eat(b' ') && c.b.get(c.i..) == Some(b"GMT".as_slice());
        if !ok {
            return Err(bad());
        }
        Self::from_parts(text, i128::from(y), mo, d, (h, mi, s), nanos, 0)
    }
}

impl std::fmt::Display for DateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.fmt_rfc3339())
    }
}

impl std::fmt::Debug for DateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DateTime({})", self.fmt_rfc3339())
    }
}

impl std::str::FromStr for DateTime {
    type Err = DateTimeError;
    fn from_str(s: &str) -> Result<Self, DateTimeError> {
        Self::parse_rfc3339(s)
    }
}

impl From<SystemTime> for DateTime {
    fn from(t: SystemTime) -> Self {
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => DateTime::from_secs_and_nanos(
                i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
                d.subsec_nanos(),
            ),
            Err(e) => {
                let d = e.duration();
                let secs = -i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
                if d.subsec_nanos() == 0 {
                    DateTime::from_secs(secs)
                } else {
                    DateTime {
                        secs: secs.saturating_sub(1),
                        nanos: NANOS_PER_SEC - d.subsec_nanos(),
                    }
                }
            }
        }
    }
}

impl TryFrom<DateTime> for SystemTime {
    type Error = DateTimeError;
    fn try_from(t: DateTime) -> Result<SystemTime, DateTimeError> {
        let out = if t.secs >= 0 {
            UNIX_EPOCH.checked_add(Duration::new(t.secs as u64, t.nanos))
        } else {
            UNIX_EPOCH
                .checked_sub(Duration::from_secs(t.secs.unsigned_abs()))
                .and_then(|s| s.checked_add(Duration::from_nanos(u64::from(t.nanos))))
        };
        out.ok_or_else(|| DateTimeError(format!("{t} does not fit in SystemTime")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_seconds_round_trip() {
        for (json, secs, nanos) in [
            ("1398796238", 1_398_796_238, 0),
            ("1398796238.123", 1_398_796_238, 123_000_000),
            ("-1.75", -2, 250_000_000),
            ("0.5", 0, 500_000_000),
            ("-0.5", -1, 500_000_000),
        ] {
            let t = DateTime::parse_epoch_seconds(json).unwrap();
            assert_eq!((t.secs(), t.subsec_nanos()), (secs, nanos), "{json}");
            assert_eq!(t.fmt_epoch_seconds(), json);
        }
        let t = DateTime::parse_epoch_seconds("1515531081.1234").unwrap();
        assert_eq!(t.subsec_nanos(), 123_400_000);
        assert_eq!(t.fmt_epoch_seconds(), "1515531081.1234");
        let t = DateTime::parse_epoch_seconds("1.5e3").unwrap();
        assert_eq!(t.secs(), 1500);
    }

    #[test]
    fn epoch_seconds_hostile() {
        for bad in [
            "1e300",
            "-1e300",
            "\"12\"",
            "null",
            "18446744073709551615",
            "",
            "-",
            "1.",
            ".5",
            "1.2.3",
            "--1",
        ] {
            assert!(DateTime::parse_epoch_seconds(bad).is_err(), "{bad}");
        }
        assert!(DateTime::from_secs_f64(f64::NAN).is_err());
        assert!(DateTime::from_secs_f64(f64::INFINITY).is_err());
    }

    #[test]
    fn rfc3339() {
        let t = DateTime::parse_rfc3339("2014-04-29T18:30:38Z").unwrap();
        assert_eq!(t.secs(), 1_398_796_238);
        assert_eq!(t.fmt_rfc3339(), "2014-04-29T18:30:38Z");
        let t = DateTime::parse_rfc3339("2014-04-29t20:30:38.12345+02:00").unwrap();
        assert_eq!((t.secs(), t.subsec_nanos()), (1_398_796_238, 123_450_000));
        assert_eq!(t.to_string(), "2014-04-29T18:30:38.123450Z");
        let t = DateTime::parse_rfc3339("1969-12-31T23:59:59.5z").unwrap();
        assert_eq!((t.secs(), t.subsec_nanos()), (-1, 500_000_000));
        assert_eq!(t.fmt_rfc3339(), "1969-12-31T23:59:59.500Z");
        let t = DateTime::parse_rfc3339("2000-02-29T00:00:00.1234567891Z").unwrap();
        assert_eq!(t.subsec_nanos(), 123_456_789);
        assert!(
            DateTime::from_secs(i64::MIN)
                .fmt_rfc3339()
                .starts_with("-292277022657-")
        );
        assert!(
            DateTime::from_secs(i64::MAX)
                .to_string()
                .starts_with("+292277026596-")
        );
        assert!(
            DateTime::from_secs(i64::MIN)
                .fmt_http_date()
                .ends_with(" GMT")
        );
    }

    #[test]
    fn rfc3339_rejects() {
        for bad in [
            "",
            "2014-04-29",
            "2014-04-29T18:30:38",
            "2014-13-01T00:00:00Z",
            "2015-02-29T00:00:00Z",
            "2014-04-29T24:00:00Z",
            "2014-04-29T18:30:38.Z",
            "2014-04-29T18:30:38Zjunk",
            "2014-04-29T18:30:38+25:00",
            "２０１４-04-29T18:30:38Z",
            "2014-04-29T18:30:3",
        ] {
            assert!(DateTime::parse_rfc3339(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn http_date() {
        let t = DateTime::parse_http_date("Tue, 29 Apr 2014 18:30:38 GMT").unwrap();
        assert_eq!(t.secs(), 1_398_796_238);
        assert_eq!(t.fmt_http_date(), "Tue, 29 Apr 2014 18:30:38 GMT");
        assert_eq!(
            DateTime::from_secs(0).fmt_http_date(),
            "Thu, 01 Jan 1970 00:00:00 GMT"
        );
        assert_eq!(
            DateTime::from_secs(-86_400).fmt_http_date(),
            "Wed, 31 Dec 1969 00:00:00 GMT"
        );
        let t = DateTime::parse_http_date("Tue, 29 Apr 2014 18:30:38.25 GMT").unwrap();
        assert_eq!(t.subsec_nanos(), 250_000_000);
        for bad in [
            "",
            "Tue, 29 Apr 2014 18:30:38",
            "Xyz, 29 Apr 2014 18:30:38 GMT",
            "Tue, 31 Apr 2014 18:30:38 GMT",
            "Tue, 29 Apr 2014 18:30:38 GMTx",
            "Tue,",
        ] {
            assert!(DateTime::parse_http_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn system_time_conversion() {
        let t = DateTime::from_secs_and_nanos(5, 7);
        let st: SystemTime = t.try_into().unwrap();
        assert_eq!(DateTime::from(st), t);
        let t = DateTime::from_secs_and_nanos(-5, 7);
        let st: SystemTime = t.try_into().unwrap();
        assert_eq!(DateTime::from(st), t);
    }
}
