#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct CpuOptions {
    pub core_count: Option<i32>,
    pub threads_per_core: Option<i32>,
}
impl CpuOptions {
    /// A builder for [`CpuOptions`].
    pub fn builder() -> CpuOptionsBuilder {
        CpuOptionsBuilder::default()
    }
}
/// A builder for [`CpuOptions`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct CpuOptionsBuilder {
    pub core_count: Option<i32>,
    pub threads_per_core: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl CpuOptionsBuilder {
    /// Builds the [`CpuOptions`].
    pub fn build(self) -> CpuOptions {
        CpuOptions {
            core_count: self.core_count,
            threads_per_core: self.threads_per_core,
        }
    }
}
::smithy_runtime::setters!(
    CpuOptionsBuilder, [(core_count, i32, "CoreCount"), (threads_per_core, i32,
    "ThreadsPerCore")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "CpuOptions",
    &[
        codec::Member::new("CoreCount").xml("coreCount").ec2_query("CoreCount"),
        codec::Member::new("ThreadsPerCore")
            .xml("threadsPerCore")
            .ec2_query("ThreadsPerCore"),
    ],
);
::smithy_runtime::structure_codec!(
    CpuOptions, CpuOptionsBuilder, build, [core_count, threads_per_core]
);
