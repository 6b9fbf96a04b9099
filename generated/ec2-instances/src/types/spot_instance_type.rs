#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SpotInstanceType {
    ///  `one-time`
    OneTime,
    ///  `persistent`
    Persistent,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    SpotInstanceType, [(OneTime, "one-time"), (Persistent, "persistent")]
);
