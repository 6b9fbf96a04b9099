//! The seam between generated shapes and wire formats.
//!
//! A generated structure hands its members to a [`Serializer`] as a slice of [`WriteValue`]s together with
//! its static [`Schema`], and takes them back from a [`Deserializer`] through [`ReadSlot`]s. Each wire
//! format (JSON, CBOR, XML, the query form) implements the two traits once, so generated code
//! holds no serialization logic and no derive macro runs. Both traits are object safe: one copy of every
//! shape's code serves every format.

pub mod capture;
mod error;
// The endpoint rules' context parameters and the HTTP bindings read members one by one.
#[cfg(feature = "endpoints")]
mod members;
#[cfg(test)]
mod test_shapes;
mod values;

#[cfg(feature = "cbor")]
pub mod cbor;
pub mod json;
#[cfg(feature = "xml")]
pub mod query;
pub mod text;
#[cfg(feature = "xml")]
pub mod xml;

pub use crate::schema::{Location, Member, PayloadKind, Schema, TimestampFormat, XmlNamespace};
pub use error::Error;
#[cfg(feature = "client")]
pub(crate) use members::not_a_structure;
#[cfg(feature = "endpoints")]
pub(crate) use members::with_members;
pub use values::{MapKey, Skip, read_union, unit};

use crate::types::{Blob, ByteStream, DateTime, Document};

/// Writes one value. Structures, unions and enums of generated crates implement it; so do the
/// primitives, `Option` (absent), `Box`, `Vec` and `HashMap`.
pub trait WriteValue {
    /// Writes the value.
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error>;

    /// `true` for a value that a structure leaves out entirely (an unset `Option`).
    fn is_absent(&self) -> bool {
        false
    }
}

/// Reads one value.
pub trait ReadValue: Sized {
    /// Reads a value.
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error>;

    /// The spec's zero value (`false`, `0`, `""`, epoch, empty bytes, `[]`, `{}`, the unknown variant; a
    /// structure of zero values), for a required member that a response leaves out or sets to `null`:
    /// the "client error correction" of the Smithy spec, which other SDKs apply too.
    fn zero() -> Self;

    /// The schema of a structure (generated structures give theirs): the orchestrator asks an output
    /// whether its payload is a stream, to hand the response body over as it arrives.
    fn schema() -> Option<&'static Schema> {
        None
    }

    /// `None` for a `null`, else the value. An `Option` reads `null` as its own `None`, so that sparse
    /// lists and maps keep their nulls while dense ones drop them.
    fn read_nullable(d: &mut dyn Deserializer) -> Result<Option<Self>, Error> {
        if d.read_null()? {
            Ok(None)
        } else {
            Self::read(d).map(Some)
        }
    }
}

/// A place a structure member is read into: an `Option` of the member's type (in the builder).
pub trait ReadSlot {
    /// Reads the next value into this slot.
    fn read_slot(&mut self, d: &mut dyn Deserializer) -> Result<(), Error>;
}

impl<T: ReadValue> ReadSlot for Option<T> {
    fn read_slot(&mut self, d: &mut dyn Deserializer) -> Result<(), Error> {
        *self = Some(T::read(d)?);
        Ok(())
    }
}

/// A wire format's writer. Lists and maps are written between `begin_*` and `end_*` calls, one value
/// (for maps: one key, then one value) at a time.
pub trait Serializer {
    /// A structure: `members[i]` is the value of `schema.members[i]`; absent ones are skipped.
    fn write_struct(
        &mut self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
    ) -> Result<(), Error>;
    /// A union with member `index` set (a unit member's value is `&()`).
    fn write_union(
        &mut self,
        schema: &'static Schema,
        index: usize,
        value: &dyn WriteValue,
    ) -> Result<(), Error>;
    /// Starts a list of `len` items.
    fn begin_list(&mut self, len: usize) -> Result<(), Error>;
    /// Ends the list.
    fn end_list(&mut self) -> Result<(), Error>;
    /// Starts a map of `len` entries.
    fn begin_map(&mut self, len: usize) -> Result<(), Error>;
    /// Writes a map key; its value follows.
    fn write_key(&mut self, key: &str) -> Result<(), Error>;
    /// Ends the map.
    fn end_map(&mut self) -> Result<(), Error>;
    /// A `null` (only in sparse lists and maps).
    fn write_null(&mut self) -> Result<(), Error>;
    /// Writes a boolean.
    fn write_bool(&mut self, v: bool) -> Result<(), Error>;
    /// Writes an integer.
    fn write_i64(&mut self, v: i64) -> Result<(), Error>;
    /// Writes a float.
    fn write_f64(&mut self, v: f64) -> Result<(), Error>;
    /// A float member: formats that write text write the f32's own shortest text (`1.1`, not the
    /// `1.100000023841858` of its f64 widening).
    fn write_f32(&mut self, v: f32) -> Result<(), Error> {
        self.write_f64(f64::from(v))
    }
    /// Writes a string.
    fn write_string(&mut self, v: &str) -> Result<(), Error>;
    /// Writes a blob.
    fn write_blob(&mut self, v: &Blob) -> Result<(), Error>;
    /// A `@streaming` blob. The REST payload takes it as it is; anywhere else one held in memory is
    /// written as a blob, and a file or reader is an error.
    fn write_stream(&mut self, v: &ByteStream) -> Result<(), Error> {
        match v.as_blob() {
            Some(b) => self.write_blob(b),
            None => Err(Error::new(
                "a streaming body that is not in memory can only be sent as an HTTP payload",
            )),
        }
    }
    /// In the format of the member being written, or the format's default.
    fn write_timestamp(&mut self, v: &DateTime) -> Result<(), Error>;
    /// Writes a document.
    fn write_document(&mut self, v: &Document) -> Result<(), Error>;
    /// A bigInteger or bigDecimal, as its exact decimal text.
    fn write_big_number(&mut self, text: &str) -> Result<(), Error>;
    /// A bigDecimal, for formats that write decimals differently from integers (CBOR's tag 4 against
    /// tags 2/3) even when the text has no fraction.
    fn write_big_decimal(&mut self, text: &str) -> Result<(), Error> {
        self.write_big_number(text)
    }
}

/// What [`Deserializer::read_union`] calls with the member that is set: its index, or the name of a
/// member the model does not know.
pub type UnionVisitor<'a> =
    dyn FnMut(Result<usize, &str>, &mut dyn Deserializer) -> Result<(), Error> + 'a;

/// A wire format's reader. Errors carry the path to the failing value.
pub trait Deserializer {
    /// A structure: each member found is read into `slots[i]` for `schema.members[i]`; unknown members
    /// are skipped, and so are members explicitly `null`.
    fn read_struct(
        &mut self,
        schema: &'static Schema,
        slots: &mut [&mut dyn ReadSlot],
    ) -> Result<(), Error>;
    /// A union: `f` is called once, with the index of the member that is set or, for a member this
    /// model does not know, its name (its value is skipped).
    fn read_union(
        &mut self,
        schema: &'static Schema,
        f: &mut UnionVisitor<'_>,
    ) -> Result<(), Error>;
    /// A list: `f` reads each element.
    fn read_list(
        &mut self,
        f: &mut dyn FnMut(&mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error>;
    /// A map: `f` reads each value, given its key.
    fn read_map(
        &mut self,
        f: &mut dyn FnMut(String, &mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error>;
    /// Consumes a `null` if that is what comes next.
    fn read_null(&mut self) -> Result<bool, Error>;
    /// Reads a boolean.
    fn read_bool(&mut self) -> Result<bool, Error>;
    /// Reads an integer.
    fn read_i64(&mut self) -> Result<i64, Error>;
    /// Reads a float.
    fn read_f64(&mut self) -> Result<f64, Error>;
    /// Reads a string.
    fn read_string(&mut self) -> Result<String, Error>;
    /// Reads a blob.
    fn read_blob(&mut self) -> Result<Blob, Error>;
    /// A `@streaming` blob: the REST payload hands over the response body as it arrives; elsewhere it is
    /// the blob read into memory.
    fn read_stream(&mut self) -> Result<ByteStream, Error> {
        self.read_blob().map(ByteStream::from)
    }
    /// Reads a timestamp.
    fn read_timestamp(&mut self) -> Result<DateTime, Error>;
    /// Reads a document.
    fn read_document(&mut self) -> Result<Document, Error>;
    /// A bigInteger or bigDecimal as its exact decimal text.
    fn read_big_number(&mut self) -> Result<String, Error>;
    /// Skips the next value, whatever it is.
    fn skip(&mut self) -> Result<(), Error>;
}
