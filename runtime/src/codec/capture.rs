//! Any value the codecs can write, captured as a tree of its members, independent of any wire format:
//! the protocol tests compare values through it, waiters evaluate their JMESPath acceptors on it, and
//! endpoint context parameters are selected from an operation's input through it, so none of them needs
//! code of its own per shape.

use super::{Error, Serializer, WriteValue};
use crate::schema::Schema;
use crate::types::{Blob, DateTime, Document};

/// A value as its members, independent of any wire format.
#[derive(Clone, Debug)]
pub enum Captured {
    /// Null (an unset member of a sparse collection).
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer of any width.
    Int(i64),
    /// A float.
    Float(f64),
    /// A string or an enum's value.
    String(String),
    /// A blob's bytes.
    Blob(Vec<u8>),
    /// A timestamp.
    Timestamp(DateTime),
    /// A document.
    Document(Document),
    /// A bigInteger or bigDecimal as its decimal text.
    BigNumber(String),
    /// A structure's present members, in schema order.
    Struct {
        /// The shape's name.
        name: &'static str,
        /// The member names and values.
        members: Vec<(&'static str, Captured)>,
    },
    /// A union's set member.
    Union {
        /// The shape's name.
        name: &'static str,
        /// The member's name.
        member: &'static str,
        /// Its value.
        value: Box<Captured>,
    },
    /// A list's items.
    List(Vec<Captured>),
    /// Entries sorted by key (maps are written sorted).
    Map(Vec<(String, Captured)>),
}

/// What a container being written has collected so far.
enum Open {
    List(Vec<Captured>),
    Map {
        entries: Vec<(String, Captured)>,
        key: Option<String>,
    },
}

#[derive(Default)]
pub(crate) struct Capture {
    stack: Vec<Open>,
    done: Option<Captured>,
}

impl Capture {
    fn put(&mut self, v: Captured) -> Result<(), Error> {
        match self.stack.last_mut() {
            None => {
                self.done = Some(v);
                Ok(())
            }
            Some(Open::List(items)) => {
                items.push(v);
                Ok(())
            }
            Some(Open::Map { entries, key }) => {
                let k = key
                    .take()
                    .ok_or_else(|| Error::new("a map value was written without its key"))?;
                entries.push((k, v));
                Ok(())
            }
        }
    }

    /// Captures `value` on its own (a member, a union's value).
    pub(crate) fn nested(value: &dyn WriteValue) -> Result<Captured, Error> {
        let mut c = Capture::default();
        value.write(&mut c)?;
        c.finish()
    }

    fn finish(self) -> Result<Captured, Error> {
        if !self.stack.is_empty() {
            return Err(Error::new("a list or map was not closed"));
        }
        self.done
            .ok_or_else(|| Error::new("the value wrote nothing"))
    }
}

impl Serializer for Capture {
    fn write_struct(
        &mut self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
    ) -> Result<(), Error> {
        let mut out = Vec::with_capacity(members.len());
        for (m, v) in schema.members.iter().zip(members) {
            if v.is_absent() {
                continue;
            }
            out.push((m.name, Capture::nested(*v).map_err(|e| e.at_key(m.name))?));
        }
        self.put(Captured::Struct {
            name: schema.name,
            members: out,
        })
    }

    fn write_union(
        &mut self,
        schema: &'static Schema,
        index: usize,
        value: &dyn WriteValue,
    ) -> Result<(), Error> {
        let member = schema
            .members
            .get(index)
            .ok_or_else(|| Error::new(format!("{} has no member {index}", schema.name)))?;
        let value = Capture::nested(value).map_err(|e| e.at_key(member.name))?;
        self.put(Captured::Union {
            name: schema.name,
            member: member.name,
            value: Box::new(value),
        })
    }

    fn begin_list(&mut self, len: usize) -> Result<(), Error> {
        self.stack.push(Open::List(Vec::with_capacity(len)));
        Ok(())
    }

    fn end_list(&mut self) -> Result<(), Error> {
        match self.stack.pop() {
            Some(Open::List(items)) => self.put(Captured::List(items)),
            _ => Err(Error::new("end_list without begin_list")),
        }
    }

    fn begin_map(&mut self, len: usize) -> Result<(), Error> {
        self.stack.push(Open::Map {
            entries: Vec::with_capacity(len),
            key: None,
        });
        Ok(())
    }

    fn write_key(&mut self, k: &str) -> Result<(), Error> {
        match self.stack.last_mut() {
            Some(Open::Map { key, .. }) => {
                *key = Some(k.to_owned());
                Ok(())
            }
            _ => Err(Error::new("a map key outside a map")),
        }
    }

    fn end_map(&mut self) -> Result<(), Error> {
        match self.stack.pop() {
            Some(Open::Map { entries, .. }) => self.put(Captured::Map(entries)),
            _ => Err(Error::new("end_map without begin_map")),
        }
    }

    fn write_null(&mut self) -> Result<(), Error> {
        self.put(Captured::Null)
    }

    fn write_bool(&mut self, v: bool) -> Result<(), Error> {
        self.put(Captured::Bool(v))
    }

    fn write_i64(&mut self, v: i64) -> Result<(), Error> {
        self.put(Captured::Int(v))
    }

    fn write_f64(&mut self, v: f64) -> Result<(), Error> {
        self.put(Captured::Float(v))
    }

    fn write_string(&mut self, v: &str) -> Result<(), Error> {
        self.put(Captured::String(v.to_owned()))
    }

    fn write_blob(&mut self, v: &Blob) -> Result<(), Error> {
        self.put(Captured::Blob(v.as_ref().to_vec()))
    }

    fn write_timestamp(&mut self, v: &DateTime) -> Result<(), Error> {
        self.put(Captured::Timestamp(*v))
    }

    fn write_document(&mut self, v: &Document) -> Result<(), Error> {
        self.put(Captured::Document(v.clone()))
    }

    fn write_big_number(&mut self, text: &str) -> Result<(), Error> {
        self.put(Captured::BigNumber(text.to_owned()))
    }
}

/// `value` as its members.
pub fn capture(value: &dyn WriteValue) -> Result<Captured, Error> {
    Capture::nested(value)
}
