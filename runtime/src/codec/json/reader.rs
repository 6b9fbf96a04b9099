use super::Settings;
use crate::codec::{Deserializer, Error, ReadSlot, UnionVisitor};
use crate::schema::{Location, Member, Schema, TimestampFormat};
use crate::types::{Blob, DateTime, Document, Number, is_json_number};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Deeper nesting than any real response has; the limit keeps a hostile body from exhausting the stack.
const MAX_DEPTH: u32 = 128;

/// A pull reader over a JSON text: the schema-driven decoder asks for what it expects next.
pub(super) struct JsonReader<'a> {
    b: &'a [u8],
    pos: usize,
    depth: u32,
    settings: Settings,
    /// The member whose value is being read: it decides the timestamp format.
    member: Option<&'static Member>,
    /// Which members of the outermost structure this document holds (see the writer's); the others
    /// are skipped like unknown keys. Taken by the first structure read.
    top_level: Option<fn(Location) -> bool>,
}

fn describe(b: Option<u8>) -> &'static str {
    match b {
        None => "the end of the text",
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'"') => "a string",
        Some(b't' | b'f') => "a boolean",
        Some(b'n') => "null",
        Some(b'-' | b'0'..=b'9') => "a number",
        Some(_) => "an unexpected character",
    }
}

impl<'a> JsonReader<'a> {
    pub(super) fn new(b: &'a [u8], settings: Settings) -> JsonReader<'a> {
        JsonReader {
            b,
            pos: 0,
            depth: 0,
            settings,
            member: None,
            top_level: None,
        }
    }

    pub(super) fn with_top_level(mut self, keep: fn(Location) -> bool) -> Self {
        self.top_level = Some(keep);
        self
    }

    fn peek(&mut self) -> Option<u8> {
        while let Some(&c) = self.b.get(self.pos) {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r') {
                self.pos += 1;
            } else {
                return Some(c);
            }
        }
        None
    }

    /// Fails unless only whitespace is left.
    pub(super) fn finish(&mut self) -> Result<(), Error> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(Error::new(format!(
                "trailing characters after the JSON value at byte {}",
                self.pos
            ))),
        }
    }

    fn unexpected(&mut self, expected: &str) -> Error {
        let found = describe(self.peek());
        Error::new(format!(
            "expected {expected}, found {found} at byte {}",
            self.pos
        ))
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: u8, what: &str) -> Result<(), Error> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(self.unexpected(what))
        }
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

    fn literal(&mut self, word: &[u8]) -> bool {
        if self.peek().is_some() && self.b[self.pos..].starts_with(word) {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    /// A string token (the reader is at its opening quote).
    fn string(&mut self) -> Result<Cow<'a, str>, Error> {
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("a string"));
        }
        self.pos += 1;
        let start = self.pos;
        // The common case has no escapes and borrows the input.
        while let Some(&c) = self.b.get(self.pos) {
            match c {
                b'"' => {
                    let s = self.utf8(start, self.pos)?;
                    self.pos += 1;
                    return Ok(Cow::Borrowed(s));
                }
                b'\\' => break,
                0..=0x1f => {
                    return Err(Error::new(format!(
                        "control character in a string at byte {}",
                        self.pos
                    )));
                }
                _ => self.pos += 1,
            }
        }
        let mut out = String::from(self.utf8(start, self.pos)?);
        loop {
            let Some(&c) = self.b.get(self.pos) else {
                return Err(Error::new("unterminated string"));
            };
            match c {
                b'"' => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                b'\\' => {
                    self.pos += 1;
                    let Some(&e) = self.b.get(self.pos) else {
                        return Err(Error::new("unterminated string"));
                    };
                    self.pos += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape()?),
                        _ => {
                            return Err(Error::new(format!(
                                "invalid escape in a string at byte {}",
                                self.pos - 1
                            )));
                        }
                    }
                }
                0..=0x1f => {
                    return Err(Error::new(format!(
                        "control character in a string at byte {}",
                        self.pos
                    )));
                }
                _ => {
                    let run = self.pos;
                    while self
                        .b
                        .get(self.pos)
                        .is_some_and(|&c| c != b'"' && c != b'\\' && c >= 0x20)
                    {
                        self.pos += 1;
                    }
                    out.push_str(self.utf8(run, self.pos)?);
                }
            }
        }
    }

    fn utf8(&self, start: usize, end: usize) -> Result<&'a str, Error> {
        std::str::from_utf8(&self.b[start..end])
            .map_err(|_| Error::new(format!("invalid UTF-8 in a string at byte {start}")))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self
            .b
            .get(self.pos..self.pos + 4)
            .ok_or_else(|| Error::new("truncated \\u escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| Error::new("invalid \\u escape"))?;
        let v = u32::from_str_radix(text, 16).map_err(|_| Error::new("invalid \\u escape"))?;
        self.pos += 4;
        Ok(v)
    }

    fn unicode_escape(&mut self) -> Result<char, Error> {
        let hi = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&hi) {
            // A high surrogate must be followed by `\u` and a low one.
            if self.b.get(self.pos..self.pos + 2) != Some(b"\\u") {
                return Err(Error::new("unpaired surrogate in a \\u escape"));
            }
            self.pos += 2;
            let lo = self.hex4()?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(Error::new("unpaired surrogate in a \\u escape"));
            }
            0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
        } else {
            hi
        };
        char::from_u32(code).ok_or_else(|| Error::new("unpaired surrogate in a \\u escape"))
    }

    /// A number token's text, checked against the JSON grammar.
    fn number(&mut self) -> Result<&'a str, Error> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.unexpected("a number"));
        }
        let start = self.pos;
        let len = self.b[start..]
            .iter()
            .take_while(|c| matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
            .count();
        // Only ASCII was taken; the grammar check is the one the big-number types use.
        let text = std::str::from_utf8(&self.b[start..start + len]).unwrap_or_default();
        if !is_json_number(text, false) {
            return Err(Error::new(format!("invalid number at byte {start}")));
        }
        self.pos = start + len;
        Ok(text)
    }

    fn skip_value(&mut self) -> Result<(), Error> {
        match self.peek() {
            Some(b'{') => {
                self.pos += 1;
                self.enter()?;
                if !self.eat(b'}') {
                    loop {
                        self.string()?;
                        self.expect(b':', "`:`")?;
                        self.skip_value()?;
                        if self.eat(b'}') {
                            break;
                        }
                        self.expect(b',', "`,` or `}`")?;
                    }
                }
                self.leave();
                Ok(())
            }
            Some(b'[') => {
                self.pos += 1;
                self.enter()?;
                if !self.eat(b']') {
                    loop {
                        self.skip_value()?;
                        if self.eat(b']') {
                            break;
                        }
                        self.expect(b',', "`,` or `]`")?;
                    }
                }
                self.leave();
                Ok(())
            }
            Some(b'"') => self.string().map(drop),
            Some(b't') if self.literal(b"true") => Ok(()),
            Some(b'f') if self.literal(b"false") => Ok(()),
            Some(b'n') if self.literal(b"null") => Ok(()),
            _ => self.number().map(drop),
        }
    }

    /// Calls `each` for every key of an object, with the reader at the key's value.
    fn object(
        &mut self,
        mut each: impl FnMut(&mut Self, Cow<'a, str>) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.expect(b'{', "an object")?;
        self.enter()?;
        if !self.eat(b'}') {
            loop {
                let key = self.string()?;
                self.expect(b':', "`:`")?;
                each(self, key)?;
                if self.eat(b'}') {
                    break;
                }
                self.expect(b',', "`,` or `}`")?;
            }
        }
        self.leave();
        Ok(())
    }

    fn find(&self, schema: &'static Schema, key: &str) -> Option<usize> {
        let use_json_name = self.settings.use_json_name;
        schema
            .members
            .iter()
            .position(|m| m.json_key(use_json_name) == key)
    }

    fn with_member<T>(
        &mut self,
        member: &'static Member,
        f: impl FnOnce(&mut Self) -> Result<T, Error>,
    ) -> Result<T, Error> {
        let outer = self.member.replace(member);
        let r = f(self);
        self.member = outer;
        r
    }

    fn document(&mut self) -> Result<Document, Error> {
        Ok(match self.peek() {
            Some(b'{') => {
                let mut map = BTreeMap::new();
                self.object(|r, k| {
                    let v = r.document().map_err(|e| e.at_key(&k))?;
                    map.insert(k.into_owned(), v);
                    Ok(())
                })?;
                Document::Object(map)
            }
            Some(b'[') => {
                let mut items = Vec::new();
                self.list(|r, i| {
                    items.push(r.document().map_err(|e| e.at_index(i))?);
                    Ok(())
                })?;
                Document::Array(items)
            }
            Some(b'"') => Document::String(self.string()?.into_owned()),
            Some(b't') if self.literal(b"true") => Document::Bool(true),
            Some(b'f') if self.literal(b"false") => Document::Bool(false),
            Some(b'n') if self.literal(b"null") => Document::Null,
            _ => {
                let text = self.number()?;
                let n = if let Ok(v) = text.parse::<u64>() {
                    Number::PosInt(v)
                } else if let Ok(v) = text.parse::<i64>() {
                    Number::NegInt(v)
                } else {
                    Number::Float(
                        text.parse()
                            .map_err(|_| Error::new(format!("invalid number `{text}`")))?,
                    )
                };
                Document::Number(n)
            }
        })
    }

    fn list(
        &mut self,
        mut each: impl FnMut(&mut Self, usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.expect(b'[', "an array")?;
        self.enter()?;
        if !self.eat(b']') {
            let mut i = 0;
            loop {
                each(self, i)?;
                i += 1;
                if self.eat(b']') {
                    break;
                }
                self.expect(b',', "`,` or `]`")?;
            }
        }
        self.leave();
        Ok(())
    }
}

impl Deserializer for JsonReader<'_> {
    fn read_struct(
        &mut self,
        schema: &'static Schema,
        slots: &mut [&mut dyn ReadSlot],
    ) -> Result<(), Error> {
        let keep = self.top_level.take();
        self.object(|r, key| {
            let index = r
                .find(schema, &key)
                .filter(|&i| keep.is_none_or(|keep| keep(schema.members[i].location)));
            // `null` means the member is absent; unknown members are skipped.
            if r.literal(b"null") {
                return Ok(());
            }
            match index.and_then(|i| Some((schema.members.get(i)?, slots.get_mut(i)?))) {
                Some((m, slot)) => r
                    .with_member(m, |r| slot.read_slot(r))
                    .map_err(|e| e.at_key(&key)),
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
        self.object(|r, key| {
            // Servers may add `__type`; a member set to null is not set.
            if key == "__type" {
                return r.skip_value();
            }
            if r.literal(b"null") {
                return Ok(());
            }
            if let Some(first) = &set {
                return Err(Error::new(format!(
                    "a {} union must have one member set, found `{first}` and `{key}`",
                    schema.name
                )));
            }
            set = Some(key.clone().into_owned());
            match r.find(schema, &key) {
                Some(i) => {
                    let m = &schema.members[i];
                    r.with_member(m, |r| f(Ok(i), r))
                        .map_err(|e| e.at_key(&key))
                }
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
        self.object(|r, key| {
            let k = key.into_owned();
            let at = k.clone();
            f(k, r).map_err(|e| e.at_key(&at))
        })
    }

    fn read_null(&mut self) -> Result<bool, Error> {
        Ok(self.literal(b"null"))
    }

    fn read_bool(&mut self) -> Result<bool, Error> {
        if self.literal(b"true") {
            Ok(true)
        } else if self.literal(b"false") {
            Ok(false)
        } else {
            Err(self.unexpected("a boolean"))
        }
    }

    fn read_i64(&mut self) -> Result<i64, Error> {
        let text = self.number()?;
        if let Ok(v) = text.parse::<i64>() {
            return Ok(v);
        }
        // `5.0` and `1e3` are integers written another way; accept them when they are exact.
        match text.parse::<f64>() {
            Ok(v) if v.fract() == 0.0 && v.abs() < 9.2e18 => Ok(v as i64),
            _ => Err(Error::new(format!("expected an integer, found `{text}`"))),
        }
    }

    fn read_f64(&mut self) -> Result<f64, Error> {
        if self.peek() == Some(b'"') {
            return match &*self.string()? {
                "NaN" => Ok(f64::NAN),
                "Infinity" => Ok(f64::INFINITY),
                "-Infinity" => Ok(f64::NEG_INFINITY),
                other => Err(Error::new(format!(
                    "expected a number, found the string `{other}`"
                ))),
            };
        }
        let text = self.number()?;
        text.parse()
            .map_err(|_| Error::new(format!("invalid number `{text}`")))
    }

    fn read_string(&mut self) -> Result<String, Error> {
        self.string().map(Cow::into_owned)
    }

    fn read_blob(&mut self) -> Result<Blob, Error> {
        let text = self.string()?;
        Blob::from_base64(&text).map_err(Error::new)
    }

    fn read_timestamp(&mut self) -> Result<DateTime, Error> {
        let format = self
            .member
            .and_then(|m| m.timestamp_format)
            .unwrap_or(TimestampFormat::EpochSeconds);
        let parsed = match self.peek() {
            Some(b'"') => {
                let text = self.string()?;
                // A string where epoch seconds belong is read as a date-time, as other SDKs do.
                match format {
                    TimestampFormat::HttpDate => DateTime::parse_http_date(&text),
                    _ => DateTime::parse_rfc3339(&text),
                }
            }
            _ => DateTime::parse_epoch_seconds(self.number()?),
        };
        parsed.map_err(|e| Error::new(e.to_string()))
    }

    fn read_document(&mut self) -> Result<Document, Error> {
        self.document()
    }

    fn read_big_number(&mut self) -> Result<String, Error> {
        if self.peek() == Some(b'"') {
            return self.read_string();
        }
        self.number().map(str::to_owned)
    }

    fn skip(&mut self) -> Result<(), Error> {
        self.skip_value()
    }
}
