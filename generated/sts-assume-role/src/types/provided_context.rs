#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct ProvidedContext {
    pub provider_arn: Option<String>,
    pub context_assertion: Option<String>,
}
impl ProvidedContext {
    /// A builder for [`ProvidedContext`].
    pub fn builder() -> ProvidedContextBuilder {
        ProvidedContextBuilder::default()
    }
}
/// A builder for [`ProvidedContext`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ProvidedContextBuilder {
    pub provider_arn: Option<String>,
    pub context_assertion: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl ProvidedContextBuilder {
    /// Builds the [`ProvidedContext`].
    pub fn build(self) -> ProvidedContext {
        ProvidedContext {
            provider_arn: self.provider_arn,
            context_assertion: self.context_assertion,
        }
    }
}
::smithy_runtime::setters!(
    ProvidedContextBuilder, [(provider_arn, String, "ProviderArn"), (context_assertion,
    String, "ContextAssertion")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "ProvidedContext",
    &[codec::Member::new("ProviderArn"), codec::Member::new("ContextAssertion")],
);
::smithy_runtime::structure_codec!(
    ProvidedContext, ProvidedContextBuilder, build, [provider_arn, context_assertion]
);
