#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Concurrency {
    pub reserved_concurrent_executions: Option<i32>,
}
impl Concurrency {
    /// A builder for [`Concurrency`].
    pub fn builder() -> ConcurrencyBuilder {
        ConcurrencyBuilder::default()
    }
}
/// A builder for [`Concurrency`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct ConcurrencyBuilder {
    pub reserved_concurrent_executions: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl ConcurrencyBuilder {
    /// Builds the [`Concurrency`].
    pub fn build(self) -> Concurrency {
        Concurrency {
            reserved_concurrent_executions: self.reserved_concurrent_executions,
        }
    }
}
::smithy_runtime::setters!(
    ConcurrencyBuilder, [(reserved_concurrent_executions, i32,
    "ReservedConcurrentExecutions")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Concurrency",
    &[codec::Member::new("ReservedConcurrentExecutions")],
);
::smithy_runtime::structure_codec!(
    Concurrency, ConcurrencyBuilder, build, [reserved_concurrent_executions]
);
