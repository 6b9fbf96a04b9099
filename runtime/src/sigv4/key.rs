//! The signing key: four chained HMACs over the secret, the date and the scope. It changes once a
//! day per scope, so it is derived once and kept next to the secret it came from.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use std::sync::Mutex;

pub(crate) type Key = [u8; 32];

/// HMAC-SHA256 ready to take a message: the key is already folded into its inner and outer
/// states, so a clone signs without rehashing the key (two SHA-256 blocks saved per call).
pub(crate) type KeyedMac = Hmac<Sha256>;

fn keyed(key: &[u8]) -> KeyedMac {
    KeyedMac::new_from_slice(key).expect("HMAC takes keys of any length")
}

pub(crate) fn mac_of(mac: KeyedMac, data: &[u8]) -> Key {
    let mut mac = mac;
    mac.update(data);
    mac.finalize().into_bytes().into()
}

pub(crate) fn hmac(key: &[u8], data: &[u8]) -> Key {
    mac_of(keyed(key), data)
}

/// `date` is `YYYYMMDD`.
pub(crate) fn derive_key(secret: &str, date: &str, region: &str, service: &str) -> Key {
    let mut first = Vec::with_capacity(4 + secret.len());
    first.extend_from_slice(b"AWS4");
    first.extend_from_slice(secret.as_bytes());
    let k = hmac(&first, date.as_bytes());
    let k = hmac(&k, region.as_bytes());
    let k = hmac(&k, service.as_bytes());
    hmac(&k, b"aws4_request")
}

struct Entry {
    date: String,
    region: String,
    service: String,
    mac: KeyedMac,
}

/// The last key derived from one secret. A single entry because a client signs for one region
/// and service; a caller alternating scopes pays the derivation, nothing worse.
#[derive(Default)]
pub(crate) struct KeyCache {
    last: Mutex<Option<Entry>>,
    #[cfg(test)]
    derivations: std::sync::atomic::AtomicUsize,
}

impl KeyCache {
    pub(crate) fn get(&self, secret: &str, date: &str, region: &str, service: &str) -> KeyedMac {
        // A panic elsewhere while the lock was held cannot leave a half-written entry (it is
        // replaced whole), so a poisoned lock is still good to use.
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(e) = last.as_ref()
            && e.date == date
            && e.region == region
            && e.service == service
        {
            return e.mac.clone();
        }
        #[cfg(test)]
        self.derivations
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mac = keyed(&derive_key(secret, date, region, service));
        *last = Some(Entry {
            date: date.to_owned(),
            region: region.to_owned(),
            service: service.to_owned(),
            mac: mac.clone(),
        });
        mac
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sigv4::encode::hex;
    use std::sync::atomic::Ordering;

    /// What a cached MAC signs, against the key derived from scratch.
    fn signs_like(mac: KeyedMac, key: &Key) -> bool {
        mac_of(mac, b"probe") == hmac(key, b"probe")
    }

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    #[test]
    fn derivation_matches_the_documented_example() {
        // AWS's "derive a signing key" example (IAM, 2012-02-15).
        assert_eq!(
            hex(&derive_key(SECRET, "20120215", "us-east-1", "iam")).as_str(),
            "f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"
        );
    }

    #[test]
    fn cache_derives_once_per_date_and_scope() {
        let cache = KeyCache::default();
        let count = || cache.derivations.load(Ordering::Relaxed);
        let first = derive_key(SECRET, "20150830", "us-east-1", "fsx");
        assert!(signs_like(
            cache.get(SECRET, "20150830", "us-east-1", "fsx"),
            &first
        ));
        assert!(signs_like(
            cache.get(SECRET, "20150830", "us-east-1", "fsx"),
            &first
        ));
        assert_eq!(count(), 1, "second call on the same day is a hit");
        for (date, region, service) in [
            ("20150831", "us-east-1", "fsx"),
            ("20150831", "eu-west-1", "fsx"),
            ("20150831", "eu-west-1", "s3"),
        ] {
            let key = derive_key(SECRET, date, region, service);
            assert_ne!(key, first);
            assert!(signs_like(cache.get(SECRET, date, region, service), &key));
        }
        assert_eq!(count(), 4, "each new date or scope derives anew");
    }
}
