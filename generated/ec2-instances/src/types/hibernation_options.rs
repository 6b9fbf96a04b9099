#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct HibernationOptions {
    pub configured: Option<bool>,
}
impl HibernationOptions {
    /// A builder for [`HibernationOptions`].
    pub fn builder() -> HibernationOptionsBuilder {
        HibernationOptionsBuilder::default()
    }
}
/// A builder for [`HibernationOptions`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct HibernationOptionsBuilder {
    pub configured: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl HibernationOptionsBuilder {
    /// Builds the [`HibernationOptions`].
    pub fn build(self) -> HibernationOptions {
        HibernationOptions {
            configured: self.configured,
        }
    }
}
::smithy_runtime::setters!(
    HibernationOptionsBuilder, [(configured, bool, "Configured")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "HibernationOptions",
    &[codec::Member::new("Configured").xml("configured").ec2_query("Configured")],
);
::smithy_runtime::structure_codec!(
    HibernationOptions, HibernationOptionsBuilder, build, [configured]
);
