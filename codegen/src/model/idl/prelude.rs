//! The names and types of every shape the prelude defines (spec: model.rst, "Prelude model"). The IDL needs
//! all of them, traits included: a relative id such as `required` or `String` resolves to the prelude only
//! when its namespace does not define the name, and an annotation trait's value (`{}`, `[]` or `null`)
//! depends on the type of the trait's shape.

use crate::model::ShapeType;

pub(crate) const NAMESPACE: &str = "smithy.api";

use ShapeType as T;

const SHAPES: &[(&str, ShapeType)] = &[
    ("String", T::String),
    ("Blob", T::Blob),
    ("BigInteger", T::BigInteger),
    ("BigDecimal", T::BigDecimal),
    ("Timestamp", T::Timestamp),
    ("Document", T::Document),
    ("Boolean", T::Boolean),
    ("Byte", T::Byte),
    ("Short", T::Short),
    ("Integer", T::Integer),
    ("Long", T::Long),
    ("Float", T::Float),
    ("Double", T::Double),
    ("PrimitiveBoolean", T::Boolean),
    ("PrimitiveByte", T::Byte),
    ("PrimitiveShort", T::Short),
    ("PrimitiveInteger", T::Integer),
    ("PrimitiveLong", T::Long),
    ("PrimitiveFloat", T::Float),
    ("PrimitiveDouble", T::Double),
    ("Unit", T::Structure),
    ("trait", T::Structure),
    ("TraitDiffRules", T::List),
    ("TraitDiffRule", T::Structure),
    ("TraitChangeType", T::Enum),
    ("Severity", T::Enum),
    ("StructurallyExclusive", T::Enum),
    ("deprecated", T::Structure),
    ("box", T::Structure),
    ("documentation", T::String),
    ("externalDocumentation", T::Map),
    ("auth", T::List),
    ("AuthTraitReference", T::String),
    ("protocolDefinition", T::Structure),
    ("TraitShapeIdList", T::List),
    ("TraitShapeId", T::String),
    ("authDefinition", T::Structure),
    ("httpBasicAuth", T::Structure),
    ("httpDigestAuth", T::Structure),
    ("httpBearerAuth", T::Structure),
    ("httpApiKeyAuth", T::Structure),
    ("traitValidators", T::Map),
    ("TraitValidator", T::Structure),
    ("metadata", T::Structure),
    ("ShapeClosures", T::List),
    ("ShapeClosure", T::Structure),
    ("ClosureId", T::String),
    ("Namespaces", T::List),
    ("Renames", T::Map),
    ("CommonMark", T::String),
    ("Identifier", T::String),
    ("default", T::Document),
    ("addedDefault", T::Structure),
    ("clientOptional", T::Structure),
    ("HttpApiKeyLocations", T::Enum),
    ("optionalAuth", T::Structure),
    ("examples", T::List),
    ("Example", T::Structure),
    ("ExampleError", T::Structure),
    ("error", T::Enum),
    ("retryable", T::Structure),
    ("readonly", T::Structure),
    ("idempotent", T::Structure),
    ("IdempotentErrors", T::List),
    ("idempotencyToken", T::Structure),
    ("internal", T::Structure),
    ("jsonName", T::String),
    ("xmlAttribute", T::Structure),
    ("xmlFlattened", T::Structure),
    ("xmlName", T::String),
    ("xmlNamespace", T::Structure),
    ("NonEmptyString", T::String),
    ("noReplace", T::Structure),
    ("mediaType", T::String),
    ("references", T::List),
    ("Reference", T::Structure),
    ("NonEmptyStringMap", T::Map),
    ("resourceIdentifier", T::String),
    ("private", T::Structure),
    ("sensitive", T::Structure),
    ("since", T::String),
    ("streaming", T::Structure),
    ("requiresLength", T::Structure),
    ("longPoll", T::Structure),
    ("tags", T::List),
    ("title", T::String),
    ("enum", T::List),
    ("EnumDefinition", T::Structure),
    ("EnumConstantBodyName", T::String),
    ("enumValue", T::Document),
    ("length", T::Structure),
    ("range", T::Structure),
    ("pattern", T::String),
    ("required", T::Structure),
    ("property", T::Structure),
    ("notProperty", T::Structure),
    ("nestedProperties", T::Structure),
    ("recommended", T::Structure),
    ("sparse", T::Structure),
    ("uniqueItems", T::Structure),
    ("unstable", T::Structure),
    ("paginated", T::Structure),
    ("http", T::Structure),
    ("httpLabel", T::Structure),
    ("httpQuery", T::String),
    ("httpQueryParams", T::Structure),
    ("httpHeader", T::String),
    ("httpPrefixHeaders", T::String),
    ("httpPayload", T::Structure),
    ("httpError", T::Integer),
    ("httpResponseCode", T::Structure),
    ("cors", T::Structure),
    ("NonEmptyStringList", T::List),
    ("eventPayload", T::Structure),
    ("eventHeader", T::Structure),
    ("idRef", T::Structure),
    ("timestampFormat", T::Enum),
    ("endpoint", T::Structure),
    ("hostLabel", T::Structure),
    ("suppress", T::List),
    ("httpChecksumRequired", T::Structure),
    ("input", T::Structure),
    ("output", T::Structure),
    ("unitType", T::Structure),
    ("mixin", T::Structure),
    ("LocalMixinTraitList", T::List),
    ("LocalMixinTrait", T::String),
    ("RequestCompressionEncodingsList", T::List),
    ("requestCompression", T::Structure),
];

/// The type of the prelude shape named `name`, if the prelude defines one. Asked for every relative id, so
/// a hash lookup rather than a scan.
pub(crate) fn shape_type(name: &str) -> Option<ShapeType> {
    static INDEX: std::sync::OnceLock<foldhash::HashMap<&'static str, ShapeType>> =
        std::sync::OnceLock::new();
    INDEX
        .get_or_init(|| SHAPES.iter().copied().collect())
        .get(name)
        .copied()
}

/// The prelude's own copy of `name`, if the prelude defines a shape of that name.
pub(crate) fn name(name: &str) -> Option<&'static str> {
    shape_type(name)?;
    SHAPES.iter().map(|(n, _)| *n).find(|n| *n == name)
}

/// The value of an annotation trait (`@name` without a value) whose shape has type `t`: `{}` for
/// structures and maps, `[]` for lists and sets, `null` for anything else (spec: idl.rst, "Omitted trait
/// values").
pub(crate) fn annotation_value(t: ShapeType) -> serde_json::Value {
    use serde_json::Value;
    match t {
        T::Structure | T::Map => Value::Object(Default::default()),
        T::List | T::Set => Value::Array(Vec::new()),
        _ => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    /// The table is the prelude: every shape the official prelude.smithy (in ../shared) defines, with its
    /// type, and nothing else. Fails loudly when ../shared is missing.
    #[test]
    fn the_table_matches_the_official_prelude() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../shared/smithy-protocol-tests/trait-defs/smithy-model/src/main/resources/",
            "software/amazon/smithy/model/loader/prelude.smithy"
        );
        let bytes = std::fs::read(path)
            .unwrap_or_else(|e| panic!("the official prelude is missing at {path}: {e}"));
        let parsed = super::super::parse(&bytes, &BTreeSet::new());
        assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
        assert_eq!(parsed.namespace.as_deref(), Some(super::NAMESPACE));
        let official: Vec<(String, super::ShapeType)> = parsed
            .defs
            .iter()
            .map(|d| (d.id["smithy.api#".len()..].to_string(), d.shape.kind))
            .collect();
        let ours: Vec<(String, super::ShapeType)> = super::SHAPES
            .iter()
            .map(|(n, t)| (n.to_string(), *t))
            .collect();
        assert_eq!(official, ours);
        assert!(ours.iter().all(|(n, t)| super::shape_type(n) == Some(*t)));
    }
}
