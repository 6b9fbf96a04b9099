#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HttpTokensState {
    ///  `optional`
    Optional,
    ///  `required`
    Required,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    HttpTokensState, [(Optional, "optional"), (Required, "required")]
);
