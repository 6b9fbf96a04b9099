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
    pub text_default: ::std::string::String,
    #[serde(rename = "EmptyText", default = "default_empty_text")]
    pub empty_text: ::std::string::String,
    #[serde(rename = "ListDefault", default = "default_list_default")]
    pub list_default: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "MapDefault", default = "default_map_default")]
    pub map_default: ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >,
    #[serde(rename = "EnumDefault", default = "default_enum_default")]
    pub enum_default: crate::types::Size,
    #[serde(rename = "IntEnumDefault", default = "default_int_enum_default")]
    pub int_enum_default: crate::types::Priority,
    #[serde(rename = "PreludeNamedEnum", default = "default_prelude_named_enum")]
    pub prelude_named_enum: crate::types::Default,
    #[serde(
        rename = "OptionalInteger",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub optional_integer: ::std::option::Option<i32>,
    #[serde(
        rename = "Blob",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub blob: ::std::option::Option<::smithy_runtime::types::Blob>,
    #[serde(
        rename = "Document",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub document: ::std::option::Option<::smithy_runtime::types::Document>,
    #[serde(
        rename = "BigInteger",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub big_integer: ::std::option::Option<::smithy_runtime::types::BigInteger>,
    #[serde(
        rename = "BigDecimal",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub big_decimal: ::std::option::Option<::smithy_runtime::types::BigDecimal>,
    #[serde(
        rename = "Size",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size: ::std::option::Option<crate::types::Size>,
    #[serde(
        rename = "Priority",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub priority: ::std::option::Option<crate::types::Priority>,
    #[serde(
        rename = "EpochSeconds",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub epoch_seconds: ::std::option::Option<::smithy_runtime::types::DateTime>,
    #[serde(
        rename = "DateTime",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::DateTimeStr>>"
    )]
    pub date_time: ::std::option::Option<::smithy_runtime::types::DateTime>,
    #[serde(
        rename = "HttpDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::HttpDate>>"
    )]
    pub http_date: ::std::option::Option<::smithy_runtime::types::DateTime>,
    #[serde(
        rename = "DefaultFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_format: ::std::option::Option<::smithy_runtime::types::DateTime>,
    /// Format set on the member, not the target.
    #[serde(
        rename = "MemberFormat",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::DateTimeStr>>"
    )]
    pub member_format: ::std::option::Option<::smithy_runtime::types::DateTime>,
    #[serde(
        rename = "EpochSecondsList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub epoch_seconds_list: ::std::option::Option<
        ::std::vec::Vec<::smithy_runtime::types::DateTime>,
    >,
    #[serde(
        rename = "DateTimeList",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::Vec<::smithy_runtime::serde_as::DateTimeStr>>>"
    )]
    pub date_time_list: ::std::option::Option<
        ::std::vec::Vec<::smithy_runtime::types::DateTime>,
    >,
    #[serde(
        rename = "HttpDateList",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "::smithy_runtime::serde_as::As::<::smithy_runtime::serde_as::Option<::smithy_runtime::serde_as::Vec<::smithy_runtime::serde_as::HttpDate>>>"
    )]
    pub http_date_list: ::std::option::Option<
        ::std::vec::Vec<::smithy_runtime::types::DateTime>,
    >,
    #[serde(
        rename = "DefaultFormatList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_format_list: ::std::option::Option<
        ::std::vec::Vec<::smithy_runtime::types::DateTime>,
    >,
    #[serde(
        rename = "List",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "SparseList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sparse_list: ::std::option::Option<
        ::std::vec::Vec<::std::option::Option<::std::string::String>>,
    >,
    #[serde(
        rename = "Map",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub map: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "SparseMap",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sparse_map: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::option::Option<i32>>,
    >,
    #[serde(
        rename = "SizeCounts",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub size_counts: ::std::option::Option<
        ::std::collections::HashMap<crate::types::Size, i64>,
    >,
    #[serde(
        rename = "Union",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub union: ::std::option::Option<crate::types::Result>,
    #[serde(
        rename = "Option",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub option: ::std::option::Option<crate::types::Option>,
    #[serde(
        rename = "String",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub string: ::std::option::Option<crate::types::String>,
    #[serde(
        rename = "Vec",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub vec: ::std::option::Option<::std::vec::Vec<crate::types::Box>>,
    #[serde(
        rename = "Box",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub r#box: ::std::option::Option<crate::types::Box>,
    #[serde(
        rename = "Keywords",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub keywords: ::std::option::Option<crate::types::Keywords>,
    #[serde(
        rename = "CapitalSelf",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub capital_self: ::std::option::Option<crate::types::CapitalSelf>,
    #[serde(
        rename = "SnakeCollisions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub snake_collisions: ::std::option::Option<crate::types::SnakeCollisions>,
    #[serde(
        rename = "IdHolder",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub id_holder: ::std::option::Option<crate::types::IdHolder>,
    #[serde(
        rename = "Tree",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tree: ::std::option::Option<crate::types::TreeNode>,
    #[serde(
        rename = "Alpha",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alpha: ::std::option::Option<crate::types::Alpha>,
    #[serde(
        rename = "Folder",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub folder: ::std::option::Option<crate::types::Folder>,
    #[serde(
        rename = "Thing",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thing: ::std::option::Option<crate::types::Thing>,
    #[serde(
        rename = "Credentials",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credentials: ::std::option::Option<crate::types::Credentials>,
    #[serde(
        rename = "Secret",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub secret: ::std::option::Option<::std::string::String>,
    #[deprecated(note = "since 2023-06-01: Use TextDefault.")]
    #[serde(
        rename = "OldField",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub old_field: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "Legacy",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub legacy: ::std::option::Option<crate::types::LegacyThing>,
}
impl AllTypes {
    /// A builder for [`AllTypes`].
    pub fn builder() -> AllTypesBuilder {
        AllTypesBuilder::default()
    }
}
/// A builder for [`AllTypes`].
#[derive(Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct AllTypesBuilder {
    byte: ::std::option::Option<i8>,
    short: ::std::option::Option<i16>,
    integer: ::std::option::Option<i32>,
    long: ::std::option::Option<i64>,
    float: ::std::option::Option<f32>,
    double: ::std::option::Option<f64>,
    boolean: ::std::option::Option<bool>,
    text_default: ::std::option::Option<::std::string::String>,
    empty_text: ::std::option::Option<::std::string::String>,
    list_default: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    map_default: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    enum_default: ::std::option::Option<crate::types::Size>,
    int_enum_default: ::std::option::Option<crate::types::Priority>,
    prelude_named_enum: ::std::option::Option<crate::types::Default>,
    optional_integer: ::std::option::Option<i32>,
    blob: ::std::option::Option<::smithy_runtime::types::Blob>,
    document: ::std::option::Option<::smithy_runtime::types::Document>,
    big_integer: ::std::option::Option<::smithy_runtime::types::BigInteger>,
    big_decimal: ::std::option::Option<::smithy_runtime::types::BigDecimal>,
    size: ::std::option::Option<crate::types::Size>,
    priority: ::std::option::Option<crate::types::Priority>,
    epoch_seconds: ::std::option::Option<::smithy_runtime::types::DateTime>,
    date_time: ::std::option::Option<::smithy_runtime::types::DateTime>,
    http_date: ::std::option::Option<::smithy_runtime::types::DateTime>,
    default_format: ::std::option::Option<::smithy_runtime::types::DateTime>,
    member_format: ::std::option::Option<::smithy_runtime::types::DateTime>,
    epoch_seconds_list: ::std::option::Option<
        ::std::vec::Vec<::smithy_runtime::types::DateTime>,
    >,
    date_time_list: ::std::option::Option<
        ::std::vec::Vec<::smithy_runtime::types::DateTime>,
    >,
    http_date_list: ::std::option::Option<
        ::std::vec::Vec<::smithy_runtime::types::DateTime>,
    >,
    default_format_list: ::std::option::Option<
        ::std::vec::Vec<::smithy_runtime::types::DateTime>,
    >,
    list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    sparse_list: ::std::option::Option<
        ::std::vec::Vec<::std::option::Option<::std::string::String>>,
    >,
    map: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    sparse_map: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::option::Option<i32>>,
    >,
    size_counts: ::std::option::Option<
        ::std::collections::HashMap<crate::types::Size, i64>,
    >,
    union: ::std::option::Option<crate::types::Result>,
    option: ::std::option::Option<crate::types::Option>,
    string: ::std::option::Option<crate::types::String>,
    vec: ::std::option::Option<::std::vec::Vec<crate::types::Box>>,
    r#box: ::std::option::Option<crate::types::Box>,
    keywords: ::std::option::Option<crate::types::Keywords>,
    capital_self: ::std::option::Option<crate::types::CapitalSelf>,
    snake_collisions: ::std::option::Option<crate::types::SnakeCollisions>,
    id_holder: ::std::option::Option<crate::types::IdHolder>,
    tree: ::std::option::Option<crate::types::TreeNode>,
    alpha: ::std::option::Option<crate::types::Alpha>,
    folder: ::std::option::Option<crate::types::Folder>,
    thing: ::std::option::Option<crate::types::Thing>,
    credentials: ::std::option::Option<crate::types::Credentials>,
    secret: ::std::option::Option<::std::string::String>,
    old_field: ::std::option::Option<::std::string::String>,
    legacy: ::std::option::Option<crate::types::LegacyThing>,
}
impl AllTypesBuilder {
    /// Sets `Byte`.
    pub fn byte(mut self, value: impl ::std::convert::Into<i8>) -> Self {
        self.byte = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Byte`.
    pub fn set_byte(mut self, value: ::std::option::Option<i8>) -> Self {
        self.byte = value;
        self
    }
    /// Sets `Short`.
    pub fn short(mut self, value: impl ::std::convert::Into<i16>) -> Self {
        self.short = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Short`.
    pub fn set_short(mut self, value: ::std::option::Option<i16>) -> Self {
        self.short = value;
        self
    }
    /// Sets `Integer`.
    pub fn integer(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.integer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Integer`.
    pub fn set_integer(mut self, value: ::std::option::Option<i32>) -> Self {
        self.integer = value;
        self
    }
    /// Sets `Long`.
    pub fn long(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.long = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Long`.
    pub fn set_long(mut self, value: ::std::option::Option<i64>) -> Self {
        self.long = value;
        self
    }
    /// Sets `Float`.
    pub fn float(mut self, value: impl ::std::convert::Into<f32>) -> Self {
        self.float = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Float`.
    pub fn set_float(mut self, value: ::std::option::Option<f32>) -> Self {
        self.float = value;
        self
    }
    /// Sets `Double`.
    pub fn double(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.double = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Double`.
    pub fn set_double(mut self, value: ::std::option::Option<f64>) -> Self {
        self.double = value;
        self
    }
    /// Sets `Boolean`.
    pub fn boolean(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.boolean = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Boolean`.
    pub fn set_boolean(mut self, value: ::std::option::Option<bool>) -> Self {
        self.boolean = value;
        self
    }
    /// Sets `TextDefault`.
    pub fn text_default(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.text_default = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `TextDefault`.
    pub fn set_text_default(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.text_default = value;
        self
    }
    /// Sets `EmptyText`.
    pub fn empty_text(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.empty_text = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `EmptyText`.
    pub fn set_empty_text(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.empty_text = value;
        self
    }
    /// Sets `ListDefault`.
    pub fn list_default(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.list_default = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `ListDefault`.
    pub fn set_list_default(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.list_default = value;
        self
    }
    /// Sets `MapDefault`.
    pub fn map_default(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.map_default = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `MapDefault`.
    pub fn set_map_default(
        mut self,
        value: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.map_default = value;
        self
    }
    /// Sets `EnumDefault`.
    pub fn enum_default(
        mut self,
        value: impl ::std::convert::Into<crate::types::Size>,
    ) -> Self {
        self.enum_default = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `EnumDefault`.
    pub fn set_enum_default(
        mut self,
        value: ::std::option::Option<crate::types::Size>,
    ) -> Self {
        self.enum_default = value;
        self
    }
    /// Sets `IntEnumDefault`.
    pub fn int_enum_default(
        mut self,
        value: impl ::std::convert::Into<crate::types::Priority>,
    ) -> Self {
        self.int_enum_default = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `IntEnumDefault`.
    pub fn set_int_enum_default(
        mut self,
        value: ::std::option::Option<crate::types::Priority>,
    ) -> Self {
        self.int_enum_default = value;
        self
    }
    /// Sets `PreludeNamedEnum`.
    pub fn prelude_named_enum(
        mut self,
        value: impl ::std::convert::Into<crate::types::Default>,
    ) -> Self {
        self.prelude_named_enum = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `PreludeNamedEnum`.
    pub fn set_prelude_named_enum(
        mut self,
        value: ::std::option::Option<crate::types::Default>,
    ) -> Self {
        self.prelude_named_enum = value;
        self
    }
    /// Sets `OptionalInteger`.
    pub fn optional_integer(mut self, value: impl ::std::convert::Into<i32>) -> Self {
        self.optional_integer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `OptionalInteger`.
    pub fn set_optional_integer(mut self, value: ::std::option::Option<i32>) -> Self {
        self.optional_integer = value;
        self
    }
    /// Sets `Blob`.
    pub fn blob(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::Blob>,
    ) -> Self {
        self.blob = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Blob`.
    pub fn set_blob(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::Blob>,
    ) -> Self {
        self.blob = value;
        self
    }
    /// Sets `Document`.
    pub fn document(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::Document>,
    ) -> Self {
        self.document = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Document`.
    pub fn set_document(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::Document>,
    ) -> Self {
        self.document = value;
        self
    }
    /// Sets `BigInteger`.
    pub fn big_integer(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::BigInteger>,
    ) -> Self {
        self.big_integer = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `BigInteger`.
    pub fn set_big_integer(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::BigInteger>,
    ) -> Self {
        self.big_integer = value;
        self
    }
    /// Sets `BigDecimal`.
    pub fn big_decimal(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::BigDecimal>,
    ) -> Self {
        self.big_decimal = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `BigDecimal`.
    pub fn set_big_decimal(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::BigDecimal>,
    ) -> Self {
        self.big_decimal = value;
        self
    }
    /// Sets `Size`.
    pub fn size(mut self, value: impl ::std::convert::Into<crate::types::Size>) -> Self {
        self.size = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Size`.
    pub fn set_size(mut self, value: ::std::option::Option<crate::types::Size>) -> Self {
        self.size = value;
        self
    }
    /// Sets `Priority`.
    pub fn priority(
        mut self,
        value: impl ::std::convert::Into<crate::types::Priority>,
    ) -> Self {
        self.priority = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Priority`.
    pub fn set_priority(
        mut self,
        value: ::std::option::Option<crate::types::Priority>,
    ) -> Self {
        self.priority = value;
        self
    }
    /// Sets `EpochSeconds`.
    pub fn epoch_seconds(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.epoch_seconds = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `EpochSeconds`.
    pub fn set_epoch_seconds(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.epoch_seconds = value;
        self
    }
    /// Sets `DateTime`.
    pub fn date_time(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.date_time = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `DateTime`.
    pub fn set_date_time(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.date_time = value;
        self
    }
    /// Sets `HttpDate`.
    pub fn http_date(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.http_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `HttpDate`.
    pub fn set_http_date(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.http_date = value;
        self
    }
    /// Sets `DefaultFormat`.
    pub fn default_format(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.default_format = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `DefaultFormat`.
    pub fn set_default_format(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.default_format = value;
        self
    }
    /// Sets `MemberFormat`.
    pub fn member_format(
        mut self,
        value: impl ::std::convert::Into<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.member_format = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `MemberFormat`.
    pub fn set_member_format(
        mut self,
        value: ::std::option::Option<::smithy_runtime::types::DateTime>,
    ) -> Self {
        self.member_format = value;
        self
    }
    /// Sets `EpochSecondsList`.
    pub fn epoch_seconds_list(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<::smithy_runtime::types::DateTime>,
        >,
    ) -> Self {
        self.epoch_seconds_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `EpochSecondsList`.
    pub fn set_epoch_seconds_list(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::smithy_runtime::types::DateTime>>,
    ) -> Self {
        self.epoch_seconds_list = value;
        self
    }
    /// Sets `DateTimeList`.
    pub fn date_time_list(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<::smithy_runtime::types::DateTime>,
        >,
    ) -> Self {
        self.date_time_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `DateTimeList`.
    pub fn set_date_time_list(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::smithy_runtime::types::DateTime>>,
    ) -> Self {
        self.date_time_list = value;
        self
    }
    /// Sets `HttpDateList`.
    pub fn http_date_list(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<::smithy_runtime::types::DateTime>,
        >,
    ) -> Self {
        self.http_date_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `HttpDateList`.
    pub fn set_http_date_list(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::smithy_runtime::types::DateTime>>,
    ) -> Self {
        self.http_date_list = value;
        self
    }
    /// Sets `DefaultFormatList`.
    pub fn default_format_list(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<::smithy_runtime::types::DateTime>,
        >,
    ) -> Self {
        self.default_format_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `DefaultFormatList`.
    pub fn set_default_format_list(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::smithy_runtime::types::DateTime>>,
    ) -> Self {
        self.default_format_list = value;
        self
    }
    /// Sets `List`.
    pub fn list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `List`.
    pub fn set_list(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ) -> Self {
        self.list = value;
        self
    }
    /// Sets `SparseList`.
    pub fn sparse_list(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<::std::option::Option<::std::string::String>>,
        >,
    ) -> Self {
        self.sparse_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `SparseList`.
    pub fn set_sparse_list(
        mut self,
        value: ::std::option::Option<
            ::std::vec::Vec<::std::option::Option<::std::string::String>>,
        >,
    ) -> Self {
        self.sparse_list = value;
        self
    }
    /// Sets `Map`.
    pub fn map(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.map = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Map`.
    pub fn set_map(
        mut self,
        value: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    ) -> Self {
        self.map = value;
        self
    }
    /// Sets `SparseMap`.
    pub fn sparse_map(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::option::Option<i32>,
            >,
        >,
    ) -> Self {
        self.sparse_map = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `SparseMap`.
    pub fn set_sparse_map(
        mut self,
        value: ::std::option::Option<
            ::std::collections::HashMap<
                ::std::string::String,
                ::std::option::Option<i32>,
            >,
        >,
    ) -> Self {
        self.sparse_map = value;
        self
    }
    /// Sets `SizeCounts`.
    pub fn size_counts(
        mut self,
        value: impl ::std::convert::Into<
            ::std::collections::HashMap<crate::types::Size, i64>,
        >,
    ) -> Self {
        self.size_counts = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `SizeCounts`.
    pub fn set_size_counts(
        mut self,
        value: ::std::option::Option<
            ::std::collections::HashMap<crate::types::Size, i64>,
        >,
    ) -> Self {
        self.size_counts = value;
        self
    }
    /// Sets `Union`.
    pub fn union(
        mut self,
        value: impl ::std::convert::Into<crate::types::Result>,
    ) -> Self {
        self.union = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Union`.
    pub fn set_union(
        mut self,
        value: ::std::option::Option<crate::types::Result>,
    ) -> Self {
        self.union = value;
        self
    }
    /// Sets `Option`.
    pub fn option(
        mut self,
        value: impl ::std::convert::Into<crate::types::Option>,
    ) -> Self {
        self.option = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Option`.
    pub fn set_option(
        mut self,
        value: ::std::option::Option<crate::types::Option>,
    ) -> Self {
        self.option = value;
        self
    }
    /// Sets `String`.
    pub fn string(
        mut self,
        value: impl ::std::convert::Into<crate::types::String>,
    ) -> Self {
        self.string = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `String`.
    pub fn set_string(
        mut self,
        value: ::std::option::Option<crate::types::String>,
    ) -> Self {
        self.string = value;
        self
    }
    /// Sets `Vec`.
    pub fn vec(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<crate::types::Box>>,
    ) -> Self {
        self.vec = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Vec`.
    pub fn set_vec(
        mut self,
        value: ::std::option::Option<::std::vec::Vec<crate::types::Box>>,
    ) -> Self {
        self.vec = value;
        self
    }
    /// Sets `Box`.
    pub fn r#box(mut self, value: impl ::std::convert::Into<crate::types::Box>) -> Self {
        self.r#box = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Box`.
    pub fn set_box(mut self, value: ::std::option::Option<crate::types::Box>) -> Self {
        self.r#box = value;
        self
    }
    /// Sets `Keywords`.
    pub fn keywords(
        mut self,
        value: impl ::std::convert::Into<crate::types::Keywords>,
    ) -> Self {
        self.keywords = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Keywords`.
    pub fn set_keywords(
        mut self,
        value: ::std::option::Option<crate::types::Keywords>,
    ) -> Self {
        self.keywords = value;
        self
    }
    /// Sets `CapitalSelf`.
    pub fn capital_self(
        mut self,
        value: impl ::std::convert::Into<crate::types::CapitalSelf>,
    ) -> Self {
        self.capital_self = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `CapitalSelf`.
    pub fn set_capital_self(
        mut self,
        value: ::std::option::Option<crate::types::CapitalSelf>,
    ) -> Self {
        self.capital_self = value;
        self
    }
    /// Sets `SnakeCollisions`.
    pub fn snake_collisions(
        mut self,
        value: impl ::std::convert::Into<crate::types::SnakeCollisions>,
    ) -> Self {
        self.snake_collisions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `SnakeCollisions`.
    pub fn set_snake_collisions(
        mut self,
        value: ::std::option::Option<crate::types::SnakeCollisions>,
    ) -> Self {
        self.snake_collisions = value;
        self
    }
    /// Sets `IdHolder`.
    pub fn id_holder(
        mut self,
        value: impl ::std::convert::Into<crate::types::IdHolder>,
    ) -> Self {
        self.id_holder = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `IdHolder`.
    pub fn set_id_holder(
        mut self,
        value: ::std::option::Option<crate::types::IdHolder>,
    ) -> Self {
        self.id_holder = value;
        self
    }
    /// Sets `Tree`.
    pub fn tree(
        mut self,
        value: impl ::std::convert::Into<crate::types::TreeNode>,
    ) -> Self {
        self.tree = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Tree`.
    pub fn set_tree(
        mut self,
        value: ::std::option::Option<crate::types::TreeNode>,
    ) -> Self {
        self.tree = value;
        self
    }
    /// Sets `Alpha`.
    pub fn alpha(
        mut self,
        value: impl ::std::convert::Into<crate::types::Alpha>,
    ) -> Self {
        self.alpha = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Alpha`.
    pub fn set_alpha(
        mut self,
        value: ::std::option::Option<crate::types::Alpha>,
    ) -> Self {
        self.alpha = value;
        self
    }
    /// Sets `Folder`.
    pub fn folder(
        mut self,
        value: impl ::std::convert::Into<crate::types::Folder>,
    ) -> Self {
        self.folder = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Folder`.
    pub fn set_folder(
        mut self,
        value: ::std::option::Option<crate::types::Folder>,
    ) -> Self {
        self.folder = value;
        self
    }
    /// Sets `Thing`.
    pub fn thing(
        mut self,
        value: impl ::std::convert::Into<crate::types::Thing>,
    ) -> Self {
        self.thing = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Thing`.
    pub fn set_thing(
        mut self,
        value: ::std::option::Option<crate::types::Thing>,
    ) -> Self {
        self.thing = value;
        self
    }
    /// Sets `Credentials`.
    pub fn credentials(
        mut self,
        value: impl ::std::convert::Into<crate::types::Credentials>,
    ) -> Self {
        self.credentials = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Credentials`.
    pub fn set_credentials(
        mut self,
        value: ::std::option::Option<crate::types::Credentials>,
    ) -> Self {
        self.credentials = value;
        self
    }
    /// Sets `Secret`.
    pub fn secret(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.secret = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Secret`.
    pub fn set_secret(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.secret = value;
        self
    }
    /// Sets `OldField`.
    #[deprecated(note = "since 2023-06-01: Use TextDefault.")]
    pub fn old_field(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.old_field = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `OldField`.
    #[deprecated(note = "since 2023-06-01: Use TextDefault.")]
    pub fn set_old_field(
        mut self,
        value: ::std::option::Option<::std::string::String>,
    ) -> Self {
        self.old_field = value;
        self
    }
    /// Sets `Legacy`.
    pub fn legacy(
        mut self,
        value: impl ::std::convert::Into<crate::types::LegacyThing>,
    ) -> Self {
        self.legacy = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets or clears `Legacy`.
    pub fn set_legacy(
        mut self,
        value: ::std::option::Option<crate::types::LegacyThing>,
    ) -> Self {
        self.legacy = value;
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
fn default_text_default() -> ::std::string::String {
    ::std::string::String::from("hello [world] & <friends>")
}
fn default_empty_text() -> ::std::string::String {
    ::std::string::String::from("")
}
fn default_list_default() -> ::std::vec::Vec<::std::string::String> {
    ::std::vec::Vec::new()
}
fn default_map_default() -> ::std::collections::HashMap<
    ::std::string::String,
    ::std::string::String,
> {
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
