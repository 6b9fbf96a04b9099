//! A value's top-level structure members, handed over without capturing anything: the HTTP bindings walk
//! an operation's input, output or error through it, and endpoint context parameters pick a member with it.

use super::{Error, Serializer, WriteValue};
use crate::schema::Schema;
use crate::types::{Blob, DateTime, Document};

/// Hands the members of `value`, which must be a structure (an operation's input, output or error), to
/// `f`: what the HTTP bindings walk. Any other kind of value is an error.
pub(crate) fn with_members<R>(
    value: &dyn WriteValue,
    f: impl FnOnce(&'static Schema, &[&dyn WriteValue]) -> R,
) -> Result<R, Error> {
    let mut top = TopLevel {
        f: Some(f),
        out: None,
    };
    value.write(&mut top)?;
    top.out.ok_or_else(not_a_structure)
}

struct TopLevel<F, R> {
    f: Option<F>,
    out: Option<R>,
}

impl<F: FnOnce(&'static Schema, &[&dyn WriteValue]) -> R, R> Serializer for TopLevel<F, R> {
    fn write_struct(
        &mut self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
    ) -> Result<(), Error> {
        let f = self.f.take().ok_or_else(not_a_structure)?;
        self.out = Some(f(schema, members));
        Ok(())
    }
    fn write_union(
        &mut self,
        s: &'static Schema,
        _: usize,
        _: &dyn WriteValue,
    ) -> Result<(), Error> {
        Err(Error::new(format!(
            "{} is a union, not a structure",
            s.name
        )))
    }
    fn begin_list(&mut self, _: usize) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn end_list(&mut self) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn begin_map(&mut self, _: usize) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_key(&mut self, _: &str) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn end_map(&mut self) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_null(&mut self) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_bool(&mut self, _: bool) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_i64(&mut self, _: i64) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_f64(&mut self, _: f64) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_string(&mut self, _: &str) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_blob(&mut self, _: &Blob) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_timestamp(&mut self, _: &DateTime) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_document(&mut self, _: &Document) -> Result<(), Error> {
        Err(not_a_structure())
    }
    fn write_big_number(&mut self, _: &str) -> Result<(), Error> {
        Err(not_a_structure())
    }
}

pub(crate) fn not_a_structure() -> Error {
    Error::new("an operation input must be a structure")
}
