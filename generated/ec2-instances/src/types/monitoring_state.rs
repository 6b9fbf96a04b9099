#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MonitoringState {
    ///  `disabled`
    Disabled,
    ///  `disabling`
    Disabling,
    ///  `enabled`
    Enabled,
    ///  `pending`
    Pending,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    MonitoringState, [(Disabled, "disabled"), (Disabling, "disabling"), (Enabled,
    "enabled"), (Pending, "pending")]
);
