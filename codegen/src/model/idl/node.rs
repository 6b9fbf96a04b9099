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
                let mut items = Vec::new();
                loop {
                    match self.peek().kind {
                        Kind::RBracket => {
                            self.bump();
                            return Ok(Value::Array(items));
                        }
                        Kind::Eof => return self.expected("a value or `]`"),
                        _ => items.push(self.node_value(depth + 1)?),
                    }
                }
            }
            Kind::LBrace => {
                self.bump();
                let mut map = Map::new();
                loop {
                    match self.peek().kind {
                        Kind::RBrace => {
                            self.bump();
                            return Ok(Value::Object(map));
                        }
                        Kind::Eof => return self.expected("a key or `}`"),
                        _ => self.key_value(&mut map, depth + 1)?,
                    }
                }
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
                self.literal(t.start, strings::quoted(self.text(t)))
            }
            Kind::TextBlock => {
                self.bump();
                self.literal(t.start, strings::text_block(self.text(t)))
            }
            Kind::Word => {
                self.bump();
                match self.text(t) {
                    "true" => Ok(Value::Bool(true)),
                    "false" => Ok(Value::Bool(false)),
                    "null" => Ok(Value::Null),
                    word => self.resolve(word, t.start).map(Value::String),
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

    /// `key: value` into `map`; a key given twice is an error.
    fn key_value(&mut self, map: &mut Map<String, Value>, depth: usize) -> R<()> {
        let (key, at) = self.object_key()?;
        self.expect(Kind::Colon, &format!("`:` after key `{key}`"))?;
        let value = self.node_value(depth)?;
        if map.contains_key(&key) {
            return self.fail(at, format!("key `{key}` is given twice"));
        }
        map.insert(key, value);
        Ok(())
    }

    /// An object key: an identifier or a quoted string (never a shape id).
    pub fn object_key(&mut self) -> R<(String, u32)> {
        let t = self.peek();
        match t.kind {
            Kind::Quoted => {
                self.bump();
                match strings::quoted(self.text(t)) {
                    Ok(s) => Ok((s, t.start)),
                    Err((o, msg)) => self.fail(t.start + o as u32, msg),
                }
            }
            Kind::Word => {
                let w = self.text(t);
                if !crate::resolve::is_identifier(w) {
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
            && self.peek_at(1).kind == Kind::Colon;
        let value = if structured {
            let mut map = Map::new();
            while self.peek().kind != Kind::RParen {
                if self.peek().kind == Kind::Eof {
                    return self.expected("`)`");
                }
                self.key_value(&mut map, 1)?;
            }
            Value::Object(map)
        } else {
            self.node_value(0)?
        };
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
            self.expect(Kind::Colon, &format!("`:` after `{key}`"))?;
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
