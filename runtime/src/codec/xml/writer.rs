use crate::codec::text::{self, TextPlace, float_text};
use crate::codec::{Error, Serializer, WriteValue};
use crate::schema::{Location, Member, Schema, TimestampFormat, XmlNamespace};
use crate::types::{Blob, DateTime, Document};

/// An element name and the namespace its start tag declares.
#[derive(Clone, Copy, Debug)]
pub(super) struct Name {
    pub(super) name: &'static str,
    pub(super) ns: Option<XmlNamespace>,
}

impl Name {
    const fn plain(name: &'static str) -> Name {
        Name { name, ns: None }
    }
}

/// What element the next value is written as.
#[derive(Clone, Copy, Debug)]
pub(super) enum Next {
    /// Inside the element the value belongs to (a list item or map value: its frame names it; at the
    /// top: a structure's members go into the element already open, a scalar is bare text).
    Frame,
    /// A document's root: a structure is its shape's `@xmlName` (or name) and `@xmlNamespace`.
    Root,
    Named(Name),
}

enum Frame {
    /// Items are written as `item`; a wrapped list closes `wrapper` at its end. `inner` names the
    /// collection each item holds, when the items are lists or maps.
    List {
        item: Name,
        wrapper: Option<Name>,
        inner: Option<&'static Member>,
    },
    /// Entries are `entry` (`<entry>`, or the member's own element when flattened), holding a key and
    /// a value element; a wrapped map closes `wrapper` at its end.
    Map {
        entry: Name,
        key: Name,
        value: Name,
        wrapper: Option<Name>,
        entry_open: bool,
        inner: Option<&'static Member>,
    },
}

pub(super) struct XmlWriter {
    pub(super) out: Vec<u8>,
    pub(super) next: Next,
    stack: Vec<Frame>,
    /// The member whose value is being written: its timestamp format, and (while `fresh`) the names
    /// and flattening of the collection it holds.
    member: Option<&'static Member>,
    fresh: bool,
    /// Which members of the outermost structure belong in the document (see the JSON writer's).
    pub(super) top_level: Option<fn(Location) -> bool>,
    /// For a payload document, until its root element is named: the namespace the root gets when neither
    /// the payload member nor the shape has one (restXml's service `@xmlNamespace`).
    pub(super) root_default: Option<Option<XmlNamespace>>,
}

impl XmlWriter {
    pub(super) fn new() -> XmlWriter {
        XmlWriter {
            out: Vec::with_capacity(256),
            next: Next::Frame,
            stack: Vec::new(),
            member: None,
            fresh: false,
            top_level: None,
            root_default: None,
        }
    }

    /// The element the value now being written goes into: named by its parent, or by the frame of
    /// the collection it is an item of.
    fn take_name(&mut self) -> Option<Name> {
        match std::mem::replace(&mut self.next, Next::Frame) {
            Next::Named(n) => Some(n),
            Next::Root => None,
            Next::Frame => match self.stack.last() {
                Some(Frame::List { item, .. }) => Some(*item),
                Some(Frame::Map { value, .. }) => Some(*value),
                None => None,
            },
        }
    }

    /// The element of a structure or union: as [`Self::take_name`], and at a document's root the
    /// shape's own name and namespace.
    fn take_shape_name(&mut self, schema: &'static Schema) -> Option<Name> {
        let root = matches!(self.next, Next::Root);
        let default = self.root_default.take();
        let name = self.take_name().or(root.then_some(Name {
            name: schema.xml_root_name(),
            ns: schema.xml_namespace,
        }));
        match default {
            Some(service) => name.map(|n| Name {
                ns: n.ns.or(schema.xml_namespace).or(service),
                ..n
            }),
            None => name,
        }
    }

    pub(super) fn start_tag(&mut self, n: Name) {
        self.open_tag(n);
        self.out.push(b'>');
    }

    /// `<name xmlns...` without the closing `>` (attributes may follow).
    fn open_tag(&mut self, n: Name) {
        self.out.push(b'<');
        self.out.extend_from_slice(n.name.as_bytes());
        if let Some((uri, prefix)) = n.ns {
            self.out.extend_from_slice(b" xmlns");
            if let Some(p) = prefix {
                self.out.push(b':');
                self.out.extend_from_slice(p.as_bytes());
            }
            self.out.extend_from_slice(b"=\"");
            escape(&mut self.out, uri, true);
            self.out.push(b'"');
        }
    }

    pub(super) fn end_tag(&mut self, name: &str) {
        self.out.extend_from_slice(b"</");
        self.out.extend_from_slice(name.as_bytes());
        self.out.push(b'>');
    }

    /// A scalar: `<name>text</name>`, or the bare text where no element names it.
    pub(super) fn scalar(&mut self, text: &str) {
        self.fresh = false;
        match self.take_name() {
            Some(n) => {
                self.start_tag(n);
                escape(&mut self.out, text, false);
                self.end_tag(n.name);
            }
            None => escape(&mut self.out, text, false),
        }
    }

    fn member_value(
        &mut self,
        member: &'static Member,
        value: &dyn WriteValue,
    ) -> Result<(), Error> {
        let outer = self.member.replace(member);
        self.next = Next::Named(Name {
            name: member.xml_element(),
            ns: member.xml_namespace,
        });
        self.fresh = true;
        let r = value.write(self);
        self.member = outer;
        self.fresh = false;
        self.next = Next::Frame;
        r.map_err(|e| e.at_key(member.name))
    }

    /// What names the collection that begins now: the member whose value it is, or for a collection
    /// that is an item of another (or a map's value), the enclosing collection's `xml_inner`.
    fn collection_member(&mut self) -> Option<&'static Member> {
        let fresh = std::mem::replace(&mut self.fresh, false);
        if fresh {
            return self.member;
        }
        if !matches!(self.next, Next::Frame) {
            return None;
        }
        match self.stack.last() {
            Some(Frame::List { inner, .. } | Frame::Map { inner, .. }) => *inner,
            None => None,
        }
    }
}

impl Serializer for XmlWriter {
    fn write_struct(
        &mut self,
        schema: &'static Schema,
        members: &[&dyn WriteValue],
    ) -> Result<(), Error> {
        self.fresh = false;
        let name = self.take_shape_name(schema);
        let keep = self.top_level.take();
        let present = |m: &Member, v: &dyn WriteValue| {
            !v.is_absent() && keep.is_none_or(|keep| keep(m.location))
        };
        if let Some(n) = name {
            self.open_tag(n);
            for (m, v) in schema.members.iter().zip(members) {
                if !m.xml_attribute || !present(m, *v) {
                    continue;
                }
                let texts =
                    text::to_texts(*v, m, TextPlace::Query).map_err(|e| e.at_key(m.name))?;
                let value: Vec<&str> = texts.items.iter().map(|t| t.text.as_str()).collect();
                self.out.push(b' ');
                self.out.extend_from_slice(m.xml_element().as_bytes());
                self.out.extend_from_slice(b"=\"");
                escape(&mut self.out, &value.join(" "), true);
                self.out.push(b'"');
            }
            self.out.push(b'>');
        }
        for (m, v) in schema.members.iter().zip(members) {
            if m.xml_attribute && name.is_some() || !present(m, *v) {
                continue;
            }
            self.member_value(m, *v)?;
        }
        if let Some(n) = name {
            self.end_tag(n.name);
        }
        Ok(())
    }

    fn write_union(
        &mut self,
        schema: &'static Schema,
        index: usize,
        value: &dyn WriteValue,
    ) -> Result<(), Error> {
        self.fresh = false;
        let m = schema
            .members
            .get(index)
            .ok_or_else(|| Error::new(format!("{} has no member {index}", schema.name)))?;
        let name = self.take_shape_name(schema);
        if let Some(n) = name {
            self.start_tag(n);
        }
        self.member_value(m, value)?;
        if let Some(n) = name {
            self.end_tag(n.name);
        }
        Ok(())
    }

    fn begin_list(&mut self, _len: usize) -> Result<(), Error> {
        let m = self.collection_member();
        let own = self.take_name();
        let item_name = Name {
            name: m.and_then(|m| m.xml_item).unwrap_or("member"),
            ns: m.and_then(|m| m.xml_item_namespace),
        };
        let inner = m.and_then(|m| m.xml_inner);
        let frame = match own {
            // Flattened: each item is the member's own element (its name, the list member's namespace).
            Some(own) if m.is_some_and(|m| m.xml_flattened) => Frame::List {
                item: Name {
                    name: own.name,
                    ns: item_name.ns,
                },
                wrapper: None,
                inner,
            },
            Some(own) => {
                self.start_tag(own);
                Frame::List {
                    item: item_name,
                    wrapper: Some(own),
                    inner,
                }
            }
            None => Frame::List {
                item: item_name,
                wrapper: None,
                inner,
            },
        };
        self.stack.push(frame);
        Ok(())
    }

    fn end_list(&mut self) -> Result<(), Error> {
        if let Some(Frame::List {
            wrapper: Some(w), ..
        }) = self.stack.pop()
        {
            self.end_tag(w.name);
        }
        Ok(())
    }

    fn begin_map(&mut self, _len: usize) -> Result<(), Error> {
        let m = self.collection_member();
        let own = self.take_name();
        let key = Name {
            name: m.and_then(|m| m.xml_key).unwrap_or("key"),
            ns: m.and_then(|m| m.xml_key_namespace),
        };
        let value = Name {
            name: m.and_then(|m| m.xml_item).unwrap_or("value"),
            ns: m.and_then(|m| m.xml_item_namespace),
        };
        let (entry, wrapper) = match own {
            Some(own) if m.is_some_and(|m| m.xml_flattened) => (own, None),
            Some(own) => {
                self.start_tag(own);
                (Name::plain("entry"), Some(own))
            }
            None => (Name::plain("entry"), None),
        };
        self.stack.push(Frame::Map {
            entry,
            key,
            value,
            wrapper,
            entry_open: false,
            inner: m.and_then(|m| m.xml_inner),
        });
        Ok(())
    }

    fn write_key(&mut self, k: &str) -> Result<(), Error> {
        let Some(Frame::Map {
            entry,
            key,
            entry_open,
            ..
        }) = self.stack.last_mut()
        else {
            return Err(Error::new("a map key outside a map"));
        };
        let (entry, key, was_open) = (*entry, *key, std::mem::replace(entry_open, true));
        if was_open {
            self.end_tag(entry.name);
        }
        self.start_tag(entry);
        self.start_tag(key);
        escape(&mut self.out, k, false);
        self.end_tag(key.name);
        Ok(())
    }

    fn end_map(&mut self) -> Result<(), Error> {
        if let Some(Frame::Map {
            entry,
            wrapper,
            entry_open,
            ..
        }) = self.stack.pop()
        {
            if entry_open {
                self.end_tag(entry.name);
            }
            if let Some(w) = wrapper {
                self.end_tag(w.name);
            }
        }
        Ok(())
    }

    fn write_null(&mut self) -> Result<(), Error> {
        // XML has no null: a null in a sparse list or map is an empty element.
        self.scalar("");
        Ok(())
    }

    fn write_bool(&mut self, v: bool) -> Result<(), Error> {
        self.scalar(if v { "true" } else { "false" });
        Ok(())
    }

    fn write_i64(&mut self, v: i64) -> Result<(), Error> {
        self.scalar(&v.to_string());
        Ok(())
    }

    fn write_f64(&mut self, v: f64) -> Result<(), Error> {
        self.scalar(&float_text(v, || format!("{v:?}")));
        Ok(())
    }

    fn write_f32(&mut self, v: f32) -> Result<(), Error> {
        self.scalar(&float_text(f64::from(v), || format!("{v:?}")));
        Ok(())
    }

    fn write_string(&mut self, v: &str) -> Result<(), Error> {
        self.scalar(v);
        Ok(())
    }

    fn write_blob(&mut self, v: &Blob) -> Result<(), Error> {
        self.scalar(&v.to_base64());
        Ok(())
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
        self.scalar(&text);
        Ok(())
    }

    fn write_document(&mut self, _: &Document) -> Result<(), Error> {
        Err(Error::new("a document cannot be written as XML"))
    }

    fn write_big_number(&mut self, text: &str) -> Result<(), Error> {
        self.scalar(text);
        Ok(())
    }
}

/// Escapes text content (`&`, `<`, `>`, and a carriage return, which a reader would otherwise turn
/// into a newline) or, with `attribute`, an attribute value (also quotes, tabs and newlines, which a
/// reader would turn into spaces).
pub(super) fn escape(out: &mut Vec<u8>, s: &str, attribute: bool) {
    let bytes = s.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let rep: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'\r' => b"&#xD;",
            b'"' if attribute => b"&quot;",
            b'\'' if attribute => b"&apos;",
            b'\n' if attribute => b"&#xA;",
            b'\t' if attribute => b"&#x9;",
            _ => continue,
        };
        out.extend_from_slice(&bytes[start..i]);
        out.extend_from_slice(rep);
        start = i + 1;
    }
    out.extend_from_slice(&bytes[start..]);
}
