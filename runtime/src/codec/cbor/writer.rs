use super::bignum;
use crate::codec::{Error, Serializer, WriteValue};
use crate::schema::Schema;
use crate::types::{Blob, DateTime, Document, Number};

pub(super) const UINT: u8 = 0;
pub(super) const NINT: u8 = 1;
pub(super) const BYTES: u8 = 2;
pub(super) const TEXT: u8 = 3;
pub(super) const ARRAY: u8 = 4;
pub(super) const MAP: u8 = 5;
pub(super) const TAG: u8 = 6;
pub(super) const SIMPLE: u8 = 7;

pub(super) const TAG_EPOCH: u64 = 1;
pub(super) const TAG_POS_BIGNUM: u64 = 2;
pub(super) const TAG_NEG_BIGNUM: u64 = 3;
pub(super) const TAG_DECIMAL: u64 = 4;

pub(super) struct CborWriter {
    pub(super) out: Vec<u8>,
}

impl CborWriter {
    pub(super) fn new() -> CborWriter {
        CborWriter {
            out: Vec::with_capacity(128),
        }
    }

    /// A head with the shortest argument encoding (RFC 8949 §4.2.1, preferred serialization).
    fn head(&mut self, major: u8, v: u64) {
        let m = major << 5;
        if v < 24 {
            self.out.push(m | v as u8);
        } else if let Ok(v) = u8::try_from(v) {
            self.out.extend_from_slice(&[m | 24, v]);
        } else if let Ok(v) = u16::try_from(v) {
            self.out.push(m | 25);
            self.out.extend_from_slice(&v.to_be_bytes());
        } else if let Ok(v) = u32::try_from(v) {
            self.out.push(m | 26);
            self.out.extend_from_slice(&v.to_be_bytes());
        } else {
            self.out.push(m | 27);
            self.out.extend_from_slice(&v.to_be_bytes());
        }
    }

    fn len_head(&mut self, major: u8, len: usize) {
        // usize is at most 64 bits on every target Rust supports.
        self.head(major, len as u64);
    }

    fn text(&mut self, s: &str) {
        self.len_head(TEXT, s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    fn int(&mut self, v: i64) {
        if v >= 0 {
            self.head(UINT, v as u64);
        } else {
            // -1 - v without overflow for i64::MIN.
            self.head(NINT, !(v as u64));
        }
    }

    /// A float in the shortest of single or double precision that holds it exactly (the spec rules
    /// out half precision on output). NaN and the infinities fit single precision.
    fn float(&mut self, v: f64) {
        let single = v as f32;
        if v.is_nan() {
            self.out.push(SIMPLE << 5 | 26);
            self.out.extend_from_slice(&0x7fc0_0000u32.to_be_bytes());
        } else if f64::from(single) == v {
            self.out.push(SIMPLE << 5 | 26);
            self.out.extend_from_slice(&single.to_bits().to_be_bytes());
        } else {
            self.out.push(SIMPLE << 5 | 27);
            self.out.extend_from_slice(&v.to_bits().to_be_bytes());
        }
    }

    /// A bignum (tag 2, or tag 3 for a negative) for an integer's decimal digits.
    fn bignum(&mut self, negative: bool, digits: &str) {
        if negative {
            self.head(TAG, TAG_NEG_BIGNUM);
            let bytes = bignum::decimal_to_bytes(&bignum::decrement(digits));
            self.len_head(BYTES, bytes.len());
            self.out.extend_from_slice(&bytes);
        } else {
            self.head(TAG, TAG_POS_BIGNUM);
            let bytes = bignum::decimal_to_bytes(digits);
            self.len_head(BYTES, bytes.len());
            self.out.extend_from_slice(&bytes);
        }
    }

    fn document(&mut self, d: &Document) {
        match d {
            Document::Null => self.out.push(SIMPLE << 5 | 22),
            Document::Bool(b) => self.out.push(SIMPLE << 5 | if *b { 21 } else { 20 }),
            Document::Number(Number::PosInt(v)) => self.head(UINT, *v),
            Document::Number(Number::NegInt(v)) => self.int(*v),
            Document::Number(Number::Float(v)) => self.float(*v),
            Document::String(s) => self.text(s),
            Document::Array(items) => {
                self.len_head(ARRAY, items.len());
                for item in items {
                    self.document(item);
                }
            }
            Document::Object(members) => {
                self.len_head(MAP, members.len());
                for (k, v) in members {
                    self.text(k);
                    self.document(v);
                }
            }
        }
    }
}

impl Serializer for CborWriter {
    fn write_struct(
        &mut self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
    ) -> Result<(), Error> {
        // Definite length: the present members are counted first.
        let present = schema
            .members
            .iter()
            .zip(members)
            .filter(|(_, v)| !v.is_absent());
        self.len_head(MAP, present.clone().count());
        for (m, v) in present {
            self.text(m.name);
            v.write(self).map_err(|e| e.at_key(m.name))?;
        }
        Ok(())
    }

    fn write_union(
        &mut self,
        schema: &'static Schema,
        index: usize,
        value: &dyn WriteValue,
    ) -> Result<(), Error> {
        let m = schema
            .members
            .get(index)
            .ok_or_else(|| Error::new(format!("{} has no member {index}", schema.name)))?;
        self.len_head(MAP, 1);
        self.text(m.name);
        value.write(self).map_err(|e| e.at_key(m.name))
    }

    fn begin_list(&mut self, len: usize) -> Result<(), Error> {
        self.len_head(ARRAY, len);
        Ok(())
    }

    fn end_list(&mut self) -> Result<(), Error> {
        Ok(())
    }

    fn begin_map(&mut self, len: usize) -> Result<(), Error> {
        self.len_head(MAP, len);
        Ok(())
    }

    fn write_key(&mut self, key: &str) -> Result<(), Error> {
        self.text(key);
        Ok(())
    }

    fn end_map(&mut self) -> Result<(), Error> {
        Ok(())
    }

    fn write_null(&mut self) -> Result<(), Error> {
        self.out.push(SIMPLE << 5 | 22);
        Ok(())
    }

    fn write_bool(&mut self, v: bool) -> Result<(), Error> {
        self.out.push(SIMPLE << 5 | if v { 21 } else { 20 });
        Ok(())
    }

    fn write_i64(&mut self, v: i64) -> Result<(), Error> {
        self.int(v);
        Ok(())
    }

    fn write_f64(&mut self, v: f64) -> Result<(), Error> {
        self.float(v);
        Ok(())
    }

    fn write_string(&mut self, v: &str) -> Result<(), Error> {
        self.text(v);
        Ok(())
    }

    fn write_blob(&mut self, v: &Blob) -> Result<(), Error> {
        self.len_head(BYTES, v.len());
        self.out.extend_from_slice(v.as_ref());
        Ok(())
    }

    fn write_timestamp(&mut self, v: &DateTime) -> Result<(), Error> {
        // Tag 1 epoch seconds whatever `@timestampFormat` says (the spec: it MUST NOT be respected);
        // an integer when there is no fraction, else a double at millisecond resolution.
        self.head(TAG, TAG_EPOCH);
        if v.subsec_nanos() == 0 {
            self.int(v.secs());
        } else {
            let millis = i128::from(v.secs()) * 1000 + i128::from(v.subsec_nanos() / 1_000_000);
            let secs = millis as f64 / 1000.0;
            self.out.push(SIMPLE << 5 | 27);
            self.out.extend_from_slice(&secs.to_bits().to_be_bytes());
        }
        Ok(())
    }

    fn write_document(&mut self, v: &Document) -> Result<(), Error> {
        self.document(v);
        Ok(())
    }

    fn write_big_number(&mut self, text: &str) -> Result<(), Error> {
        let (negative, digits, exp) = bignum::split_decimal(text)
            .ok_or_else(|| Error::new(format!("`{text}` is not a number")))?;
        if exp == 0 && !text.contains(['.', 'e', 'E']) {
            self.bignum(negative && digits != "0", &digits);
        } else {
            self.write_big_decimal_parts(negative, &digits, exp);
        }
        Ok(())
    }

    fn write_big_decimal(&mut self, text: &str) -> Result<(), Error> {
        let (negative, digits, exp) = bignum::split_decimal(text)
            .ok_or_else(|| Error::new(format!("`{text}` is not a number")))?;
        self.write_big_decimal_parts(negative, &digits, exp);
        Ok(())
    }
}

impl CborWriter {
    /// Tag 4: `[exponent, mantissa]`, the mantissa an integer when it fits, else a bignum.
    fn write_big_decimal_parts(&mut self, negative: bool, digits: &str, exp: i64) {
        self.head(TAG, TAG_DECIMAL);
        self.len_head(ARRAY, 2);
        self.int(exp);
        match digits.parse::<i64>() {
            Ok(m) => self.int(if negative { -m } else { m }),
            Err(_) => self.bignum(negative, digits),
        }
    }
}
