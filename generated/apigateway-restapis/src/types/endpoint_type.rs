#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EndpointType {
    ///  `REGIONAL`
    Regional,
    ///  `EDGE`
    Edge,
    ///  `PRIVATE`
    Private,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    EndpointType, [(Regional, "REGIONAL"), (Edge, "EDGE"), (Private, "PRIVATE")]
);
