//! The JSON codec of the JSON protocols (awsJson 1.0/1.1, restJson1): a schema-driven writer and a pull
//! reader over the bytes. Numbers keep their exact text until a member's type reads them, error paths
//! are built only when something fails, and no serde runs.

mod reader;
mod writer;

#[cfg(test)]
mod tests;

use super::{Error, ReadSlot, ReadValue, Serializer, WriteValue};
use crate::schema::{Location, Schema};

/// What differs between the JSON protocols at the codec level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// restJson1 honours `@jsonName`; awsJson sends member names.
    pub use_json_name: bool,
}

impl Settings {
    /// The awsJson protocols' conventions.
    pub const AWS_JSON: Settings = Settings {
        use_json_name: false,
    };
    /// restJson1's conventions.
    pub const REST_JSON: Settings = Settings {
        use_json_name: true,
    };
}

/// `value` as a JSON text.
pub fn to_vec<T: WriteValue + ?Sized>(value: &T, settings: Settings) -> Result<Vec<u8>, Error> {
    let mut w = writer::JsonWriter::new(settings);
    value.write(&mut w)?;
    Ok(w.out)
}

/// Reads a `T` from a JSON text; anything but whitespace after the value is an error.
pub fn from_slice<T: ReadValue>(bytes: &[u8], settings: Settings) -> Result<T, Error> {
    let mut r = reader::JsonReader::new(bytes, settings);
    let v = T::read(&mut r)?;
    r.finish()?;
    Ok(v)
}

/// Reads a JSON text into `slot` (an `Option` of the expected type); anything but whitespace after
/// the value is an error.
pub fn read_into(bytes: &[u8], settings: Settings, slot: &mut dyn ReadSlot) -> Result<(), Error> {
    let mut r = reader::JsonReader::new(bytes, settings);
    slot.read_slot(&mut r)?;
    r.finish()
}

/// A structure's members as a JSON object, keeping only those whose location `keep` accepts: the body
/// document of a REST protocol, whose other members travel in the URI and headers. `members[i]` is the
/// value of `schema.members[i]`.
pub fn struct_to_vec(
    schema: &'static Schema,
    members: &[&dyn WriteValue],
    settings: Settings,
    keep: fn(Location) -> bool,
) -> Result<Vec<u8>, Error> {
    let mut w = writer::JsonWriter::new(settings).with_top_level(keep);
    w.write_struct(schema, members)?;
    Ok(w.out)
}

/// Reads a JSON object into a structure's slots, only for the members whose location `keep` accepts
/// (keys of other members are skipped as unknown ones are); anything but whitespace after the object is
/// an error.
pub fn read_struct_into(
    bytes: &[u8],
    settings: Settings,
    schema: &'static Schema,
    slots: &mut [&mut dyn ReadSlot],
    keep: fn(Location) -> bool,
) -> Result<(), Error> {
    let mut r = reader::JsonReader::new(bytes, settings).with_top_level(keep);
    super::Deserializer::read_struct(&mut r, schema, slots)?;
    r.finish()
}
