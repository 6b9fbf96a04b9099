//! EC2 instance metadata, IMDSv2: a session token from `PUT /latest/api/token`, the instance's role
//! from `/latest/meta-data/iam/security-credentials/`, then that role's credentials. Each request has
//! a short limit (1 s) and one retry, so a machine that is not on EC2 finds out in seconds. Without a
//! token there is no fallback to IMDSv1 unless it was asked for.

use super::Credentials;
use super::chain::{Ctx, Miss, Unanswered, exchange, failed};
use super::json::{self, Shape};

const TOKEN_TTL_SECONDS: &str = "21600";
const ROLES_PATH: &str = "/latest/meta-data/iam/security-credentials/";

const SHAPE: Shape = Shape {
    token_field: "Token",
    token_required: true,
    expiration_required: true,
};

pub(crate) async fn provide(ctx: &Ctx) -> Result<Credentials, Miss> {
    let s = &ctx.imds;
    if s.disabled {
        return Err(Miss::NotHere("AWS_EC2_METADATA_DISABLED is true".into()));
    }
    let base = s.endpoint.as_str();
    let fail = |w: String| Miss::Failed(failed(format!("instance metadata at {base}: {w}")));

    let put = || {
        http::Request::put(format!("{base}/latest/api/token"))
            .header("x-aws-ec2-metadata-token-ttl-seconds", TOKEN_TTL_SECONDS)
            .header("content-length", "0")
            .body(Vec::new())
            .map_err(|e| e.to_string())
    };
    let token = match exchange(ctx, &put, s.timeout, s.attempts).await {
        // Nothing there at all: the usual case off EC2, so the chain's summary says so and moves on.
        Err(Unanswered::Transport(w)) => {
            return Err(Miss::NotHere(format!(
                "no metadata service at {base} ({w})"
            )));
        }
        Err(e) => return Err(fail(format!("the token request failed: {e}"))),
        Ok(r) if r.status().is_success() => {
            let t = std::str::from_utf8(r.body())
                .ok()
                .map(str::trim)
                .filter(|t| !t.is_empty() && t.len() <= 1024)
                .and_then(|t| http::HeaderValue::from_str(t).ok())
                .ok_or_else(|| fail("the token answer is not a usable token".into()))?;
            Some(t)
        }
        Ok(r) if s.allow_v1 && matches!(r.status().as_u16(), 403..=405) => None,
        Ok(r) => {
            return Err(fail(format!(
                "the IMDSv2 token request was answered HTTP {} (IMDSv1 fallback is off: \
                 set AWS_EC2_METADATA_V1_DISABLED=false to allow it)",
                r.status().as_u16()
            )));
        }
    };

    let get = |path: String| {
        let token = token.clone();
        move || {
            let mut b = http::Request::get(format!("{base}{path}"));
            if let Some(t) = &token {
                let mut t = t.clone();
                t.set_sensitive(true);
                b = b.header("x-aws-ec2-metadata-token", t);
            }
            b.body(Vec::new()).map_err(|e| e.to_string())
        }
    };
    let roles = exchange(ctx, &get(ROLES_PATH.into()), s.timeout, s.attempts)
        .await
        .map_err(|e| fail(format!("listing the instance's role failed: {e}")))?;
    if roles.status() == http::StatusCode::NOT_FOUND {
        return Err(Miss::NotHere(format!(
            "the instance at {base} has no IAM role (instance profile)"
        )));
    }
    if !roles.status().is_success() {
        return Err(fail(format!(
            "listing the instance's role was answered HTTP {}",
            roles.status().as_u16()
        )));
    }
    let role = std::str::from_utf8(roles.body())
        .ok()
        .and_then(|t| t.lines().map(str::trim).find(|l| !l.is_empty()))
        .filter(|r| valid_role_name(r))
        .map(str::to_owned)
        .ok_or_else(|| fail("the role listing holds no valid role name".into()))?;

    let creds = exchange(
        ctx,
        &get(format!("{ROLES_PATH}{role}")),
        s.timeout,
        s.attempts,
    )
    .await
    .map_err(|e| {
        fail(format!(
            "fetching the credentials of role `{role}` failed: {e}"
        ))
    })?;
    if !creds.status().is_success() {
        return Err(fail(format!(
            "fetching the credentials of role `{role}` was answered HTTP {}",
            creds.status().as_u16()
        )));
    }
    let (doc, c) = json::parse(creds.body(), &SHAPE)
        .map_err(|w| fail(format!("the credentials of role `{role}`: {w}")))?;
    match doc.get("Code").and_then(|c| c.as_str()) {
        None | Some("Success") => Ok(c),
        Some(code) => {
            let code: String = code.chars().take(64).collect();
            Err(fail(format!(
                "the credentials of role `{role}` came with Code `{code}`"
            )))
        }
    }
}

/// IAM role names: `[\w+=,.@-]{1,64}`. Anything else in the listing is not a role.
fn valid_role_name(r: &str) -> bool {
    (1..=64).contains(&r.len())
        && r.chars()
            .all(|c| c.is_ascii_alphanumeric() || "_+=,.@-".contains(c))
}
