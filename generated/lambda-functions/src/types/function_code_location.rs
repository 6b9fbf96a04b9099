#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct FunctionCodeLocation {
    pub repository_type: Option<String>,
    pub location: Option<String>,
}
impl FunctionCodeLocation {
    /// A builder for [`FunctionCodeLocation`].
    pub fn builder() -> FunctionCodeLocationBuilder {
        FunctionCodeLocationBuilder::default()
    }
}
/// A builder for [`FunctionCodeLocation`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct FunctionCodeLocationBuilder {
    pub repository_type: Option<String>,
    pub location: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl FunctionCodeLocationBuilder {
    /// Builds the [`FunctionCodeLocation`].
    pub fn build(self) -> FunctionCodeLocation {
        FunctionCodeLocation {
            repository_type: self.repository_type,
            location: self.location,
        }
    }
}
::smithy_runtime::setters!(
    FunctionCodeLocationBuilder, [(repository_type, String, "RepositoryType"), (location,
    String, "Location")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "FunctionCodeLocation",
    &[codec::Member::new("RepositoryType"), codec::Member::new("Location")],
);
::smithy_runtime::structure_codec!(
    FunctionCodeLocation, FunctionCodeLocationBuilder, build, [repository_type, location]
);
