#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct AssumeRoleRequest {
    /// **Required.**
    pub role_arn: Option<String>,
    /// **Required.**
    pub role_session_name: Option<String>,
    pub policy_arns: Option<Vec<crate::types::PolicyDescriptorType>>,
    pub policy: Option<String>,
    pub duration_seconds: Option<i32>,
    pub tags: Option<Vec<crate::types::Tag>>,
    pub transitive_tag_keys: Option<Vec<String>>,
    pub external_id: Option<String>,
    pub serial_number: Option<String>,
    pub token_code: Option<String>,
    pub source_identity: Option<String>,
    pub provided_contexts: Option<Vec<crate::types::ProvidedContext>>,
}
impl AssumeRoleRequest {
    /// A builder for [`AssumeRoleRequest`].
    pub fn builder() -> AssumeRoleRequestBuilder {
        AssumeRoleRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.role_arn, "RoleArn")?;
        if constraints && let Some(v) = &self.role_arn {
            ::smithy_runtime::validate::length(
                v,
                Some(20u64),
                Some(2048u64),
                "RoleArn",
            )?;
            ::smithy_runtime::validate::pattern(
                v,
                "^[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u10000-\\u10FFFF]+$",
                "RoleArn",
            )?;
        }
        ::smithy_runtime::validate::required(
            &self.role_session_name,
            "RoleSessionName",
        )?;
        if constraints && let Some(v) = &self.role_session_name {
            ::smithy_runtime::validate::length(
                v,
                Some(2u64),
                Some(64u64),
                "RoleSessionName",
            )?;
            ::smithy_runtime::validate::pattern(v, "^[\\w+=,.@-]*$", "RoleSessionName")?;
        }
        if constraints && let Some(v) = &self.policy {
            ::smithy_runtime::validate::length(v, Some(1u64), None, "Policy")?;
            ::smithy_runtime::validate::pattern(
                v,
                "^[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+$",
                "Policy",
            )?;
        }
        if constraints && let Some(v) = &self.duration_seconds {
            ::smithy_runtime::validate::range(
                *v as f64,
                Some(900f64),
                Some(43200f64),
                "DurationSeconds",
            )?;
        }
        if constraints && let Some(v) = &self.tags {
            ::smithy_runtime::validate::length(v, Some(0u64), Some(50u64), "Tags")?;
        }
        if constraints && let Some(v) = &self.transitive_tag_keys {
            ::smithy_runtime::validate::length(
                v,
                Some(0u64),
                Some(50u64),
                "TransitiveTagKeys",
            )?;
        }
        if constraints && let Some(v) = &self.external_id {
            ::smithy_runtime::validate::length(
                v,
                Some(2u64),
                Some(1224u64),
                "ExternalId",
            )?;
            ::smithy_runtime::validate::pattern(v, "^[\\w+=,.@:\\/-]*$", "ExternalId")?;
        }
        if constraints && let Some(v) = &self.serial_number {
            ::smithy_runtime::validate::length(
                v,
                Some(9u64),
                Some(256u64),
                "SerialNumber",
            )?;
            ::smithy_runtime::validate::pattern(v, "^[\\w+=/:,.@-]*$", "SerialNumber")?;
        }
        if constraints && let Some(v) = &self.token_code {
            ::smithy_runtime::validate::length(v, Some(6u64), Some(6u64), "TokenCode")?;
            ::smithy_runtime::validate::pattern(v, "^[\\d]*$", "TokenCode")?;
        }
        if constraints && let Some(v) = &self.source_identity {
            ::smithy_runtime::validate::length(
                v,
                Some(2u64),
                Some(64u64),
                "SourceIdentity",
            )?;
            ::smithy_runtime::validate::pattern(v, "^[\\w+=,.@-]*$", "SourceIdentity")?;
        }
        if constraints && let Some(v) = &self.provided_contexts {
            ::smithy_runtime::validate::length(
                v,
                Some(0u64),
                Some(5u64),
                "ProvidedContexts",
            )?;
        }
        Ok(())
    }
}
/// A builder for [`AssumeRoleRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct AssumeRoleRequestBuilder {
    pub role_arn: Option<String>,
    pub role_session_name: Option<String>,
    pub policy_arns: Option<Vec<crate::types::PolicyDescriptorType>>,
    pub policy: Option<String>,
    pub duration_seconds: Option<i32>,
    pub tags: Option<Vec<crate::types::Tag>>,
    pub transitive_tag_keys: Option<Vec<String>>,
    pub external_id: Option<String>,
    pub serial_number: Option<String>,
    pub token_code: Option<String>,
    pub source_identity: Option<String>,
    pub provided_contexts: Option<Vec<crate::types::ProvidedContext>>,
}
#[allow(clippy::should_implement_trait)]
impl AssumeRoleRequestBuilder {
    /// Builds the [`AssumeRoleRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<AssumeRoleRequest, ::smithy_runtime::types::BuildError> {
        Ok(AssumeRoleRequest {
            role_arn: Some(
                self
                    .role_arn
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "AssumeRoleRequest",
                            "RoleArn",
                        ),
                    )?,
            ),
            role_session_name: Some(
                self
                    .role_session_name
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "AssumeRoleRequest",
                            "RoleSessionName",
                        ),
                    )?,
            ),
            policy_arns: self.policy_arns,
            policy: self.policy,
            duration_seconds: self.duration_seconds,
            tags: self.tags,
            transitive_tag_keys: self.transitive_tag_keys,
            external_id: self.external_id,
            serial_number: self.serial_number,
            token_code: self.token_code,
            source_identity: self.source_identity,
            provided_contexts: self.provided_contexts,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> AssumeRoleRequest {
        AssumeRoleRequest {
            role_arn: self.role_arn,
            role_session_name: self.role_session_name,
            policy_arns: self.policy_arns,
            policy: self.policy,
            duration_seconds: self.duration_seconds,
            tags: self.tags,
            transitive_tag_keys: self.transitive_tag_keys,
            external_id: self.external_id,
            serial_number: self.serial_number,
            token_code: self.token_code,
            source_identity: self.source_identity,
            provided_contexts: self.provided_contexts,
        }
    }
}
::smithy_runtime::setters!(
    AssumeRoleRequestBuilder, [(role_arn, String, "RoleArn"), (role_session_name, String,
    "RoleSessionName"), (policy_arns, Vec:: < crate ::types::PolicyDescriptorType >,
    "PolicyArns"), (policy, String, "Policy"), (duration_seconds, i32,
    "DurationSeconds"), (tags, Vec:: < crate ::types::Tag >, "Tags"),
    (transitive_tag_keys, Vec:: < String >, "TransitiveTagKeys"), (external_id, String,
    "ExternalId"), (serial_number, String, "SerialNumber"), (token_code, String,
    "TokenCode"), (source_identity, String, "SourceIdentity"), (provided_contexts, Vec::
    < crate ::types::ProvidedContext >, "ProvidedContexts")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "AssumeRoleRequest",
    &[
        codec::Member::new("RoleArn"),
        codec::Member::new("RoleSessionName"),
        codec::Member::new("PolicyArns"),
        codec::Member::new("Policy"),
        codec::Member::new("DurationSeconds"),
        codec::Member::new("Tags"),
        codec::Member::new("TransitiveTagKeys"),
        codec::Member::new("ExternalId"),
        codec::Member::new("SerialNumber"),
        codec::Member::new("TokenCode"),
        codec::Member::new("SourceIdentity"),
        codec::Member::new("ProvidedContexts"),
    ],
);
::smithy_runtime::structure_codec!(
    AssumeRoleRequest, AssumeRoleRequestBuilder, build_read, [role_arn,
    role_session_name, policy_arns, policy, duration_seconds, tags, transitive_tag_keys,
    external_id, serial_number, token_code, source_identity, provided_contexts]
);
