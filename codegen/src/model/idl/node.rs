//! Node values (spec: idl.rst, "Node values"), straight into `serde_json::Value`, and the parts of the
//! grammar made of them: trait bodies and the bodies of services and resources.

use indexmap::IndexMap;
use serde_json::{Map, Value};

use super::lexer::Kind;
use super::parser::{MAX_DEPTH, Parser, R};
use super::strings;
use crate::model::{Shape, ShapeRef, ShapeType};

impl Parser<'_> {
    /// A node value. Unquoted words other than `true`, `false` and `null` are shape ids, resolved like
    /// any other (spec: idl.rst, "Syntactic shape IDs").
    pub fn node_value(&mut self, depth: usize) -> R<Value> {
        let t = self.peek();
        if depth > MAX_DEPTH {
            return self.fail(
                t.start,
                format!("values nest deeper than {MAX_DEPTH} levels"),
            );
        }
        match t.kind {
            Kind::LBracket => {
                self.bump();
                let base = self.scratch.items.len();
                let r = self.array_items(depth);
                // Collected on a stack shared by every level, so each array is allocated once, at its
                // final size.
                let items: Vec<Value> = self.scratch.items.drain(base..).collect();
                r.map(|()| Value::Array(items))
            }
            Kind::LBrace => {
                self.bump();
                let base = self.scratch.entries.len();
                let r = self.object_entries(Kind::RBrace, "a key or `}`", depth + 1);
                self.object(base, r).map(Value::Object)
            }
            Kind::Number => {
                self.bump();
                match strings::number(self.text(t)) {
                    Ok(v) => Ok(v),
                    Err(e) => self.fail(t.start, e),
                }
            }
            Kind::Quoted => {
                self.bump();
                self.literal(t.start, strings::quoted(self.text(t), t.escaped))
            }
            Kind::TextBlock => {
                self.bump();
                self.literal(t.start, strings::text_block(self.text(t), t.escaped))
            }
            Kind::Word => {
                self.bump();
                match self.text(t) {
                    "true" => Ok(Value::Bool(true)),
                    "false" => Ok(Value::Bool(false)),
                    "null" => Ok(Value::Null),
                    _ => self.resolve(t).map(Value::String),
                }
            }
            _ => self.expected("a value"),
        }
    }

    fn literal(&mut self, at: u32, r: Result<String, strings::LitError>) -> R<Value> {
        match r {
            Ok(s) => Ok(Value::String(s)),
            Err((offset, msg)) => self.fail(at + offset as u32, msg),
        }
    }

    /// The values of an array up to its `]`, pushed on `self.items`.
    fn array_items(&mut self, depth: usize) -> R<()> {
        loop {
            match self.peek().kind {
                Kind::RBracket => {
                    self.bump();
                    return Ok(());
                }
                Kind::Eof => return self.expected("a value or `]`"),
                _ => {
                    let v = self.node_value(depth + 1)?;
                    self.scratch.items.push(v);
                }
            }
        }
    }

    /// `key: value` pairs up to (and including) `close`, pushed on `self.entries`.
    fn object_entries(&mut self, close: Kind, what: &str, depth: usize) -> R<()> {
        loop {
            match self.peek().kind {
                k if k == close => {
                    self.bump();
                    return Ok(());
                }
                Kind::Eof => return self.expected(what),
                _ => {
                    let (key, at) = self.object_key()?;
                    self.expect_colon(|| format!("`:` after key `{key}`"))?;
                    let value = self.node_value(depth)?;
                    self.scratch.entries.push((key, value, at));
                }
            }
        }
    }

    /// The object made of the entries pushed since `base` (allocated once, at its final size); a key
    /// given twice is an error. The entries are taken off the stack whatever `r` says.
    fn object(&mut self, base: usize, r: R<()>) -> R<Map<String, Value>> {
        let mut map = Map::with_capacity(if r.is_ok() {
            self.scratch.entries.len() - base
        } else {
            0
        });
        let mut twice = None;
        for (key, value, at) in self.scratch.entries.drain(base..) {
            if r.is_err() {
                continue;
            }
            match map.entry(key) {
                serde_json::map::Entry::Vacant(slot) => {
                    slot.insert(value);
                }
                serde_json::map::Entry::Occupied(slot) => {
                    twice.get_or_insert((at, format!("key `{}` is given twice", slot.key())));
                }
            }
        }
        r?;
        match twice {
            Some((at, msg)) => self.fail(at, msg),
            None => Ok(map),
        }
    }

    /// An object key: an identifier or a quoted string (never a shape id).
    pub fn object_key(&mut self) -> R<(String, u32)> {
        let t = self.peek();
        match t.kind {
            Kind::Quoted => {
                self.bump();
                match strings::quoted(self.text(t), t.escaped) {
                    Ok(s) => Ok((s, t.start)),
                    Err((o, msg)) => self.fail(t.start + o as u32, msg),
                }
            }
            Kind::Word => {
                let w = self.text(t);
                if !t.plain_identifier(self.src) && !crate::resolve::is_identifier(w) {
                    return self.fail(
                        t.start,
                        format!("`{w}` is not a valid key: quote it (`\"{w}\"`)"),
                    );
                }
                self.bump();
                Ok((w.to_string(), t.start))
            }
            _ => self.expected("a key (an identifier or a quoted string)"),
        }
    }

    /// After `@id`: `(value)`, `(key: value ...)` or `()`. `None` for `()`, which is the same as no value.
    pub fn trait_body(&mut self) -> R<Option<Value>> {
        self.bump();
        if self.peek().kind == Kind::RParen {
            self.bump();
            return Ok(None);
        }
        let structured = matches!(self.peek().kind, Kind::Word | Kind::Quoted)
            && self.peek_next().kind == Kind::Colon;
        if structured {
            let base = self.scratch.entries.len();
            let r = self.object_entries(Kind::RParen, "`)` after the trait value", 1);
            return self.object(base, r).map(|m| Some(Value::Object(m)));
        }
        let value = self.node_value(0)?;
        self.expect(Kind::RParen, "`)` after the trait value")?;
        Ok(Some(value))
    }

    /// The `{ ... }` of a service or resource: a node object whose properties are checked against the
    /// shape type and lowered into the AST's fields.
    pub fn entity_body(&mut self, shape: &mut Shape) -> R<()> {
        self.expect(Kind::LBrace, "`{` and the shape's properties")?;
        let mut seen: Vec<String> = Vec::new();
        loop {
            match self.peek().kind {
                Kind::RBrace => {
                    self.bump();
                    return Ok(());
                }
                Kind::Eof => return self.expected("a property or `}`"),
                _ => {}
            }
            let (key, at) = self.object_key()?;
            self.expect_colon(|| format!("`:` after `{key}`"))?;
            let vat = self.peek().start;
            let value = self.node_value(1)?;
            if seen.contains(&key) {
                return self.fail(at, format!("`{key}` is given twice"));
            }
            if let Err(msg) = self.entity_property(shape, &key, value) {
                self.err(if msg.starts_with("unknown") { at } else { vat }, msg);
            }
            seen.push(key);
        }
    }

    fn entity_property(&self, shape: &mut Shape, key: &str, value: Value) -> Result<(), String> {
        let service = shape.kind == ShapeType::Service;
        match key {
            "version" if service => match value {
                Value::String(s) => shape.version = Some(s),
                _ => return Err("`version` must be a string".into()),
            },
            "operations" => shape.operations = self.refs(key, value)?,
            "resources" => shape.resources = self.refs(key, value)?,
            "errors" if service => shape.errors = self.refs(key, value)?,
            "rename" if service => {
                let Value::Object(map) = value else {
                    return Err("`rename` must be an object of shape ids to names".into());
                };
                let mut out = IndexMap::new();
                for (k, v) in map {
                    let Value::String(v) = v else {
                        return Err(format!("`rename` of `{k}` must be a string"));
                    };
                    out.insert(k, v);
                }
                shape.rename = out;
            }
            "identifiers" | "properties" if !service => {
                let Value::Object(map) = value else {
                    return Err(format!("`{key}` must be an object of names to shape ids"));
                };
                let mut out = IndexMap::new();
                for (k, v) in map {
                    out.insert(k, self.one_ref(key, v)?);
                }
                if key == "identifiers" {
                    shape.identifiers = out;
                } else {
                    shape.properties = out;
                }
            }
            "create" | "put" | "read" | "update" | "delete" | "list" if !service => {
                let r = Some(self.one_ref(key, value)?);
                match key {
                    "create" => shape.create = r,
                    "put" => shape.put = r,
                    "read" => shape.read = r,
                    "update" => shape.update = r,
                    "delete" => shape.delete = r,
                    _ => shape.list = r,
                }
            }
            "collectionOperations" if !service => {
                shape.collection_operations = self.refs(key, value)?;
            }
            other => {
                let allowed = if service {
                    "`version`, `operations`, `resources`, `errors`, `rename`"
                } else {
                    "`identifiers`, `properties`, `create`, `put`, `read`, `update`, `delete`, `list`, \
                     `operations`, `collectionOperations`, `resources`"
                };
                return Err(format!(
                    "unknown {} property `{other}` (expected one of {allowed})",
                    shape.kind
                ));
            }
        }
        Ok(())
    }

    fn refs(&self, key: &str, value: Value) -> Result<Vec<ShapeRef>, String> {
        match value {
            Value::Array(items) => items.into_iter().map(|v| self.one_ref(key, v)).collect(),
            _ => Err(format!("`{key}` must be a list of shape ids")),
        }
    }

    /// A shape id in a service or resource body. Unquoted ids are resolved already; a quoted relative one
    /// is taken to be in the current namespace.
    fn one_ref(&self, key: &str, value: Value) -> Result<ShapeRef, String> {
        let Value::String(s) = value else {
            return Err(format!("`{key}` must name shapes by shape id"));
        };
        let target = if s.contains('#') {
            s
        } else {
            format!("{}#{s}", self.namespace.as_deref().unwrap_or_default())
        };
        Ok(ShapeRef { target })
    }
}
