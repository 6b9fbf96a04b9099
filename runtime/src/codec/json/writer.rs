use super::Settings;
use crate::codec::{Error, Serializer, WriteValue};
use crate::schema::{Location, Member, Schema, TimestampFormat};
use crate::types::{Blob, DateTime, Document, Number};
use std::io::Write as _;

/// Where the writer is, for the commas between values.
enum Frame {
    /// In a list; `true` until the first element is written.
    List(bool),
    /// In a map; `true` until the first key is written.
    Map(bool),
    /// A member value of a structure or union (its key is already out).
    Member,
}

pub(super) struct JsonWriter {
    pub(super) out: Vec<u8>,
    settings: Settings,
    stack: Vec<Frame>,
    /// The member whose value is being written: it decides the timestamp format.
    member: Option<&'static Member>,
    /// Which members of the outermost structure belong in this document (the REST protocols bind
    /// the others to the URI or headers); taken by the first structure written.
    top_level: Option<fn(Location) -> bool>,
}

impl JsonWriter {
    pub(super) fn new(settings: Settings) -> JsonWriter {
        JsonWriter {
            out: Vec::with_capacity(128),
            settings,
            stack: Vec::new(),
            member: None,
            top_level: None,
        }
    }

    pub(super) fn with_top_level(mut self, keep: fn(Location) -> bool) -> JsonWriter {
        self.top_level = Some(keep);
        self
    }

    /// The comma before a list element; nothing elsewhere.
    fn before_value(&mut self) {
        if let Some(Frame::List(first)) = self.stack.last_mut() {
            if !*first {
                self.out.push(b',');
            }
            *first = false;
        }
    }

    fn member_value(
        &mut self,
        member: &'static Member,
        value: &dyn WriteValue,
    ) -> Result<(), Error> {
        let outer = self.member.replace(member);
        self.stack.push(Frame::Member);
        let r = value.write(self);
        self.stack.pop();
        self.member = outer;
        r.map_err(|e| e.at_key(member.name))
    }

    fn key(&mut self, member: &Member) {
        write_str(&mut self.out, member.json_key(self.settings.use_json_name));
        self.out.push(b':');
    }

    fn raw(&mut self, text: &str) {
        self.before_value();
        self.out.extend_from_slice(text.as_bytes());
    }

    fn document(&mut self, d: &Document) {
        self.before_value();
        match d {
            Document::Null => self.out.extend_from_slice(b"null"),
            Document::Bool(b) => self
                .out
                .extend_from_slice(if *b { b"true" } else { b"false" }),
            Document::Number(Number::PosInt(v)) => write_display(&mut self.out, v),
            Document::Number(Number::NegInt(v)) => write_display(&mut self.out, v),
            Document::Number(Number::Float(v)) => write_f64(&mut self.out, *v),
            Document::String(s) => write_str(&mut self.out, s),
            Document::Array(items) => {
                self.out.push(b'[');
                self.stack.push(Frame::List(true));
                for item in items {
                    self.document(item);
                }
                self.stack.pop();
                self.out.push(b']');
            }
            Document::Object(members) => {
                self.out.push(b'{');
                self.stack.push(Frame::Member);
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        self.out.push(b',');
                    }
                    write_str(&mut self.out, k);
                    self.out.push(b':');
                    self.document(v);
                }
                self.stack.pop();
                self.out.push(b'}');
            }
        }
    }
}

impl Serializer for JsonWriter {
    fn write_struct(
        &mut self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
    ) -> Result<(), Error> {
        self.before_value();
        self.out.push(b'{');
        let keep = self.top_level.take();
        let mut first = true;
        for (m, v) in schema.members.iter().zip(members) {
            if v.is_absent() || keep.is_some_and(|keep| !keep(m.location)) {
                continue;
            }
            if !first {
                self.out.push(b',');
            }
            first = false;
            self.key(m);
            self.member_value(m, *v)?;
        }
        self.out.push(b'}');
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
        self.before_value();
        self.out.push(b'{');
        self.key(m);
        self.member_value(m, value)?;
        self.out.push(b'}');
        Ok(())
    }

    fn begin_list(&mut self, _len: usize) -> Result<(), Error> {
        self.before_value();
        self.out.push(b'[');
        self.stack.push(Frame::List(true));
        Ok(())
    }

    fn end_list(&mut self) -> Result<(), Error> {
        self.stack.pop();
        self.out.push(b']');
        Ok(())
    }

    fn begin_map(&mut self, _len: usize) -> Result<(), Error> {
        self.before_value();
        self.out.push(b'{');
        self.stack.push(Frame::Map(true));
        Ok(())
    }

    fn write_key(&mut self, key: &str) -> Result<(), Error> {
        if let Some(Frame::Map(first)) = self.stack.last_mut() {
            if !*first {
                self.out.push(b',');
            }
            *first = false;
        }
        write_str(&mut self.out, key);
        self.out.push(b':');
        Ok(())
    }

    fn end_map(&mut self) -> Result<(), Error> {
        self.stack.pop();
        self.out.push(b'}');
        Ok(())
    }

    fn write_null(&mut self) -> Result<(), Error> {
        self.raw("null");
        Ok(())
    }

    fn write_bool(&mut self, v: bool) -> Result<(), Error> {
        self.raw(if v { "true" } else { "false" });
        Ok(())
    }

    fn write_i64(&mut self, v: i64) -> Result<(), Error> {
        self.before_value();
        write_display(&mut self.out, v);
        Ok(())
    }

    fn write_f64(&mut self, v: f64) -> Result<(), Error> {
        self.before_value();
        write_f64(&mut self.out, v);
        Ok(())
    }

    fn write_f32(&mut self, v: f32) -> Result<(), Error> {
        self.before_value();
        if v.is_finite() {
            let _ = write!(self.out, "{v:?}");
        } else {
            write_f64(&mut self.out, f64::from(v));
        }
        Ok(())
    }

    fn write_string(&mut self, v: &str) -> Result<(), Error> {
        self.before_value();
        write_str(&mut self.out, v);
        Ok(())
    }

    fn write_blob(&mut self, v: &Blob) -> Result<(), Error> {
        self.before_value();
        write_str(&mut self.out, &v.to_base64());
        Ok(())
    }

    fn write_timestamp(&mut self, v: &DateTime) -> Result<(), Error> {
        self.before_value();
        match self
            .member
            .and_then(|m| m.timestamp_format)
            .unwrap_or(TimestampFormat::EpochSeconds)
        {
            TimestampFormat::EpochSeconds => {
                self.out.extend_from_slice(v.fmt_epoch_seconds().as_bytes())
            }
            TimestampFormat::DateTime => write_str(&mut self.out, &v.fmt_rfc3339()),
            TimestampFormat::HttpDate => write_str(&mut self.out, &v.fmt_http_date()),
        }
        Ok(())
    }

    fn write_document(&mut self, v: &Document) -> Result<(), Error> {
        self.document(v);
        Ok(())
    }

    fn write_big_number(&mut self, text: &str) -> Result<(), Error> {
        // The types only hold valid number text, which is a JSON number token as it is.
        self.raw(text);
        Ok(())
    }
}

/// JSON has no NaN or infinities; the Smithy JSON protocols send them as these strings.
fn write_f64(out: &mut Vec<u8>, v: f64) {
    if v.is_nan() {
        out.extend_from_slice(b"\"NaN\"");
    } else if v.is_infinite() {
        out.extend_from_slice(if v > 0.0 {
            b"\"Infinity\""
        } else {
            b"\"-Infinity\""
        });
    } else {
        // `Debug` is the shortest text that reads back as the same f64, with an exponent for very
        // large and very small values; both forms are JSON numbers.
        let _ = write!(out, "{v:?}");
    }
}

/// Numbers go straight into the output, without a `String` per value. Writing into a `Vec` cannot fail.
fn write_display(out: &mut Vec<u8>, v: impl std::fmt::Display) {
    let _ = write!(out, "{v}");
}

fn write_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            0..=0x1f => b"",
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.extend_from_slice(escape);
        }
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}
