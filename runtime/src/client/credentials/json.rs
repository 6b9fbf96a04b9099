//! The credentials JSON that `credential_process`, the container endpoint and IMDS answer with.
//! A hostile or broken answer is an error that names the field at fault and never quotes the
//! document (it may hold a secret).

use super::Credentials;
use crate::types::DateTime;
use serde_json::Value;
use std::time::SystemTime;

/// Larger answers are refused before parsing: a credentials document is a few hundred bytes.
pub(crate) const MAX_DOCUMENT: usize = 64 * 1024;

/// What a source's document calls the session token, and whether it must carry an expiry.
pub(crate) struct Shape {
    pub(crate) token_field: &'static str,
    pub(crate) token_required: bool,
    pub(crate) expiration_required: bool,
}

pub(crate) fn parse(body: &[u8], shape: &Shape) -> Result<(Value, Credentials), String> {
    if body.len() > MAX_DOCUMENT {
        return Err(format!(
            "the answer is {} bytes, more than the {MAX_DOCUMENT} a credentials document can be",
            body.len()
        ));
    }
    let doc: Value = serde_json::from_slice(body).map_err(|e| {
        // serde_json's message gives a line and column, never the text.
        format!("the answer is not a JSON document ({e})")
    })?;
    let obj = doc
        .as_object()
        .ok_or("the answer is JSON but not an object")?;
    let text = |k: &str, required: bool| -> Result<Option<String>, String> {
        match obj.get(k) {
            Some(Value::String(s)) if !s.is_empty() => Ok(Some(s.clone())),
            None | Some(Value::Null) if !required => Ok(None),
            None | Some(Value::Null) => Err(format!("`{k}` is missing")),
            Some(_) => Err(format!("`{k}` is not a non-empty string")),
        }
    };
    let access = text("AccessKeyId", true)?.unwrap_or_default();
    let secret = text("SecretAccessKey", true)?.unwrap_or_default();
    let token = text(shape.token_field, shape.token_required)?;
    let expiry = match text("Expiration", shape.expiration_required)? {
        Some(e) => Some(expiration(&e)?),
        None => None,
    };
    let creds = Credentials::new(access, secret, token);
    let creds = match expiry {
        Some(t) => creds.with_expiry(t),
        None => creds,
    };
    Ok((doc, creds))
}

fn expiration(text: &str) -> Result<SystemTime, String> {
    let shown: String = text.chars().take(40).collect();
    DateTime::parse_rfc3339(text)
        .ok()
        .and_then(|d| SystemTime::try_from(d).ok())
        .ok_or_else(|| format!("`Expiration` `{shown}` is not an RFC 3339 time"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHAPE: Shape = Shape {
        token_field: "Token",
        token_required: true,
        expiration_required: true,
    };

    #[test]
    fn good_and_bad_documents() {
        let (_, c) = parse(
            br#"{"AccessKeyId":"AKID","SecretAccessKey":"s3cr3t","Token":"tok","Expiration":"2030-01-01T00:00:00Z"}"#,
            &SHAPE,
        )
        .unwrap();
        assert_eq!(c.access_key_id(), "AKID");
        assert_eq!(
            c.expiry(),
            Some(SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_893_456_000))
        );
        for (body, want) in [
            (&br#"{"AccessKeyId":"AKID","SecretAccessKey":"s3cr3t","Token":"tok"}"#[..], "`Expiration` is missing"),
            (br#"{"AccessKeyId":"AKID","SecretAccessKey":"s3cr3t","Token":"tok","Expiration":"soon"}"#, "not an RFC 3339"),
            (br#"{"AccessKeyId":7,"SecretAccessKey":"s3cr3t"}"#, "`AccessKeyId` is not"),
            (br#"{"AccessKeyId":"AKID","SecretAccessKey":"s3cr3t""#, "not a JSON document"),
            (br#"["s3cr3t"]"#, "not an object"),
            (b"<html>s3cr3t</html>", "not a JSON document"),
        ] {
            let e = parse(body, &SHAPE).unwrap_err();
            assert!(e.contains(want), "{e}");
            assert!(!e.contains("s3cr3t"), "{e}");
        }
        let huge = vec![b' '; MAX_DOCUMENT + 1];
        assert!(parse(&huge, &SHAPE).unwrap_err().contains("more than"));
    }
}
