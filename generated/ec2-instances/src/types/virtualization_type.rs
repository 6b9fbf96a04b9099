#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VirtualizationType {
    ///  `hvm`
    Hvm,
    ///  `paravirtual`
    Paravirtual,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    VirtualizationType, [(Hvm, "hvm"), (Paravirtual, "paravirtual")]
);
