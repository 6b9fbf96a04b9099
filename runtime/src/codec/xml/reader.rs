use super::tree::Element;
use crate::codec::{Deserializer, Error, ReadSlot, UnionVisitor};
use crate::schema::{Location, Member, Schema, TimestampFormat};
use crate::types::{Blob, DateTime, Document};

/// The XML a value is read from.
#[derive(Clone, Copy)]
enum Source<'a> {
    /// The element holding the value.
    Element(&'a Element),
    /// A flattened list's items or a flattened map's entries: the member's elements, wherever they
    /// stood among their siblings.
    Flattened(&'a [&'a Element]),
    /// An attribute's value.
    Text(&'a str),
}

pub(super) struct XmlReader<'a> {
    source: Source<'a>,
    /// The member whose value this is: its timestamp format and, while `fresh`, the names of the
    /// collection it holds.
    member: Option<&'static Member>,
    fresh: bool,
    /// For an item of a list (or a map's value) that is a collection itself: its names, the enclosing
    /// collection's `xml_inner`.
    inner: Option<&'static Member>,
    pub(super) top_level: Option<fn(Location) -> bool>,
}

fn describe(source: &Source<'_>) -> String {
    match source {
        Source::Element(e) => format!("the element <{}>", e.name),
        Source::Flattened(_) => "repeated elements".to_owned(),
        Source::Text(_) => "an attribute".to_owned(),
    }
}

impl<'a> XmlReader<'a> {
    pub(super) fn new(element: &'a Element) -> XmlReader<'a> {
        XmlReader {
            source: Source::Element(element),
            member: None,
            fresh: false,
            inner: None,
            top_level: None,
        }
    }

    fn at(
        &self,
        source: Source<'a>,
        member: Option<&'static Member>,
        fresh: bool,
    ) -> XmlReader<'a> {
        XmlReader {
            source,
            member,
            fresh,
            inner: None,
            top_level: None,
        }
    }

    fn element(&self, expected: &str) -> Result<&'a Element, Error> {
        match self.source {
            Source::Element(e) => Ok(e),
            other => Err(Error::new(format!(
                "expected {expected}, found {}",
                describe(&other)
            ))),
        }
    }

    /// The text of a scalar: an element without child elements, or an attribute.
    fn text(&self) -> Result<&'a str, Error> {
        match self.source {
            Source::Text(t) => Ok(t),
            Source::Element(e) if e.children.is_empty() => Ok(&e.text),
            Source::Element(e) => Err(Error::new(format!(
                "expected text, found child elements in <{}>",
                e.name
            ))),
            Source::Flattened(_) => Err(Error::new("expected text, found repeated elements")),
        }
    }

    fn trimmed(&self) -> Result<&'a str, Error> {
        self.text().map(str::trim)
    }

    fn collection_member(&self) -> Option<&'static Member> {
        if self.fresh { self.member } else { self.inner }
    }

    /// A reader of one item (or map value) of the collection `m` names.
    fn item(&self, source: Source<'a>, m: Option<&'static Member>) -> XmlReader<'a> {
        let mut r = self.at(source, self.member, false);
        r.inner = m.and_then(|m| m.xml_inner);
        r
    }

    /// A collection's items: a wrapped one's child elements, a flattened one's elements.
    fn items(&self, what: &str) -> Result<Vec<&'a Element>, Error> {
        match self.source {
            Source::Element(e) => Ok(e.children.iter().collect()),
            Source::Flattened(els) => Ok(els.to_vec()),
            Source::Text(_) => Err(Error::new(format!("expected {what}, found an attribute"))),
        }
    }
}

impl Deserializer for XmlReader<'_> {
    fn read_struct(
        &mut self,
        schema: &'static Schema,
        slots: &mut [&mut dyn ReadSlot],
    ) -> Result<(), Error> {
        let el = self.element(&format!("a {} structure", schema.name))?;
        let keep = self.top_level.take();
        let wanted = |m: &Member| keep.is_none_or(|keep| keep(m.location));
        // Attributes first; then child elements, a flattened member's gathered from all its places.
        for (i, m) in schema.members.iter().enumerate() {
            if !m.xml_attribute || !wanted(m) {
                continue;
            }
            if let (Some(v), Some(slot)) = (el.attribute(m.xml_element()), slots.get_mut(i)) {
                let mut r = self.at(Source::Text(v), Some(m), true);
                slot.read_slot(&mut r).map_err(|e| e.at_key(m.name))?;
            }
        }
        let mut flattened: Vec<(usize, Vec<&Element>)> = Vec::new();
        for child in &el.children {
            let Some(i) = schema
                .members
                .iter()
                .position(|m| !m.xml_attribute && wanted(m) && child.is_named(m.xml_element()))
            else {
                continue;
            };
            let m = &schema.members[i];
            if m.xml_flattened {
                match flattened.iter_mut().find(|(j, _)| *j == i) {
                    Some((_, els)) => els.push(child),
                    None => flattened.push((i, vec![child])),
                }
            } else if let Some(slot) = slots.get_mut(i) {
                let mut r = self.at(Source::Element(child), Some(m), true);
                slot.read_slot(&mut r).map_err(|e| e.at_key(m.name))?;
            }
        }
        for (i, els) in &flattened {
            let m = &schema.members[*i];
            if let Some(slot) = slots.get_mut(*i) {
                let mut r = self.at(Source::Flattened(els), Some(m), true);
                slot.read_slot(&mut r).map_err(|e| e.at_key(m.name))?;
            }
        }
        Ok(())
    }

    fn read_union(
        &mut self,
        schema: &'static Schema,
        f: &mut UnionVisitor<'_>,
    ) -> Result<(), Error> {
        let el = self.element(&format!("a {} union", schema.name))?;
        let mut set: Option<&str> = None;
        for child in &el.children {
            if let Some(first) = set {
                return Err(Error::new(format!(
                    "a {} union must have one member set, found <{first}> and <{}>",
                    schema.name, child.name
                )));
            }
            set = Some(&child.name);
            match schema
                .members
                .iter()
                .position(|m| child.is_named(m.xml_element()))
            {
                Some(i) => {
                    let m = &schema.members[i];
                    let mut r = self.at(Source::Element(child), Some(m), true);
                    f(Ok(i), &mut r).map_err(|e| e.at_key(m.name))?;
                }
                None => {
                    let mut r = self.at(Source::Element(child), None, false);
                    f(Err(super::tree::local_name(&child.name)), &mut r)?;
                }
            }
        }
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
        let m = self.collection_member();
        for (i, item) in self.items("a list")?.into_iter().enumerate() {
            let mut r = self.item(Source::Element(item), m);
            f(&mut r).map_err(|e| e.at_index(i))?;
        }
        Ok(())
    }

    fn read_map(
        &mut self,
        f: &mut dyn FnMut(String, &mut dyn Deserializer) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let m = self.collection_member();
        let key_name = m.and_then(|m| m.xml_key).unwrap_or("key");
        let value_name = m.and_then(|m| m.xml_item).unwrap_or("value");
        for entry in self.items("a map")? {
            let key = entry
                .child(key_name)
                .ok_or_else(|| Error::new(format!("a map entry without its <{key_name}>")))?;
            if !key.children.is_empty() {
                return Err(Error::new(format!("a map key <{key_name}> holds elements")));
            }
            let key = key.text.clone();
            // An entry without a value has nothing to keep (a dense map drops nulls too).
            let Some(value) = entry.child(value_name) else {
                continue;
            };
            let mut r = self.item(Source::Element(value), m);
            let at = key.clone();
            f(key, &mut r).map_err(|e| e.at_key(&at))?;
        }
        Ok(())
    }

    fn read_null(&mut self) -> Result<bool, Error> {
        Ok(false)
    }

    fn read_bool(&mut self) -> Result<bool, Error> {
        match self.trimmed()? {
            "true" => Ok(true),
            "false" => Ok(false),
            other => Err(Error::new(format!("expected a boolean, found `{other}`"))),
        }
    }

    fn read_i64(&mut self) -> Result<i64, Error> {
        let t = self.trimmed()?;
        t.parse()
            .map_err(|_| Error::new(format!("expected an integer, found `{t}`")))
    }

    fn read_f64(&mut self) -> Result<f64, Error> {
        let t = self.trimmed()?;
        match t {
            "NaN" => Ok(f64::NAN),
            "Infinity" => Ok(f64::INFINITY),
            "-Infinity" => Ok(f64::NEG_INFINITY),
            // Rust also reads `inf` and `nan`, which are not XML numbers.
            _ if t
                .bytes()
                .any(|b| b.is_ascii_alphabetic() && b != b'e' && b != b'E') =>
            {
                Err(Error::new(format!("expected a number, found `{t}`")))
            }
            _ => t
                .parse()
                .map_err(|_| Error::new(format!("expected a number, found `{t}`"))),
        }
    }

    fn read_string(&mut self) -> Result<String, Error> {
        self.text().map(str::to_owned)
    }

    fn read_blob(&mut self) -> Result<Blob, Error> {
        let t = self.text()?;
        let compact: String = t.chars().filter(|c| !c.is_ascii_whitespace()).collect();
        Blob::from_base64(&compact).map_err(Error::new)
    }

    fn read_timestamp(&mut self) -> Result<DateTime, Error> {
        let t = self.trimmed()?;
        let parsed = match self
            .member
            .and_then(|m| m.timestamp_format)
            .unwrap_or(TimestampFormat::DateTime)
        {
            TimestampFormat::EpochSeconds => DateTime::parse_epoch_seconds(t),
            TimestampFormat::DateTime => DateTime::parse_rfc3339(t),
            TimestampFormat::HttpDate => DateTime::parse_http_date(t),
        };
        parsed.map_err(|e| Error::new(e.to_string()))
    }

    fn read_document(&mut self) -> Result<Document, Error> {
        Err(Error::new("a document cannot be read from XML"))
    }

    fn read_big_number(&mut self) -> Result<String, Error> {
        self.trimmed().map(str::to_owned)
    }

    fn skip(&mut self) -> Result<(), Error> {
        // The document was checked for well-formedness when it was parsed.
        Ok(())
    }
}
