//! SSO profiles: which portal, account and role, and the access token `aws sso login` left in the
//! token cache. Two forms, as in the AWS CLI:
//!
//! - `sso_session = name` with a `[sso-session name]` section (`sso_start_url`, `sso_region`); the
//!   cache file is `~/.aws/sso/cache/<sha1 of the session name>.json`;
//! - legacy: `sso_start_url` and `sso_region` in the profile; the file is named by the SHA-1 of the
//!   start URL.
//!
//! Both need `sso_account_id` and `sso_role_name`. The call to the portal (`GetRoleCredentials`) goes
//! through an [`super::SsoFetcher`]; refreshing an expired token (SSO-OIDC `CreateToken`) is not done
//! here: an expired token is an error that says to run `aws sso login`.

use super::chain::failed;
use crate::client::env::Env;
use crate::client::error::DispatchError;
use crate::client::profile::{Profile, ProfileSet};
use crate::types::DateTime;
use sha1::{Digest, Sha1};
use std::path::PathBuf;
use std::time::SystemTime;

const LEGACY_KEYS: [&str; 4] = [
    "sso_start_url",
    "sso_region",
    "sso_account_id",
    "sso_role_name",
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SsoPlan {
    pub(crate) profile: String,
    pub(crate) session: Option<String>,
    pub(crate) start_url: String,
    pub(crate) region: String,
    pub(crate) account_id: String,
    pub(crate) role_name: String,
}

/// Whether the profile is an SSO profile at all.
pub(crate) fn is_sso(p: &Profile) -> bool {
    p.has("sso_session") || LEGACY_KEYS.iter().any(|k| p.has(k))
}

/// The SSO settings of an SSO profile, or an error naming what is missing or contradictory.
pub(crate) fn plan(set: &ProfileSet, p: &Profile) -> Result<SsoPlan, DispatchError> {
    let name = p.name();
    let (session, start_url, region) = match p.get("sso_session") {
        Some(s) => {
            let sec = set.sso_session(s).ok_or_else(|| {
                failed(format!(
                    "profile `{name}` uses sso_session `{s}`, but there is no [sso-session {s}] section{}",
                    set.config_file()
                        .map(|f| format!(" in {}", f.display()))
                        .unwrap_or_default()
                ))
            })?;
            let mut missing = Vec::new();
            let url = sec.get("sso_start_url");
            let region = sec.get("sso_region");
            if url.is_none() {
                missing.push("sso_start_url");
            }
            if region.is_none() {
                missing.push("sso_region");
            }
            if !missing.is_empty() {
                return Err(failed(format!(
                    "[sso-session {s}] (used by profile `{name}`) lacks {}",
                    missing.join(" and ")
                )));
            }
            let (url, region) = (url.unwrap_or_default(), region.unwrap_or_default());
            for (key, want) in [("sso_start_url", url), ("sso_region", region)] {
                if let Some(v) = p.get(key)
                    && v != want
                {
                    return Err(failed(format!(
                        "profile `{name}` sets {key} `{v}`, which contradicts its sso_session `{s}` (`{want}`)"
                    )));
                }
            }
            (Some(s.to_owned()), url.to_owned(), region.to_owned())
        }
        None => {
            let missing: Vec<&str> = ["sso_start_url", "sso_region"]
                .into_iter()
                .filter(|k| p.get(k).is_none())
                .collect();
            if !missing.is_empty() {
                return Err(failed(format!(
                    "profile `{name}` is configured for SSO but lacks {} (or an sso_session)",
                    missing.join(" and ")
                )));
            }
            (
                None,
                p.get("sso_start_url").unwrap_or_default().to_owned(),
                p.get("sso_region").unwrap_or_default().to_owned(),
            )
        }
    };
    let missing: Vec<&str> = ["sso_account_id", "sso_role_name"]
        .into_iter()
        .filter(|k| p.get(k).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(failed(format!(
            "profile `{name}` is configured for SSO but lacks {}",
            missing.join(" and ")
        )));
    }
    Ok(SsoPlan {
        profile: name.to_owned(),
        session,
        start_url,
        region,
        account_id: p.get("sso_account_id").unwrap_or_default().to_owned(),
        role_name: p.get("sso_role_name").unwrap_or_default().to_owned(),
    })
}

impl SsoPlan {
    /// `~/.aws/sso/cache/<sha1 hex>.json`, as the CLI names it.
    pub(crate) fn cache_file(&self, env: &Env) -> Option<PathBuf> {
        let key = self.session.as_deref().unwrap_or(&self.start_url);
        let digest = Sha1::digest(key.as_bytes());
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        Some(
            env.home()?
                .join(".aws")
                .join("sso")
                .join("cache")
                .join(format!("{hex}.json")),
        )
    }

    fn login_hint(&self) -> String {
        match &self.session {
            Some(s) => format!("run `aws sso login --sso-session {s}`"),
            None => format!("run `aws sso login --profile {}`", self.profile),
        }
    }

    /// The cached access token, if there is one that has not expired.
    pub(crate) fn cached_token(
        &self,
        env: &Env,
        now: SystemTime,
    ) -> Result<(String, SystemTime), DispatchError> {
        let who = format!("profile `{}` (SSO)", self.profile);
        let file = self.cache_file(env).ok_or_else(|| {
            failed(format!(
                "{who}: no home folder to find the SSO token cache in"
            ))
        })?;
        let bytes = match std::fs::read(&file) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(failed(format!(
                    "{who}: no cached SSO token ({} does not exist): {}",
                    file.display(),
                    self.login_hint()
                )));
            }
            Err(e) => {
                return Err(failed(format!(
                    "{who}: cannot read {}: {e}",
                    file.display()
                )));
            }
        };
        let bad = |w: &str| failed(format!("{who}: the SSO token cache {} {w}", file.display()));
        let doc: serde_json::Value =
            serde_json::from_slice(&bytes).map_err(|_| bad("is not JSON"))?;
        let token = doc
            .get("accessToken")
            .and_then(|v| v.as_str())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| bad("has no accessToken"))?;
        let expires = doc
            .get("expiresAt")
            .and_then(|v| v.as_str())
            .ok_or_else(|| bad("has no expiresAt"))?;
        // Older CLIs wrote `2019-11-14T04:05:45UTC`.
        let normalised = match expires.strip_suffix("UTC") {
            Some(head) => format!("{head}Z"),
            None => expires.to_owned(),
        };
        let expiry = DateTime::parse_rfc3339(&normalised)
            .ok()
            .and_then(|d| SystemTime::try_from(d).ok())
            .ok_or_else(|| bad("has an expiresAt that is not an RFC 3339 time"))?;
        if expiry <= now {
            return Err(failed(format!(
                "{who}: the cached SSO token expired at {}: {}",
                DateTime::from(expiry).fmt_rfc3339(),
                self.login_hint()
            )));
        }
        Ok((token.to_owned(), expiry))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cache_file_names_are_the_clis() {
        let env = Env::from_vars([("HOME", "/h")]);
        let mut plan = SsoPlan {
            profile: "p".into(),
            session: Some("my-sso".into()),
            start_url: "https://my-sso-portal.awsapps.com/start".into(),
            region: "us-east-1".into(),
            account_id: "123456789011".into(),
            role_name: "readOnly".into(),
        };
        // SHA-1 of the session name, and of the start URL for the legacy form.
        assert_eq!(
            plan.cache_file(&env).unwrap(),
            PathBuf::from("/h/.aws/sso/cache/0ad374308c5a4e22f723adf10145eafad7c4031c.json")
        );
        plan.session = None;
        assert_eq!(
            plan.cache_file(&env).unwrap(),
            PathBuf::from("/h/.aws/sso/cache/c7aaaf71fcc8777ae2475525ed049d39fe16c484.json")
        );
    }
}
