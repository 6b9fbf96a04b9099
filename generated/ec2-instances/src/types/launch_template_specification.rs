#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct LaunchTemplateSpecification {
    pub launch_template_id: Option<String>,
    pub launch_template_name: Option<String>,
    pub version: Option<String>,
}
impl LaunchTemplateSpecification {
    /// A builder for [`LaunchTemplateSpecification`].
    pub fn builder() -> LaunchTemplateSpecificationBuilder {
        LaunchTemplateSpecificationBuilder::default()
    }
}
/// A builder for [`LaunchTemplateSpecification`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct LaunchTemplateSpecificationBuilder {
    pub launch_template_id: Option<String>,
    pub launch_template_name: Option<String>,
    pub version: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl LaunchTemplateSpecificationBuilder {
    /// Builds the [`LaunchTemplateSpecification`].
    pub fn build(self) -> LaunchTemplateSpecification {
        LaunchTemplateSpecification {
            launch_template_id: self.launch_template_id,
            launch_template_name: self.launch_template_name,
            version: self.version,
        }
    }
}
::smithy_runtime::setters!(
    LaunchTemplateSpecificationBuilder, [(launch_template_id, String,
    "LaunchTemplateId"), (launch_template_name, String, "LaunchTemplateName"), (version,
    String, "Version")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "LaunchTemplateSpecification",
    &[
        codec::Member::new("LaunchTemplateId"),
        codec::Member::new("LaunchTemplateName"),
        codec::Member::new("Version"),
    ],
);
::smithy_runtime::structure_codec!(
    LaunchTemplateSpecification, LaunchTemplateSpecificationBuilder, build,
    [launch_template_id, launch_template_name, version]
);
