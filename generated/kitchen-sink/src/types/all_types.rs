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
        }
    }
}
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
    ],
);
impl codec::WriteValue for AllTypes {
    fn write(&self, s: &mut dyn codec::Serializer) -> Result<(), codec::Error> {
        s.write_struct(
            &SCHEMA,
            &[
                &self.byte,
                &self.short,
                &self.integer,
                &self.long,
                &self.float,
                &self.double,
                &self.boolean,
                &self.text_default,
                &self.empty_text,
                &self.list_default,
                &self.map_default,
                &self.enum_default,
                &self.int_enum_default,
                &self.prelude_named_enum,
                &self.optional_integer,
                &self.blob,
                &self.document,
                &self.big_integer,
                &self.big_decimal,
                &self.size,
                &self.priority,
                &self.epoch_seconds,
                &self.date_time,
                &self.http_date,
                &self.default_format,
                &self.member_format,
                &self.epoch_seconds_list,
                &self.date_time_list,
                &self.http_date_list,
                &self.default_format_list,
                &self.list,
                &self.sparse_list,
                &self.map,
                &self.sparse_map,
                &self.size_counts,
                &self.union,
                &self.option,
                &self.string,
                &self.vec,
                &self.r#box,
                &self.keywords,
                &self.capital_self,
                &self.snake_collisions,
                &self.id_holder,
                &self.tree,
                &self.alpha,
                &self.folder,
                &self.thing,
                &self.credentials,
                &self.secret,
                &self.old_field,
                &self.legacy,
            ],
        )
    }
}
impl codec::ReadValue for AllTypes {
    fn read(d: &mut dyn codec::Deserializer) -> Result<Self, codec::Error> {
        let mut b = AllTypesBuilder::default();
        d.read_struct(
            &SCHEMA,
            &mut [
                &mut b.byte,
                &mut b.short,
                &mut b.integer,
                &mut b.long,
                &mut b.float,
                &mut b.double,
                &mut b.boolean,
                &mut b.text_default,
                &mut b.empty_text,
                &mut b.list_default,
                &mut b.map_default,
                &mut b.enum_default,
                &mut b.int_enum_default,
                &mut b.prelude_named_enum,
                &mut b.optional_integer,
                &mut b.blob,
                &mut b.document,
                &mut b.big_integer,
                &mut b.big_decimal,
                &mut b.size,
                &mut b.priority,
                &mut b.epoch_seconds,
                &mut b.date_time,
                &mut b.http_date,
                &mut b.default_format,
                &mut b.member_format,
                &mut b.epoch_seconds_list,
                &mut b.date_time_list,
                &mut b.http_date_list,
                &mut b.default_format_list,
                &mut b.list,
                &mut b.sparse_list,
                &mut b.map,
                &mut b.sparse_map,
                &mut b.size_counts,
                &mut b.union,
                &mut b.option,
                &mut b.string,
                &mut b.vec,
                &mut b.r#box,
                &mut b.keywords,
                &mut b.capital_self,
                &mut b.snake_collisions,
                &mut b.id_holder,
                &mut b.tree,
                &mut b.alpha,
                &mut b.folder,
                &mut b.thing,
                &mut b.credentials,
                &mut b.secret,
                &mut b.old_field,
                &mut b.legacy,
            ],
        )?;
        Ok(b.build())
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
