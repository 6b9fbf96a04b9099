//! The document tree html5ever would build for the HTML that AWS documentation uses, or `None` when the
//! text holds anything whose tree this module cannot be certain of.
//!
//! It follows the HTML tokenizer and the "in body" tree-construction rules of the WHATWG spec, but only
//! where they are simple: a known tag set, no character references, no comments or CDATA, and only the
//! implied end tags that pop nothing but `p`, `li`, `dd` and `dt`. Every case where html5ever would
//! reparent, reopen (the list of active formatting elements) or silently drop something is refused, so
//! that [`super::direct`] can render the tree exactly as htmd renders html5ever's.

use std::borrow::Cow;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Tag {
    Html,
    Head,
    Body,
    P,
    Code,
    A,
    Ul,
    Ol,
    Li,
    B,
    Strong,
    I,
    Em,
    Blockquote,
    Br,
    Pre,
    Dl,
    Dt,
    Dd,
}

impl Tag {
    /// The tags a text may spell (the document's `html`, `head` and `body` are implied, never written).
    fn from_name(name: &[u8]) -> Option<Tag> {
        const NAMES: [(&[u8], Tag); 16] = [
            (b"p", Tag::P),
            (b"code", Tag::Code),
            (b"a", Tag::A),
            (b"li", Tag::Li),
            (b"i", Tag::I),
            (b"ul", Tag::Ul),
            (b"b", Tag::B),
            (b"ol", Tag::Ol),
            (b"strong", Tag::Strong),
            (b"em", Tag::Em),
            (b"blockquote", Tag::Blockquote),
            (b"br", Tag::Br),
            (b"pre", Tag::Pre),
            (b"dl", Tag::Dl),
            (b"dt", Tag::Dt),
            (b"dd", Tag::Dd),
        ];
        NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, tag)| tag)
    }

    /// htmd's block elements (CommonMark's HTML block start conditions), which it separates by blank lines.
    pub(super) fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::Code | Tag::A | Tag::B | Tag::Strong | Tag::I | Tag::Em | Tag::Br
        )
    }

    /// The spec's "special" category: a list item's start tag stops looking for an open item at these.
    fn is_special(self) -> bool {
        // Every block tag of this subset is special; of the inline ones only `br` is, and a void element is
        // never on the stack where this is asked.
        self.is_block()
    }
}

pub(super) enum Kind<'a> {
    Document,
    /// `href` is the `a` element's link (no other element carries an attribute that changes its Markdown).
    Element {
        tag: Tag,
        href: Option<&'a str>,
    },
    Text(Cow<'a, str>),
}

pub(super) struct Node<'a> {
    pub(super) kind: Kind<'a>,
    pub(super) parent: Option<usize>,
    pub(super) children: Vec<usize>,
}

/// Nodes in an arena; the document is node 0.
pub(super) struct Tree<'a> {
    pub(super) nodes: Vec<Node<'a>>,
}

pub(super) const DOCUMENT: usize = 0;

impl<'a> Tree<'a> {
    pub(super) fn tag(&self, node: usize) -> Option<Tag> {
        match self.nodes[node].kind {
            Kind::Element { tag, .. } => Some(tag),
            _ => None,
        }
    }

    fn add(&mut self, parent: usize, kind: Kind<'a>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            kind,
            parent: Some(parent),
            children: Vec::new(),
        });
        self.nodes[parent].children.push(id);
        id
    }
}

/// A refusal: the text needs html5ever.
pub(super) struct Unsure;

/// The tree of `html` (already whitespace-collapsed and trimmed by the caller), or [`Unsure`].
pub(super) fn parse(html: &str) -> Result<Tree<'_>, Unsure> {
    let bytes = html.as_bytes();
    if memchr::memchr3(b'&', 0, b'\r', bytes).is_some()
        || memchr::memchr(0x0C, bytes).is_some()
        || memchr::memmem::find(bytes, "\u{FEFF}".as_bytes()).is_some()
    {
        // Character references (named ones have prefix and legacy rules), NUL (dropped or replaced),
        // carriage returns (normalized), form feeds (whitespace to the tokenizer but not to
        // `char::is_whitespace`-collapsed text) and a byte order mark (which the tokenizer may drop).
        return Err(Unsure);
    }
    let mut builder = Builder::new();
    let mut i = 0;
    let mut text_start = 0;
    // Before the first start tag or text, html5ever has no body yet and ignores end tags.
    if bytes.starts_with(b"</") {
        return Err(Unsure);
    }
    while let Some(at) = memchr::memchr(b'<', &bytes[i..]) {
        i += at;
        let next = bytes.get(i + 1).copied();
        let is_tag = match next {
            Some(c) if c.is_ascii_alphabetic() => true,
            Some(b'/') => true,
            Some(b'!') | Some(b'?') | None => return Err(Unsure),
            // Any other character after `<` leaves both as text.
            Some(_) => false,
        };
        if !is_tag {
            i += 1;
            continue;
        }
        builder.text(&html[text_start..i]);
        let token = tag_token(bytes, i)?;
        // Attribute values are ASCII-delimited, so the slice boundaries are character boundaries.
        let href = token.href.map(|(s, e)| &html[s..e]);
        if token.end {
            builder.end(token.tag)?;
        } else {
            builder.start(token.tag, href)?;
        }
        i = token.next;
        text_start = i;
    }
    builder.text(&html[text_start..]);
    Ok(builder.tree)
}

struct TagToken {
    tag: Tag,
    end: bool,
    /// Byte range of the `href` value.
    href: Option<(usize, usize)>,
    /// The byte after the closing `>`.
    next: usize,
}

fn is_space(b: u8) -> bool {
    // The tokenizer's whitespace (form feed and carriage return are refused up front).
    matches!(b, b' ' | b'\t' | b'\n')
}

/// The start or end tag at `start` (its `<`), when it is one of the subset, spelled plainly.
fn tag_token(bytes: &[u8], start: usize) -> Result<TagToken, Unsure> {
    let end = bytes[start + 1] == b'/';
    let mut i = start + 1 + usize::from(end);
    let name_start = i;
    if !bytes.get(i).is_some_and(|b| b.is_ascii_alphabetic()) {
        // `</>` is dropped and `</ ` starts a bogus comment.
        return Err(Unsure);
    }
    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    let tag = Tag::from_name(&bytes[name_start..i]).ok_or(Unsure)?;
    if end {
        // `</br>` is a start tag to the tree builder, and end tags with anything after the name are
        // errors that this module does not model.
        if tag == Tag::Br || bytes.get(i) != Some(&b'>') {
            return Err(Unsure);
        }
        return Ok(TagToken {
            tag,
            end,
            href: None,
            next: i + 1,
        });
    }
    let mut href = None;
    let mut seen_class = false;
    loop {
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        match bytes.get(i) {
            None => return Err(Unsure),
            Some(b'>') => {
                return Ok(TagToken {
                    tag,
                    end,
                    href,
                    next: i + 1,
                });
            }
            Some(b'/') => {
                // Self-closing is only honoured on void elements; on others html5ever ignores it and
                // leaves the element open.
                if tag == Tag::Br && bytes.get(i + 1) == Some(&b'>') {
                    return Ok(TagToken {
                        tag,
                        end,
                        href,
                        next: i + 2,
                    });
                }
                return Err(Unsure);
            }
            Some(_) => {}
        }
        let name_start = i;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            if matches!(bytes[i], b'"' | b'\'' | b'<') {
                return Err(Unsure);
            }
            i += 1;
        }
        let name = &bytes[name_start..i];
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') || name.is_empty() {
            // An attribute without a value (or a stray `=`): not used in the models, not modelled here.
            return Err(Unsure);
        }
        i += 1;
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        let (value_start, value_end) = match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let value_start = i + 1;
                let len = bytes[value_start..]
                    .iter()
                    .position(|&b| b == q)
                    .ok_or(Unsure)?;
                i = value_start + len + 1;
                // The spec wants whitespace, `/` or `>` after a quoted value.
                if !bytes
                    .get(i)
                    .is_some_and(|&b| is_space(b) || b == b'/' || b == b'>')
                {
                    return Err(Unsure);
                }
                (value_start, value_start + len)
            }
            Some(b'>') | None => return Err(Unsure),
            Some(_) => {
                let value_start = i;
                while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                    if matches!(bytes[i], b'"' | b'\'' | b'<' | b'=' | b'`') {
                        return Err(Unsure);
                    }
                    i += 1;
                }
                (value_start, i)
            }
        };
        // A second attribute of the same name is dropped by the tokenizer: refuse rather than model it.
        if tag == Tag::A && name.eq_ignore_ascii_case(b"href") && href.is_none() {
            href = Some((value_start, value_end));
        } else if tag == Tag::P && name.eq_ignore_ascii_case(b"class") && !seen_class {
            // htmd renders a paragraph the same whatever its class.
            seen_class = true;
        } else {
            return Err(Unsure);
        }
    }
}

/// The tree builder, "in body": the stack of open elements and the tree.
struct Builder<'a> {
    tree: Tree<'a>,
    /// Open elements, `html` at the bottom.
    stack: Vec<usize>,
    /// Right after `<pre>`, a first line feed is dropped.
    skip_line_feed: bool,
}

const HTML: usize = 1;
const BODY: usize = 3;

impl<'a> Builder<'a> {
    fn new() -> Self {
        let mut tree = Tree {
            nodes: vec![Node {
                kind: Kind::Document,
                parent: None,
                children: Vec::new(),
            }],
        };
        let html = tree.add(
            DOCUMENT,
            Kind::Element {
                tag: Tag::Html,
                href: None,
            },
        );
        tree.add(
            html,
            Kind::Element {
                tag: Tag::Head,
                href: None,
            },
        );
        let body = tree.add(
            html,
            Kind::Element {
                tag: Tag::Body,
                href: None,
            },
        );
        debug_assert!(html == HTML && body == BODY);
        Builder {
            tree,
            stack: vec![HTML, BODY],
            skip_line_feed: false,
        }
    }

    fn current(&self) -> usize {
        self.stack.last().copied().unwrap_or(BODY)
    }

    fn current_tag(&self) -> Option<Tag> {
        self.tree.tag(self.current())
    }

    fn is_open(&self, tag: Tag) -> bool {
        self.stack.iter().any(|&n| self.tree.tag(n) == Some(tag))
    }

    fn text(&mut self, mut text: &'a str) {
        if std::mem::take(&mut self.skip_line_feed) {
            text = text.strip_prefix('\n').unwrap_or(text);
        }
        if text.is_empty() {
            return;
        }
        let current = self.current();
        // Adjacent character tokens go into one text node.
        if let Some(&last) = self.tree.nodes[current].children.last()
            && let Kind::Text(existing) = &mut self.tree.nodes[last].kind
        {
            existing.to_mut().push_str(text);
            return;
        }
        self.tree.add(current, Kind::Text(Cow::Borrowed(text)));
    }

    /// "Close a p element" when one is in button scope (in this subset: anywhere on the stack). Only the
    /// plain case, the `p` being the current node; otherwise html5ever pops open inline elements that it
    /// later reopens.
    fn close_open_p(&mut self) -> Result<(), Unsure> {
        if !self.is_open(Tag::P) {
            return Ok(());
        }
        if self.current_tag() != Some(Tag::P) {
            return Err(Unsure);
        }
        self.stack.pop();
        Ok(())
    }

    /// A list item's (or definition term's) start tag closes an open item of its kind, searching down to
    /// the first special element other than `p`. Only modelled when all that closing pops is `p`s.
    fn close_open_item(&mut self, kinds: &[Tag]) -> Result<(), Unsure> {
        for depth in (0..self.stack.len()).rev() {
            let Some(tag) = self.tree.tag(self.stack[depth]) else {
                return Err(Unsure);
            };
            if kinds.contains(&tag) {
                let above_are_paragraphs = self.stack[depth + 1..]
                    .iter()
                    .all(|&n| self.tree.tag(n) == Some(Tag::P));
                if !above_are_paragraphs {
                    return Err(Unsure);
                }
                self.stack.truncate(depth);
                return Ok(());
            }
            if tag.is_special() && tag != Tag::P {
                return Ok(());
            }
        }
        Ok(())
    }

    fn start(&mut self, tag: Tag, href: Option<&'a str>) -> Result<(), Unsure> {
        self.skip_line_feed = false;
        match tag {
            Tag::P | Tag::Ul | Tag::Ol | Tag::Blockquote | Tag::Dl | Tag::Pre => {
                self.close_open_p()?
            }
            Tag::Li => {
                self.close_open_item(&[Tag::Li])?;
                self.close_open_p()?;
            }
            Tag::Dd | Tag::Dt => {
                self.close_open_item(&[Tag::Dd, Tag::Dt])?;
                self.close_open_p()?;
            }
            // A nested `a` runs the adoption agency; a nested formatting element of the same name may hit
            // the spec's limit of three (Noah's Ark). Neither is modelled.
            Tag::Code | Tag::A | Tag::B | Tag::Strong | Tag::I | Tag::Em => {
                if self.is_open(tag) {
                    return Err(Unsure);
                }
            }
            Tag::Br => {}
            Tag::Html | Tag::Head | Tag::Body => return Err(Unsure),
        }
        let current = self.current();
        let node = self.tree.add(current, Kind::Element { tag, href });
        if tag != Tag::Br {
            self.stack.push(node);
        }
        self.skip_line_feed = tag == Tag::Pre;
        Ok(())
    }

    fn pop_while(&mut self, tags: &[Tag]) {
        while let Some(&top) = self.stack.last()
            && self.tree.tag(top).is_some_and(|t| tags.contains(&t))
        {
            self.stack.pop();
        }
    }

    fn end(&mut self, tag: Tag) -> Result<(), Unsure> {
        self.skip_line_feed = false;
        match tag {
            Tag::P if !self.is_open(Tag::P) => {
                // A stray `</p>` makes an empty paragraph.
                let current = self.current();
                self.tree.add(current, Kind::Element { tag, href: None });
                return Ok(());
            }
            Tag::P => {}
            Tag::Li => {
                // Not in list item scope (no `li` above the nearest list): html5ever ignores the tag.
                let in_scope = self
                    .stack
                    .iter()
                    .rev()
                    .map(|&n| self.tree.tag(n))
                    .take_while(|t| !matches!(t, Some(Tag::Ul | Tag::Ol)))
                    .any(|t| t == Some(Tag::Li));
                if !in_scope {
                    return Err(Unsure);
                }
                self.pop_while(&[Tag::P]);
            }
            Tag::Dd | Tag::Dt => self.pop_while(&[Tag::P]),
            Tag::Ul | Tag::Ol | Tag::Blockquote | Tag::Dl | Tag::Pre => {
                if !self.is_open(tag) {
                    return Err(Unsure);
                }
                // Generate implied end tags.
                self.pop_while(&[Tag::P, Tag::Li, Tag::Dd, Tag::Dt]);
            }
            // Formatting elements: the adoption agency is trivial only when the element is the current
            // node; that is checked below.
            _ => {}
        }
        if self.current_tag() != Some(tag) || self.stack.len() <= 2 {
            return Err(Unsure);
        }
        self.stack.pop();
        Ok(())
    }
}
