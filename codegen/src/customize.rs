//! The one list of what some AWS services need from a client that their models do not say, keyed by
//! the service's `sdkId` (the identity AWS keeps stable across model versions). Each entry is carried
//! out by the runtime (`smithy_runtime::Customization`), or, for the shape of a generated type, here.
//!
//! - **API Gateway** answers in JSON only when asked: every request says `Accept: application/json`.
//! - **Glacier** wants `X-Amz-Glacier-Version` (the model's version) on every request; `-` for the
//!   `accountId` URI label when the caller leaves it out (the builder's default) or empty (the runtime);
//!   and, on the upload operations (those whose input binds `x-amz-sha256-tree-hash`), the tree hash and
//!   plain SHA-256 of the payload in `x-amz-sha256-tree-hash` and `x-amz-content-sha256`.
//! - **S3** sends some errors with a 200 status (the runtime reads them as errors), a `HEAD` of a
//!   missing key as a 404 without a body (`NotFound`), and its endpoint
//!   rules address the bucket, so the `{Bucket}` label leaves the request path ([`label_in_endpoint`]).

use serde_json::Value;

use crate::ir::Customization;

/// What the runtime does for the service with this `sdkId` (and `version`, the model's).
pub fn runtime(sdk_id: &str, version: &str) -> Vec<Customization> {
    match sdk_id {
        "API Gateway" => vec![Customization::Header(
            "accept".into(),
            "application/json".into(),
        )],
        "Glacier" => vec![
            Customization::Header("x-amz-glacier-version".into(), version.into()),
            Customization::DefaultLabel("accountId".into(), "-".into()),
            Customization::GlacierChecksums,
        ],
        "S3" => vec![
            Customization::ErrorsIn200,
            Customization::NotFoundWithoutBody,
        ],
        _ => Vec::new(),
    }
}

/// The `@httpLabel` input member whose value the service's endpoint rules put in the URL themselves, so
/// the request path leaves out the leading segment it labels. S3's rule set addresses the bucket
/// (`Bucket.s3.region.amazonaws.com` or `s3.region.amazonaws.com/Bucket`, an access point's or an
/// outpost's host), so `/{Bucket}/{Key+}` is sent as `/{Key+}` on that endpoint, as the restXml
/// compliance suite's S3 cases expect (`S3VirtualHostAddressing`: `uri: "/"` on `mybucket.s3...`).
pub fn label_in_endpoint(sdk_id: &str) -> Option<&'static str> {
    match sdk_id {
        "S3" => Some("Bucket"),
        _ => None,
    }
}

/// A default the builder fills for an `@httpLabel` input member of the service, beyond the model's.
pub fn label_default(sdk_id: &str, member: &str) -> Option<Value> {
    match (sdk_id, member) {
        ("Glacier", "accountId") => Some(Value::String("-".into())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_listed_services_are_customized() {
        assert!(runtime("Lambda", "2015-03-31").is_empty());
        assert_eq!(
            runtime("Glacier", "2012-06-01")[0],
            Customization::Header("x-amz-glacier-version".into(), "2012-06-01".into())
        );
        assert_eq!(
            label_default("Glacier", "accountId"),
            Some(Value::String("-".into()))
        );
        assert_eq!(label_default("Glacier", "vaultName"), None);
        assert_eq!(label_default("Lambda", "accountId"), None);
        assert_eq!(label_in_endpoint("S3"), Some("Bucket"));
        assert_eq!(label_in_endpoint("S3 Control"), None);
    }
}
