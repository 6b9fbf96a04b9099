#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DeviceType {
    ///  `ebs`
    Ebs,
    ///  `instance-store`
    InstanceStore,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    DeviceType, [(Ebs, "ebs"), (InstanceStore, "instance-store")]
);
