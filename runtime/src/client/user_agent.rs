//! The `User-Agent` and `x-amz-user-agent` values, in the AWS SDKs' user-agent format (version 2.1):
//! `smithy-runtime/0.1.0 ua/2.1 api/fsx#2018-03-01 os/linux lang/rust#1.89.0 app/my-app`. Each token is
//! limited to the characters the format allows; others become `-`.

use super::meta::ServiceMeta;
use http::HeaderValue;

const RUSTC_VERSION: &str = env!("SMITHY_RUNTIME_RUSTC_VERSION");

fn token(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect()
}

fn os_family() -> &'static str {
    match std::env::consts::OS {
        "linux" => "linux",
        "macos" => "macos",
        "windows" => "windows",
        "android" => "android",
        "ios" => "ios",
        _ => "other",
    }
}

/// The value for both headers. `app_id` is `sdk_ua_app_id` / `AWS_SDK_UA_APP_ID`.
pub(crate) fn user_agent(service: &ServiceMeta, app_id: Option<&str>) -> HeaderValue {
    let service_id = token(&service.sdk_id.to_ascii_lowercase().replace(' ', "-"));
    let mut ua = format!(
        "smithy-runtime/{} ua/2.1 api/{service_id}#{} os/{} lang/rust#{}",
        env!("CARGO_PKG_VERSION"),
        token(service.api_version),
        os_family(),
        token(RUSTC_VERSION),
    );
    if let Some(app) = app_id.map(str::trim).filter(|a| !a.is_empty()) {
        ua.push_str(" app/");
        ua.push_str(&token(app));
    }
    // Every character is a visible ASCII token character or a space, so this cannot fail.
    HeaderValue::from_str(&ua).unwrap_or_else(|_| HeaderValue::from_static("smithy-runtime"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format() {
        static SVC: ServiceMeta = ServiceMeta {
            sdk_id: "Elastic Beanstalk",
            target_prefix: "x",
            protocol: &crate::protocol::AWS_JSON_1_1,
            signing_name: "x",
            endpoint_prefix: "x",
            api_version: "2010-12-01",
            aws_query_compatible: false,
            customizations: &[],
            endpoint_rules: None,
        };
        let ua = user_agent(&SVC, Some("my app/1 (ü)"));
        let ua = ua.to_str().unwrap();
        assert!(
            ua.starts_with(concat!(
                "smithy-runtime/",
                env!("CARGO_PKG_VERSION"),
                " ua/2.1 api/elastic-beanstalk#2010-12-01 os/"
            )),
            "{ua}"
        );
        assert!(ua.contains(" lang/rust#"), "{ua}");
        assert!(ua.ends_with(" app/my-app-1----"), "{ua}");
        assert!(!user_agent(&SVC, None).to_str().unwrap().contains("app/"));
    }
}
