#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct AssumedRoleUser {
    /// **Required.**
    pub assumed_role_id: String,
    /// **Required.**
    pub arn: String,
}
impl AssumedRoleUser {
    /// A builder for [`AssumedRoleUser`].
    pub fn builder() -> AssumedRoleUserBuilder {
        AssumedRoleUserBuilder::default()
    }
}
/// A builder for [`AssumedRoleUser`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct AssumedRoleUserBuilder {
    pub assumed_role_id: Option<String>,
    pub arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl AssumedRoleUserBuilder {
    /// Builds the [`AssumedRoleUser`], or says which required member is missing.
    pub fn build(self) -> Result<AssumedRoleUser, ::smithy_runtime::types::BuildError> {
        Ok(AssumedRoleUser {
            assumed_role_id: self
                .assumed_role_id
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "AssumedRoleUser",
                        "AssumedRoleId",
                    ),
                )?,
            arn: self
                .arn
                .ok_or(
                    ::smithy_runtime::types::BuildError::missing(
                        "AssumedRoleUser",
                        "Arn",
                    ),
                )?,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> AssumedRoleUser {
        AssumedRoleUser {
            assumed_role_id: self
                .assumed_role_id
                .unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            arn: self.arn.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
        }
    }
}
::smithy_runtime::setters!(
    AssumedRoleUserBuilder, [(assumed_role_id, String, "AssumedRoleId"), (arn, String,
    "Arn")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "AssumedRoleUser",
    &[codec::Member::new("AssumedRoleId"), codec::Member::new("Arn")],
);
::smithy_runtime::structure_codec!(
    AssumedRoleUser, AssumedRoleUserBuilder, build_read, [assumed_role_id, arn]
);
