//! Hand-written shapes shaped like generated code, shared by the codecs' tests.

use crate::codec::{self, Deserializer, Error, ReadValue, Serializer, WriteValue};
use crate::schema::{Member, Schema, TimestampFormat};
use crate::types::{BigInteger, Blob, DateTime, Document};
use std::collections::HashMap;

pub(super) static THING: Schema = Schema::new(
    "Thing",
    &[
        Member::new("Name").json("name"),
        Member::new("Count"),
        Member::new("Ratio"),
        Member::new("When"),
        Member::new("Iso").timestamp(TimestampFormat::DateTime),
        Member::new("Data"),
        Member::new("Tags"),
        Member::new("Attrs"),
        Member::new("Child"),
        Member::new("Sparse"),
        Member::new("Big"),
        Member::new("Doc"),
        Member::new("Choice"),
    ],
);

#[derive(Debug, Default, PartialEq)]
pub(super) struct Thing {
    pub(super) name: Option<String>,
    pub(super) count: i32,
    pub(super) ratio: Option<f64>,
    pub(super) when: Option<DateTime>,
    pub(super) iso: Option<Vec<DateTime>>,
    pub(super) data: Option<Blob>,
    pub(super) tags: Option<Vec<String>>,
    pub(super) attrs: Option<HashMap<String, i64>>,
    pub(super) child: Option<Box<Thing>>,
    pub(super) sparse: Option<Vec<Option<String>>>,
    pub(super) big: Option<BigInteger>,
    pub(super) doc: Option<Document>,
    pub(super) choice: Option<Choice>,
}

impl WriteValue for Thing {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        s.write_struct(
            &THING,
            &[
                &self.name,
                &self.count,
                &self.ratio,
                &self.when,
                &self.iso,
                &self.data,
                &self.tags,
                &self.attrs,
                &self.child,
                &self.sparse,
                &self.big,
                &self.doc,
                &self.choice,
            ],
        )
    }
}

impl ReadValue for Thing {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        let mut count = None;
        let mut t = Thing::default();
        d.read_struct(
            &THING,
            &mut [
                &mut t.name,
                &mut count,
                &mut t.ratio,
                &mut t.when,
                &mut t.iso,
                &mut t.data,
                &mut t.tags,
                &mut t.attrs,
                &mut t.child,
                &mut t.sparse,
                &mut t.big,
                &mut t.doc,
                &mut t.choice,
            ],
        )?;
        // A required member left out or `null` gets its zero value, as generated code does.
        t.count = count.unwrap_or_else(i32::zero);
        Ok(t)
    }
    fn zero() -> Self {
        Thing::default()
    }
}

static CHOICE: Schema = Schema::new("Choice", &[Member::new("Text"), Member::new("Nothing")]);

#[derive(Debug, PartialEq)]
pub(super) enum Choice {
    Text(String),
    Nothing,
    Unknown(String),
}

impl WriteValue for Choice {
    fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
        match self {
            Choice::Text(v) => s.write_union(&CHOICE, 0, v),
            Choice::Nothing => s.write_union(&CHOICE, 1, &()),
            Choice::Unknown(n) => Err(Error::new(format!("cannot send unknown member {n}"))),
        }
    }
}

impl ReadValue for Choice {
    fn read(d: &mut dyn Deserializer) -> Result<Self, Error> {
        codec::read_union(
            d,
            &CHOICE,
            |i, d| {
                Ok(match i {
                    0 => Choice::Text(ReadValue::read(d)?),
                    _ => {
                        codec::unit(d)?;
                        Choice::Nothing
                    }
                })
            },
            Choice::Unknown,
        )
    }
    fn zero() -> Self {
        Choice::Unknown(String::new())
    }
}
