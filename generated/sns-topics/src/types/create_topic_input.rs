#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CreateTopicInput {
    /// **Required.**
    pub name: Option<String>,
    pub attributes: Option<::std::collections::HashMap<String, String>>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
impl CreateTopicInput {
    /// A builder for [`CreateTopicInput`].
    pub fn builder() -> CreateTopicInputBuilder {
        CreateTopicInputBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.name, "Name")?;
        Ok(())
    }
}
/// A builder for [`CreateTopicInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CreateTopicInputBuilder {
    pub name: Option<String>,
    pub attributes: Option<::std::collections::HashMap<String, String>>,
    pub tags: Option<Vec<crate::types::Tag>>,
}
#[allow(clippy::should_implement_trait)]
impl CreateTopicInputBuilder {
    /// Builds the [`CreateTopicInput`], or says which required member is missing.
    pub fn build(self) -> Result<CreateTopicInput, ::smithy_runtime::types::BuildError> {
        Ok(CreateTopicInput {
            name: Some(
                self
                    .name
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "CreateTopicInput",
                            "Name",
                        ),
                    )?,
            ),
            attributes: self.attributes,
            tags: self.tags,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> CreateTopicInput {
        CreateTopicInput {
            name: self.name,
            attributes: self.attributes,
            tags: self.tags,
        }
    }
}
::smithy_runtime::setters!(
    CreateTopicInputBuilder, [(name, String, "Name"), (attributes,
    ::std::collections::HashMap:: < String, String >, "Attributes"), (tags, Vec:: < crate
    ::types::Tag >, "Tags")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CreateTopicInput",
    &[
        codec::Member::new("Name"),
        codec::Member::new("Attributes"),
        codec::Member::new("Tags"),
    ],
);
::smithy_runtime::structure_codec!(
    CreateTopicInput, CreateTopicInputBuilder, build_read, [name, attributes, tags]
);
