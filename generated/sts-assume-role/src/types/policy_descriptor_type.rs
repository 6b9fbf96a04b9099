#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[non_exhaustive]
pub struct PolicyDescriptorType {
    pub arn: Option<String>,
}
impl PolicyDescriptorType {
    /// A builder for [`PolicyDescriptorType`].
    pub fn builder() -> PolicyDescriptorTypeBuilder {
        PolicyDescriptorTypeBuilder::default()
    }
}
/// A builder for [`PolicyDescriptorType`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct PolicyDescriptorTypeBuilder {
    pub arn: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl PolicyDescriptorTypeBuilder {
    /// Builds the [`PolicyDescriptorType`].
    pub fn build(self) -> PolicyDescriptorType {
        PolicyDescriptorType {
            arn: self.arn,
        }
    }
}
::smithy_runtime::setters!(PolicyDescriptorTypeBuilder, [(arn, String, "arn")]);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "PolicyDescriptorType",
    &[codec::Member::new("arn")],
);
::smithy_runtime::structure_codec!(
    PolicyDescriptorType, PolicyDescriptorTypeBuilder, build, [arn]
);
