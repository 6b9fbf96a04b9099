//! Query signing (presigned URLs): the signature and everything it covers go in the query
//! string, so the URL alone authorises the request until it expires.

use super::canonical::{CanonicalHeaders, canonical_request, push_pairs};
use super::encode::encode;
use super::output::{InQuery, Signed};
use super::scope::Scope;
use super::{ALGORITHM, SessionTokenMode, SignableRequest, SigningError, SigningParams};
use std::marker::PhantomData;
use std::time::Duration;

/// The longest validity SigV4 allows: seven days.
pub const MAX_EXPIRES: Duration = Duration::from_secs(7 * 24 * 3600);

/// The query parameters to append, values already percent-encoded.
pub type Presigned = Signed<InQuery>;

impl Signed<InQuery> {
    /// `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-SignedHeaders`,
    /// `X-Amz-Expires`, `X-Amz-Security-Token` (with a session token) and `X-Amz-Signature`.
    pub fn query_params(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.pairs()
    }

    /// `name=value&...`, to append to the query after `&` (or as the query after `?`).
    pub fn query_string(&self) -> String {
        let mut out = String::new();
        push_pairs(&mut out, self.pairs());
        out
    }

    /// `path_and_query` (or a whole URL) with the parameters appended.
    pub fn apply_to(&self, path_and_query: &str) -> String {
        let sep = match path_and_query.find('?') {
            None => "?",
            Some(i) if i + 1 == path_and_query.len() => "",
            Some(_) => "&",
        };
        format!("{path_and_query}{sep}{}", self.query_string())
    }
}

/// Signs `req` for `expires_in` (1 s to [`MAX_EXPIRES`], whole seconds) from `params.time`.
/// `req.payload` is usually `Payload::Hash(UNSIGNED_PAYLOAD)`: whoever uses the URL picks the
/// body.
pub fn presign(
    req: &SignableRequest<'_>,
    params: &SigningParams<'_>,
    expires_in: Duration,
) -> Result<Presigned, SigningError> {
    if expires_in < Duration::from_secs(1) || expires_in > MAX_EXPIRES {
        return Err(SigningError(format!(
            "a presigned request expires after 1 to {} seconds, not {} s",
            MAX_EXPIRES.as_secs(),
            expires_in.as_secs_f64()
        )));
    }
    let settings = params.settings;
    let scope = Scope::new(params);
    let payload_hash = req.payload.hash();
    let token = params.credentials.session_token();
    let headers = CanonicalHeaders::new(req.headers, settings, &[], &[]);

    let credential = encode(
        format!(
            "{}/{}",
            params.credentials.access_key_id(),
            scope.credential_scope
        )
        .as_bytes(),
        false,
    );
    let signed_headers = encode(headers.signed.as_bytes(), false);
    let expires = expires_in.as_secs().to_string();
    let token = token.map(|t| encode(t.as_bytes(), false));
    let mut signed_params: Vec<(&str, &str)> = vec![
        ("X-Amz-Algorithm", ALGORITHM),
        ("X-Amz-Credential", &credential),
        ("X-Amz-Date", &scope.amz_date),
        ("X-Amz-Expires", &expires),
        ("X-Amz-SignedHeaders", &signed_headers),
    ];
    if let Some(t) = &token
        && settings.session_token == SessionTokenMode::Signed
    {
        signed_params.push(("X-Amz-Security-Token", t));
    }
    let canonical_request = canonical_request(
        req.method,
        req.path,
        req.query,
        &signed_params,
        &headers,
        payload_hash.as_str(),
        settings,
    );
    let string_to_sign = scope.string_to_sign(&canonical_request);
    let signature = scope.signature(&string_to_sign);

    let mut params = vec![
        ("X-Amz-Algorithm", ALGORITHM.to_owned()),
        ("X-Amz-Credential", credential),
        ("X-Amz-Date", scope.amz_date),
        ("X-Amz-SignedHeaders", signed_headers),
        ("X-Amz-Expires", expires),
    ];
    if let Some(t) = token {
        params.push(("X-Amz-Security-Token", t));
    }
    let signature = signature.as_str().to_owned();
    params.push(("X-Amz-Signature", signature.clone()));
    Ok(Signed {
        pairs: params,
        canonical_request,
        string_to_sign,
        signature,
        placement: PhantomData,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Credentials;
    use crate::sigv4::{Payload, Settings, UNSIGNED_PAYLOAD};
    use std::time::UNIX_EPOCH;

    const SECRET: &str = "very-secret-key";
    const TOKEN: &str = "tok/en+=";

    fn run(query: &str, creds: &Credentials, expires: Duration) -> Result<Presigned, SigningError> {
        let settings = Settings::default();
        presign(
            &SignableRequest {
                method: "GET",
                path: "/bucket/key",
                query,
                headers: &[("Host", "h.example"), ("User-Agent", "ua")],
                payload: Payload::Hash(UNSIGNED_PAYLOAD),
            },
            &SigningParams {
                credentials: creds,
                region: "eu-west-1",
                service: "s3",
                time: UNIX_EPOCH + Duration::from_secs(1_440_938_160),
                settings: &settings,
            },
            expires,
        )
    }

    #[test]
    fn query_params_in_order_and_encoded() {
        let creds = Credentials::new("AKID", SECRET, Some(TOKEN.into()));
        let p = run("", &creds, Duration::from_secs(900)).unwrap();
        let names: Vec<&str> = p.query_params().map(|(k, _)| k).collect();
        assert_eq!(
            names,
            [
                "X-Amz-Algorithm",
                "X-Amz-Credential",
                "X-Amz-Date",
                "X-Amz-SignedHeaders",
                "X-Amz-Expires",
                "X-Amz-Security-Token",
                "X-Amz-Signature"
            ]
        );
        let get = |n: &str| p.query_params().find(|(k, _)| *k == n).unwrap().1;
        assert_eq!(
            get("X-Amz-Credential"),
            "AKID%2F20150830%2Feu-west-1%2Fs3%2Faws4_request"
        );
        assert_eq!(get("X-Amz-Expires"), "900");
        assert_eq!(
            get("X-Amz-SignedHeaders"),
            "host",
            "user-agent is not signed"
        );
        assert_eq!(get("X-Amz-Security-Token"), "tok%2Fen%2B%3D");
        assert_eq!(get("X-Amz-Signature"), p.signature());
        assert!(p.canonical_request().ends_with("\nhost\nUNSIGNED-PAYLOAD"));
        assert!(
            p.canonical_request()
                .contains("&X-Amz-Security-Token=tok%2Fen%2B%3D&X-Amz-SignedHeaders=host\n")
        );
    }

    #[test]
    fn apply_to_picks_the_separator() {
        let creds = Credentials::new("AKID", SECRET, None);
        let p = run("", &creds, Duration::from_secs(60)).unwrap();
        let q = p.query_string();
        assert!(q.starts_with("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="));
        assert_eq!(p.apply_to("/k"), format!("/k?{q}"));
        assert_eq!(p.apply_to("/k?"), format!("/k?{q}"));
        assert_eq!(p.apply_to("/k?a=1"), format!("/k?a=1&{q}"));
    }

    #[test]
    fn existing_query_is_signed_too() {
        let creds = Credentials::new("AKID", SECRET, None);
        let plain = run("", &creds, Duration::from_secs(60)).unwrap();
        let with = run("versionId=3", &creds, Duration::from_secs(60)).unwrap();
        assert_ne!(plain.signature(), with.signature());
        assert!(
            with.canonical_request()
                .contains("\nX-Amz-Algorithm=AWS4-HMAC-SHA256&")
        );
        assert!(with.canonical_request().contains("&versionId=3\n"));
    }

    #[test]
    fn expiry_outside_seven_days_is_refused() {
        let creds = Credentials::new("AKID", SECRET, None);
        for bad in [
            Duration::ZERO,
            Duration::from_millis(500),
            MAX_EXPIRES + Duration::from_secs(1),
        ] {
            let e = run("", &creds, bad).unwrap_err().to_string();
            assert!(e.contains("604800"), "{e}");
        }
        assert!(run("", &creds, MAX_EXPIRES).is_ok());
    }

    #[test]
    fn debug_shows_neither_signature_nor_token() {
        let creds = Credentials::new("AKID", SECRET, Some(TOKEN.into()));
        let p = run("", &creds, Duration::from_secs(60)).unwrap();
        let d = format!("{p:?}");
        assert!(!d.contains(p.signature()), "{d}");
        assert!(!d.contains("tok%2Fen"), "{d}");
        assert!(!d.contains(SECRET), "{d}");
        assert!(d.contains("X-Amz-Signature"), "{d}");
    }
}
