#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceStateName {
    ///  `pending`
    Pending,
    ///  `running`
    Running,
    ///  `shutting-down`
    ShuttingDown,
    ///  `terminated`
    Terminated,
    ///  `stopping`
    Stopping,
    ///  `stopped`
    Stopped,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    InstanceStateName, [(Pending, "pending"), (Running, "running"), (ShuttingDown,
    "shutting-down"), (Terminated, "terminated"), (Stopping, "stopping"), (Stopped,
    "stopped")]
);
