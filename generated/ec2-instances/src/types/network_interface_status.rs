#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum NetworkInterfaceStatus {
    ///  `available`
    Available,
    ///  `associated`
    Associated,
    ///  `attaching`
    Attaching,
    ///  `in-use`
    InUse,
    ///  `detaching`
    Detaching,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    NetworkInterfaceStatus, [(Available, "available"), (Associated, "associated"),
    (Attaching, "attaching"), (InUse, "in-use"), (Detaching, "detaching")]
);
