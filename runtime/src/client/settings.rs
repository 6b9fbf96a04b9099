//! Settings from the environment and the profile, with the SDKs' precedence: what code sets wins,
//! then the environment variable, then the profile. Endpoint URLs depend on the service, so they
//! are kept as sources and resolved per service ([`ConfiguredEndpoints::for_service`]).

use super::checksum::ChecksumPolicy;
use super::config_error::ConfigError;
use super::env::Env;
use super::profile::{Profile, ProfileSet};
use super::retry::RetryMode;
use std::collections::BTreeMap;

/// What the environment and the profile say; `None` where neither says anything.
#[derive(Debug, Default)]
pub(crate) struct Loaded {
    pub(crate) region: Option<String>,
    pub(crate) use_fips: Option<bool>,
    pub(crate) use_dual_stack: Option<bool>,
    pub(crate) max_attempts: Option<u32>,
    pub(crate) retry_mode: Option<RetryMode>,
    pub(crate) app_id: Option<String>,
    pub(crate) request_checksum_calculation: Option<ChecksumPolicy>,
    pub(crate) response_checksum_validation: Option<ChecksumPolicy>,
    pub(crate) endpoints: Option<ConfiguredEndpoints>,
}

pub(crate) fn origin_of(p: &Profile, key: &str) -> String {
    match p.origin(key) {
        Some(o) => format!("{key} at {o}"),
        None => format!("{key} in profile {}", p.name()),
    }
}

pub(crate) fn parse_bool(setting: &str, origin: &str, v: &str) -> Result<bool, ConfigError> {
    match v.to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(ConfigError::Invalid {
            setting: setting.into(),
            origin: origin.into(),
            what: format!("`{v}` is neither true nor false"),
        }),
    }
}

/// A value and where it came from (a variable name, or `key at file:line`).
fn pick(
    env: &Env,
    profile: Option<&Profile>,
    vars: &[&str],
    key: &str,
) -> Option<(String, String)> {
    for v in vars {
        if let Some(x) = env.setting(v) {
            return Some((x, (*v).to_owned()));
        }
    }
    let p = profile?;
    Some((p.get(key)?.to_owned(), origin_of(p, key)))
}

pub(crate) fn resolve(env: &Env, profiles: &ProfileSet) -> Result<Loaded, ConfigError> {
    let p = profiles.selected();
    let bool_of = |vars: &[&str], key: &str| -> Result<Option<bool>, ConfigError> {
        pick(env, p, vars, key)
            .map(|(v, from)| parse_bool(key, &from, &v))
            .transpose()
    };
    let max_attempts = pick(env, p, &["AWS_MAX_ATTEMPTS"], "max_attempts")
        .map(|(v, from)| match v.parse::<u32>() {
            Ok(n) if n >= 1 => Ok(n),
            _ => Err(ConfigError::Invalid {
                setting: "max_attempts".into(),
                origin: from,
                what: format!("`{v}` is not a whole number of at least 1"),
            }),
        })
        .transpose()?;
    let retry_mode = pick(env, p, &["AWS_RETRY_MODE"], "retry_mode")
        .map(|(v, from)| match v.to_ascii_lowercase().as_str() {
            "standard" => Ok(RetryMode::Standard),
            "adaptive" => Ok(RetryMode::Adaptive),
            _ => Err(ConfigError::Invalid {
                setting: "retry_mode".into(),
                origin: from,
                what: format!("`{v}` is not a retry mode this client has (standard, adaptive)"),
            }),
        })
        .transpose()?;
    let policy_of = |var: &str, key: &str| -> Result<Option<ChecksumPolicy>, ConfigError> {
        pick(env, p, &[var], key)
            .map(|(v, from)| {
                ChecksumPolicy::parse(&v).ok_or_else(|| ConfigError::Invalid {
                    setting: key.into(),
                    origin: from,
                    what: format!("`{v}` is neither when_supported nor when_required"),
                })
            })
            .transpose()
    };
    let ignore_endpoints = bool_of(
        &["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"],
        "ignore_configured_endpoint_urls",
    )?
    .unwrap_or(false);
    let endpoints = if ignore_endpoints {
        None
    } else {
        Some(ConfiguredEndpoints::resolve(env, profiles)?)
    };
    Ok(Loaded {
        region: pick(env, p, &["AWS_REGION", "AWS_DEFAULT_REGION"], "region").map(|(v, _)| v),
        use_fips: bool_of(&["AWS_USE_FIPS_ENDPOINT"], "use_fips_endpoint")?,
        use_dual_stack: bool_of(&["AWS_USE_DUALSTACK_ENDPOINT"], "use_dualstack_endpoint")?,
        max_attempts,
        retry_mode,
        app_id: pick(env, p, &["AWS_SDK_UA_APP_ID"], "sdk_ua_app_id").map(|(v, _)| v),
        request_checksum_calculation: policy_of(
            "AWS_REQUEST_CHECKSUM_CALCULATION",
            "request_checksum_calculation",
        )?,
        response_checksum_validation: policy_of(
            "AWS_RESPONSE_CHECKSUM_VALIDATION",
            "response_checksum_validation",
        )?,
        endpoints,
    })
}

/// Endpoint URLs configured outside code, looked up per service in the SDKs' order:
/// `AWS_ENDPOINT_URL_<SERVICE>`, `AWS_ENDPOINT_URL`, the profile's `services` section, the profile's
/// `endpoint_url`.
#[derive(Clone, Debug, Default)]
pub(crate) struct ConfiguredEndpoints {
    /// `AWS_ENDPOINT_URL_<SERVICE>` for every variable of that form, by upper-case service key.
    env_service: BTreeMap<String, String>,
    env_global: Option<String>,
    /// The `services` section's `<service key> = \n endpoint_url = ..` entries, by lower-case key.
    services: BTreeMap<String, String>,
    profile_global: Option<String>,
}

/// The key the SDKs derive from a service's sdkId: lower case, spaces and hyphens as underscores
/// (`Elastic Beanstalk` -> `elastic_beanstalk`); upper-cased for the environment variable.
pub(crate) fn service_key(sdk_id: &str) -> String {
    sdk_id
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

impl ConfiguredEndpoints {
    fn resolve(env: &Env, profiles: &ProfileSet) -> Result<Self, ConfigError> {
        let p = profiles.selected();
        let mut out = ConfiguredEndpoints {
            env_global: env.setting("AWS_ENDPOINT_URL"),
            profile_global: p.and_then(|p| p.get("endpoint_url")).map(str::to_owned),
            ..Default::default()
        };
        if let Some(p) = p
            && let Some(name) = p.get("services")
        {
            let section = profiles
                .services(name)
                .ok_or_else(|| ConfigError::Invalid {
                    setting: "services".into(),
                    origin: origin_of(p, "services"),
                    what: format!("there is no [services {name}] section"),
                })?;
            for key in section.keys() {
                if let Some(url) = section
                    .sub_properties(key)
                    .and_then(|kv| kv.iter().find(|(k, _)| k == "endpoint_url"))
                    .map(|(_, v)| v.clone())
                    .filter(|v| !v.is_empty())
                {
                    out.services.insert(key.to_owned(), url);
                }
            }
        }
        out.env_service = env_service_urls(env);
        // A URL that cannot work is the configuration's error, said where it was set.
        let check = |url: &str, origin: String| {
            super::endpoint_resolve::target_uri(url)
                .map(|_| ())
                .map_err(|e| ConfigError::Invalid {
                    setting: "endpoint_url".into(),
                    origin,
                    what: e.message().to_owned(),
                })
        };
        if let Some(u) = &out.env_global {
            check(u, "AWS_ENDPOINT_URL".into())?;
        }
        for (k, u) in &out.env_service {
            check(u, format!("AWS_ENDPOINT_URL_{k}"))?;
        }
        if let (Some(u), Some(p)) = (&out.profile_global, p) {
            check(u, origin_of(p, "endpoint_url"))?;
        }
        if let (Some(p), Some(name)) = (p, p.and_then(|p| p.get("services"))) {
            for (k, u) in &out.services {
                check(
                    u,
                    format!("`{k}` in [services {name}] ({})", origin_of(p, "services")),
                )?;
            }
        }
        Ok(out)
    }

    /// The configured URL for a service, if any.
    pub(crate) fn for_service(&self, sdk_id: &str) -> Option<&str> {
        let key = service_key(sdk_id);
        self.env_service
            .get(&key.to_ascii_uppercase())
            .or(self.env_global.as_ref())
            .or_else(|| self.services.get(&key))
            .or(self.profile_global.as_ref())
            .map(String::as_str)
    }

    /// The URL that applies to a service without a service-specific one.
    pub(crate) fn global(&self) -> Option<&str> {
        self.env_global
            .as_deref()
            .or(self.profile_global.as_deref())
    }
}

/// The `AWS_ENDPOINT_URL_*` variables: read now, since which service asks is known only later.
fn env_service_urls(env: &Env) -> BTreeMap<String, String> {
    env.vars_with_prefix("AWS_ENDPOINT_URL_")
        .into_iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(k, v)| (k, v.trim().to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_keys_as_the_sdks_derive_them() {
        assert_eq!(service_key("FSx"), "fsx");
        assert_eq!(service_key("Elastic Beanstalk"), "elastic_beanstalk");
        assert_eq!(service_key("ACM PCA"), "acm_pca");
        assert_eq!(service_key("IoT-Data"), "iot_data");
    }
}
