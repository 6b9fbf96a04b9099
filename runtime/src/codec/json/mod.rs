//! The JSON codec of the JSON protocols (awsJson 1.0/1.1, restJson1): a schema-driven writer and a pull
//! reader over the bytes. Numbers keep their exact text until a member's type reads them, error paths
//! are built only when something fails, and no serde runs.

mod reader;
mod writer;

#[cfg(test)]
mod tests;

use super::{Error, ReadSlot, ReadValue, WriteValue};

/// What differs between the JSON protocols at the codec level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// restJson1 honours `@jsonName`; awsJson sends member names.
    pub use_json_name: bool,
}

impl Settings {
    pub const AWS_JSON: Settings = Settings {
        use_json_name: false,
    };
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
