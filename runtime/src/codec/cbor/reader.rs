use super::bignum;
use super::writer::{
    ARRAY, BYTES, MAP, NINT, SIMPLE, TAG, TAG_DECIMAL, TAG_EPOCH, TAG_NEG_BIGNUM, TAG_POS_BIGNUM,
    TEXT, UINT,
};
use crate::codec::{Deserializer, Error, ReadSlot, UnionVisitor};
use crate::schema::Schema;
use crate::types::{Blob, DateTime, Document, Number};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Deeper nesting than any real response has; the limit keeps a hostile body from exhausting the stack.
const MAX_DEPTH: u32 = 128;

/// Bignum magnitudes longer than this are refused: converting one to decimal text is quadratic in its
/// length, and 1 KiB (about 2,466 digits) is far beyond any modeled number.
const MAX_BIGNUM_BYTES: usize = 1024;

/// The `break` stop code that ends an indefinite-length item.
const BREAK: u8 = 0xff;

/// The initial byte and argument of a data item (RFC 8949 §3).
#[derive(Clone, Copy)]
struct Head {
    major: u8,
    /// The additional information (low five bits of the initial byte).
    info: u8,
    /// The argument; `None` for an indefinite length.
    arg: Option<u64>,
    /// Where the item starts, for error messages.
    at: usize,
}

fn describe(initial: Option<u8>) -> &'static str {
    let Some(b) = initial else {
        return "the end of the input";
    };
    match (b >> 5, b & 0x1f) {
        (UINT | NINT, _) => "an integer",
        (BYTES, _) => "a byte string",
        (TEXT, _) => "a text string",
        (ARRAY, _) => "an array",
        (MAP, _) => "a map",
        (TAG, _) => "a tagged value",
        (_, 20 | 21) => "a boolean",
        (_, 22) => "null",
        (_, 23) => "undefined",
        (_, 25..=27) => "a float",
        (_, 31) => "a break",
        _ => "a simple value",
    }
}

/// A pull reader over one CBOR data item: the schema-driven decoder asks for what it expects next.
pub(super) struct CborReader<'a> {
    b: &'a [u8],
    pos: usize,
    depth: u32,
}

impl<'a> CborReader<'a> {
    pub(super) fn new(b: &'a [u8]) -> CborReader<'a> {
        CborReader {
            b,
            pos: 0,
            depth: 0,
        }
    }

    /// Fails unless the whole input was read.
    pub(super) fn finish(&self) -> Result<(), Error> {
        if self.pos == self.b.len() {
            Ok(())
        } else {
            Err(Error::new(format!(
                "trailing bytes after the CBOR data item at byte {}",
                self.pos
            )))
        }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn remaining(&self) -> usize {
        self.b.len() - self.pos
    }

    fn truncated(&self) -> Error {
        Error::new(format!("truncated CBOR input at byte {}", self.pos))
    }

    fn unexpected(&self, expected: &str, at: usize) -> Error {
        Error::new(format!(
            "expected {expected}, found {} at byte {at}",
            describe(self.b.get(at).copied())
        ))
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        if n > self.remaining() {
            return Err(Error::new(format!(
                "a length of {n} bytes at byte {} runs past the end of the input",
                self.pos
            )));
        }
        let s = &self.b[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn head(&mut self) -> Result<Head, Error> {
        let at = self.pos;
        let initial = self.peek().ok_or_else(|| self.truncated())?;
        self.pos += 1;
        let (major, info) = (initial >> 5, initial & 0x1f);
        let arg = match info {
            0..=23 => Some(u64::from(info)),
            24 => Some(u64::from(self.take(1)?[0])),
            25 => Some(u64::from(u16::from_be_bytes(self.array()?))),
            26 => Some(u64::from(u32::from_be_bytes(self.array()?))),
            27 => Some(u64::from_be_bytes(self.array()?)),
            31 if matches!(major, BYTES | TEXT | ARRAY | MAP | SIMPLE) => None,
            _ => {
                return Err(Error::new(format!(
                    "malformed CBOR: initial byte 0x{initial:02x} at byte {at}"
                )));
            }
        };
        Ok(Head {
            major,
            info,
            arg,
            at,
        })
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], Error> {
        let s = self.take(N).map_err(|_| self.truncated())?;
        let mut out = [0; N];
        out.copy_from_slice(s);
        Ok(out)
    }

    /// Tags carry no meaning for most values; they are passed over (RFC 8949 §3.4 lets a decoder
    /// ignore tags it does not expect).
    fn skip_tags(&mut self) -> Result<(), Error> {
        while self.peek().is_some_and(|b| b >> 5 == TAG) {
            self.head()?;
        }
        Ok(())
    }

    fn expect(&mut self, major: u8, what: &str) -> Result<Head, Error> {
        self.skip_tags()?;
        let at = self.pos;
        if self.peek().map(|b| b >> 5) != Some(major) || self.peek() == Some(BREAK) {
            return Err(self.unexpected(what, at));
        }
        self.head()
    }

    fn enter(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(Error::new(format!("nested deeper than {MAX_DEPTH} levels")));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    /// The content of a byte or text string whose head was read; an indefinite one is the
    /// concatenation of its definite chunks of the same major type.
    fn string_body(&mut self, head: Head) -> Result<Cow<'a, [u8]>, Error> {
        match head.arg {
            Some(len) => {
                let len = usize::try_from(len).unwrap_or(usize::MAX);
                self.take(len).map(Cow::Borrowed)
            }
            None => {
                let mut out = Vec::new();
                loop {
                    match self.peek() {
                        None => return Err(self.truncated()),
                        Some(BREAK) => {
                            self.pos += 1;
                            return Ok(Cow::Owned(out));
                        }
                        Some(b) if b >> 5 == head.major && b & 0x1f != 31 => {
                            let chunk = self.head()?;
                            out.extend_from_slice(&self.string_body(chunk)?);
                        }
                        Some(_) => {
                            return Err(Error::new(format!(
                                "malformed CBOR: a chunk of an indefinite-length string at byte {} is not a definite string of the same type",
                                self.pos
                            )));
                        }
                    }
                }
            }
        }
    }

    fn text_body(&mut self, head: Head) -> Result<Cow<'a, str>, Error> {
        Ok(match self.string_body(head)? {
            Cow::Borrowed(b) => Cow::Borrowed(std::str::from_utf8(b).map_err(|_| {
                Error::new(format!(
                    "invalid UTF-8 in the text string at byte {}",
                    head.at
                ))
            })?),
            Cow::Owned(b) => Cow::Owned(String::from_utf8(b).map_err(|_| {
                Error::new(format!(
                    "invalid UTF-8 in the text string at byte {}",
                    head.at
                ))
            })?),
        })
    }

    fn text(&mut self) -> Result<Cow<'a, str>, Error> {
        let head = self.expect(TEXT, "a text string")?;
        self.text_body(head)
    }

    /// Calls `each` for every element of an array (or entry of a map: then `each` reads the key and
    /// the value) whose head was read. A definite count larger than what the input could hold is
    /// refused before anything is read, so a hostile length allocates nothing.
    fn items(
        &mut self,
        head: Head,
        per_item: usize,
        mut each: impl FnMut(&mut Self, usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.enter()?;
        match head.arg {
            Some(n) => {
                let n = usize::try_from(n).unwrap_or(usize::MAX);
                if n > self.remaining() / per_item {
                    return Err(Error::new(format!(
                        "a count of {n} items at byte {} runs past the end of the input",
                        head.at
                    )));
                }
                for i in 0..n {
                    each(self, i)?;
                }
            }
            None => {
                let mut i = 0;
                loop {
                    match self.peek() {
                        None => return Err(self.truncated()),
                        Some(BREAK) => {
                            self.pos += 1;
                            break;
                        }
                        Some(_) => {
                            each(self, i)?;
                            i += 1;
                        }
                    }
                }
            }
        }
        self.leave();
        Ok(())
    }

    /// Calls `each` for every entry of a map with text keys, the reader at the value.
    fn map(
        &mut self,
        mut each: impl FnMut(&mut Self, Cow<'a, str>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let head = self.expect(MAP, "a map")?;
        self.items(head, 2, |r, _| {
            let key = r.text()?;
            each(r, key)
        })
    }

    fn list(
        &mut self,
        each: impl FnMut(&mut Self, usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let head = self.expect(ARRAY, "an array")?;
        self.items(head, 1, each)
    }

    /// Consumes a `null` or `undefined` (which the spec says to read as null) if one is next.
    fn eat_null(&mut self) -> bool {
        if matches!(self.peek(), Some(0xf6 | 0xf7)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn skip_value(&mut self) -> Result<(), Error> {
        let head = self.head()?;
        match head.major {
            UINT | NINT => Ok(()),
            BYTES | TEXT => self.string_body(head).map(drop),
            ARRAY => self.items(head, 1, |r, _| r.skip_value()),
            MAP => self.items(head, 2, |r, _| {
                r.skip_value()?;
                r.skip_value()
            }),
            TAG => {
                self.enter()?;
                self.skip_value()?;
                self.leave();
                Ok(())
            }
            _ if head.arg.is_none() => Err(Error::new(format!(
                "malformed CBOR: unexpected break at byte {}",
                head.at
            ))),
            _ => Ok(()),
        }
    }

    /// An integer (major type 0 or 1) as an i128, which holds both full ranges.
    fn integer(head: Head) -> i128 {
        let v = i128::from(head.arg.unwrap_or(0));
        if head.major == NINT { -1 - v } else { v }
    }

    /// A float's value from its head (major type 7, additional information 25, 26 or 27).
    fn float(head: Head) -> Option<f64> {
        let bits = head.arg?;
        match head.info {
            25 => Some(half_to_f64(bits as u16)),
            26 => Some(f64::from(f32::from_bits(bits as u32))),
            27 => Some(f64::from_bits(bits)),
            _ => None,
        }
    }

    /// Any number: an integer or a float.
    fn number(&mut self, what: &str) -> Result<Result<i128, f64>, Error> {
        self.skip_tags()?;
        let at = self.pos;
        let head = self.head()?;
        match head.major {
            UINT | NINT => Ok(Ok(Self::integer(head))),
            SIMPLE => Self::float(head)
                .map(Err)
                .ok_or_else(|| self.unexpected(what, at)),
            _ => Err(self.unexpected(what, at)),
        }
    }

    /// A bignum's magnitude as decimal digits, after its tag.
    fn bignum_digits(&mut self) -> Result<String, Error> {
        let head = self.expect(BYTES, "the byte string of a bignum")?;
        let bytes = self.string_body(head)?;
        if bytes.len() > MAX_BIGNUM_BYTES {
            return Err(Error::new(format!(
                "a bignum of {} bytes at byte {} is longer than the {MAX_BIGNUM_BYTES} accepted",
                bytes.len(),
                head.at
            )));
        }
        Ok(bignum::bytes_to_decimal(&bytes))
    }

    /// An integer, or a bignum (tag 2 or 3), as decimal text.
    fn integer_text(&mut self) -> Result<String, Error> {
        if let Some(tag) = self.tag_next()? {
            self.head()?;
            return match tag {
                TAG_POS_BIGNUM => self.bignum_digits(),
                TAG_NEG_BIGNUM => Ok(format!("-{}", bignum::increment(&self.bignum_digits()?))),
                _ => self.integer_text(),
            };
        }
        match self.number("an integer")? {
            Ok(v) => Ok(v.to_string()),
            Err(_) => Err(Error::new("expected an integer, found a float")),
        }
    }

    /// The tag number of the next item, if it is a tagged value (nothing is consumed).
    fn tag_next(&mut self) -> Result<Option<u64>, Error> {
        if self.peek().map(|b| b >> 5) != Some(TAG) {
            return Ok(None);
        }
        let at = self.pos;
        let head = self.head()?;
        self.pos = at;
        Ok(head.arg)
    }

    fn document(&mut self) -> Result<Document, Error> {
        self.skip_tags()?;
        let at = self.pos;
        Ok(match self.peek().map(|b| b >> 5) {
            Some(MAP) => {
                let mut map = BTreeMap::new();
                self.map(|r, k| {
                    let v = r.document().map_err(|e| e.at_key(&k))?;
                    map.insert(k.into_owned(), v);
                    Ok(())
                })?;
                Document::Object(map)
            }
            Some(ARRAY) => {
                let mut items = Vec::new();
                self.list(|r, i| {
                    items.push(r.document().map_err(|e| e.at_index(i))?);
                    Ok(())
                })?;
                Document::Array(items)
            }
            Some(TEXT) => Document::String(self.text()?.into_owned()),
            Some(UINT | NINT | SIMPLE) => {
                if self.eat_null() {
                    return Ok(Document::Null);
                }
                match self.peek() {
                    Some(0xf4) => {
                        self.pos += 1;
                        return Ok(Document::Bool(false));
                    }
                    Some(0xf5) => {
                        self.pos += 1;
                        return Ok(Document::Bool(true));
                    }
                    _ => {}
                }
                let n = match self.number("a document value")? {
                    Ok(v) => match (u64::try_from(v), i64::try_from(v)) {
                        (Ok(u), _) => Number::PosInt(u),
                        (_, Ok(i)) => Number::NegInt(i),
                        _ => Number::Float(v as f64),
                    },
                    Err(f) => Number::Float(f),
                };
                Document::Number(n)
            }
            _ => return Err(self.unexpected("a document value", at)),
        })
    }
}

impl CborReader<'_> {
    /// Any data item as a [`Document`] that keeps what CBOR says beyond JSON: a byte string becomes
    /// `{"@bytes": "<hex>"}`, a tagged value `{"@tag <n>": value}`, a map key that is not text its
    /// diagnostic form. For comparing two encodings as values (the compliance tests), not for shapes.
    pub(super) fn diagnostic(&mut self) -> Result<Document, Error> {
        let at = self.pos;
        let head = self.head()?;
        Ok(match head.major {
            UINT | NINT => {
                let v = Self::integer(head);
                match (u64::try_from(v), i64::try_from(v)) {
                    (Ok(u), _) => Document::Number(Number::PosInt(u)),
                    (_, Ok(i)) => Document::Number(Number::NegInt(i)),
                    _ => Document::Number(Number::Float(v as f64)),
                }
            }
            BYTES => {
                let bytes = self.string_body(head)?;
                let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                Document::Object(BTreeMap::from([(
                    "@bytes".to_owned(),
                    Document::String(hex),
                )]))
            }
            TEXT => Document::String(self.text_body(head)?.into_owned()),
            ARRAY => {
                let mut items = Vec::new();
                self.items(head, 1, |r, _| {
                    items.push(r.diagnostic()?);
                    Ok(())
                })?;
                Document::Array(items)
            }
            MAP => {
                let mut map = BTreeMap::new();
                self.items(head, 2, |r, _| {
                    let key = match r.diagnostic()? {
                        Document::String(k) => k,
                        other => format!("{other:?}"),
                    };
                    let value = r.diagnostic()?;
                    map.insert(key, value);
                    Ok(())
                })?;
                Document::Object(map)
            }
            TAG => {
                self.enter()?;
                let inner = self.diagnostic()?;
                self.leave();
                let tag = head.arg.unwrap_or_default();
                Document::Object(BTreeMap::from([(format!("@tag {tag}"), inner)]))
            }
            _ => match (head.info, head.arg) {
                (20, _) => Document::Bool(false),
                (21, _) => Document::Bool(true),
                (22 | 23, _) => Document::Null,
                (25..=27, _) => Document::Number(Number::Float(
                    Self::float(head).ok_or_else(|| self.unexpected("a float", at))?,
                )),
                (_, None) => {
                    return Err(Error::new(format!(
                        "malformed CBOR: unexpected break at byte {at}"
                    )));
                }
                (_, Some(v)) => Document::String(format!("simple({v})")),
            },
        })
    }
}

/// IEEE 754 half precision (RFC 8949 Appendix D), exactly: every half value is a double.
fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = i32::from((h >> 10) & 0x1f);
    let mant = f64::from(h & 0x3ff);
    let v = match exp {
        0 => mant * 2f64.powi(-24),
        31 if mant == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + mant / 1024.0) * 2f64.powi(exp - 15),
    };
    sign * v
}

impl Deserializer for CborReader<'_> {
    fn read_struct(
        &mut self,
        schema: &'static Schema,
        slots: &mut [&mut dyn ReadSlot],
    ) -> Result<(), Error> {
        self.map(|r, key| {
            // `null` means the member is absent; unknown members are skipped.
            if r.eat_null() {
                return Ok(());
            }
            let index = schema.members.iter().position(|m| m.name == key);
            match index.and_then(|i| slots.get_mut(i)) {
                Some(slot) => slot.read_slot(r).map_err(|e| e.at_key(&key)),
                None => r.skip_value(),
            }
        })
    }

    fn read_union(
        &mut self,
        schema: &'static Schema,
        f: &mut UnionVisitor<'_>,
    ) -> Result<(), Error> {
        let mut set: Option<String> = None;
        self.map(|r, key| {
            // The spec: an unrecognised `__type` member is ignored; a member set to null is not set.
            if key == "__type" {
                return r.skip_value();
            }
            if r.eat_null() {
                return Ok(());
            }
            if let Some(first) = &set {
                return Err(Error::new(format!(
                    "a {} union must have one member set, found `{first}` and `{key}`",
                    schema.name
                )));
            }
            set = Some(key.clone().into_owned());
            match schema.members.iter().position(|m| m.name == key) {
                Some(i) => f(Ok(i), r).map_err(|e| e.at_key(&key)),
                None => {
                    f(Err(&key), r)?;
                    r.skip_value()
                }
            }
        })?;
        if set.is_none() {
            return Err(Error::new(format!(
                "a {} union must have one member set, found none",
                schema.name
            )));
        }
        Ok(())
    }

    fn read_list(
        &mut self,
        f: &mut dyn FnMut(&mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.list(|r, i| f(r).map_err(|e| e.at_index(i)))
    }

    fn read_map(
        &mut self,
        f: &mut dyn FnMut(String, &mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.map(|r, key| {
            let k = key.into_owned();
            let at = k.clone();
            f(k, r).map_err(|e| e.at_key(&at))
        })
    }

    fn read_null(&mut self) -> Result<bool, Error> {
        Ok(self.eat_null())
    }

    fn read_bool(&mut self) -> Result<bool, Error> {
        self.skip_tags()?;
        match self.peek() {
            Some(0xf4) => {
                self.pos += 1;
                Ok(false)
            }
            Some(0xf5) => {
                self.pos += 1;
                Ok(true)
            }
            _ => Err(self.unexpected("a boolean", self.pos)),
        }
    }

    fn read_i64(&mut self) -> Result<i64, Error> {
        match self.number("an integer")? {
            Ok(v) => i64::try_from(v)
                .map_err(|_| Error::new(format!("{v} is out of range for a 64-bit integer"))),
            // The spec lets a float be sent where it loses nothing; the same is accepted back.
            Err(v) if v.fract() == 0.0 && v.abs() < 9.2e18 => Ok(v as i64),
            Err(v) => Err(Error::new(format!(
                "expected an integer, found the float {v}"
            ))),
        }
    }

    fn read_f64(&mut self) -> Result<f64, Error> {
        // Integers are accepted for floats: the spec allows them when no precision is lost.
        Ok(match self.number("a number")? {
            Ok(v) => v as f64,
            Err(v) => v,
        })
    }

    fn read_string(&mut self) -> Result<String, Error> {
        self.text().map(Cow::into_owned)
    }

    fn read_blob(&mut self) -> Result<Blob, Error> {
        let head = self.expect(BYTES, "a byte string")?;
        Ok(Blob::new(self.string_body(head)?.into_owned()))
    }

    fn read_timestamp(&mut self) -> Result<DateTime, Error> {
        // Tag 1 is expected; an untagged number is read the same way.
        if self.tag_next()? == Some(TAG_EPOCH) {
            self.head()?;
        }
        match self.number("epoch seconds")? {
            Ok(v) => i64::try_from(v)
                .map(DateTime::from_secs)
                .map_err(|_| Error::new(format!("{v} epoch seconds is out of range"))),
            Err(v) => DateTime::from_secs_f64(v).map_err(|e| Error::new(e.to_string())),
        }
    }

    fn read_document(&mut self) -> Result<Document, Error> {
        self.document()
    }

    fn read_big_number(&mut self) -> Result<String, Error> {
        if self.tag_next()? == Some(TAG_DECIMAL) {
            self.head()?;
            let head = self.expect(
                ARRAY,
                "the [exponent, mantissa] array of a decimal fraction",
            )?;
            if head.arg != Some(2) {
                return Err(Error::new(format!(
                    "a decimal fraction at byte {} must be a definite array of two items",
                    head.at
                )));
            }
            self.enter()?;
            let exp = self.integer_text()?;
            let mantissa = self.integer_text()?;
            self.leave();
            return Ok(if exp == "0" {
                mantissa
            } else {
                format!("{mantissa}e{exp}")
            });
        }
        if self.tag_next()?.is_some() {
            return self.integer_text();
        }
        match self.number("a number")? {
            Ok(v) => Ok(v.to_string()),
            Err(v) if v.is_finite() => Ok(format!("{v:?}")),
            Err(v) => Err(Error::new(format!("{v} is not a big number"))),
        }
    }

    fn skip(&mut self) -> Result<(), Error> {
        self.skip_value()
    }
}
