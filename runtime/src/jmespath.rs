//! The JMESPath subset that waiter acceptors use, evaluated on any value the codecs can write (through
//! [`crate::codec::capture`], with the waiters spec's data model: member names, timestamps as epoch
//! seconds, blobs as base64). Identifiers, sub-expressions, `[n]`, `[]`, `[*]`, `[?filter]`, `*`,
//! comparisons, `&&`, `||`, `!`, `|`, literals (`` `0` ``, `'raw'`) and the functions `length`,
//! `contains`, `keys`, `values` and `not_null`. The one JMESPath implementation of the runtime: waiter
//! acceptors and the endpoint rules' `@operationContextParams` paths (a subset of this one) both use it.

use serde_json::{Map, Number, Value};

use crate::codec::capture::{Captured, capture};
use crate::codec::{Error, WriteValue};
use crate::types::Document;

/// A parsed expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Expression(Node);

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Current,
    Field(String),
    Literal(Value),
    /// `left.right`, `left[0]`, ...: `right` applied to what `left` gives.
    Chain(Box<Node>, Box<Node>),
    Index(i64),
    /// `left` gives a list (after flattening, for `[]`); `right` is applied to each element and the
    /// non-null results make a list.
    Project {
        left: Box<Node>,
        right: Box<Node>,
        flatten: bool,
        filter: Option<Box<Node>>,
        values: bool,
    },
    Compare(Cmp, Box<Node>, Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Not(Box<Node>),
    Pipe(Box<Node>, Box<Node>),
    Call(String, Vec<Node>),
    MultiList(Vec<Node>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl Expression {
    /// Parses `text`; the error says where it stopped making sense.
    pub fn parse(text: &str) -> Result<Expression, String> {
        let mut p = Parser {
            src: text,
            tokens: lex(text)?,
            at: 0,
        };
        let node = p.expr(0)?;
        match p.peek() {
            None => Ok(Expression(node)),
            Some(t) => Err(format!("`{text}`: unexpected {t:?} after the expression")),
        }
    }

    /// The expression's value for `value`.
    pub fn search(&self, value: &Value) -> Value {
        eval(&self.0, value)
    }
}

/// `value` in the waiters' JMESPath data model.
pub fn to_value(value: &dyn WriteValue) -> Result<Value, Error> {
    Ok(from_captured(capture(value)?))
}

/// A captured value in the same data model as [`to_value`].
pub(crate) fn from_captured(c: Captured) -> Value {
    match c {
        Captured::Null => Value::Null,
        Captured::Bool(b) => Value::Bool(b),
        Captured::Int(i) => Value::from(i),
        Captured::Float(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        Captured::String(s) => Value::String(s),
        Captured::Blob(b) => {
            use base64::Engine;
            Value::String(base64::engine::general_purpose::STANDARD.encode(b))
        }
        Captured::Timestamp(t) => {
            Number::from_f64(t.as_secs_f64()).map_or(Value::Null, Value::Number)
        }
        Captured::Document(d) => from_document(&d),
        Captured::BigNumber(s) => s
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map_or(Value::String(s), Value::Number),
        Captured::Struct { members, .. } => Value::Object(
            members
                .into_iter()
                .map(|(k, v)| (k.to_string(), from_captured(v)))
                .collect(),
        ),
        Captured::Union { member, value, .. } => {
            let mut m = Map::new();
            m.insert(member.to_string(), from_captured(*value));
            Value::Object(m)
        }
        Captured::List(items) => Value::Array(items.into_iter().map(from_captured).collect()),
        Captured::Map(entries) => Value::Object(
            entries
                .into_iter()
                .map(|(k, v)| (k, from_captured(v)))
                .collect(),
        ),
    }
}

fn from_document(d: &Document) -> Value {
    match d {
        Document::Null => Value::Null,
        Document::Bool(b) => Value::Bool(*b),
        Document::Number(n) => Number::from_f64(n.as_f64()).map_or(Value::Null, Value::Number),
        Document::String(s) => Value::String(s.clone()),
        Document::Array(items) => Value::Array(items.iter().map(from_document).collect()),
        Document::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), from_document(v)))
                .collect(),
        ),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Literal(Value),
    Number(i64),
    Dot,
    Star,
    At,
    Comma,
    Colon,
    LBracket,
    RBracket,
    Flatten,
    Filter,
    LParen,
    RParen,
    LBrace,
    RBrace,
    Pipe,
    Or,
    And,
    Not,
    Cmp(Cmp),
}

fn lex(src: &str) -> Result<Vec<Tok>, String> {
    let bytes: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let err = |what: &str| format!("`{src}`: {what}");
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        match c {
            ' ' | '\t' | '\n' | '\r' => i += 1,
            '.' => (out.push(Tok::Dot), i += 1).1,
            '*' => (out.push(Tok::Star), i += 1).1,
            '@' => (out.push(Tok::At), i += 1).1,
            ',' => (out.push(Tok::Comma), i += 1).1,
            ':' => (out.push(Tok::Colon), i += 1).1,
            ']' => (out.push(Tok::RBracket), i += 1).1,
            '(' => (out.push(Tok::LParen), i += 1).1,
            ')' => (out.push(Tok::RParen), i += 1).1,
            '{' => (out.push(Tok::LBrace), i += 1).1,
            '}' => (out.push(Tok::RBrace), i += 1).1,
            '[' if next == Some(']') => (out.push(Tok::Flatten), i += 2).1,
            '[' if next == Some('?') => (out.push(Tok::Filter), i += 2).1,
            '[' => (out.push(Tok::LBracket), i += 1).1,
            '|' if next == Some('|') => (out.push(Tok::Or), i += 2).1,
            '|' => (out.push(Tok::Pipe), i += 1).1,
            '&' if next == Some('&') => (out.push(Tok::And), i += 2).1,
            '!' if next == Some('=') => (out.push(Tok::Cmp(Cmp::Ne)), i += 2).1,
            '!' => (out.push(Tok::Not), i += 1).1,
            '=' if next == Some('=') => (out.push(Tok::Cmp(Cmp::Eq)), i += 2).1,
            '<' if next == Some('=') => (out.push(Tok::Cmp(Cmp::Le)), i += 2).1,
            '<' => (out.push(Tok::Cmp(Cmp::Lt)), i += 1).1,
            '>' if next == Some('=') => (out.push(Tok::Cmp(Cmp::Ge)), i += 2).1,
            '>' => (out.push(Tok::Cmp(Cmp::Gt)), i += 1).1,
            '`' | '\'' => {
                let quote = c;
                let mut text = String::new();
                i += 1;
                loop {
                    match bytes.get(i) {
                        None => return Err(err("an unclosed literal")),
                        Some('\\') if bytes.get(i + 1) == Some(&quote) => {
                            text.push(quote);
                            i += 2;
                        }
                        Some(&ch) if ch == quote => {
                            i += 1;
                            break;
                        }
                        Some(&ch) => {
                            text.push(ch);
                            i += 1;
                        }
                    }
                }
                let v = if quote == '\'' {
                    Value::String(text)
                } else {
                    serde_json::from_str(text.trim())
                        .map_err(|e| err(&format!("literal `{text}` is not JSON: {e}")))?
                };
                out.push(Tok::Literal(v));
            }
            '"' => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i] != '"' {
                    i += if bytes[i] == '\\' { 2 } else { 1 };
                }
                if i >= bytes.len() {
                    return Err(err("an unclosed quoted identifier"));
                }
                i += 1;
                let quoted: String = bytes[start..i].iter().collect();
                let name: String = serde_json::from_str(&quoted)
                    .map_err(|e| err(&format!("bad quoted identifier: {e}")))?;
                out.push(Tok::Ident(name));
            }
            c if c == '-' || c.is_ascii_digit() => {
                let start = i;
                i += 1;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                let text: String = bytes[start..i].iter().collect();
                out.push(Tok::Number(
                    text.parse()
                        .map_err(|_| err(&format!("bad number `{text}`")))?,
                ));
            }
            c if c.is_ascii_alphabetic() || c == '_' => {
                let start = i;
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(bytes[start..i].iter().collect()));
            }
            other => return Err(err(&format!("unexpected character `{other}`"))),
        }
    }
    Ok(out)
}

struct Parser<'a> {
    src: &'a str,
    tokens: Vec<Tok>,
    at: usize,
}

/// Binding powers, loosest first: `|`, `||`, `&&`, comparisons, `!`, projections and `.`.
const BP_PIPE: u8 = 1;
const BP_OR: u8 = 2;
const BP_AND: u8 = 3;
const BP_CMP: u8 = 5;
const BP_NOT: u8 = 7;
const BP_PROJECT: u8 = 9;

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.at)
    }

    fn next(&mut self) -> Option<Tok> {
        let t = self.tokens.get(self.at).cloned();
        self.at += 1;
        t
    }

    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("`{}`: {what}", self.src))
    }

    fn expect(&mut self, t: Tok) -> Result<(), String> {
        match self.next() {
            Some(got) if got == t => Ok(()),
            got => self.err(&format!("expected {t:?}, found {got:?}")),
        }
    }

    fn expr(&mut self, min_bp: u8) -> Result<Node, String> {
        let mut left = self.prefix()?;
        while let Some(t) = self.peek().cloned() {
            let (bp, node) = match t {
                Tok::Pipe if BP_PIPE > min_bp => {
                    self.next();
                    (BP_PIPE, None)
                }
                Tok::Or if BP_OR > min_bp => {
                    self.next();
                    let r = self.expr(BP_OR)?;
                    left = Node::Or(Box::new(left), Box::new(r));
                    continue;
                }
                Tok::And if BP_AND > min_bp => {
                    self.next();
                    let r = self.expr(BP_AND)?;
                    left = Node::And(Box::new(left), Box::new(r));
                    continue;
                }
                Tok::Cmp(c) if BP_CMP > min_bp => {
                    self.next();
                    let r = self.expr(BP_CMP)?;
                    left = Node::Compare(c, Box::new(left), Box::new(r));
                    continue;
                }
                Tok::Dot if BP_PROJECT > min_bp => {
                    self.next();
                    let r = self.dot_rhs()?;
                    (0, Some(Node::Chain(Box::new(left.clone()), Box::new(r))))
                }
                Tok::LBracket | Tok::Flatten | Tok::Filter if BP_PROJECT > min_bp => {
                    left = self.bracket(Some(left))?;
                    continue;
                }
                _ => break,
            };
            match node {
                Some(n) => left = n,
                None => {
                    let r = self.expr(bp)?;
                    left = Node::Pipe(Box::new(left), Box::new(r));
                }
            }
        }
        Ok(left)
    }

    fn dot_rhs(&mut self) -> Result<Node, String> {
        match self.next() {
            Some(Tok::Ident(name)) if self.peek() == Some(&Tok::LParen) => self.call(name),
            Some(Tok::Ident(name)) => Ok(Node::Field(name)),
            Some(Tok::Star) => Ok(self.project_rest(Node::Current, false, None, true)?),
            Some(Tok::LBracket) => self.multi_list(),
            t => self.err(&format!("expected a name after `.`, found {t:?}")),
        }
    }

    /// What follows a projection: the steps (dots and brackets) applied to each element.
    fn project_rest(
        &mut self,
        left: Node,
        flatten: bool,
        filter: Option<Node>,
        values: bool,
    ) -> Result<Node, String> {
        let mut right = Node::Current;
        loop {
            match self.peek() {
                Some(Tok::Dot) => {
                    self.next();
                    let step = self.dot_rhs()?;
                    right = Node::Chain(Box::new(right), Box::new(step));
                }
                // `[]` flattens what the whole projection gave, so it ends this one.
                Some(Tok::LBracket | Tok::Filter) => {
                    right = self.bracket(Some(right))?;
                }
                _ => break,
            }
        }
        Ok(Node::Project {
            left: Box::new(left),
            right: Box::new(right),
            flatten,
            filter: filter.map(Box::new),
            values,
        })
    }

    fn bracket(&mut self, left: Option<Node>) -> Result<Node, String> {
        let left = left.unwrap_or(Node::Current);
        match self.next() {
            Some(Tok::Flatten) => self.project_rest(left, true, None, false),
            Some(Tok::Filter) => {
                let cond = self.expr(0)?;
                self.expect(Tok::RBracket)?;
                self.project_rest(left, false, Some(cond), false)
            }
            Some(Tok::LBracket) => match self.next() {
                Some(Tok::Number(n)) => {
                    if self.peek() == Some(&Tok::Colon) {
                        return self.err("slices are not supported");
                    }
                    self.expect(Tok::RBracket)?;
                    Ok(Node::Chain(Box::new(left), Box::new(Node::Index(n))))
                }
                Some(Tok::Star) => {
                    self.expect(Tok::RBracket)?;
                    self.project_rest(left, false, None, false)
                }
                t => self.err(&format!("slices and {t:?} in brackets are not supported")),
            },
            t => self.err(&format!("expected a bracket, found {t:?}")),
        }
    }

    fn multi_list(&mut self) -> Result<Node, String> {
        let mut items = vec![self.expr(0)?];
        while self.peek() == Some(&Tok::Comma) {
            self.next();
            items.push(self.expr(0)?);
        }
        self.expect(Tok::RBracket)?;
        Ok(Node::MultiList(items))
    }

    fn call(&mut self, name: String) -> Result<Node, String> {
        self.expect(Tok::LParen)?;
        let mut args = Vec::new();
        if self.peek() != Some(&Tok::RParen) {
            args.push(self.expr(0)?);
            while self.peek() == Some(&Tok::Comma) {
                self.next();
                args.push(self.expr(0)?);
            }
        }
        self.expect(Tok::RParen)?;
        let arity = match name.as_str() {
            "length" | "keys" | "values" => Some(1),
            "contains" => Some(2),
            "not_null" => None,
            _ => return self.err(&format!("function `{name}` is not supported")),
        };
        if arity.is_some_and(|n| n != args.len()) || args.is_empty() {
            return self.err(&format!("`{name}` takes {} arguments", arity.unwrap_or(1)));
        }
        Ok(Node::Call(name, args))
    }

    fn prefix(&mut self) -> Result<Node, String> {
        match self.next() {
            Some(Tok::Ident(name)) if self.peek() == Some(&Tok::LParen) => self.call(name),
            Some(Tok::Ident(name)) => Ok(Node::Field(name)),
            Some(Tok::At) => Ok(Node::Current),
            Some(Tok::Literal(v)) => Ok(Node::Literal(v)),
            Some(Tok::Not) => Ok(Node::Not(Box::new(self.expr(BP_NOT)?))),
            Some(Tok::LParen) => {
                let e = self.expr(0)?;
                self.expect(Tok::RParen)?;
                Ok(e)
            }
            Some(Tok::Star) => self.project_rest(Node::Current, false, None, true),
            Some(t @ (Tok::Flatten | Tok::Filter)) => {
                self.at -= 1;
                let _ = t;
                self.bracket(None)
            }
            Some(Tok::LBracket) => match self.peek() {
                Some(Tok::Number(_) | Tok::Star) => {
                    self.at -= 1;
                    self.bracket(None)
                }
                _ => self.multi_list(),
            },
            t => self.err(&format!("unexpected {t:?}")),
        }
    }
}

fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
        Value::Number(_) => true,
    }
}

fn eval(node: &Node, v: &Value) -> Value {
    match node {
        Node::Current => v.clone(),
        Node::Field(name) => v.get(name).cloned().unwrap_or(Value::Null),
        Node::Literal(l) => l.clone(),
        Node::Chain(l, r) => {
            let left = eval(l, v);
            if left.is_null() {
                Value::Null
            } else {
                eval(r, &left)
            }
        }
        Node::Index(i) => match v {
            Value::Array(a) => {
                let idx = if *i < 0 { a.len() as i64 + i } else { *i };
                usize::try_from(idx)
                    .ok()
                    .and_then(|i| a.get(i))
                    .cloned()
                    .unwrap_or(Value::Null)
            }
            _ => Value::Null,
        },
        Node::Project {
            left,
            right,
            flatten,
            filter,
            values,
        } => {
            let base = eval(left, v);
            let items: Vec<Value> = match (base, values) {
                (Value::Object(o), true) => o.into_iter().map(|(_, v)| v).collect(),
                (Value::Array(a), false) if *flatten => a
                    .into_iter()
                    .flat_map(|x| match x {
                        Value::Array(inner) => inner,
                        other => vec![other],
                    })
                    .collect(),
                (Value::Array(a), false) => a,
                _ => return Value::Null,
            };
            Value::Array(
                items
                    .iter()
                    .filter(|x| filter.as_ref().is_none_or(|f| truthy(&eval(f, x))))
                    .map(|x| eval(right, x))
                    .filter(|x| !x.is_null())
                    .collect(),
            )
        }
        Node::Compare(c, l, r) => compare(*c, &eval(l, v), &eval(r, v)),
        Node::And(l, r) => {
            let left = eval(l, v);
            if truthy(&left) { eval(r, v) } else { left }
        }
        Node::Or(l, r) => {
            let left = eval(l, v);
            if truthy(&left) { left } else { eval(r, v) }
        }
        Node::Not(e) => Value::Bool(!truthy(&eval(e, v))),
        Node::Pipe(l, r) => eval(r, &eval(l, v)),
        Node::MultiList(items) => {
            if v.is_null() {
                Value::Null
            } else {
                Value::Array(items.iter().map(|i| eval(i, v)).collect())
            }
        }
        Node::Call(name, args) => {
            let args: Vec<Value> = args.iter().map(|a| eval(a, v)).collect();
            call(name, &args)
        }
    }
}

fn compare(c: Cmp, l: &Value, r: &Value) -> Value {
    match c {
        Cmp::Eq => Value::Bool(same(l, r)),
        Cmp::Ne => Value::Bool(!same(l, r)),
        _ => match (l.as_f64(), r.as_f64()) {
            (Some(a), Some(b)) => Value::Bool(match c {
                Cmp::Lt => a < b,
                Cmp::Le => a <= b,
                Cmp::Gt => a > b,
                _ => a >= b,
            }),
            _ => Value::Null,
        },
    }
}

/// JMESPath equality: numbers by value (`1` equals `1.0`), the rest structurally.
fn same(l: &Value, r: &Value) -> bool {
    match (l, r) {
        (Value::Number(a), Value::Number(b)) => a.as_f64() == b.as_f64(),
        _ => l == r,
    }
}

fn call(name: &str, args: &[Value]) -> Value {
    match (name, args) {
        ("length", [Value::String(s)]) => Value::from(s.chars().count()),
        ("length", [Value::Array(a)]) => Value::from(a.len()),
        ("length", [Value::Object(o)]) => Value::from(o.len()),
        ("contains", [Value::Array(a), x]) => Value::Bool(a.iter().any(|y| same(x, y))),
        ("contains", [Value::String(s), Value::String(x)]) => Value::Bool(s.contains(x.as_str())),
        ("keys", [Value::Object(o)]) => {
            Value::Array(o.keys().cloned().map(Value::String).collect())
        }
        ("values", [Value::Object(o)]) => Value::Array(o.values().cloned().collect()),
        ("not_null", args) => args
            .iter()
            .find(|a| !a.is_null())
            .cloned()
            .unwrap_or(Value::Null),
        _ => Value::Null,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn search(expr: &str, v: &Value) -> Value {
        Expression::parse(expr)
            .unwrap_or_else(|e| panic!("{e}"))
            .search(v)
    }

    #[test]
    fn the_paths_waiters_use() {
        let v = json!({
            "Table": {"TableStatus": "ACTIVE"},
            "Reservations": [
                {"Instances": [{"State": {"Name": "running"}}, {"State": {"Name": "pending"}}]},
                {"Instances": [{"State": {"Name": "running"}}]}
            ],
            "Images": [],
            "PasswordData": "",
            "Count": 3
        });
        assert_eq!(search("Table.TableStatus", &v), json!("ACTIVE"));
        assert_eq!(
            search("Reservations[].Instances[].State.Name", &v),
            json!(["running", "pending", "running"])
        );
        assert_eq!(search("length(Images[]) > `0`", &v), json!(false));
        assert_eq!(search("length(Reservations[]) > `0`", &v), json!(true));
        assert_eq!(search("length(PasswordData) > `0`", &v), json!(false));
        assert_eq!(search("Missing.Deeper", &v), Value::Null);
        assert_eq!(
            search("Reservations[0].Instances[-1].State.Name", &v),
            json!("pending")
        );
        assert_eq!(
            search(
                "Reservations[*].Instances[?State.Name == 'running'][].State.Name",
                &v
            ),
            json!(["running", "running"])
        );
        assert_eq!(
            search("Count >= `3` && Table.TableStatus != 'DELETING'", &v),
            json!(true)
        );
        assert_eq!(
            search(
                "contains(Reservations[].Instances[].State.Name, 'pending')",
                &v
            ),
            json!(true)
        );
        assert_eq!(
            search("!(Count == `3`) || Table.TableStatus", &v),
            json!("ACTIVE")
        );
        assert_eq!(search("Table | TableStatus", &v), json!("ACTIVE"));
    }

    #[test]
    fn malformed_expressions_say_where() {
        for (bad, says) in [
            ("Table.", "expected a name"),
            ("length(a, b)", "takes 1"),
            ("a[1:2]", "not supported"),
            ("`{nope`", "not JSON"),
            ("sort(a)", "not supported"),
            ("a b", "unexpected"),
        ] {
            let e = Expression::parse(bad).unwrap_err();
            assert!(e.contains(says) && e.contains(bad), "{bad}: {e}");
        }
    }
}
