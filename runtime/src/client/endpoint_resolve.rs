//! Where a call goes and how it is signed: the rule set when the service has one, else the
//! configured endpoint URL.

use super::config::Config;
use super::error::{DispatchError, DispatchErrorKind};
use super::meta::ServiceMeta;
use super::sign::SigningScope;
use http::header::{HeaderName, HeaderValue};
use std::collections::BTreeMap;

/// Everything about where a call goes and how it is signed that follows from the service, the
/// configuration and the parameters an operation binds from its input. The first two are fixed for
/// the life of a [`crate::Handle`], so a handle works this out once for the operations that bind
/// nothing, and once per distinct set of bound parameters (a bucket, say) for the others.
#[derive(Debug)]
pub(crate) struct Route {
    /// The endpoint URL and its headers; an invalid URL or header is kept as the error every call
    /// reports, at the point of the call where it would be found without the cache.
    pub(crate) target: Result<Target, Failure>,
    pub(crate) endpoint_headers: Result<Vec<(HeaderName, HeaderValue)>, Failure>,
    /// `None` when neither the endpoint nor the configuration names a region: reported per call,
    /// after the credentials, as before this was cached.
    pub(crate) scope: Option<SigningScope>,
}

impl Route {
    pub(crate) fn new(
        service: &ServiceMeta,
        config: &Config,
        context: crate::endpoint::Params,
    ) -> Result<Route, DispatchError> {
        let endpoint = resolve(service, config, context)?;
        let scope = endpoint
            .signing_region
            .or_else(|| config.region.clone())
            .map(|region| SigningScope {
                name: endpoint
                    .signing_name
                    .unwrap_or_else(|| service.signing_name.to_owned()),
                region,
            });
        let target = target_uri(&endpoint.url).and_then(|(uri, host)| {
            let host = HeaderValue::from_str(&host).map_err(|e| {
                DispatchError::new(
                    DispatchErrorKind::Endpoint,
                    format!("invalid host `{host}`: {e}"),
                )
            })?;
            Ok(Target {
                uri_text: uri.to_string(),
                uri,
                host,
            })
        });
        Ok(Route {
            target: target.map_err(Failure::of),
            endpoint_headers: parse_endpoint_headers(&endpoint.headers).map_err(Failure::of),
            scope,
        })
    }
}

/// Where requests go: the endpoint URL, parsed once.
#[derive(Clone, Debug)]
pub(crate) struct Target {
    pub(crate) uri: http::Uri,
    /// `uri` as text, the form the signer takes.
    pub(crate) uri_text: String,
    pub(crate) host: HeaderValue,
}

impl Target {
    /// The target with `prefix` before its host (`foo.` + `example.com`), for an operation's
    /// `@endpoint` host prefix.
    pub(crate) fn with_host_prefix(&self, prefix: &str) -> Result<Target, DispatchError> {
        let invalid = |e: &dyn std::fmt::Display| {
            DispatchError::new(
                DispatchErrorKind::Endpoint,
                format!("the host prefix `{prefix}` makes an invalid endpoint: {e}"),
            )
        };
        let authority = self
            .uri
            .authority()
            .ok_or_else(|| invalid(&"the endpoint has no host"))?;
        let host = format!("{prefix}{}", authority.host());
        let new_authority = match authority.port() {
            Some(port) => format!("{host}:{port}"),
            None => host,
        };
        let mut parts = self.uri.clone().into_parts();
        parts.authority = Some(new_authority.parse().map_err(|e| invalid(&e))?);
        let uri = http::Uri::from_parts(parts).map_err(|e| invalid(&e))?;
        // The Host header as the endpoint's has it (no default port), prefixed.
        let mut host_header = prefix.as_bytes().to_vec();
        host_header.extend_from_slice(self.host.as_bytes());
        let host_header = HeaderValue::from_bytes(&host_header).map_err(|e| invalid(&e))?;
        Ok(Target {
            uri_text: uri.to_string(),
            uri,
            host: host_header,
        })
    }
}

/// An error found while preparing a [`Route`], kept so that every call reports it the same way
/// (same kind, same message) and at the same point of the call as when nothing was cached.
#[derive(Clone, Debug)]
pub(crate) struct Failure {
    kind: DispatchErrorKind,
    message: String,
}

impl Failure {
    fn of(e: DispatchError) -> Failure {
        Failure {
            kind: e.kind(),
            message: e.0.message,
        }
    }

    pub(crate) fn to_error(&self) -> DispatchError {
        DispatchError::new(self.kind, self.message.clone())
    }
}

/// Splits an endpoint URL into the absolute request URI (path `/` unless the URL has one)
/// and the `Host` header value (default ports left out, as hyper and SigV4 expect).
pub(crate) fn target_uri(url: &str) -> Result<(http::Uri, String), DispatchError> {
    let shown = if url.contains('@') {
        "<redacted: contains user info>"
    } else {
        url
    };
    let endpoint_err = |why: &str| {
        DispatchError::new(
            DispatchErrorKind::Endpoint,
            format!("invalid endpoint URL `{shown}`: {why}"),
        )
    };
    let uri: http::Uri = url
        .trim()
        .parse()
        .map_err(|e: http::uri::InvalidUri| endpoint_err(&e.to_string()))?;
    let scheme = uri
        .scheme_str()
        .ok_or_else(|| endpoint_err("no scheme (expected http:// or https://)"))?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(endpoint_err("scheme must be http or https"));
    }
    let authority = uri
        .authority()
        .ok_or_else(|| endpoint_err("no host"))?
        .clone();
    if authority.host().is_empty() || authority.as_str().contains('@') {
        return Err(endpoint_err("the host must be a plain host[:port]"));
    }
    let default_port = if scheme.eq_ignore_ascii_case("https") {
        443
    } else {
        80
    };
    let host = match authority.port_u16() {
        Some(p) if p != default_port => format!("{}:{p}", authority.host()),
        _ => authority.host().to_owned(),
    };
    let path_and_query = match uri.path_and_query().map(|p| p.as_str()) {
        None | Some("") => "/",
        Some(p) => p,
    };
    let uri = http::Uri::builder()
        .scheme(scheme)
        .authority(authority)
        .path_and_query(path_and_query)
        .build()
        .map_err(|e| endpoint_err(&e.to_string()))?;
    Ok((uri, host))
}

fn parse_endpoint_headers(
    endpoint_headers: &BTreeMap<String, Vec<String>>,
) -> Result<Vec<(HeaderName, HeaderValue)>, DispatchError> {
    let mut out = Vec::new();
    for (name, values) in endpoint_headers {
        let name = HeaderName::from_bytes(name.as_bytes()).map_err(|e| {
            DispatchError::new(
                DispatchErrorKind::Endpoint,
                format!("endpoint header name `{name}`: {e}"),
            )
        })?;
        for v in values {
            let v = HeaderValue::from_str(v).map_err(|e| {
                DispatchError::new(
                    DispatchErrorKind::Endpoint,
                    format!("endpoint header `{name}`: {e}"),
                )
            })?;
            out.push((name.clone(), v));
        }
    }
    Ok(out)
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

/// `context`: what the operation binds from its input; it wins over the configuration's client
/// context parameters, which win over the built-ins.
pub(crate) fn resolve(
    service: &ServiceMeta,
    config: &Config,
    mut context: crate::endpoint::Params,
) -> Result<ResolvedEndpoint, DispatchError> {
    let Some(rules) = service.endpoint_rules else {
        return match config.endpoint_url_for(service.sdk_id) {
            Some(url) => Ok(ResolvedEndpoint {
                url: url.to_owned(),
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
        endpoint: config.endpoint_url_for(service.sdk_id).map(str::to_owned),
        ..config.built_ins.clone()
    };
    for (k, v) in &config.client_context_params {
        context.entry(k.clone()).or_insert_with(|| v.clone());
    }
    let params = rules.bind(&built_ins, context);
    let ep = rules.resolve(&params).map_err(|e| {
        endpoint_error(format!(
            "cannot resolve an endpoint for {}: {e}",
            service.sdk_id
        ))
    })?;
    if let Some(schemes) = unsupported_auth(&ep.properties) {
        return Err(endpoint_error(format!(
            "the endpoint {} of {} must be signed with {schemes}, which this client does not support \
             (it signs with SigV4 only: multi-region access points need SigV4a, S3 Express One Zone \
             buckets session credentials)",
            ep.url, service.sdk_id
        )));
    }
    let (signing_name, signing_region) = sigv4_scope(&ep.properties);
    Ok(ResolvedEndpoint {
        url: ep.url,
        headers: ep.headers,
        signing_name,
        signing_region,
    })
}

/// The names of the endpoint's auth schemes when it lists some and none is `sigv4`, the only one this
/// client signs with: signing such a request with SigV4 anyway would only earn a rejection.
pub(crate) fn unsupported_auth(
    properties: &serde_json::Map<String, serde_json::Value>,
) -> Option<String> {
    let schemes = properties.get("authSchemes")?.as_array()?;
    let names: Vec<&str> = schemes
        .iter()
        .filter_map(|s| s.get("name").and_then(|n| n.as_str()))
        .collect();
    (!names.is_empty() && !names.contains(&"sigv4")).then(|| names.join(" or "))
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
    fn host_prefixes_go_before_the_host() {
        let (uri, host) = target_uri("https://example.com:443/custom").unwrap();
        let target = Target {
            uri_text: uri.to_string(),
            uri,
            host: HeaderValue::from_str(&host).unwrap(),
        };
        let t = target.with_host_prefix("foo.bar.").unwrap();
        assert_eq!(t.uri_text, "https://foo.bar.example.com:443/custom");
        assert_eq!(t.host, "foo.bar.example.com");
        assert!(target.with_host_prefix("a/b.").is_err());
    }

    #[test]
    fn target_uri_paths_and_ports() {
        let (u, h) = target_uri("https://fsx.us-east-1.amazonaws.com").unwrap();
        assert_eq!(
            (u.to_string().as_str(), h.as_str()),
            (
                "https://fsx.us-east-1.amazonaws.com/",
                "fsx.us-east-1.amazonaws.com"
            )
        );
        let (u, h) = target_uri("http://127.0.0.1:5000/base?x=1").unwrap();
        assert_eq!(
            (u.to_string().as_str(), h.as_str()),
            ("http://127.0.0.1:5000/base?x=1", "127.0.0.1:5000")
        );
        let (_, h) = target_uri("https://h:443").unwrap();
        assert_eq!(h, "h");
        for bad in [
            "",
            "localhost:5000",
            "ftp://h/",
            "http://",
            "http://user:pw@h/",
            "not a url",
        ] {
            assert!(target_uri(bad).is_err(), "{bad}");
        }
    }

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
