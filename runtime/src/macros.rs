//! Declarative macros that generated crates call for the code every shape of a kind has in common. The
//! generated files keep what differs per shape (the type itself, its documentation, its schema); these
//! macros write the rest the same way every time, which keeps a generated crate a fraction of the size
//! it would otherwise be. They are `macro_rules!` (no proc-macro crate to build) and expand in the
//! calling crate, so its `serde` feature decides the serde impls.

/// The methods and trait impls of a generated string enum, from its variants and their wire values:
/// `VALUES`, `as_str`, `From<&str>`/`From<String>` (unknown values kept in `Unknown`), `FromStr`, `AsRef`,
/// `Display`, the codec impls and, with the calling crate's `serde` feature, serde as the wire value.
#[macro_export]
macro_rules! string_enum {
    ($name:ident, [$(($variant:ident, $value:literal)),* $(,)?]) => {
        impl $name {
            /// Every value the model knows, in the model's order.
            pub const VALUES: &'static [&'static str] = &[$($value),*];

            /// The value as it is sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(v) => v.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $($value => Self::$variant,)*
                    other => Self::Unknown(::std::borrow::ToOwned::to_owned(other)),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for $name {
            fn from(s: ::std::string::String) -> Self {
                match Self::from(s.as_str()) {
                    Self::Unknown(_) => Self::Unknown(s),
                    known => known,
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = ::std::convert::Infallible;
            fn from_str(s: &str) -> ::std::result::Result<Self, Self::Err> {
                ::std::result::Result::Ok(Self::from(s))
            }
        }

        impl ::std::convert::AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::codec::WriteValue for $name {
            fn write(&self, s: &mut dyn $crate::codec::Serializer) -> ::std::result::Result<(), $crate::codec::Error> {
                s.write_string(self.as_str())
            }
        }

        impl $crate::codec::ReadValue for $name {
            fn read(d: &mut dyn $crate::codec::Deserializer) -> ::std::result::Result<Self, $crate::codec::Error> {
                d.read_string().map(Self::from)
            }
            fn zero() -> Self {
                Self::Unknown(::std::string::String::new())
            }
        }

        impl $crate::codec::MapKey for $name {
            fn as_key(&self) -> &str {
                self.as_str()
            }
            fn from_key(key: ::std::string::String) -> Self {
                Self::from(key)
            }
        }

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                <::std::string::String as ::serde::Deserialize>::deserialize(d).map(Self::from)
            }
        }
    };
}

/// [`string_enum!`] for an intEnum: `VALUES`, `as_i32`, `From<i32>`, `Display`, the codec impls and serde
/// as the number.
#[macro_export]
macro_rules! int_enum {
    ($name:ident, [$(($variant:ident, $value:literal)),* $(,)?]) => {
        impl $name {
            /// Every value the model knows, in the model's order.
            pub const VALUES: &'static [i32] = &[$($value),*];

            /// The value as it is sent on the wire.
            pub fn as_i32(&self) -> i32 {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(v) => *v,
                }
            }
        }

        impl ::std::convert::From<i32> for $name {
            fn from(v: i32) -> Self {
                match v {
                    $($value => Self::$variant,)*
                    other => Self::Unknown(other),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.as_i32(), f)
            }
        }

        impl $crate::codec::WriteValue for $name {
            fn write(&self, s: &mut dyn $crate::codec::Serializer) -> ::std::result::Result<(), $crate::codec::Error> {
                s.write_i64(i64::from(self.as_i32()))
            }
        }

        impl $crate::codec::ReadValue for $name {
            fn read(d: &mut dyn $crate::codec::Deserializer) -> ::std::result::Result<Self, $crate::codec::Error> {
                <i32 as $crate::codec::ReadValue>::read(d).map(Self::from)
            }
            fn zero() -> Self {
                Self::from(0)
            }
        }

        #[cfg(feature = "serde")]
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> ::std::result::Result<S::Ok, S::Error> {
                s.serialize_i32(self.as_i32())
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> ::std::result::Result<Self, D::Error> {
                <i32 as ::serde::Deserialize>::deserialize(d).map(Self::from)
            }
        }
    };
}

/// A builder's setters, one per `(field, type, "Member")`: each takes anything `Into` the type and
/// stores it.
#[macro_export]
macro_rules! setters {
    ($builder:ident, [$(($field:ident, $ty:ty, $member:literal)),* $(,)?]) => {
        // Setters are named after the model's members, which may be `add`, `next` or `from_str`.
        #[allow(clippy::should_implement_trait)]
        impl $builder {
            $(
                #[doc = concat!(" Sets `", $member, "`.")]
                pub fn $field(mut self, value: impl ::std::convert::Into<$ty>) -> Self {
                    self.$field = ::std::option::Option::Some(value.into());
                    self
                }
            )*
        }
    };
}

/// The codec impls of a generated structure: written as its fields in schema order, read into its
/// builder, whose `$build` method (`build`, or `build_read` for a structure with required members, which
/// fills an absent one with its zero value) then applies defaults. `SCHEMA` is the structure's schema, a
/// `static` beside it.
#[macro_export]
macro_rules! structure_codec {
    ($name:ident, $builder:ident, $build:ident, [$($field:ident),* $(,)?]) => {
        impl $crate::codec::WriteValue for $name {
            fn write(&self, s: &mut dyn $crate::codec::Serializer) -> ::std::result::Result<(), $crate::codec::Error> {
                s.write_struct(&SCHEMA, &[$(&self.$field),*])
            }
        }

        impl $crate::codec::ReadValue for $name {
            #[allow(unused_mut)]
            fn read(d: &mut dyn $crate::codec::Deserializer) -> ::std::result::Result<Self, $crate::codec::Error> {
                let mut b = $builder::default();
                d.read_struct(&SCHEMA, &mut [$(&mut b.$field),*])?;
                ::std::result::Result::Ok(b.$build())
            }
            fn zero() -> Self {
                $builder::default().$build()
            }
            fn schema() -> ::std::option::Option<&'static $crate::codec::Schema> {
                ::std::option::Option::Some(&SCHEMA)
            }
        }
    };
}

/// The methods and impls of an operation's error enum, from its modeled errors `(Variant, "Code")`: the
/// enum itself (with its `Unmodeled`, `Validation` and `Dispatch` variants) stays in the generated file.
/// `code()`, the mapping from a service error to the modeled variant (its body read through the
/// protocol, falling back to `Unmodeled` when it does not fit), `From<CallError>`, `Display` and `Error`.
#[macro_export]
macro_rules! operation_error {
    ($name:ident, [$(($variant:ident, $code:literal $(| $alias:literal)*)),* $(,)?]) => {
        impl $name {
            /// The error code as the service sent it, when the service answered with an error (for a
            /// modeled error built by hand: its shape name).
            pub fn code(&self) -> ::std::option::Option<&str> {
                match self {
                    $(Self::$variant(e) => ::std::option::Option::Some(
                        match $crate::ModeledError::meta(e).code() {
                            "" => $code,
                            sent => sent,
                        },
                    ),)*
                    Self::Unmodeled(e) => ::std::option::Option::Some(e.code()),
                    Self::Validation(_) | Self::Dispatch(_) => ::std::option::Option::None,
                }
            }

            /// The request id of the response, when there was one.
            pub fn request_id(&self) -> ::std::option::Option<&str> {
                match self {
                    $(Self::$variant(e) => $crate::ModeledError::meta(e).request_id(),)*
                    Self::Unmodeled(e) => e.request_id(),
                    Self::Validation(_) => ::std::option::Option::None,
                    Self::Dispatch(e) => e.request_id(),
                }
            }

            fn from_service_error(err: $crate::ServiceError) -> Self {
                // A query-compatible service may name the error by its `@awsQueryError` code instead.
                match err.code() {
                    $($code $(| $alias)* => $crate::modeled_error(err, Self::$variant, Self::Unmodeled),)*
                    _ => Self::Unmodeled(err),
                }
            }
        }

        impl ::std::convert::From<$crate::CallError> for $name {
            fn from(e: $crate::CallError) -> Self {
                match e {
                    $crate::CallError::Service(err) => Self::from_service_error(err),
                    $crate::CallError::Dispatch(err) => Self::Dispatch(err),
                }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                match self {
                    $(Self::$variant(e) => ::std::fmt::Display::fmt(e, f),)*
                    Self::Unmodeled(e) => ::std::fmt::Display::fmt(e, f),
                    Self::Validation(e) => ::std::fmt::Display::fmt(e, f),
                    Self::Dispatch(e) => ::std::fmt::Display::fmt(e, f),
                }
            }
        }

        // Transparent: `Display` is the inner error's, so `source` is the inner error's source (returning
        // the inner error itself would print its message twice in an error-chain report).
        impl ::std::error::Error for $name {
            fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
                match self {
                    $(Self::$variant(e) => ::std::error::Error::source(e),)*
                    Self::Unmodeled(e) => ::std::error::Error::source(e),
                    Self::Validation(e) => ::std::error::Error::source(e),
                    Self::Dispatch(e) => ::std::error::Error::source(e),
                }
            }
        }
    };
}
