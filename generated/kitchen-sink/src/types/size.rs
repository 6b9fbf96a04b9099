/// Member names differ from wire values.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Size {
    ///  `small`
    Small,
    ///  `M`
    Medium,
    ///  `lower-case-value`
    LowerCaseValue,
    /// A value that is not a valid identifier.
    Xxl,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    Size, [(Small, "small"), (Medium, "M"), (LowerCaseValue, "lower-case-value"), (Xxl,
    "2XL")]
);
