#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ShutdownBehavior {
    ///  `stop`
    Stop,
    ///  `terminate`
    Terminate,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    ShutdownBehavior, [(Stop, "stop"), (Terminate, "terminate")]
);
