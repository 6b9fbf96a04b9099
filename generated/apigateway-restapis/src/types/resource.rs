/// A resource of a REST API: one segment of its paths.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "camelCase"))]
#[non_exhaustive]
pub struct Resource {
    pub id: Option<String>,
    pub parent_id: Option<String>,
    pub path_part: Option<String>,
    pub path: Option<String>,
}
impl Resource {
    /// A builder for [`Resource`].
    pub fn builder() -> ResourceBuilder {
        ResourceBuilder::default()
    }
}
/// A builder for [`Resource`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ResourceBuilder {
    pub id: Option<String>,
    pub parent_id: Option<String>,
    pub path_part: Option<String>,
    pub path: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ResourceBuilder {
    /// Builds the [`Resource`].
    pub fn build(self) -> Resource {
        Resource {
            id: self.id,
            parent_id: self.parent_id,
            path_part: self.path_part,
            path: self.path,
        }
    }
}
::smithy_runtime::setters!(
    ResourceBuilder, [(id, String, "id"), (parent_id, String, "parentId"), (path_part,
    String, "pathPart"), (path, String, "path")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Resource",
    &[
        codec::Member::new("id"),
        codec::Member::new("parentId"),
        codec::Member::new("pathPart"),
        codec::Member::new("path"),
    ],
);
::smithy_runtime::structure_codec!(
    Resource, ResourceBuilder, build, [id, parent_id, path_part, path]
);
