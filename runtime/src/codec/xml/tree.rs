//! An XML document read into a small element tree by quick-xml's pull parser, with limits: the
//! schema-driven reader needs to look ahead (flattened lists repeat their element anywhere among the
//! siblings, attributes come before the content), and a response body is in memory already.

use crate::codec::Error;
use quick_xml::events::{BytesStart, Event};
use std::borrow::Cow;

/// Deeper nesting than any real response has; keeps a hostile body from exhausting the stack of the
/// recursive reader.
pub const MAX_DEPTH: usize = 128;
/// More elements than any real response has (a 5,000-item page is about 100,000): a hostile body of
/// millions of `<a/>` stops here instead of taking gigabytes.
pub const MAX_ELEMENTS: usize = 1_000_000;

/// One element: its name as written (with any prefix), its attributes (namespace declarations
/// included) and its content.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Element {
    pub name: String,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Element>,
    /// The text directly inside the element (entities resolved, CDATA as it is), its pieces joined.
    pub text: String,
}

/// The name without its namespace prefix.
pub fn local_name(name: &str) -> &str {
    name.rsplit_once(':').map_or(name, |(_, local)| local)
}

impl Element {
    /// The first child element with this name (as written, or its local part).
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.is_named(name))
    }

    /// Whether the element is called `name`: exactly, or by local name when one of them has a prefix.
    pub fn is_named(&self, name: &str) -> bool {
        self.name == name || local_name(&self.name) == local_name(name)
    }

    /// The value of an attribute (as written, or by local name).
    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k == name)
            .or_else(|| {
                self.attributes
                    .iter()
                    .find(|(k, _)| !k.starts_with("xmlns") && local_name(k) == local_name(name))
            })
            .map(|(_, v)| v.as_str())
    }

    /// The text of the child called `name`, trimmed; `None` when absent or empty.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        let t = self.child(name)?.text.trim();
        (!t.is_empty()).then_some(t)
    }
}

fn xml_error(e: impl std::fmt::Display, pos: u64) -> Error {
    Error::new(format!("malformed XML at byte {pos}: {e}"))
}

fn start(e: &BytesStart<'_>, pos: u64) -> Result<Element, Error> {
    let name = std::str::from_utf8(e.name().as_ref())
        .map_err(|_| xml_error("an element name is not UTF-8", pos))?
        .to_owned();
    let mut attributes = Vec::new();
    for a in e.attributes() {
        let a = a.map_err(|e| xml_error(e, pos))?;
        let key = std::str::from_utf8(a.key.as_ref())
            .map_err(|_| xml_error("an attribute name is not UTF-8", pos))?
            .to_owned();
        let value = a.unescape_value().map_err(|e| xml_error(e, pos))?;
        attributes.push((key, value.into_owned()));
    }
    Ok(Element {
        name,
        attributes,
        ..Element::default()
    })
}

/// Reads a whole document: its root element. A DOCTYPE (and so any entity it could declare) is refused;
/// only the five predefined entities and character references are resolved.
pub fn parse(bytes: &[u8]) -> Result<Element, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::new(format!(
            "the XML body is not UTF-8 (at byte {})",
            e.valid_up_to()
        ))
    })?;
    let mut reader = quick_xml::Reader::from_str(text);
    reader.config_mut().check_end_names = true;
    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    let mut elements = 0usize;
    loop {
        let pos = reader.buffer_position();
        let event = reader.read_event().map_err(|e| xml_error(e, pos))?;
        let mut opened = |e: &BytesStart<'_>, stack: &[Element]| -> Result<Element, Error> {
            if root.is_some() && stack.is_empty() {
                return Err(xml_error("a second root element", pos));
            }
            elements += 1;
            if elements > MAX_ELEMENTS {
                return Err(Error::new(format!(
                    "the XML body has more than {MAX_ELEMENTS} elements"
                )));
            }
            if stack.len() >= MAX_DEPTH {
                return Err(Error::new(format!(
                    "the XML body is nested deeper than {MAX_DEPTH} levels"
                )));
            }
            start(e, pos)
        };
        match event {
            Event::Start(e) => {
                let el = opened(&e, &stack)?;
                stack.push(el);
            }
            Event::Empty(e) => {
                let el = opened(&e, &stack)?;
                close(&mut stack, &mut root, el);
            }
            Event::End(_) => {
                // quick-xml has checked that the name matches the open element.
                let el = stack
                    .pop()
                    .ok_or_else(|| xml_error("an end tag without a start tag", pos))?;
                close(&mut stack, &mut root, el);
            }
            Event::Text(t) => {
                let s = t.xml10_content().map_err(|e| xml_error(e, pos))?;
                push_text(&stack, &s, pos)?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::CData(t) => {
                let raw = t.into_inner();
                let s = match raw {
                    Cow::Borrowed(b) => std::str::from_utf8(b).map(Cow::Borrowed),
                    Cow::Owned(b) => String::from_utf8(b)
                        .map(Cow::Owned)
                        .map_err(|e| e.utf8_error()),
                }
                .map_err(|_| xml_error("CDATA is not UTF-8", pos))?;
                push_text(&stack, &s, pos)?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&s);
                }
            }
            Event::GeneralRef(r) => {
                let resolved: Cow<'_, str> = match r
                    .resolve_char_ref()
                    .map_err(|e| xml_error(e, pos))?
                {
                    Some(c) => Cow::Owned(c.to_string()),
                    None => {
                        let name = r.decode().map_err(|e| xml_error(e, pos))?;
                        match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(s) => Cow::Borrowed(s),
                            None => {
                                return Err(xml_error(format!("unknown entity `&{name};`"), pos));
                            }
                        }
                    }
                };
                push_text(&stack, &resolved, pos)?;
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&resolved);
                }
            }
            Event::DocType(_) => {
                return Err(xml_error("a DOCTYPE is not accepted in a response", pos));
            }
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
            Event::Eof => break,
        }
    }
    if !stack.is_empty() {
        return Err(Error::new(format!(
            "the XML body ends inside `<{}>`",
            stack.last().map_or("", |e| e.name.as_str())
        )));
    }
    root.ok_or_else(|| Error::new("the XML body has no root element"))
}

/// Text outside the root element may only be whitespace.
fn push_text(stack: &[Element], s: &str, pos: u64) -> Result<(), Error> {
    if stack.is_empty() && !s.trim().is_empty() {
        return Err(xml_error("text outside the root element", pos));
    }
    Ok(())
}

fn close(stack: &mut [Element], root: &mut Option<Element>, el: Element) {
    match stack.last_mut() {
        Some(parent) => parent.children.push(el),
        None => *root = Some(el),
    }
}
