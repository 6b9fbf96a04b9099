#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ListThingsInput {
    /// Token from the previous page, if any.
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
    pub size_filter: Option<crate::types::Size>,
}
impl ListThingsInput {
    /// A builder for [`ListThingsInput`].
    pub fn builder() -> ListThingsInputBuilder {
        ListThingsInputBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        if constraints && let Some(v) = &self.max_results {
            ::smithy_runtime::validate::range(
                *v as f64,
                Some(1f64),
                Some(100f64),
                "MaxResults",
            )?;
        }
        Ok(())
    }
}
/// A builder for [`ListThingsInput`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ListThingsInputBuilder {
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
    pub size_filter: Option<crate::types::Size>,
}
#[allow(clippy::should_implement_trait)]
impl ListThingsInputBuilder {
    /// Builds the [`ListThingsInput`].
    pub fn build(self) -> ListThingsInput {
        ListThingsInput {
            next_token: self.next_token,
            max_results: self.max_results,
            size_filter: self.size_filter,
        }
    }
}
::smithy_runtime::setters!(
    ListThingsInputBuilder, [(next_token, String, "NextToken"), (max_results, i32,
    "MaxResults"), (size_filter, crate ::types::Size, "SizeFilter")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ListThingsInput",
    &[
        codec::Member::new("NextToken"),
        codec::Member::new("MaxResults"),
        codec::Member::new("SizeFilter"),
    ],
);
::smithy_runtime::structure_codec!(
    ListThingsInput, ListThingsInputBuilder, build, [next_token, max_results,
    size_filter]
);
