//! What header signing and presigning share once the canonical request is built: the date, the
//! credential scope, the string to sign and the final HMAC.

use super::encode::{Hex, hex};
use super::key::mac_of;
use super::{ALGORITHM, SigningParams};
use crate::types::DateTime;
use sha2::{Digest, Sha256};
use std::cell::RefCell;

/// `YYYYMMDDTHHMMSSZ`, in UTC, whole seconds.
pub(crate) fn amz_date(time: std::time::SystemTime) -> String {
    let secs = DateTime::from(time).secs();
    thread_local! {
        // Formatting a date costs more than the rest of a signature bar the hashing, and calls
        // come many to a second: the last second formatted on this thread is kept.
        static LAST: RefCell<Option<(i64, String)>> = const { RefCell::new(None) };
    }
    LAST.with_borrow_mut(|last| match last {
        Some((s, text)) if *s == secs => text.clone(),
        _ => {
            let text = format_amz_date(secs);
            *last = Some((secs, text.clone()));
            text
        }
    })
}

fn format_amz_date(secs: i64) -> String {
    let rfc3339 = DateTime::from_secs(secs).fmt_rfc3339();
    // `YYYY-MM-DDTHH:MM:SSZ` for every four-digit year: pick the digits rather than filter.
    if rfc3339.len() == 20 {
        return [0..4, 5..7, 8..13, 14..16, 17..20]
            .map(|r| &rfc3339[r])
            .concat();
    }
    rfc3339
        .chars()
        .filter(|c| !matches!(c, '-' | ':'))
        .collect()
}

pub(crate) struct Scope<'a> {
    params: &'a SigningParams<'a>,
    pub(crate) amz_date: String,
    /// `date/region/service/aws4_request`.
    pub(crate) credential_scope: String,
}

impl<'a> Scope<'a> {
    pub(crate) fn new(params: &'a SigningParams<'a>) -> Self {
        let amz_date = amz_date(params.time);
        let date = Self::date_of(&amz_date);
        let credential_scope = [
            date,
            "/",
            params.region,
            "/",
            params.service,
            "/aws4_request",
        ]
        .concat();
        Scope {
            params,
            amz_date,
            credential_scope,
        }
    }

    fn date_of(amz_date: &str) -> &str {
        amz_date.split('T').next().unwrap_or(amz_date)
    }

    pub(crate) fn string_to_sign(&self, canonical_request: &str) -> String {
        let hash = hex(&Sha256::digest(canonical_request.as_bytes()).into());
        [
            ALGORITHM,
            "\n",
            &self.amz_date,
            "\n",
            &self.credential_scope,
            "\n",
            hash.as_str(),
        ]
        .concat()
    }

    pub(crate) fn signature(&self, string_to_sign: &str) -> Hex {
        let p = self.params;
        let mac = p
            .credentials
            .signing_key(Self::date_of(&self.amz_date), p.region, p.service);
        hex(&mac_of(mac, string_to_sign.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, UNIX_EPOCH};

    #[test]
    fn amz_date_is_basic_iso8601_whole_seconds() {
        let t = UNIX_EPOCH + Duration::new(1_440_938_160, 999_999_999);
        assert_eq!(amz_date(t), "20150830T123600Z");
        assert_eq!(amz_date(UNIX_EPOCH), "19700101T000000Z");
        // Another second on the same thread is formatted anew, not served from the last one.
        assert_eq!(amz_date(t + Duration::from_secs(1)), "20150830T123601Z");
        assert_eq!(amz_date(t), "20150830T123600Z");
        // Past year 9999 the date is still the digits, in ISO 8601's expanded form.
        let far = UNIX_EPOCH + Duration::from_secs(253_402_300_800);
        assert_eq!(amz_date(far), "+100000101T000000Z");
    }
}
