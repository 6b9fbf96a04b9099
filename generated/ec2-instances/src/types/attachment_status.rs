#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttachmentStatus {
    ///  `attaching`
    Attaching,
    ///  `attached`
    Attached,
    ///  `detaching`
    Detaching,
    ///  `detached`
    Detached,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    AttachmentStatus, [(Attaching, "attaching"), (Attached, "attached"), (Detaching,
    "detaching"), (Detached, "detached")]
);
