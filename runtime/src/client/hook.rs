//! What the client does, without a tracing stack: a hook called once per HTTP attempt with its method,
//! URL, status, attempt number and timing ([`crate::ConfigBuilder::on_request`]).

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// One HTTP attempt, as the hook sees it. Nothing secret is in it: no headers (the signature and the
/// session token travel there), no bodies, and the URL's query values that carry credentials or
/// signatures (`X-Amz-Signature`, `X-Amz-Credential`, `X-Amz-Security-Token`, any `*token*`,
/// `*secret*`, `*signature*`, `*credential*` or `*password*` parameter) are `REDACTED`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestReport {
    /// The service's SDK id (`FSx`).
    pub service: &'static str,
    /// The operation's name (`DeleteBackup`).
    pub operation: &'static str,
    /// `POST`, `GET`, ...
    pub method: String,
    /// Scheme, host, path and query, with secret query values redacted.
    pub url: String,
    /// 1 for the first attempt, 2 for the first retry, ...
    pub attempt: u32,
    /// The response's HTTP status; `None` when no response came (connection refused, a timeout).
    pub status: Option<u16>,
    /// Why no response came: the transport's message.
    pub error: Option<String>,
    /// From handing the request to the transport to the whole response (or the failure).
    pub elapsed: Duration,
    /// The request id the response carried, if any.
    pub request_id: Option<String>,
}

impl fmt::Display for RequestReport {
    /// One log line: `FSx.DeleteBackup POST https://... attempt 1 -> 200 in 12ms`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}.{} {} {} attempt {} -> ",
            self.service, self.operation, self.method, self.url, self.attempt
        )?;
        match (self.status, &self.error) {
            (Some(s), _) => write!(f, "{s}")?,
            (None, Some(e)) => write!(f, "failed ({e})")?,
            (None, None) => f.write_str("no response")?,
        }
        write!(f, " in {}ms", self.elapsed.as_millis())?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        Ok(())
    }
}

/// The configured hook; cheap to clone.
#[derive(Clone)]
pub(crate) struct RequestHook(pub(crate) Arc<dyn Fn(&RequestReport) + Send + Sync>);

impl fmt::Debug for RequestHook {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RequestHook(..)")
    }
}

/// `url` with the values of secret-looking query parameters replaced by `REDACTED`.
pub(crate) fn redact_url(url: &str) -> String {
    let Some((base, query)) = url.split_once('?') else {
        return url.to_string();
    };
    let params: Vec<String> = query
        .split('&')
        .map(|pair| {
            let name = pair.split('=').next().unwrap_or("");
            let lower = name.to_ascii_lowercase();
            let secret = ["signature", "credential", "token", "secret", "password"]
                .iter()
                .any(|s| lower.contains(s));
            if secret && pair.contains('=') {
                format!("{name}=REDACTED")
            } else {
                pair.to_string()
            }
        })
        .collect();
    format!("{base}?{}", params.join("&"))
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn secret_query_values_are_redacted_and_the_rest_kept() {
        assert_eq!(
            redact_url(
                "https://b.s3.amazonaws.com/k?X-Amz-Credential=AKID%2F2026&X-Amz-Signature=abc&versionId=3&X-Amz-Security-Token=t"
            ),
            "https://b.s3.amazonaws.com/k?X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED&versionId=3&X-Amz-Security-Token=REDACTED"
        );
        assert_eq!(
            redact_url("https://fsx.us-east-1.amazonaws.com/"),
            "https://fsx.us-east-1.amazonaws.com/"
        );
        assert_eq!(
            redact_url("http://h/p?nextToken=abc&x"),
            "http://h/p?nextToken=REDACTED&x"
        );
    }
}
