//! Header signing: the signature goes in `Authorization`.

use super::canonical::{CanonicalHeaders, canonical_request};
use super::output::{InHeaders, Signed};
use super::scope::Scope;
use super::{ALGORITHM, SessionTokenMode, SignableRequest, SigningParams};
use std::marker::PhantomData;

/// The headers to set on the request (replacing any of the same name), in the order a signer
/// conventionally adds them.
pub type SignedHeaders = Signed<InHeaders>;

impl Signed<InHeaders> {
    /// Lower-case names: `x-amz-security-token` (when there is a session token), `x-amz-date`,
    /// `x-amz-content-sha256` (when asked for) and `authorization`.
    pub fn headers(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.pairs()
    }

    /// The headers, owned.
    pub fn into_headers(self) -> Vec<(&'static str, String)> {
        self.pairs
    }
}

/// Signs `req`: the headers to add to it.
pub fn sign_headers(req: &SignableRequest<'_>, params: &SigningParams<'_>) -> SignedHeaders {
    let settings = params.settings;
    let scope = Scope::new(params);
    let payload = req.payload.hash();
    let payload_hash = payload.as_str();
    let token = params.credentials.session_token();
    let signed_token = token.filter(|_| settings.session_token == SessionTokenMode::Signed);
    let content_sha256 = settings.content_sha256_header.then_some(payload_hash);

    let mut added = [("x-amz-date", scope.amz_date.as_str()); 3];
    let mut n_added = 1;
    for h in [
        signed_token.map(|t| ("x-amz-security-token", t)),
        content_sha256.map(|h| ("x-amz-content-sha256", h)),
    ]
    .into_iter()
    .flatten()
    {
        added[n_added] = h;
        n_added += 1;
    }
    // The signer's own headers replace any the caller set, in the signature as on the wire.
    // Repeating x-amz-date where there is nothing more to replace keeps the list on the stack.
    let replaced = [
        "x-amz-date",
        "authorization",
        if token.is_some() {
            "x-amz-security-token"
        } else {
            "x-amz-date"
        },
        if content_sha256.is_some() {
            "x-amz-content-sha256"
        } else {
            "x-amz-date"
        },
    ];
    let headers = CanonicalHeaders::new(req.headers, settings, &replaced, &added[..n_added]);
    let canonical_request = canonical_request(
        req.method,
        req.path,
        req.query,
        &[],
        &headers,
        payload_hash,
        settings,
    );
    let string_to_sign = scope.string_to_sign(&canonical_request);
    let signature_hex = scope.signature(&string_to_sign);
    let signature = signature_hex.as_str();
    let authorization = [
        ALGORITHM,
        " Credential=",
        params.credentials.access_key_id(),
        "/",
        &scope.credential_scope,
        ", SignedHeaders=",
        &headers.signed,
        ", Signature=",
        signature,
    ]
    .concat();

    let mut out = Vec::with_capacity(4);
    if let Some(t) = token {
        out.push(("x-amz-security-token", t.to_owned()));
    }
    let content_sha256 = content_sha256.map(str::to_owned);
    drop(headers);
    out.push(("x-amz-date", scope.amz_date));
    if let Some(h) = content_sha256 {
        out.push(("x-amz-content-sha256", h));
    }
    out.push(("authorization", authorization));
    Signed {
        pairs: out,
        canonical_request,
        string_to_sign,
        signature: signature.to_owned(),
        placement: PhantomData,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Credentials;
    use crate::sigv4::{Payload, Settings};
    use std::time::{Duration, UNIX_EPOCH};

    const SECRET: &str = "very-secret-key";
    const TOKEN: &str = "the-session-token";

    fn sign(creds: &Credentials, settings: &Settings, headers: &[(&str, &str)]) -> SignedHeaders {
        sign_headers(
            &SignableRequest {
                method: "POST",
                path: "/",
                query: "",
                headers,
                payload: Payload::Bytes(b"{}"),
            },
            &SigningParams {
                credentials: creds,
                region: "us-east-1",
                service: "fsx",
                time: UNIX_EPOCH + Duration::from_secs(1_440_938_160),
                settings,
            },
        )
    }

    fn header<'a>(s: &'a SignedHeaders, name: &str) -> Option<&'a str> {
        s.headers().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    #[test]
    fn token_signed_or_not() {
        let creds = Credentials::new("AKID", SECRET, Some(TOKEN.into()));
        let mut settings = Settings::default();
        let signed = sign(&creds, &settings, &[("host", "h")]);
        let names: Vec<&str> = signed.headers().map(|(k, _)| k).collect();
        assert_eq!(
            names,
            ["x-amz-security-token", "x-amz-date", "authorization"]
        );
        assert_eq!(header(&signed, "x-amz-security-token"), Some(TOKEN));
        assert!(
            signed
                .canonical_request()
                .contains("\nx-amz-security-token:the-session-token\n")
        );
        assert!(
            header(&signed, "authorization")
                .unwrap()
                .contains("SignedHeaders=host;x-amz-date;x-amz-security-token,")
        );

        settings.session_token = SessionTokenMode::Unsigned;
        let unsigned = sign(&creds, &settings, &[("host", "h")]);
        assert_eq!(header(&unsigned, "x-amz-security-token"), Some(TOKEN));
        assert!(!unsigned.canonical_request().contains(TOKEN));
        assert_ne!(signed.signature(), unsigned.signature());
    }

    #[test]
    fn content_sha256_header_when_asked() {
        let creds = Credentials::new("AKID", SECRET, None);
        let body_hash = "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a";
        let plain = sign(&creds, &Settings::default(), &[("host", "h")]);
        assert_eq!(header(&plain, "x-amz-content-sha256"), None);
        assert!(plain.canonical_request().ends_with(body_hash));
        let s3 = sign(&creds, &Settings::s3(), &[("host", "h")]);
        assert_eq!(header(&s3, "x-amz-content-sha256"), Some(body_hash));
        assert!(
            s3.canonical_request()
                .contains(&format!("\nx-amz-content-sha256:{body_hash}\n"))
        );
    }

    #[test]
    fn own_headers_replace_the_callers() {
        let creds = Credentials::new("AKID", SECRET, Some(TOKEN.into()));
        let s = sign(
            &creds,
            &Settings::default(),
            &[
                ("host", "h"),
                ("X-Amz-Date", "19990101T000000Z"),
                ("x-amz-security-token", "stale"),
                ("Authorization", "old"),
                ("x-amz-target", "Svc.Op"),
            ],
        );
        let c = s.canonical_request();
        assert!(
            !c.contains("19990101") && !c.contains("stale") && !c.contains("old"),
            "{c}"
        );
        assert!(c.contains("\nx-amz-date:20150830T123600Z\n"), "{c}");
        assert!(c.contains("\nx-amz-target:Svc.Op\n"), "{c}");
    }

    #[test]
    fn signature_is_the_hmac_of_the_string_to_sign() {
        use crate::sigv4::encode::hex;
        use crate::sigv4::key::{derive_key, hmac};
        let creds = Credentials::new("AKID", SECRET, None);
        let s = sign(&creds, &Settings::default(), &[("host", "h")]);
        let key = derive_key(SECRET, "20150830", "us-east-1", "fsx");
        assert_eq!(
            s.signature(),
            hex(&hmac(&key, s.string_to_sign().as_bytes())).as_str()
        );
        assert!(s.string_to_sign().starts_with(
            "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/fsx/aws4_request\n"
        ));
    }

    #[test]
    fn debug_shows_neither_signature_nor_token() {
        let creds = Credentials::new("AKID", SECRET, Some(TOKEN.into()));
        let s = sign(&creds, &Settings::default(), &[("host", "h")]);
        let d = format!("{s:?}");
        assert!(
            !d.contains(s.signature()) && !d.contains(TOKEN) && !d.contains(SECRET),
            "{d}"
        );
        assert!(d.contains("authorization"), "{d}");
    }
}
