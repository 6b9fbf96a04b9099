//! ECS and EKS (Pod Identity) container credentials: `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` on
//! the ECS agent's address, or `AWS_CONTAINER_CREDENTIALS_FULL_URI`, which may only name a host the
//! container platforms use (loopback, 169.254.170.2, 169.254.170.23, fd00:ec2::23) unless it is
//! https. The `Authorization` header comes from `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read on
//! each request: EKS rotates it) or `AWS_CONTAINER_AUTHORIZATION_TOKEN`.

use super::Credentials;
use super::chain::{Ctx, Miss, Unanswered, exchange, failed};
use super::json::{self, Shape};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::time::Duration;

const ECS_HOST: &str = "http://169.254.170.2";
const TIMEOUT: Duration = Duration::from_secs(5);
const ATTEMPTS: u32 = 2;

const SHAPE: Shape = Shape {
    token_field: "Token",
    token_required: false,
    expiration_required: false,
};

pub(crate) async fn provide(ctx: &Ctx) -> Result<Credentials, Miss> {
    let env = &ctx.env;
    let uri = match (
        env.setting("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"),
        env.setting("AWS_CONTAINER_CREDENTIALS_FULL_URI"),
    ) {
        (Some(rel), _) => {
            let sep = if rel.starts_with('/') { "" } else { "/" };
            let uri = format!("{ECS_HOST}{sep}{rel}");
            uri.parse::<http::Uri>().map_err(|_| {
                Miss::Failed(failed(
                    "container credentials: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI is not a valid URI path",
                ))
            })?
        }
        (None, Some(full)) => full_uri(&full).map_err(|w| {
            Miss::Failed(failed(format!(
                "container credentials: AWS_CONTAINER_CREDENTIALS_FULL_URI {w}"
            )))
        })?,
        (None, None) => {
            return Err(Miss::NotHere(
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and AWS_CONTAINER_CREDENTIALS_FULL_URI are not set"
                    .into(),
            ));
        }
    };
    let token = authorization(ctx).map_err(Miss::Failed)?;
    let shown = shown_uri(&uri);
    let build = || {
        let mut b = http::Request::get(uri.clone()).header("accept", "application/json");
        if let Some(host) = uri.authority() {
            b = b.header("host", host.as_str());
        }
        if let Some(t) = &token {
            b = b.header("authorization", t.clone());
        }
        b.body(Vec::new()).map_err(|e| e.to_string())
    };
    let fail = |w: String| Miss::Failed(failed(format!("container credentials from {shown}: {w}")));
    let resp = exchange(ctx, &build, TIMEOUT, ATTEMPTS)
        .await
        .map_err(|e| match e {
            Unanswered::Status(s) => fail(format!("the endpoint answered HTTP {s}")),
            other => fail(other.to_string()),
        })?;
    if !resp.status().is_success() {
        return Err(fail(format!(
            "the endpoint answered HTTP {}",
            resp.status().as_u16()
        )));
    }
    json::parse(resp.body(), &SHAPE)
        .map(|(_, c)| c)
        .map_err(fail)
}

/// The URI without its query (which may carry a token) for messages.
fn shown_uri(uri: &http::Uri) -> String {
    format!(
        "{}://{}{}",
        uri.scheme_str().unwrap_or("http"),
        uri.authority().map(|a| a.as_str()).unwrap_or(""),
        uri.path()
    )
}

/// Checks the host rule and returns the parsed URI; `Err` finishes "AWS_CONTAINER_CREDENTIALS_FULL_URI ...".
fn full_uri(text: &str) -> Result<http::Uri, String> {
    let uri: http::Uri = text.parse().map_err(|_| "is not a valid URI".to_owned())?;
    let host = uri.host().ok_or("has no host")?;
    match uri.scheme_str() {
        Some("https") => return Ok(uri),
        Some("http") => {}
        _ => return Err("must be an http or https URI".into()),
    }
    if allowed_http_host(host) {
        Ok(uri)
    } else {
        Err(format!(
            "names host `{host}`, which plain http may not reach: only loopback, 169.254.170.2, \
             169.254.170.23 and fd00:ec2::23 (or any host over https)"
        ))
    }
}

fn allowed_http_host(host: &str) -> bool {
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    match bare.parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => {
            v4.is_loopback()
                || v4 == Ipv4Addr::new(169, 254, 170, 2)
                || v4 == Ipv4Addr::new(169, 254, 170, 23)
        }
        Ok(IpAddr::V6(v6)) => {
            v6.is_loopback() || v6 == Ipv6Addr::new(0xfd00, 0xec2, 0, 0, 0, 0, 0, 0x23)
        }
        Err(_) => false,
    }
}

/// The `Authorization` value, if configured. Never quoted in errors.
fn authorization(ctx: &Ctx) -> Result<Option<http::HeaderValue>, crate::DispatchError> {
    let env = &ctx.env;
    let (token, from) = match env.setting("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
        Some(path) => {
            let path = env.expand_path(&path);
            let t = std::fs::read_to_string(&path).map_err(|e| {
                failed(format!(
                    "container credentials: cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE {}: {e}",
                    path.display()
                ))
            })?;
            (
                t.trim().to_owned(),
                "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",
            )
        }
        None => match env.setting("AWS_CONTAINER_AUTHORIZATION_TOKEN") {
            Some(t) => (t, "AWS_CONTAINER_AUTHORIZATION_TOKEN"),
            None => return Ok(None),
        },
    };
    let mut v = http::HeaderValue::from_str(&token).map_err(|_| {
        failed(format!(
            "container credentials: the token in {from} holds characters a header cannot (a line break?)"
        ))
    })?;
    v.set_sensitive(true);
    Ok(Some(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_uri_hosts() {
        for ok in [
            "http://127.0.0.1:8080/creds",
            "http://127.9.9.9/x",
            "http://localhost/x",
            "http://[::1]:1/x",
            "http://169.254.170.2/v2/credentials",
            "http://169.254.170.23/v1/credentials",
            "http://[fd00:ec2::23]/v1/credentials",
            "https://anything.example.com/creds",
        ] {
            assert!(full_uri(ok).is_ok(), "{ok}");
        }
        for bad in [
            "http://169.254.169.254/latest",
            "http://example.com/creds",
            "http://10.0.0.1/creds",
            "ftp://127.0.0.1/",
            "not a uri",
        ] {
            assert!(full_uri(bad).is_err(), "{bad}");
        }
    }
}
