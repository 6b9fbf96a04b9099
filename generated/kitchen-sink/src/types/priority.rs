/// An `intEnum`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Priority {
    ///  `1`
    Low,
    ///  `10`
    High,
    ///  `-1`
    BelowZero,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(i32),
}
::smithy_runtime::int_enum!(Priority, [(Low, 1), (High, 10), (BelowZero, - 1)]);
