#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VolumeType {
    ///  `standard`
    Standard,
    ///  `io1`
    Io1,
    ///  `io2`
    Io2,
    ///  `gp2`
    Gp2,
    ///  `sc1`
    Sc1,
    ///  `st1`
    St1,
    ///  `gp3`
    Gp3,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    VolumeType, [(Standard, "standard"), (Io1, "io1"), (Io2, "io2"), (Gp2, "gp2"), (Sc1,
    "sc1"), (St1, "st1"), (Gp3, "gp3")]
);
