#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Tenancy {
    ///  `default`
    Default,
    ///  `dedicated`
    Dedicated,
    ///  `host`
    Host,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    Tenancy, [(Default, "default"), (Dedicated, "dedicated"), (Host, "host")]
);
