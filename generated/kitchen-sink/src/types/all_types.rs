/// One member of each kind. Defaults sit on members, as Smithy 2.0 requires; see [the default trait](https://smithy.io/2.0/spec/type-refinement-traits.html#default-trait).
///
/// - `Long` defaults past 2^53
///
/// - \[Foo\] and \`\[Bar\]\` are not links
///
/// - a \<b> c && d
#[derive(Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct AllTypes {
    pub byte: i8,
    pub short: i16,
    pub integer: i32,
    /// Default is 2^53 + 1, which an f64 cannot hold.
    pub long: i64,
    pub float: f32,
    pub double: f64,
    pub boolean: bool,
    pub text_default: String,
    pub empty_text: String,
    pub list_default: Vec<String>,
    pub map_default: ::std::collections::HashMap<String, String>,
    pub enum_default: crate::types::Size,
    pub int_enum_default: crate::types::Priority,
    pub prelude_named_enum: crate::types::Default,
    pub optional_integer: Option<i32>,
    pub blob: Option<::smithy_runtime::types::Blob>,
    pub document: Option<::smithy_runtime::types::Document>,
    pub big_integer: Option<::smithy_runtime::types::BigInteger>,
    pub big_decimal: Option<::smithy_runtime::types::BigDecimal>,
    pub size: Option<crate::types::Size>,
    pub priority: Option<crate::types::Priority>,
    pub epoch_seconds: Option<::smithy_runtime::types::DateTime>,
    pub date_time: Option<::smithy_runtime::types::DateTime>,
    pub http_date: Option<::smithy_runtime::types::DateTime>,
    pub default_format: Option<::smithy_runtime::types::DateTime>,
    /// Format set on the member, not the target.
    pub member_format: Option<::smithy_runtime::types::DateTime>,
    pub epoch_seconds_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    pub date_time_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    pub http_date_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    pub default_format_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    pub list: Option<Vec<String>>,
    pub sparse_list: Option<Vec<Option<String>>>,
    pub map: Option<::std::collections::HashMap<String, String>>,
    pub sparse_map: Option<::std::collections::HashMap<String, Option<i32>>>,
    pub size_counts: Option<::std::collections::HashMap<crate::types::Size, i64>>,
    pub union: Option<crate::types::Result>,
    pub option: Option<crate::types::Option>,
    pub string: Option<crate::types::String>,
    pub vec: Option<Vec<crate::types::Box>>,
    pub r#box: Option<crate::types::Box>,
    pub keywords: Option<crate::types::Keywords>,
    pub capital_self: Option<crate::types::CapitalSelf>,
    pub snake_collisions: Option<crate::types::SnakeCollisions>,
    pub id_holder: Option<crate::types::IdHolder>,
    pub tree: Option<crate::types::TreeNode>,
    pub alpha: Option<crate::types::Alpha>,
    pub folder: Option<crate::types::Folder>,
    pub thing: Option<crate::types::Thing>,
    pub credentials: Option<crate::types::Credentials>,
    pub secret: Option<String>,
    #[deprecated(note = "since 2023-06-01: Use TextDefault.")]
    pub old_field: Option<String>,
    pub legacy: Option<crate::types::LegacyThing>,
    pub secrets: Option<Vec<String>>,
    pub secrets_by_name: Option<::std::collections::HashMap<String, String>>,
    pub big_default: ::smithy_runtime::types::BigInteger,
    pub when_default: ::smithy_runtime::types::DateTime,
    pub bytes_default: ::smithy_runtime::types::Blob,
}
impl AllTypes {
    /// A builder for [`AllTypes`].
    pub fn builder() -> AllTypesBuilder {
        AllTypesBuilder::default()
    }
}
/// A builder for [`AllTypes`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AllTypesBuilder {
    pub byte: Option<i8>,
    pub short: Option<i16>,
    pub integer: Option<i32>,
    pub long: Option<i64>,
    pub float: Option<f32>,
    pub double: Option<f64>,
    pub boolean: Option<bool>,
    pub text_default: Option<String>,
    pub empty_text: Option<String>,
    pub list_default: Option<Vec<String>>,
    pub map_default: Option<::std::collections::HashMap<String, String>>,
    pub enum_default: Option<crate::types::Size>,
    pub int_enum_default: Option<crate::types::Priority>,
    pub prelude_named_enum: Option<crate::types::Default>,
    pub optional_integer: Option<i32>,
    pub blob: Option<::smithy_runtime::types::Blob>,
    pub document: Option<::smithy_runtime::types::Document>,
    pub big_integer: Option<::smithy_runtime::types::BigInteger>,
    pub big_decimal: Option<::smithy_runtime::types::BigDecimal>,
    pub size: Option<crate::types::Size>,
    pub priority: Option<crate::types::Priority>,
    pub epoch_seconds: Option<::smithy_runtime::types::DateTime>,
    pub date_time: Option<::smithy_runtime::types::DateTime>,
    pub http_date: Option<::smithy_runtime::types::DateTime>,
    pub default_format: Option<::smithy_runtime::types::DateTime>,
    pub member_format: Option<::smithy_runtime::types::DateTime>,
    pub epoch_seconds_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    pub date_time_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    pub http_date_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    pub default_format_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    pub list: Option<Vec<String>>,
    pub sparse_list: Option<Vec<Option<String>>>,
    pub map: Option<::std::collections::HashMap<String, String>>,
    pub sparse_map: Option<::std::collections::HashMap<String, Option<i32>>>,
    pub size_counts: Option<::std::collections::HashMap<crate::types::Size, i64>>,
    pub union: Option<crate::types::Result>,
    pub option: Option<crate::types::Option>,
    pub string: Option<crate::types::String>,
    pub vec: Option<Vec<crate::types::Box>>,
    pub r#box: Option<crate::types::Box>,
    pub keywords: Option<crate::types::Keywords>,
    pub capital_self: Option<crate::types::CapitalSelf>,
    pub snake_collisions: Option<crate::types::SnakeCollisions>,
    pub id_holder: Option<crate::types::IdHolder>,
    pub tree: Option<crate::types::TreeNode>,
    pub alpha: Option<crate::types::Alpha>,
    pub folder: Option<crate::types::Folder>,
    pub thing: Option<crate::types::Thing>,
    pub credentials: Option<crate::types::Credentials>,
    pub secret: Option<String>,
    #[deprecated(note = "since 2023-06-01: Use TextDefault.")]
    pub old_field: Option<String>,
    pub legacy: Option<crate::types::LegacyThing>,
    pub secrets: Option<Vec<String>>,
    pub secrets_by_name: Option<::std::collections::HashMap<String, String>>,
    pub big_default: Option<::smithy_runtime::types::BigInteger>,
    pub when_default: Option<::smithy_runtime::types::DateTime>,
    pub bytes_default: Option<::smithy_runtime::types::Blob>,
}
#[allow(clippy::should_implement_trait)]
impl AllTypesBuilder {
    /// Sets `OldField`.
    #[deprecated(note = "since 2023-06-01: Use TextDefault.")]
    pub fn old_field(mut self, value: impl Into<String>) -> Self {
        self.old_field = Some(value.into());
        self
    }
    /// Builds the [`AllTypes`].
    pub fn build(self) -> AllTypes {
        AllTypes {
            byte: self.byte.unwrap_or(7i8),
            short: self.short.unwrap_or(300i16),
            integer: self.integer.unwrap_or(42i32),
            long: self.long.unwrap_or(9007199254740993i64),
            float: self.float.unwrap_or(1.5f32),
            double: self.double.unwrap_or(-0.25f64),
            boolean: self.boolean.unwrap_or(true),
            text_default: self
                .text_default
                .unwrap_or_else(|| String::from("hello [world] & <friends>")),
            empty_text: self.empty_text.unwrap_or_else(|| String::from("")),
            list_default: self.list_default.unwrap_or_default(),
            map_default: self.map_default.unwrap_or_default(),
            enum_default: self
                .enum_default
                .unwrap_or_else(|| crate::types::Size::from("lower-case-value")),
            int_enum_default: self
                .int_enum_default
                .unwrap_or_else(|| crate::types::Priority::from(10i32)),
            prelude_named_enum: self
                .prelude_named_enum
                .unwrap_or_else(|| crate::types::Default::from("default")),
            optional_integer: self.optional_integer,
            blob: self.blob,
            document: self.document,
            big_integer: self.big_integer,
            big_decimal: self.big_decimal,
            size: self.size,
            priority: self.priority,
            epoch_seconds: self.epoch_seconds,
            date_time: self.date_time,
            http_date: self.http_date,
            default_format: self.default_format,
            member_format: self.member_format,
            epoch_seconds_list: self.epoch_seconds_list,
            date_time_list: self.date_time_list,
            http_date_list: self.http_date_list,
            default_format_list: self.default_format_list,
            list: self.list,
            sparse_list: self.sparse_list,
            map: self.map,
            sparse_map: self.sparse_map,
            size_counts: self.size_counts,
            union: self.union,
            option: self.option,
            string: self.string,
            vec: self.vec,
            r#box: self.r#box,
            keywords: self.keywords,
            capital_self: self.capital_self,
            snake_collisions: self.snake_collisions,
            id_holder: self.id_holder,
            tree: self.tree,
            alpha: self.alpha,
            folder: self.folder,
            thing: self.thing,
            credentials: self.credentials,
            secret: self.secret,
            old_field: self.old_field,
            legacy: self.legacy,
            secrets: self.secrets,
            secrets_by_name: self.secrets_by_name,
            big_default: self
                .big_default
                .unwrap_or_else(|| {
                    ::smithy_runtime::types::BigInteger::parse("12345678901234567890")
                        .unwrap_or_default()
                }),
            when_default: self
                .when_default
                .unwrap_or_else(|| {
                    ::smithy_runtime::types::DateTime::parse_rfc3339(
                            "2020-01-02T03:04:05Z",
                        )
                        .unwrap_or_default()
                }),
            bytes_default: self
                .bytes_default
                .unwrap_or_else(|| {
                    ::smithy_runtime::types::Blob::from_base64("aGk=")
                        .unwrap_or_default()
                }),
        }
    }
}
::smithy_runtime::setters!(
    AllTypesBuilder, [(byte, i8, "Byte"), (short, i16, "Short"), (integer, i32,
    "Integer"), (long, i64, "Long"), (float, f32, "Float"), (double, f64, "Double"),
    (boolean, bool, "Boolean"), (text_default, String, "TextDefault"), (empty_text,
    String, "EmptyText"), (map_default, ::std::collections::HashMap:: < String, String >,
    "MapDefault"), (enum_default, crate ::types::Size, "EnumDefault"), (int_enum_default,
    crate ::types::Priority, "IntEnumDefault"), (prelude_named_enum, crate
    ::types::Default, "PreludeNamedEnum"), (optional_integer, i32, "OptionalInteger"),
    (blob, ::smithy_runtime::types::Blob, "Blob"), (document,
    ::smithy_runtime::types::Document, "Document"), (big_integer,
    ::smithy_runtime::types::BigInteger, "BigInteger"), (big_decimal,
    ::smithy_runtime::types::BigDecimal, "BigDecimal"), (size, crate ::types::Size,
    "Size"), (priority, crate ::types::Priority, "Priority"), (epoch_seconds,
    ::smithy_runtime::types::DateTime, "EpochSeconds"), (date_time,
    ::smithy_runtime::types::DateTime, "DateTime"), (http_date,
    ::smithy_runtime::types::DateTime, "HttpDate"), (default_format,
    ::smithy_runtime::types::DateTime, "DefaultFormat"), (member_format,
    ::smithy_runtime::types::DateTime, "MemberFormat"), (map,
    ::std::collections::HashMap:: < String, String >, "Map"), (sparse_map,
    ::std::collections::HashMap:: < String, Option < i32 >>, "SparseMap"), (size_counts,
    ::std::collections::HashMap:: < crate ::types::Size, i64 >, "SizeCounts"), (union,
    crate ::types::Result, "Union"), (option, crate ::types::Option, "Option"), (string,
    crate ::types::String, "String"), (r#box, crate ::types::Box, "Box"), (keywords,
    crate ::types::Keywords, "Keywords"), (capital_self, crate ::types::CapitalSelf,
    "CapitalSelf"), (snake_collisions, crate ::types::SnakeCollisions,
    "SnakeCollisions"), (id_holder, crate ::types::IdHolder, "IdHolder"), (tree, crate
    ::types::TreeNode, "Tree"), (alpha, crate ::types::Alpha, "Alpha"), (folder, crate
    ::types::Folder, "Folder"), (thing, crate ::types::Thing, "Thing"), (credentials,
    crate ::types::Credentials, "Credentials"), (secret, String, "Secret"), (legacy,
    crate ::types::LegacyThing, "Legacy"), (secrets_by_name,
    ::std::collections::HashMap:: < String, String >, "SecretsByName"), (big_default,
    ::smithy_runtime::types::BigInteger, "BigDefault"), (when_default,
    ::smithy_runtime::types::DateTime, "WhenDefault"), (bytes_default,
    ::smithy_runtime::types::Blob, "BytesDefault")]
);
::smithy_runtime::list_setters!(
    AllTypesBuilder, [(list_default, push_list_default, String, "ListDefault"),
    (epoch_seconds_list, push_epoch_seconds_list, ::smithy_runtime::types::DateTime,
    "EpochSecondsList"), (date_time_list, push_date_time_list,
    ::smithy_runtime::types::DateTime, "DateTimeList"), (http_date_list,
    push_http_date_list, ::smithy_runtime::types::DateTime, "HttpDateList"),
    (default_format_list, push_default_format_list, ::smithy_runtime::types::DateTime,
    "DefaultFormatList"), (list, push_list, String, "List"), (sparse_list,
    push_sparse_list, Option < String >, "SparseList"), (vec, push_vec, crate
    ::types::Box, "Vec"), (secrets, push_secrets, String, "Secrets")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "AllTypes",
    &[
        codec::Member::new("Byte"),
        codec::Member::new("Short"),
        codec::Member::new("Integer"),
        codec::Member::new("Long"),
        codec::Member::new("Float"),
        codec::Member::new("Double"),
        codec::Member::new("Boolean"),
        codec::Member::new("TextDefault"),
        codec::Member::new("EmptyText"),
        codec::Member::new("ListDefault"),
        codec::Member::new("MapDefault"),
        codec::Member::new("EnumDefault"),
        codec::Member::new("IntEnumDefault"),
        codec::Member::new("PreludeNamedEnum"),
        codec::Member::new("OptionalInteger"),
        codec::Member::new("Blob"),
        codec::Member::new("Document"),
        codec::Member::new("BigInteger"),
        codec::Member::new("BigDecimal"),
        codec::Member::new("Size"),
        codec::Member::new("Priority"),
        codec::Member::new("EpochSeconds")
            .timestamp(codec::TimestampFormat::EpochSeconds),
        codec::Member::new("DateTime").timestamp(codec::TimestampFormat::DateTime),
        codec::Member::new("HttpDate").timestamp(codec::TimestampFormat::HttpDate),
        codec::Member::new("DefaultFormat"),
        codec::Member::new("MemberFormat").timestamp(codec::TimestampFormat::DateTime),
        codec::Member::new("EpochSecondsList")
            .timestamp(codec::TimestampFormat::EpochSeconds),
        codec::Member::new("DateTimeList").timestamp(codec::TimestampFormat::DateTime),
        codec::Member::new("HttpDateList").timestamp(codec::TimestampFormat::HttpDate),
        codec::Member::new("DefaultFormatList"),
        codec::Member::new("List"),
        codec::Member::new("SparseList"),
        codec::Member::new("Map"),
        codec::Member::new("SparseMap"),
        codec::Member::new("SizeCounts"),
        codec::Member::new("Union"),
        codec::Member::new("Option"),
        codec::Member::new("String"),
        codec::Member::new("Vec"),
        codec::Member::new("Box"),
        codec::Member::new("Keywords"),
        codec::Member::new("CapitalSelf"),
        codec::Member::new("SnakeCollisions"),
        codec::Member::new("IdHolder"),
        codec::Member::new("Tree"),
        codec::Member::new("Alpha"),
        codec::Member::new("Folder"),
        codec::Member::new("Thing"),
        codec::Member::new("Credentials"),
        codec::Member::new("Secret"),
        codec::Member::new("OldField"),
        codec::Member::new("Legacy"),
        codec::Member::new("Secrets"),
        codec::Member::new("SecretsByName"),
        codec::Member::new("BigDefault"),
        codec::Member::new("WhenDefault"),
        codec::Member::new("BytesDefault"),
    ],
);
::smithy_runtime::structure_codec!(
    AllTypes, AllTypesBuilder, build, [byte, short, integer, long, float, double,
    boolean, text_default, empty_text, list_default, map_default, enum_default,
    int_enum_default, prelude_named_enum, optional_integer, blob, document, big_integer,
    big_decimal, size, priority, epoch_seconds, date_time, http_date, default_format,
    member_format, epoch_seconds_list, date_time_list, http_date_list,
    default_format_list, list, sparse_list, map, sparse_map, size_counts, union, option,
    string, vec, r#box, keywords, capital_self, snake_collisions, id_holder, tree, alpha,
    folder, thing, credentials, secret, old_field, legacy, secrets, secrets_by_name,
    big_default, when_default, bytes_default]
);
impl ::std::fmt::Debug for AllTypes {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AllTypes")
            .field("byte", &self.byte)
            .field("short", &self.short)
            .field("integer", &self.integer)
            .field("long", &self.long)
            .field("float", &self.float)
            .field("double", &self.double)
            .field("boolean", &self.boolean)
            .field("text_default", &self.text_default)
            .field("empty_text", &self.empty_text)
            .field("list_default", &self.list_default)
            .field("map_default", &self.map_default)
            .field("enum_default", &self.enum_default)
            .field("int_enum_default", &self.int_enum_default)
            .field("prelude_named_enum", &self.prelude_named_enum)
            .field("optional_integer", &self.optional_integer)
            .field("blob", &self.blob)
            .field("document", &self.document)
            .field("big_integer", &self.big_integer)
            .field("big_decimal", &self.big_decimal)
            .field("size", &self.size)
            .field("priority", &self.priority)
            .field("epoch_seconds", &self.epoch_seconds)
            .field("date_time", &self.date_time)
            .field("http_date", &self.http_date)
            .field("default_format", &self.default_format)
            .field("member_format", &self.member_format)
            .field("epoch_seconds_list", &self.epoch_seconds_list)
            .field("date_time_list", &self.date_time_list)
            .field("http_date_list", &self.http_date_list)
            .field("default_format_list", &self.default_format_list)
            .field("list", &self.list)
            .field("sparse_list", &self.sparse_list)
            .field("map", &self.map)
            .field("sparse_map", &self.sparse_map)
            .field("size_counts", &self.size_counts)
            .field("union", &self.union)
            .field("option", &self.option)
            .field("string", &self.string)
            .field("vec", &self.vec)
            .field("box", &self.r#box)
            .field("keywords", &self.keywords)
            .field("capital_self", &self.capital_self)
            .field("snake_collisions", &self.snake_collisions)
            .field("id_holder", &self.id_holder)
            .field("tree", &self.tree)
            .field("alpha", &self.alpha)
            .field("folder", &self.folder)
            .field("thing", &self.thing)
            .field("credentials", &"*** Sensitive Data Redacted ***")
            .field("secret", &"*** Sensitive Data Redacted ***")
            .field("old_field", &self.old_field)
            .field("legacy", &self.legacy)
            .field("secrets", &"*** Sensitive Data Redacted ***")
            .field("secrets_by_name", &"*** Sensitive Data Redacted ***")
            .field("big_default", &self.big_default)
            .field("when_default", &self.when_default)
            .field("bytes_default", &self.bytes_default)
            .finish()
    }
}
impl ::std::fmt::Debug for AllTypesBuilder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AllTypesBuilder")
            .field("byte", &self.byte)
            .field("short", &self.short)
            .field("integer", &self.integer)
            .field("long", &self.long)
            .field("float", &self.float)
            .field("double", &self.double)
            .field("boolean", &self.boolean)
            .field("text_default", &self.text_default)
            .field("empty_text", &self.empty_text)
            .field("list_default", &self.list_default)
            .field("map_default", &self.map_default)
            .field("enum_default", &self.enum_default)
            .field("int_enum_default", &self.int_enum_default)
            .field("prelude_named_enum", &self.prelude_named_enum)
            .field("optional_integer", &self.optional_integer)
            .field("blob", &self.blob)
            .field("document", &self.document)
            .field("big_integer", &self.big_integer)
            .field("big_decimal", &self.big_decimal)
            .field("size", &self.size)
            .field("priority", &self.priority)
            .field("epoch_seconds", &self.epoch_seconds)
            .field("date_time", &self.date_time)
            .field("http_date", &self.http_date)
            .field("default_format", &self.default_format)
            .field("member_format", &self.member_format)
            .field("epoch_seconds_list", &self.epoch_seconds_list)
            .field("date_time_list", &self.date_time_list)
            .field("http_date_list", &self.http_date_list)
            .field("default_format_list", &self.default_format_list)
            .field("list", &self.list)
            .field("sparse_list", &self.sparse_list)
            .field("map", &self.map)
            .field("sparse_map", &self.sparse_map)
            .field("size_counts", &self.size_counts)
            .field("union", &self.union)
            .field("option", &self.option)
            .field("string", &self.string)
            .field("vec", &self.vec)
            .field("box", &self.r#box)
            .field("keywords", &self.keywords)
            .field("capital_self", &self.capital_self)
            .field("snake_collisions", &self.snake_collisions)
            .field("id_holder", &self.id_holder)
            .field("tree", &self.tree)
            .field("alpha", &self.alpha)
            .field("folder", &self.folder)
            .field("thing", &self.thing)
            .field("credentials", &"*** Sensitive Data Redacted ***")
            .field("secret", &"*** Sensitive Data Redacted ***")
            .field("old_field", &self.old_field)
            .field("legacy", &self.legacy)
            .field("secrets", &"*** Sensitive Data Redacted ***")
            .field("secrets_by_name", &"*** Sensitive Data Redacted ***")
            .field("big_default", &self.big_default)
            .field("when_default", &self.when_default)
            .field("bytes_default", &self.bytes_default)
            .finish()
    }
}
