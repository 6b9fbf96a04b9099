#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CpuOptionsRequest {
    pub core_count: Option<i32>,
    pub threads_per_core: Option<i32>,
}
impl CpuOptionsRequest {
    /// A builder for [`CpuOptionsRequest`].
    pub fn builder() -> CpuOptionsRequestBuilder {
        CpuOptionsRequestBuilder::default()
    }
}
/// A builder for [`CpuOptionsRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CpuOptionsRequestBuilder {
    pub core_count: Option<i32>,
    pub threads_per_core: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl CpuOptionsRequestBuilder {
    /// Builds the [`CpuOptionsRequest`].
    pub fn build(self) -> CpuOptionsRequest {
        CpuOptionsRequest {
            core_count: self.core_count,
            threads_per_core: self.threads_per_core,
        }
    }
}
::smithy_runtime::setters!(
    CpuOptionsRequestBuilder, [(core_count, i32, "CoreCount"), (threads_per_core, i32,
    "ThreadsPerCore")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CpuOptionsRequest",
    &[codec::Member::new("CoreCount"), codec::Member::new("ThreadsPerCore")],
);
::smithy_runtime::structure_codec!(
    CpuOptionsRequest, CpuOptionsRequestBuilder, build, [core_count, threads_per_core]
);
