//! The query form of awsQuery and ec2Query requests: a structure as `application/x-www-form-urlencoded`
//! pairs whose keys are the members' paths (`Nested.ListArg.member.1`). The two protocols differ only in
//! their key rules ([`Style`]): awsQuery names a member by `@awsQueryName`, `@xmlName` or its name and
//! writes lists as `Name.member.N` (`Name.N` when `@xmlFlattened`), the list member's `@xmlName` replacing
//! `member`, maps as `Name.entry.N.key`/`.value`; ec2Query names a member by `@ec2QueryName` or its
//! capitalised `@xmlName` or name, and flattens every list.

use super::{Error, Serializer, WriteValue};
use crate::codec::text::float_text;
use crate::schema::{Member, Schema, TimestampFormat};
use crate::types::{Blob, DateTime, Document};

/// Which protocol's key rules apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    AwsQuery,
    Ec2Query,
}

/// Appends `&key=value` for every member of `value` (a structure) to `out`, both sides
/// percent-encoded.
pub fn append(out: &mut String, value: &dyn WriteValue, style: Style) -> Result<(), Error> {
    let mut w = QueryWriter {
        out,
        style,
        prefix: String::new(),
        stack: Vec::new(),
        member: None,
        fresh: false,
    };
    value.write(&mut w)
}

/// Appends `&key=value` (or `key=value` to an empty `out`), percent-encoded.
pub fn push_pair(out: &mut String, key: &str, value: &str) {
    if !out.is_empty() {
        out.push('&');
    }
    encode(out, key);
    out.push('=');
    encode(out, value);
}

/// Everything but the RFC 3986 unreserved characters is percent-encoded.
fn encode(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}

enum Frame {
    Struct,
    /// Items are `base.segment.N` (`base.N` without a segment).
    List {
        base: usize,
        segment: Option<&'static str>,
        count: usize,
    },
    /// Entries are `base.entry.N.key` and `base.entry.N.value` (`base.N.…` when flattened).
    Map {
        base: usize,
        entry: Option<&'static str>,
        key: &'static str,
        value: &'static str,
        count: usize,
    },
}

struct QueryWriter<'a> {
    out: &'a mut String,
    style: Style,
    /// The key of the value being written.
    prefix: String,
    stack: Vec<Frame>,
    member: Option<&'static Member>,
    /// `member` is the one whose value (a collection's names) is being written, not a nested value.
    fresh: bool,
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

impl QueryWriter<'_> {
    fn key_of(&self, m: &Member) -> String {
        match self.style {
            Style::AwsQuery => m.query_name.or(m.xml_name).unwrap_or(m.name).to_owned(),
            Style::Ec2Query => match m.ec2_query_name {
                Some(n) => n.to_owned(),
                None => capitalize(m.xml_name.unwrap_or(m.name)),
            },
        }
    }

    fn push_segment(&mut self, segment: &str) {
        if !self.prefix.is_empty() {
            self.prefix.push('.');
        }
        self.prefix.push_str(segment);
    }

    /// Sets the prefix for the value now written when it is a list item (a map value's prefix was set
    /// by `write_key`).
    fn enter_value(&mut self) {
        if let Some(Frame::List {
            base,
            segment,
            count,
        }) = self.stack.last_mut()
        {
            *count += 1;
            let (base, segment, n) = (*base, *segment, *count);
            self.prefix.truncate(base);
            if let Some(s) = segment {
                self.push_segment(s);
            }
            self.push_segment(&n.to_string());
        }
    }

    fn scalar(&mut self, text: &str) -> Result<(), Error> {
        self.fresh = false;
        self.enter_value();
        push_pair(self.out, &self.prefix, text);
        Ok(())
    }

    fn collection_member(&mut self) -> Option<&'static Member> {
        let m = self.member.filter(|_| self.fresh);
        self.fresh = false;
        m
    }
}

impl Serializer for QueryWriter<'_> {
    fn write_struct(
        &mut self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
    ) -> Result<(), Error> {
        self.fresh = false;
        self.enter_value();
        self.stack.push(Frame::Struct);
        let base = self.prefix.len();
        let outer = self.member;
        for (m, v) in schema.members.iter().zip(members) {
            if v.is_absent() {
                continue;
            }
            let key = self.key_of(m);
            self.push_segment(&key);
            self.member = Some(m);
            self.fresh = true;
            let r = v.write(self);
            self.prefix.truncate(base);
            r.map_err(|e| e.at_key(m.name))?;
        }
        self.member = outer;
        self.fresh = false;
        self.stack.pop();
        Ok(())
    }

    fn write_union(
        &mut self,
        schema: &'static Schema,
        index: usize,
        value: &dyn WriteValue,
    ) -> Result<(), Error> {
        self.fresh = false;
        self.enter_value();
        let m = schema
            .members
            .get(index)
            .ok_or_else(|| Error::new(format!("{} has no member {index}", schema.name)))?;
        self.stack.push(Frame::Struct);
        let base = self.prefix.len();
        let outer = self.member.replace(m);
        let key = self.key_of(m);
        self.push_segment(&key);
        self.fresh = true;
        let r = value.write(self);
        self.prefix.truncate(base);
        self.member = outer;
        self.fresh = false;
        self.stack.pop();
        r.map_err(|e| e.at_key(m.name))
    }

    fn begin_list(&mut self, _len: usize) -> Result<(), Error> {
        let m = self.collection_member();
        self.enter_value();
        let segment = match self.style {
            Style::Ec2Query => None,
            Style::AwsQuery if m.is_some_and(|m| m.xml_flattened) => None,
            Style::AwsQuery => Some(m.and_then(|m| m.xml_item).unwrap_or("member")),
        };
        self.stack.push(Frame::List {
            base: self.prefix.len(),
            segment,
            count: 0,
        });
        Ok(())
    }

    fn end_list(&mut self) -> Result<(), Error> {
        if let Some(Frame::List { base, count, .. }) = self.stack.pop() {
            self.prefix.truncate(base);
            // awsQuery sends an empty list as the bare key; ec2Query sends nothing.
            if count == 0 && self.style == Style::AwsQuery {
                push_pair(self.out, &self.prefix, "");
            }
        }
        Ok(())
    }

    fn begin_map(&mut self, _len: usize) -> Result<(), Error> {
        let m = self.collection_member();
        self.enter_value();
        let flattened = m.is_some_and(|m| m.xml_flattened);
        self.stack.push(Frame::Map {
            base: self.prefix.len(),
            entry: (!flattened).then_some("entry"),
            key: m.and_then(|m| m.xml_key).unwrap_or("key"),
            value: m.and_then(|m| m.xml_item).unwrap_or("value"),
            count: 0,
        });
        Ok(())
    }

    fn write_key(&mut self, k: &str) -> Result<(), Error> {
        let Some(Frame::Map {
            base,
            entry,
            key,
            value,
            count,
        }) = self.stack.last_mut()
        else {
            return Err(Error::new("a map key outside a map"));
        };
        *count += 1;
        let (base, entry, key, value, n) = (*base, *entry, *key, *value, *count);
        self.prefix.truncate(base);
        if let Some(e) = entry {
            self.push_segment(e);
        }
        self.push_segment(&n.to_string());
        let entry_len = self.prefix.len();
        self.push_segment(key);
        push_pair(self.out, &self.prefix, k);
        self.prefix.truncate(entry_len);
        self.push_segment(value);
        Ok(())
    }

    fn end_map(&mut self) -> Result<(), Error> {
        if let Some(Frame::Map { base, .. }) = self.stack.pop() {
            self.prefix.truncate(base);
        }
        Ok(())
    }

    fn write_null(&mut self) -> Result<(), Error> {
        self.scalar("")
    }

    fn write_bool(&mut self, v: bool) -> Result<(), Error> {
        self.scalar(if v { "true" } else { "false" })
    }

    fn write_i64(&mut self, v: i64) -> Result<(), Error> {
        self.scalar(&v.to_string())
    }

    fn write_f64(&mut self, v: f64) -> Result<(), Error> {
        self.scalar(&float_text(v, || format!("{v:?}")))
    }

    fn write_f32(&mut self, v: f32) -> Result<(), Error> {
        self.scalar(&float_text(f64::from(v), || format!("{v:?}")))
    }

    fn write_string(&mut self, v: &str) -> Result<(), Error> {
        self.scalar(v)
    }

    fn write_blob(&mut self, v: &Blob) -> Result<(), Error> {
        self.scalar(&v.to_base64())
    }

    fn write_timestamp(&mut self, v: &DateTime) -> Result<(), Error> {
        let text = match self
            .member
            .and_then(|m| m.timestamp_format)
            .unwrap_or(TimestampFormat::DateTime)
        {
            TimestampFormat::EpochSeconds => v.fmt_epoch_seconds(),
            TimestampFormat::DateTime => v.fmt_rfc3339(),
            TimestampFormat::HttpDate => v.fmt_http_date(),
        };
        self.scalar(&text)
    }

    fn write_document(&mut self, _: &Document) -> Result<(), Error> {
        Err(Error::new("a document cannot be sent in a query form"))
    }

    fn write_big_number(&mut self, text: &str) -> Result<(), Error> {
        self.scalar(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::test_shapes::Choice;
    use std::collections::HashMap;

    static INPUT: Schema = Schema::new(
        "Input",
        &[
            Member::new("name").query("Name").ec2_query("NameQ"),
            Member::new("list").xml_item("item"),
            Member::new("flat").xml_flattened().xml("Hi"),
            Member::new("map").xml_key("K"),
            Member::new("empty"),
            Member::new("when"),
            Member::new("nested"),
            Member::new("choice"),
        ],
    );

    struct Input {
        name: Option<String>,
        list: Vec<Vec<String>>,
        flat: Vec<f64>,
        map: HashMap<String, Vec<String>>,
        empty: Vec<String>,
        when: DateTime,
        nested: Option<Box<Input>>,
        choice: Option<Choice>,
    }

    impl WriteValue for Input {
        fn write(&self, s: &mut dyn Serializer) -> Result<(), Error> {
            s.write_struct(
                &INPUT,
                &[
                    &self.name,
                    &self.list,
                    &self.flat,
                    &self.map,
                    &self.empty,
                    &self.when,
                    &self.nested,
                    &self.choice,
                ],
            )
        }
    }

    fn input() -> Input {
        Input {
            name: Some("a b&c=é".into()),
            list: vec![vec!["x".into()], vec!["y".into(), "z".into()]],
            flat: vec![f64::NAN, 1.5],
            map: HashMap::from([("b".to_owned(), vec!["2".into()]), ("a".to_owned(), vec![])]),
            empty: vec![],
            when: DateTime::from_secs(1_422_172_800),
            nested: Some(Box::new(Input {
                name: None,
                list: vec![],
                flat: vec![],
                map: HashMap::new(),
                empty: vec!["e".into()],
                when: DateTime::from_secs(0),
                nested: None,
                choice: Some(Choice::Text("t".into())),
            })),
            choice: None,
        }
    }

    fn form(style: Style) -> String {
        let mut out = String::from("Action=Op");
        append(&mut out, &input(), style).unwrap();
        out
    }

    #[test]
    fn aws_query_keys() {
        assert_eq!(
            form(Style::AwsQuery),
            concat!(
                "Action=Op&Name=a%20b%26c%3D%C3%A9",
                "&list.item.1.member.1=x&list.item.2.member.1=y&list.item.2.member.2=z",
                "&Hi.1=NaN&Hi.2=1.5",
                "&map.entry.1.K=a&map.entry.1.value=&map.entry.2.K=b&map.entry.2.value.member.1=2",
                "&empty=&when=2015-01-25T08%3A00%3A00Z",
                "&nested.list=&nested.Hi=&nested.empty.member.1=e&nested.when=1970-01-01T00%3A00%3A00Z",
                "&nested.choice.Text=t"
            )
        );
    }

    #[test]
    fn ec2_query_keys() {
        assert_eq!(
            form(Style::Ec2Query),
            concat!(
                "Action=Op&NameQ=a%20b%26c%3D%C3%A9",
                "&List.1.1=x&List.2.1=y&List.2.2=z&Hi.1=NaN&Hi.2=1.5",
                "&Map.entry.1.K=a&Map.entry.2.K=b&Map.entry.2.value.1=2",
                "&When=2015-01-25T08%3A00%3A00Z",
                "&Nested.Empty.1=e&Nested.When=1970-01-01T00%3A00%3A00Z&Nested.Choice.Text=t"
            )
        );
    }

    #[test]
    fn documents_cannot_be_sent() {
        let mut out = String::new();
        let e = append(&mut out, &Document::Null, Style::AwsQuery).unwrap_err();
        assert!(e.message().contains("document"));
    }
}
