//! Where a call goes and how it is signed: the rule set when the service has one, else the
//! configured endpoint URL.

use super::aws_json::Framing;
use super::config::Config;
use super::error::{DispatchError, DispatchErrorKind};
use super::meta::ServiceMeta;
use super::sign::SigningScope;
use std::collections::BTreeMap;

/// Everything about where a call goes and how it is signed that follows from the service and
/// the configuration alone. Both are fixed for the life of a [`crate::Handle`] (the rule set's
/// inputs are the built-ins, all config-derived; generated code passes no operation context
/// parameters), so a handle works this out once instead of per call.
#[derive(Debug)]
pub(crate) struct Route {
    pub(crate) framing: Framing,
    /// `None` when neither the endpoint nor the configuration names a region: reported per call,
    /// after the credentials, as before this was cached.
    pub(crate) scope: Option<SigningScope>,
}

impl Route {
    pub(crate) fn new(service: &ServiceMeta, config: &Config) -> Result<Route, DispatchError> {
        let endpoint = resolve(service, config)?;
        let scope = endpoint
            .signing_region
            .or_else(|| config.region.clone())
            .map(|region| SigningScope {
                name: endpoint
                    .signing_name
                    .unwrap_or_else(|| service.signing_name.to_owned()),
                region,
            });
        Ok(Route {
            framing: Framing::new(&endpoint.url, &endpoint.headers),
            scope,
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ResolvedEndpoint {
    pub(crate) url: String,
    pub(crate) headers: BTreeMap<String, Vec<String>>,
    /// From a `sigv4` entry of the endpoint's `authSchemes`; overrides the service's name.
    pub(crate) signing_name: Option<String>,
    /// From a `sigv4` entry of the endpoint's `authSchemes`; overrides the configured region.
    pub(crate) signing_region: Option<String>,
}

fn endpoint_error(msg: String) -> DispatchError {
    DispatchError::new(DispatchErrorKind::Endpoint, msg)
}

pub(crate) fn resolve(
    service: &ServiceMeta,
    config: &Config,
) -> Result<ResolvedEndpoint, DispatchError> {
    let Some(rules) = service.endpoint_rules else {
        return match &config.endpoint_url {
            Some(url) => Ok(ResolvedEndpoint {
                url: url.clone(),
                ..Default::default()
            }),
            None => Err(endpoint_error(format!(
                "{} has no endpoint rules: set Config::builder().endpoint_url(..) (or AWS_ENDPOINT_URL)",
                service.sdk_id
            ))),
        };
    };
    let rules = rules.get().map_err(|e| {
        endpoint_error(format!(
            "the endpoint rule set of {} is invalid: {e}",
            service.sdk_id
        ))
    })?;
    let built_ins = crate::endpoint::BuiltIns {
        region: config.region.clone(),
        use_fips: config.use_fips,
        use_dual_stack: config.use_dual_stack,
        endpoint: config.endpoint_url.clone(),
        ..Default::default()
    };
    let params = rules.bind(&built_ins, crate::endpoint::Params::new());
    let ep = rules.resolve(&params).map_err(|e| {
        endpoint_error(format!(
            "cannot resolve an endpoint for {}: {e}",
            service.sdk_id
        ))
    })?;
    let (signing_name, signing_region) = sigv4_scope(&ep.properties);
    Ok(ResolvedEndpoint {
        url: ep.url,
        headers: ep.headers,
        signing_name,
        signing_region,
    })
}

/// `signingName`/`signingRegion` of the first `sigv4` auth scheme, if the endpoint has one.
pub(crate) fn sigv4_scope(
    properties: &serde_json::Map<String, serde_json::Value>,
) -> (Option<String>, Option<String>) {
    let schemes = properties.get("authSchemes").and_then(|v| v.as_array());
    let sigv4 = schemes
        .into_iter()
        .flatten()
        .find(|s| s.get("name").and_then(|n| n.as_str()) == Some("sigv4"));
    let text = |k: &str| {
        sigv4
            .and_then(|s| s.get(k))
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    (text("signingName"), text("signingRegion"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auth_scheme_properties() {
        let props: serde_json::Value = serde_json::json!({
            "authSchemes": [
                {"name": "sigv4a", "signingName": "nope", "signingRegionSet": ["*"]},
                {"name": "sigv4", "signingName": "fsx-override", "signingRegion": "eu-west-3"}
            ]
        });
        let map = props.as_object().cloned().unwrap_or_default();
        assert_eq!(
            sigv4_scope(&map),
            (Some("fsx-override".into()), Some("eu-west-3".into()))
        );
        assert_eq!(sigv4_scope(&serde_json::Map::new()), (None, None));
        let odd = serde_json::json!({"authSchemes": "junk"});
        assert_eq!(
            sigv4_scope(odd.as_object().unwrap_or(&serde_json::Map::new())),
            (None, None)
        );
    }
}
