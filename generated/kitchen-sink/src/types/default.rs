/// An enum named like the Rust `Default` trait.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Default {
    ///  `default`
    Default,
    ///  `Self`
    Self_,
    ///  `None`
    None,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    Default, [(Default, "default"), (Self_, "Self"), (None, "None")]
);
