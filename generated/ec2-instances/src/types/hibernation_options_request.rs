#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct HibernationOptionsRequest {
    pub configured: Option<bool>,
}
impl HibernationOptionsRequest {
    /// A builder for [`HibernationOptionsRequest`].
    pub fn builder() -> HibernationOptionsRequestBuilder {
        HibernationOptionsRequestBuilder::default()
    }
}
/// A builder for [`HibernationOptionsRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct HibernationOptionsRequestBuilder {
    pub configured: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl HibernationOptionsRequestBuilder {
    /// Builds the [`HibernationOptionsRequest`].
    pub fn build(self) -> HibernationOptionsRequest {
        HibernationOptionsRequest {
            configured: self.configured,
        }
    }
}
::smithy_runtime::setters!(
    HibernationOptionsRequestBuilder, [(configured, bool, "Configured")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "HibernationOptionsRequest",
    &[codec::Member::new("Configured")],
);
::smithy_runtime::structure_codec!(
    HibernationOptionsRequest, HibernationOptionsRequestBuilder, build, [configured]
);
