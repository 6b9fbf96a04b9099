//! The XML codec of the XML protocols (awsQuery and ec2Query responses, restXml bodies): a schema-driven
//! writer, and a reader over an element tree that quick-xml's pull parser builds with depth and size
//! limits. What the schema says is honoured both ways: `@xmlName`, `@xmlAttribute`, `@xmlFlattened`,
//! `@xmlNamespace` (with prefixes), wrapped and flattened lists and maps with their item, key and value
//! names, timestamps in the member's format (date-time by default), blobs as base64, `NaN` and the
//! infinities by name. Unknown elements are skipped; a DOCTYPE is refused, so no entity but the five
//! predefined ones and character references is ever expanded.

mod reader;
mod tree;
mod writer;

#[cfg(test)]
mod tests;

pub use tree::{Element, MAX_DEPTH, MAX_ELEMENTS, local_name, parse};

use super::{Deserializer, Error, ReadSlot, ReadValue, Serializer, WriteValue};
use crate::schema::{Location, Schema, XmlNamespace};
use writer::{Name, Next, XmlWriter};

/// `value` as an XML document: a structure or union as its shape's element (`@xmlName`, else the
/// shape name, with its `@xmlNamespace`).
pub fn to_vec<T: WriteValue + ?Sized>(value: &T) -> Result<Vec<u8>, Error> {
    let mut w = XmlWriter::new();
    w.next = Next::Root;
    value.write(&mut w)?;
    Ok(w.out)
}

/// A structure's members as the XML document rooted at `schema`'s element, keeping only those whose
/// location `keep` accepts (the body of a REST protocol, whose other members travel in the URI and
/// headers). `members[i]` is the value of `schema.members[i]`.
pub fn struct_to_vec(
    schema: &'static Schema,
    members: &[&dyn WriteValue],
    keep: fn(Location) -> bool,
) -> Result<Vec<u8>, Error> {
    let mut w = XmlWriter::new();
    w.next = Next::Root;
    w.top_level = Some(keep);
    w.write_struct(schema, members)?;
    Ok(w.out)
}

/// Reads a `T` from a document's root element (its name is not checked).
pub fn from_slice<T: ReadValue>(bytes: &[u8]) -> Result<T, Error> {
    let root = parse(bytes)?;
    from_element(&root)
}

/// Reads a `T` from the content of `element`.
pub fn from_element<T: ReadValue>(element: &Element) -> Result<T, Error> {
    T::read(&mut reader::XmlReader::new(element))
}

/// Reads the content of `element` into `slot` (an `Option` of the expected type).
pub fn read_element_into(element: &Element, slot: &mut dyn ReadSlot) -> Result<(), Error> {
    slot.read_slot(&mut reader::XmlReader::new(element))
}

/// Reads the content of `element` into a structure's slots, only for the members whose location `keep`
/// accepts (elements of other members are skipped as unknown ones are).
pub fn read_struct_from(
    element: &Element,
    schema: &'static Schema,
    slots: &mut [&mut dyn ReadSlot],
    keep: fn(Location) -> bool,
) -> Result<(), Error> {
    let mut r = reader::XmlReader::new(element);
    r.top_level = Some(keep);
    r.read_struct(schema, slots)
}

/// Writes an XML document piece by piece: the envelopes a protocol puts around a value (awsQuery's
/// `<OperationResponse><OperationResult>`, an error's `<ErrorResponse><Error>`) and values inside them.
pub struct Writer {
    w: XmlWriter,
}

impl Default for Writer {
    fn default() -> Self {
        Writer::new()
    }
}

impl Writer {
    /// An empty document.
    pub fn new() -> Writer {
        Writer {
            w: XmlWriter::new(),
        }
    }

    /// `<name>` (with `xmlns` or `xmlns:prefix` when a namespace is given).
    pub fn start(&mut self, name: &'static str, namespace: Option<XmlNamespace>) -> &mut Self {
        self.w.start_tag(Name {
            name,
            ns: namespace,
        });
        self
    }

    /// `</name>`.
    pub fn end(&mut self, name: &str) -> &mut Self {
        self.w.end_tag(name);
        self
    }

    /// `<name>text</name>`, the text escaped.
    pub fn text_element(&mut self, name: &'static str, text: &str) -> &mut Self {
        self.w.next = Next::Named(Name { name, ns: None });
        self.w.scalar(text);
        self
    }

    /// A structure's members (a scalar's text) inside the element open now.
    pub fn content(&mut self, value: &dyn WriteValue) -> Result<&mut Self, Error> {
        self.w.next = Next::Frame;
        value.write(&mut self.w)?;
        Ok(self)
    }

    /// A structure or union as its shape's element.
    pub fn root(&mut self, value: &dyn WriteValue) -> Result<&mut Self, Error> {
        self.w.next = Next::Root;
        value.write(&mut self.w)?;
        Ok(self)
    }

    /// The document's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.w.out
    }
}

/// [`struct_to_vec`] with `namespace` on the root element when the shape has no `@xmlNamespace` of its
/// own: restXml puts the service's namespace on the root of every body document.
pub fn struct_to_vec_in(
    schema: &'static Schema,
    members: &[&dyn WriteValue],
    keep: fn(Location) -> bool,
    namespace: Option<XmlNamespace>,
) -> Result<Vec<u8>, Error> {
    let mut w = XmlWriter::new();
    w.next = Next::Named(Name {
        name: schema.xml_root_name(),
        ns: schema.xml_namespace.or(namespace),
    });
    w.top_level = Some(keep);
    w.write_struct(schema, members)?;
    Ok(w.out)
}

/// An `@httpPayload` structure or union as a document: its root element is named by the member's
/// `@xmlName` (with the member's `@xmlNamespace`) when it has one, else by the shape.
pub fn payload_to_vec(
    member: &crate::schema::Member,
    value: &dyn WriteValue,
) -> Result<Vec<u8>, Error> {
    payload_to_vec_in(member, value, None)
}

/// [`payload_to_vec`] with `namespace` on the root element when neither the member nor the shape has an
/// `@xmlNamespace`: restXml puts the service's namespace on the root of a payload document as on a body.
pub fn payload_to_vec_in(
    member: &crate::schema::Member,
    value: &dyn WriteValue,
    namespace: Option<XmlNamespace>,
) -> Result<Vec<u8>, Error> {
    let mut w = XmlWriter::new();
    w.root_default = Some(namespace);
    w.next = match member.xml_name {
        Some(name) => Next::Named(Name {
            name,
            ns: member.xml_namespace,
        }),
        None => Next::Root,
    };
    value.write(&mut w)?;
    Ok(w.out)
}
