#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListUsersRequest {
    pub path_prefix: Option<String>,
    pub marker: Option<String>,
    pub max_items: Option<i32>,
}
impl ListUsersRequest {
    /// A builder for [`ListUsersRequest`].
    pub fn builder() -> ListUsersRequestBuilder {
        ListUsersRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        Ok(())
    }
}
/// A builder for [`ListUsersRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListUsersRequestBuilder {
    pub path_prefix: Option<String>,
    pub marker: Option<String>,
    pub max_items: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl ListUsersRequestBuilder {
    /// Builds the [`ListUsersRequest`].
    pub fn build(self) -> ListUsersRequest {
        ListUsersRequest {
            path_prefix: self.path_prefix,
            marker: self.marker,
            max_items: self.max_items,
        }
    }
}
::smithy_runtime::setters!(
    ListUsersRequestBuilder, [(path_prefix, String, "PathPrefix"), (marker, String,
    "Marker"), (max_items, i32, "MaxItems")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListUsersRequest",
    &[
        codec::Member::new("PathPrefix"),
        codec::Member::new("Marker"),
        codec::Member::new("MaxItems"),
    ],
);
::smithy_runtime::structure_codec!(
    ListUsersRequest, ListUsersRequestBuilder, build, [path_prefix, marker, max_items]
);
