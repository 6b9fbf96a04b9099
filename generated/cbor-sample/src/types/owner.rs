#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Owner {
    /// **Required.**
    pub id: String,
    pub since: Option<::smithy_runtime::types::DateTime>,
}
impl Owner {
    /// A builder for [`Owner`].
    pub fn builder() -> OwnerBuilder {
        OwnerBuilder::default()
    }
}
/// A builder for [`Owner`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct OwnerBuilder {
    pub id: Option<String>,
    pub since: Option<::smithy_runtime::types::DateTime>,
}
#[allow(clippy::should_implement_trait)]
impl OwnerBuilder {
    /// Builds the [`Owner`], or says which required member is missing.
    pub fn build(self) -> Result<Owner, ::smithy_runtime::types::BuildError> {
        Ok(Owner {
            id: self
                .id
                .ok_or(::smithy_runtime::types::BuildError::missing("Owner", "Id"))?,
            since: self.since,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> Owner {
        Owner {
            id: self.id.unwrap_or_else(::smithy_runtime::codec::ReadValue::zero),
            since: self.since,
        }
    }
}
::smithy_runtime::setters!(
    OwnerBuilder, [(id, String, "Id"), (since, ::smithy_runtime::types::DateTime,
    "Since")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Owner",
    &[codec::Member::new("Id"), codec::Member::new("Since")],
);
::smithy_runtime::structure_codec!(Owner, OwnerBuilder, build_read, [id, since]);
