/// The configuration of a function.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct FunctionConfiguration {
    pub function_name: Option<String>,
    pub function_arn: Option<String>,
    pub runtime: Option<String>,
    pub role: Option<String>,
    pub handler: Option<String>,
    pub code_size: i64,
    pub description: Option<String>,
    pub timeout: Option<i32>,
    pub memory_size: Option<i32>,
    pub last_modified: Option<String>,
    pub code_sha256: Option<String>,
    pub version: Option<String>,
    pub state: Option<crate::types::State>,
    pub package_type: Option<crate::types::PackageType>,
    pub architectures: Option<Vec<String>>,
}
impl FunctionConfiguration {
    /// A builder for [`FunctionConfiguration`].
    pub fn builder() -> FunctionConfigurationBuilder {
        FunctionConfigurationBuilder::default()
    }
}
/// A builder for [`FunctionConfiguration`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct FunctionConfigurationBuilder {
    pub function_name: Option<String>,
    pub function_arn: Option<String>,
    pub runtime: Option<String>,
    pub role: Option<String>,
    pub handler: Option<String>,
    pub code_size: Option<i64>,
    pub description: Option<String>,
    pub timeout: Option<i32>,
    pub memory_size: Option<i32>,
    pub last_modified: Option<String>,
    pub code_sha256: Option<String>,
    pub version: Option<String>,
    pub state: Option<crate::types::State>,
    pub package_type: Option<crate::types::PackageType>,
    pub architectures: Option<Vec<String>>,
}
#[allow(clippy::should_implement_trait)]
impl FunctionConfigurationBuilder {
    /// Builds the [`FunctionConfiguration`].
    pub fn build(self) -> FunctionConfiguration {
        FunctionConfiguration {
            function_name: self.function_name,
            function_arn: self.function_arn,
            runtime: self.runtime,
            role: self.role,
            handler: self.handler,
            code_size: self.code_size.unwrap_or(0i64),
            description: self.description,
            timeout: self.timeout,
            memory_size: self.memory_size,
            last_modified: self.last_modified,
            code_sha256: self.code_sha256,
            version: self.version,
            state: self.state,
            package_type: self.package_type,
            architectures: self.architectures,
        }
    }
}
::smithy_runtime::setters!(
    FunctionConfigurationBuilder, [(function_name, String, "FunctionName"),
    (function_arn, String, "FunctionArn"), (runtime, String, "Runtime"), (role, String,
    "Role"), (handler, String, "Handler"), (code_size, i64, "CodeSize"), (description,
    String, "Description"), (timeout, i32, "Timeout"), (memory_size, i32, "MemorySize"),
    (last_modified, String, "LastModified"), (code_sha256, String, "CodeSha256"),
    (version, String, "Version"), (state, crate ::types::State, "State"), (package_type,
    crate ::types::PackageType, "PackageType")]
);
::smithy_runtime::list_setters!(
    FunctionConfigurationBuilder, [(architectures, push_architectures, String,
    "Architectures")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "FunctionConfiguration",
    &[
        codec::Member::new("FunctionName"),
        codec::Member::new("FunctionArn"),
        codec::Member::new("Runtime"),
        codec::Member::new("Role"),
        codec::Member::new("Handler"),
        codec::Member::new("CodeSize"),
        codec::Member::new("Description"),
        codec::Member::new("Timeout"),
        codec::Member::new("MemorySize"),
        codec::Member::new("LastModified"),
        codec::Member::new("CodeSha256"),
        codec::Member::new("Version"),
        codec::Member::new("State"),
        codec::Member::new("PackageType"),
        codec::Member::new("Architectures"),
    ],
);
::smithy_runtime::structure_codec!(
    FunctionConfiguration, FunctionConfigurationBuilder, build, [function_name,
    function_arn, runtime, role, handler, code_size, description, timeout, memory_size,
    last_modified, code_sha256, version, state, package_type, architectures]
);
