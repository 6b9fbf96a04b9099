#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ArchitectureValues {
    ///  `i386`
    I386,
    ///  `x86_64`
    X8664,
    ///  `arm64`
    Arm64,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    ArchitectureValues, [(I386, "i386"), (X8664, "x86_64"), (Arm64, "arm64")]
);
