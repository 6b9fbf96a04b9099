#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Level {
    ///  `1`
    Low,
    ///  `10`
    High,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(i32),
}
::smithy_runtime::int_enum!(Level, [(Low, 1), (High, 10)]);
