/// One member of each kind. Defaults sit on members, as Smithy 2.0 requires; see [the default trait](https://smithy.io/2.0/spec/type-refinement-traits.html#default-trait).
///
/// - `Long` defaults past 2^53
///
/// - \[Foo\] and \`\[Bar\]\` are not links
///
/// - a \<b> c && d
#[derive(Clone, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AllTypes {
    #[serde(rename = "Byte", default = "default_byte")]
    pub byte: i8,
    #[serde(rename = "Short", default = "default_short")]
    pub short: i16,
    #[serde(rename = "Integer", default = "default_integer")]
    pub integer: i32,
    /// Default is 2^53 + 1, which an f64 cannot hold.
    #[serde(rename = "Long", default = "default_long")]
    pub long: i64,
    #[serde(
        rename = "Float",
        default = "default_float",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Float>"
    )]
    pub float: f32,
    #[serde(
        rename = "Double",
        default = "default_double",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Float>"
    )]
    pub double: f64,
    #[serde(rename = "Boolean", default = "default_boolean")]
    pub boolean: bool,
    #[serde(rename = "TextDefault", default = "default_text_default")]
    pub text_default: String,
    #[serde(rename = "EmptyText", default = "default_empty_text")]
    pub empty_text: String,
    #[serde(rename = "ListDefault", default = "default_list_default")]
    pub list_default: Vec<String>,
    #[serde(rename = "MapDefault", default = "default_map_default")]
    pub map_default: ::std::collections::HashMap<String, String>,
    #[serde(rename = "EnumDefault", default = "default_enum_default")]
    pub enum_default: crate::types::Size,
    #[serde(rename = "IntEnumDefault", default = "default_int_enum_default")]
    pub int_enum_default: crate::types::Priority,
    #[serde(rename = "PreludeNamedEnum", default = "default_prelude_named_enum")]
    pub prelude_named_enum: crate::types::Default,
    #[serde(rename = "OptionalInteger", skip_serializing_if = "Option::is_none")]
    pub optional_integer: Option<i32>,
    #[serde(rename = "Blob", skip_serializing_if = "Option::is_none")]
    pub blob: Option<::smithy_runtime::types::Blob>,
    #[serde(rename = "Document", skip_serializing_if = "Option::is_none")]
    pub document: Option<::smithy_runtime::types::Document>,
    #[serde(rename = "BigInteger", skip_serializing_if = "Option::is_none")]
    pub big_integer: Option<::smithy_runtime::types::BigInteger>,
    #[serde(rename = "BigDecimal", skip_serializing_if = "Option::is_none")]
    pub big_decimal: Option<::smithy_runtime::types::BigDecimal>,
    #[serde(rename = "Size", skip_serializing_if = "Option::is_none")]
    pub size: Option<crate::types::Size>,
    #[serde(rename = "Priority", skip_serializing_if = "Option::is_none")]
    pub priority: Option<crate::types::Priority>,
    #[serde(rename = "EpochSeconds", skip_serializing_if = "Option::is_none")]
    pub epoch_seconds: Option<::smithy_runtime::types::DateTime>,
    #[serde(
        rename = "DateTime",
        default,
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::DateTimeStr>>"
    )]
    pub date_time: Option<::smithy_runtime::types::DateTime>,
    #[serde(
        rename = "HttpDate",
        default,
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::HttpDate>>"
    )]
    pub http_date: Option<::smithy_runtime::types::DateTime>,
    #[serde(rename = "DefaultFormat", skip_serializing_if = "Option::is_none")]
    pub default_format: Option<::smithy_runtime::types::DateTime>,
    /// Format set on the member, not the target.
    #[serde(
        rename = "MemberFormat",
        default,
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::DateTimeStr>>"
    )]
    pub member_format: Option<::smithy_runtime::types::DateTime>,
    #[serde(rename = "EpochSecondsList", skip_serializing_if = "Option::is_none")]
    pub epoch_seconds_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    #[serde(
        rename = "DateTimeList",
        default,
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::Vec<::smithy_runtime::serde_as::DateTimeStr>>>"
    )]
    pub date_time_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    #[serde(
        rename = "HttpDateList",
        default,
        skip_serializing_if = "Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::Vec<::smithy_runtime::serde_as::HttpDate>>>"
    )]
    pub http_date_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    #[serde(rename = "DefaultFormatList", skip_serializing_if = "Option::is_none")]
    pub default_format_list: Option<Vec<::smithy_runtime::types::DateTime>>,
    #[serde(rename = "List", skip_serializing_if = "Option::is_none")]
    pub list: Option<Vec<String>>,
    #[serde(rename = "SparseList", skip_serializing_if = "Option::is_none")]
    pub sparse_list: Option<Vec<Option<String>>>,
    #[serde(rename = "Map", skip_serializing_if = "Option::is_none")]
    pub map: Option<::std::collections::HashMap<String, String>>,
    #[serde(rename = "SparseMap", skip_serializing_if = "Option::is_none")]
    pub sparse_map: Option<::std::collections::HashMap<String, Option<i32>>>,
    #[serde(rename = "SizeCounts", skip_serializing_if = "Option::is_none")]
    pub size_counts: Option<::std::collections::HashMap<crate::types::Size, i64>>,
    #[serde(rename = "Union", skip_serializing_if = "Option::is_none")]
    pub union: Option<crate::types::Result>,
    #[serde(rename = "Option", skip_serializing_if = "Option::is_none")]
    pub option: Option<crate::types::Option>,
    #[serde(rename = "String", skip_serializing_if = "Option::is_none")]
    pub string: Option<crate::types::String>,
    #[serde(rename = "Vec", skip_serializing_if = "Option::is_none")]
    pub vec: Option<Vec<crate::types::Box>>,
    #[serde(rename = "Box", skip_serializing_if = "Option::is_none")]
    pub r#box: Option<crate::types::Box>,
    #[serde(rename = "Keywords", skip_serializing_if = "Option::is_none")]
    pub keywords: Option<crate::types::Keywords>,
    #[serde(rename = "CapitalSelf", skip_serializing_if = "Option::is_none")]
    pub capital_self: Option<crate::types::CapitalSelf>,
    #[serde(rename = "SnakeCollisions", skip_serializing_if = "Option::is_none")]
    pub snake_collisions: Option<crate::types::SnakeCollisions>,
    #[serde(rename = "IdHolder", skip_serializing_if = "Option::is_none")]
    pub id_holder: Option<crate::types::IdHolder>,
    #[serde(rename = "Tree", skip_serializing_if = "Option::is_none")]
    pub tree: Option<crate::types::TreeNode>,
    #[serde(rename = "Alpha", skip_serializing_if = "Option::is_none")]
    pub alpha: Option<crate::types::Alpha>,
    #[serde(rename = "Folder", skip_serializing_if = "Option::is_none")]
    pub folder: Option<crate::types::Folder>,
    #[serde(rename = "Thing", skip_serializing_if = "Option::is_none")]
    pub thing: Option<crate::types::Thing>,
    #[serde(rename = "Credentials", skip_serializing_if = "Option::is_none")]
    pub credentials: Option<crate::types::Credentials>,
    #[serde(rename = "Secret", skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    #[deprecated(note = "since 2023-06-01: Use TextDefault.")]
    #[serde(rename = "OldField", skip_serializing_if = "Option::is_none")]
    pub old_field: Option<String>,
    #[serde(rename = "Legacy", skip_serializing_if = "Option::is_none")]
    pub legacy: Option<crate::types::LegacyThing>,
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
}
#[allow(clippy::should_implement_trait)]
impl AllTypesBuilder {
    /// Sets `Byte`.
    pub fn byte(mut self, value: impl Into<i8>) -> Self {
        self.byte = Some(value.into());
        self
    }
    /// Sets `Short`.
    pub fn short(mut self, value: impl Into<i16>) -> Self {
        self.short = Some(value.into());
        self
    }
    /// Sets `Integer`.
    pub fn integer(mut self, value: impl Into<i32>) -> Self {
        self.integer = Some(value.into());
        self
    }
    /// Sets `Long`.
    pub fn long(mut self, value: impl Into<i64>) -> Self {
        self.long = Some(value.into());
        self
    }
    /// Sets `Float`.
    pub fn float(mut self, value: impl Into<f32>) -> Self {
        self.float = Some(value.into());
        self
    }
    /// Sets `Double`.
    pub fn double(mut self, value: impl Into<f64>) -> Self {
        self.double = Some(value.into());
        self
    }
    /// Sets `Boolean`.
    pub fn boolean(mut self, value: impl Into<bool>) -> Self {
        self.boolean = Some(value.into());
        self
    }
    /// Sets `TextDefault`.
    pub fn text_default(mut self, value: impl Into<String>) -> Self {
        self.text_default = Some(value.into());
        self
    }
    /// Sets `EmptyText`.
    pub fn empty_text(mut self, value: impl Into<String>) -> Self {
        self.empty_text = Some(value.into());
        self
    }
    /// Sets `ListDefault`.
    pub fn list_default(mut self, value: impl Into<Vec<String>>) -> Self {
        self.list_default = Some(value.into());
        self
    }
    /// Sets `MapDefault`.
    pub fn map_default(
        mut self,
        value: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.map_default = Some(value.into());
        self
    }
    /// Sets `EnumDefault`.
    pub fn enum_default(mut self, value: impl Into<crate::types::Size>) -> Self {
        self.enum_default = Some(value.into());
        self
    }
    /// Sets `IntEnumDefault`.
    pub fn int_enum_default(mut self, value: impl Into<crate::types::Priority>) -> Self {
        self.int_enum_default = Some(value.into());
        self
    }
    /// Sets `PreludeNamedEnum`.
    pub fn prelude_named_enum(
        mut self,
        value: impl Into<crate::types::Default>,
    ) -> Self {
        self.prelude_named_enum = Some(value.into());
        self
    }
    /// Sets `OptionalInteger`.
    pub fn optional_integer(mut self, value: impl Into<i32>) -> Self {
        self.optional_integer = Some(value.into());
        self
    }
    /// Sets `Blob`.
    pub fn blob(mut self, value: impl Into<::smithy_runtime::types::Blob>) -> Self {
        self.blob = Some(value.into());
        self
    }
    /// Sets `Document`.
    pub fn document(
        mut self,
        value: impl Into<::smithy_runtime::types::Document>,
    ) -> Self {
        self.document = Some(value.into());
        self
    }
    /// Sets `BigInteger`.
    pub fn big_integer(
        mut self,
        value: impl Into<::smithy_runtime::types::BigInteger>,
    ) -> Self {
        self.big_integer = Some(value.into());
        self
    }
    /// Sets `BigDecimal`.
    pub fn big_decimal(
        mut self,
        value: impl Into<::smithy_runtime::types::BigDecimal>,
    ) -> Self {
        self.big_decimal = Some(value.into());
        self
    }
    /// Sets `Size`.
    pub fn size(mut self, value: impl Into<crate::types::Size>) -> Self {
        self.size = Some(value.into());
        self
    }
    /// Sets `Priority`.
    pub fn priority(mut self, value: impl Into<crate::types::Priority>) -> Self {
        self.priority = Some(value.into());
        self
    }
    /// Sets `EpochSeconds`.
    pub fn epoch_seconds(
        mut self,
        value: impl Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.epoch_seconds = Some(value.into());
        self
    }
    /// Sets `DateTime`.
    pub fn date_time(
        mut self,
        value: impl Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.date_time = Some(value.into());
        self
    }
    /// Sets `HttpDate`.
    pub fn http_date(
        mut self,
        value: impl Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.http_date = Some(value.into());
        self
    }
    /// Sets `DefaultFormat`.
    pub fn default_format(
        mut self,
        value: impl Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.default_format = Some(value.into());
        self
    }
    /// Sets `MemberFormat`.
    pub fn member_format(
        mut self,
        value: impl Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.member_format = Some(value.into());
        self
    }
    /// Sets `EpochSecondsList`.
    pub fn epoch_seconds_list(
        mut self,
        value: impl Into<Vec<::smithy_runtime::types::DateTime>>,
    ) -> Self {
        self.epoch_seconds_list = Some(value.into());
        self
    }
    /// Sets `DateTimeList`.
    pub fn date_time_list(
        mut self,
        value: impl Into<Vec<::smithy_runtime::types::DateTime>>,
    ) -> Self {
        self.date_time_list = Some(value.into());
        self
    }
    /// Sets `HttpDateList`.
    pub fn http_date_list(
        mut self,
        value: impl Into<Vec<::smithy_runtime::types::DateTime>>,
    ) -> Self {
        self.http_date_list = Some(value.into());
        self
    }
    /// Sets `DefaultFormatList`.
    pub fn default_format_list(
        mut self,
        value: impl Into<Vec<::smithy_runtime::types::DateTime>>,
    ) -> Self {
        self.default_format_list = Some(value.into());
        self
    }
    /// Sets `List`.
    pub fn list(mut self, value: impl Into<Vec<String>>) -> Self {
        self.list = Some(value.into());
        self
    }
    /// Sets `SparseList`.
    pub fn sparse_list(mut self, value: impl Into<Vec<Option<String>>>) -> Self {
        self.sparse_list = Some(value.into());
        self
    }
    /// Sets `Map`.
    pub fn map(
        mut self,
        value: impl Into<::std::collections::HashMap<String, String>>,
    ) -> Self {
        self.map = Some(value.into());
        self
    }
    /// Sets `SparseMap`.
    pub fn sparse_map(
        mut self,
        value: impl Into<::std::collections::HashMap<String, Option<i32>>>,
    ) -> Self {
        self.sparse_map = Some(value.into());
        self
    }
    /// Sets `SizeCounts`.
    pub fn size_counts(
        mut self,
        value: impl Into<::std::collections::HashMap<crate::types::Size, i64>>,
    ) -> Self {
        self.size_counts = Some(value.into());
        self
    }
    /// Sets `Union`.
    pub fn union(mut self, value: impl Into<crate::types::Result>) -> Self {
        self.union = Some(value.into());
        self
    }
    /// Sets `Option`.
    pub fn option(mut self, value: impl Into<crate::types::Option>) -> Self {
        self.option = Some(value.into());
        self
    }
    /// Sets `String`.
    pub fn string(mut self, value: impl Into<crate::types::String>) -> Self {
        self.string = Some(value.into());
        self
    }
    /// Sets `Vec`.
    pub fn vec(mut self, value: impl Into<Vec<crate::types::Box>>) -> Self {
        self.vec = Some(value.into());
        self
    }
    /// Sets `Box`.
    pub fn r#box(mut self, value: impl Into<crate::types::Box>) -> Self {
        self.r#box = Some(value.into());
        self
    }
    /// Sets `Keywords`.
    pub fn keywords(mut self, value: impl Into<crate::types::Keywords>) -> Self {
        self.keywords = Some(value.into());
        self
    }
    /// Sets `CapitalSelf`.
    pub fn capital_self(mut self, value: impl Into<crate::types::CapitalSelf>) -> Self {
        self.capital_self = Some(value.into());
        self
    }
    /// Sets `SnakeCollisions`.
    pub fn snake_collisions(
        mut self,
        value: impl Into<crate::types::SnakeCollisions>,
    ) -> Self {
        self.snake_collisions = Some(value.into());
        self
    }
    /// Sets `IdHolder`.
    pub fn id_holder(mut self, value: impl Into<crate::types::IdHolder>) -> Self {
        self.id_holder = Some(value.into());
        self
    }
    /// Sets `Tree`.
    pub fn tree(mut self, value: impl Into<crate::types::TreeNode>) -> Self {
        self.tree = Some(value.into());
        self
    }
    /// Sets `Alpha`.
    pub fn alpha(mut self, value: impl Into<crate::types::Alpha>) -> Self {
        self.alpha = Some(value.into());
        self
    }
    /// Sets `Folder`.
    pub fn folder(mut self, value: impl Into<crate::types::Folder>) -> Self {
        self.folder = Some(value.into());
        self
    }
    /// Sets `Thing`.
    pub fn thing(mut self, value: impl Into<crate::types::Thing>) -> Self {
        self.thing = Some(value.into());
        self
    }
    /// Sets `Credentials`.
    pub fn credentials(mut self, value: impl Into<crate::types::Credentials>) -> Self {
        self.credentials = Some(value.into());
        self
    }
    /// Sets `Secret`.
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.secret = Some(value.into());
        self
    }
    /// Sets `OldField`.
    #[deprecated(note = "since 2023-06-01: Use TextDefault.")]
    pub fn old_field(mut self, value: impl Into<String>) -> Self {
        self.old_field = Some(value.into());
        self
    }
    /// Sets `Legacy`.
    pub fn legacy(mut self, value: impl Into<crate::types::LegacyThing>) -> Self {
        self.legacy = Some(value.into());
        self
    }
    /// Builds the [`AllTypes`].
    pub fn build(self) -> AllTypes {
        AllTypes {
            byte: self.byte.unwrap_or_else(default_byte),
            short: self.short.unwrap_or_else(default_short),
            integer: self.integer.unwrap_or_else(default_integer),
            long: self.long.unwrap_or_else(default_long),
            float: self.float.unwrap_or_else(default_float),
            double: self.double.unwrap_or_else(default_double),
            boolean: self.boolean.unwrap_or_else(default_boolean),
            text_default: self.text_default.unwrap_or_else(default_text_default),
            empty_text: self.empty_text.unwrap_or_else(default_empty_text),
            list_default: self.list_default.unwrap_or_else(default_list_default),
            map_default: self.map_default.unwrap_or_else(default_map_default),
            enum_default: self.enum_default.unwrap_or_else(default_enum_default),
            int_enum_default: self
                .int_enum_default
                .unwrap_or_else(default_int_enum_default),
            prelude_named_enum: self
                .prelude_named_enum
                .unwrap_or_else(default_prelude_named_enum),
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
        }
    }
}
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
            .finish()
    }
}
fn default_byte() -> i8 {
    7i8
}
fn default_short() -> i16 {
    300i16
}
fn default_integer() -> i32 {
    42i32
}
fn default_long() -> i64 {
    9007199254740993i64
}
fn default_float() -> f32 {
    1.5f32
}
fn default_double() -> f64 {
    -0.25f64
}
fn default_boolean() -> bool {
    true
}
fn default_text_default() -> String {
    String::from("hello [world] & <friends>")
}
fn default_empty_text() -> String {
    String::from("")
}
fn default_list_default() -> Vec<String> {
    Vec::new()
}
fn default_map_default() -> ::std::collections::HashMap<String, String> {
    ::std::collections::HashMap::new()
}
fn default_enum_default() -> crate::types::Size {
    crate::types::Size::from("lower-case-value")
}
fn default_int_enum_default() -> crate::types::Priority {
    crate::types::Priority::from(10i32)
}
fn default_prelude_named_enum() -> crate::types::Default {
    crate::types::Default::from("default")
}
