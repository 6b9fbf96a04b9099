//! The CBOR codec (RFC 8949) of the rpcv2Cbor protocol: a schema-driven writer and a pull reader over
//! the bytes, our own rather than a crate's (see the README's dependency table: CBOR's data model is
//! small, and the protocol needs tags 1–4, half floats and limits against hostile input, which a
//! schema-less crate would leave to us anyway).
//!
//! Output uses definite lengths and the smallest integer heads; input may use indefinite lengths,
//! half/single/double floats and any integer width. Timestamps are tag 1 epoch seconds, blobs are byte
//! strings, bigIntegers are tags 2/3 and bigDecimals tag 4, as the protocol's spec says.

mod bignum;
mod reader;
mod writer;

#[cfg(test)]
mod tests;

use super::{Error, ReadSlot, ReadValue, WriteValue};

/// `value` as a CBOR data item.
pub fn to_vec<T: WriteValue + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    let mut w = writer::CborWriter::new();
    value.write(&mut w)?;
    Ok(w.out)
}

/// Reads a `T` from one CBOR data item; bytes after it are an error.
pub fn from_slice<T: ReadValue>(bytes: &[u8]) -> Result<T, Error> {
    let mut r = reader::CborReader::new(bytes);
    let v = T::read(&mut r)?;
    r.finish()?;
    Ok(v)
}

/// Reads one CBOR data item into `slot` (an `Option` of the expected type); bytes after it are an
/// error.
pub fn read_into(bytes: &[u8], slot: &mut dyn ReadSlot) -> Result<(), Error> {
    let mut r = reader::CborReader::new(bytes);
    slot.read_slot(&mut r)?;
    r.finish()
}

/// One CBOR data item as a [`Document`](crate::types::Document) for comparing encodings by value:
/// byte strings are `{"@bytes": "<hex>"}`, tagged values `{"@tag <n>": value}`, `undefined` is null.
/// Definite and indefinite lengths, and every integer and float width, give the same document.
pub fn diagnostic(bytes: &[u8]) -> Result<crate::types::Document, Error> {
    let mut r = reader::CborReader::new(bytes);
    let v = r.diagnostic()?;
    r.finish()?;
    Ok(v)
}

/// Is `bytes` one well-formed CBOR data item and nothing else?
pub fn is_well_formed(bytes: &[u8]) -> bool {
    from_slice::<super::Skip>(bytes).is_ok()
}
