//! Tokens -> one file's shapes, applies and metadata, lowered straight into the JSON AST types (spec:
//! idl.rst, its ABNF). Relative shape ids are resolved here by the spec's rules (`use`, then the namespace,
//! then the prelude); the one thing a single file cannot know, whether its namespace defines a prelude name
//! in another file, is handled by the caller: it re-parses the file with those names in `overrides`.
//!
//! Errors are collected and the parser carries on after each: at the next member inside a shape, or at the
//! next statement.

use std::borrow::Cow;
use std::collections::BTreeSet;

use foldhash::{HashMap, HashMapExt};
use indexmap::IndexMap;

use serde_json::Value;

use super::lexer::{DOLLAR, HASH, Kind, Lexer, Token};
use super::prelude;
use crate::model::{AstTraits, Member, Shape, ShapeRef, ShapeType};
use crate::resolve::is_identifier;

/// How many errors one file may report before the parser stops looking (garbage input would otherwise
/// report one per token).
const MAX_ERRORS: usize = 100;

/// How deeply node values may nest; deeper input is rejected rather than risking the stack.
pub(crate) const MAX_DEPTH: usize = 100;

pub(crate) const INPUT: &str = "smithy.api#input";
pub(crate) const OUTPUT: &str = "smithy.api#output";
const DEFAULT: &str = "smithy.api#default";
const ENUM_VALUE: &str = "smithy.api#enumValue";
const DOCUMENTATION: &str = "smithy.api#documentation";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Version {
    V1,
    V2,
}

/// One IDL file, lowered.
#[derive(Debug)]
pub(crate) struct Parsed {
    pub version: Version,
    pub namespace: Option<String>,
    /// Metadata entries in file order, with the offset of their key.
    pub metadata: Vec<(String, Value, u32)>,
    pub defs: Vec<Def>,
    pub applies: Vec<Apply>,
    /// Relative names that resolved to the prelude (`String`, `required`): wrong if the namespace
    /// defines the name in some file, which only the caller can tell.
    pub ambiguous: BTreeSet<String>,
    /// Those of them used where no [`Fixup`] records it (in a node value, an operation's input, ...):
    /// if the namespace defines one, the file is parsed again.
    pub unpatched: BTreeSet<String>,
    /// Byte offset and message of every error, in the order found.
    pub errors: Vec<(u32, String)>,
    /// The shapes whose definition had an error (dropped, or kept without what did not read): what a
    /// later phase says about them follows from that error.
    pub broken: BTreeSet<String>,
    /// Whether every error is inside the definition of a shape in `broken`: then the rest of the file is
    /// what it says (no `use`, namespace or token lost), and later phases can check it.
    pub contained: bool,
}

impl Parsed {
    pub fn new(version: Version, errors: Vec<(u32, String)>) -> Self {
        Parsed {
            version,
            namespace: None,
            metadata: Vec::new(),
            defs: Vec::new(),
            applies: Vec::new(),
            ambiguous: BTreeSet::new(),
            unpatched: BTreeSet::new(),
            errors,
            broken: BTreeSet::new(),
            contained: false,
        }
    }
}

/// A shape definition.
#[derive(Debug)]
pub(crate) struct Def {
    pub id: String,
    /// Boxed: shapes are large and move from file to model several times.
    pub shape: Box<Shape>,
    /// Offset of the shape's name.
    pub at: u32,
    /// Offset of each member's name (the name itself is read back from the source when needed).
    pub members_at: Vec<u32>,
    /// The resource of `for Resource`, whose identifiers and properties elided members may name.
    pub for_resource: Option<String>,
    /// Members written `$name`: their target is empty until the caller finds it.
    pub elided: Vec<String>,
    /// Annotation traits (`@foo`, no value) whose shape is not in the prelude: their value (`{}`, `[]` or
    /// `null`) depends on the trait shape's type, which the caller looks up once every file is loaded.
    /// `(member, trait id)`; the value is `null` until then.
    pub annotations: Vec<(Option<String>, String)>,
    /// Where this shape used a prelude name relatively, in case its namespace defines the name.
    pub fixups: Vec<Fixup>,
}

/// A relative prelude name (`String`, `required`) resolved to the prelude at a place that can be
/// corrected without parsing the file again, should the file's namespace define that name after all.
#[derive(Debug)]
pub(crate) struct Fixup {
    pub name: String,
    pub site: Site,
}

#[derive(Debug)]
pub(crate) enum Site {
    MemberTarget(String),
    Mixin(usize),
    /// A trait of the shape (or of the `apply`), and whether it was written without a value.
    ShapeTrait(bool),
    MemberTrait(String, bool),
}

/// An `apply` statement (or one trait of an `apply` block; they are merged by the caller).
#[derive(Debug)]
pub(crate) struct Apply {
    pub target: String,
    pub traits: AstTraits,
    pub at: u32,
    /// As [`Def::annotations`].
    pub annotations: Vec<String>,
    /// As [`Def::fixups`] (only [`Site::ShapeTrait`]).
    pub fixups: Vec<Fixup>,
}

/// The shape type a shape statement keyword names (`apply` is not one).
fn shape_keyword(w: &str) -> Option<ShapeType> {
    use ShapeType as T;
    Some(match w {
        "blob" => T::Blob,
        "boolean" => T::Boolean,
        "string" => T::String,
        "byte" => T::Byte,
        "short" => T::Short,
        "integer" => T::Integer,
        "long" => T::Long,
        "float" => T::Float,
        "double" => T::Double,
        "bigInteger" => T::BigInteger,
        "bigDecimal" => T::BigDecimal,
        "timestamp" => T::Timestamp,
        "document" => T::Document,
        "enum" => T::Enum,
        "intEnum" => T::IntEnum,
        "list" => T::List,
        "set" => T::Set,
        "map" => T::Map,
        "structure" => T::Structure,
        "union" => T::Union,
        "service" => T::Service,
        "resource" => T::Resource,
        "operation" => T::Operation,
        _ => return None,
    })
}

/// `ns#name` or `ns#name$member`, built without the formatting machinery (it runs for every reference).
fn absolute(ns: &str, name: &str, member: Option<&str>) -> String {
    let mut id = String::with_capacity(ns.len() + name.len() + 2 + member.map_or(0, str::len));
    id.push_str(ns);
    id.push('#');
    id.push_str(name);
    if let Some(m) = member {
        id.push('$');
        id.push_str(m);
    }
    id
}

/// Buffers the parser fills and empties as it goes, kept from file to file so that a model's files reuse
/// them instead of each allocating (and freeing) its own.
#[derive(Default)]
pub(crate) struct Scratch {
    /// The values of the arrays and the entries of the objects being read, innermost last: each is
    /// built at its final size once its closing bracket is reached.
    pub items: Vec<Value>,
    pub entries: Vec<(String, Value, u32)>,
    /// The members of the shape being read, with the offsets of their names.
    pub pending: Vec<(String, Member, u32)>,
}

/// An error has been recorded; unwind to the nearest place that can carry on.
pub(crate) struct Stop;

pub(crate) type R<T> = Result<T, Stop>;

pub(crate) struct Parser<'a> {
    pub src: &'a str,
    lexer: Lexer<'a>,
    /// The current token and the one after it.
    cur: Token,
    ahead: Token,
    /// How many tokens have been consumed (to tell whether error recovery moved on).
    pub pos: usize,
    pub scratch: Scratch,
    pub version: Version,
    pub namespace: Option<String>,
    /// `use` imports: name -> absolute id.
    pub uses: HashMap<&'a str, (String, u32)>,
    pub overrides: &'a BTreeSet<String>,
    input_suffix: String,
    output_suffix: String,
    /// Names defined in this file, with where.
    defined: HashMap<Cow<'a, str>, u32>,
    /// Control statement keys seen.
    controls: Vec<String>,
    /// The relative prelude name the last [`Parser::resolve`] resolved to the prelude, until a caller
    /// records where it went (a [`Fixup`]); if none does, it is unpatched.
    last_ambiguous: Option<&'a str>,
    /// Fixups of the traits read by the last [`Parser::traits`]: (name, written without a value).
    trait_fixups: Vec<(String, bool)>,
    /// How many of the errors are inside the definition of a shape in [`Parsed::broken`].
    attributed: usize,
    pub out: Parsed,
}

impl<'a> Parser<'a> {
    pub fn new(src: &'a str, overrides: &'a BTreeSet<String>, scratch: Scratch) -> Self {
        let mut lexer = Lexer::new(src);
        let cur = lexer.next_token();
        let ahead = lexer.next_token();
        Parser {
            src,
            lexer,
            cur,
            ahead,
            pos: 0,
            scratch,
            version: Version::V1,
            namespace: None,
            uses: HashMap::new(),
            overrides,
            input_suffix: "Input".into(),
            output_suffix: "Output".into(),
            defined: HashMap::new(),
            controls: Vec::new(),
            last_ambiguous: None,
            trait_fixups: Vec::new(),
            attributed: 0,
            out: Parsed::new(Version::V1, Vec::new()),
        }
    }

    // ---- token helpers

    pub fn peek(&self) -> Token {
        self.cur
    }

    /// The token after the current one.
    pub fn peek_next(&self) -> Token {
        self.ahead
    }

    pub fn bump(&mut self) -> Token {
        let t = self.cur;
        if t.kind != Kind::Eof {
            self.pos += 1;
            self.cur = self.ahead;
            self.ahead = self.lexer.next_token();
        }
        t
    }

    /// Every error, the lexer's included, once the file is parsed; and the scratch space, for the next
    /// file.
    pub fn finish(mut self) -> (Parsed, Scratch) {
        self.out.contained =
            self.lexer.errors.is_empty() && self.attributed == self.out.errors.len();
        self.out.errors.append(&mut self.lexer.errors);
        (self.out, self.scratch)
    }

    pub fn text(&self, t: Token) -> &'a str {
        let src: &'a str = self.src;
        &src[t.start as usize..t.end as usize]
    }

    pub fn err(&mut self, at: u32, msg: impl Into<String>) {
        self.out.errors.push((at, msg.into()));
    }

    pub fn fail<T>(&mut self, at: u32, msg: impl Into<String>) -> R<T> {
        self.err(at, msg);
        Err(Stop)
    }

    /// `the word `foo``, `a string`, `the end of the file`: the found token in an error message.
    pub fn describe(&self, t: Token) -> String {
        match t.kind {
            Kind::Word | Kind::Number => format!("`{}`", self.text(t)),
            k => k.describe().to_string(),
        }
    }

    pub fn expected<T>(&mut self, what: &str) -> R<T> {
        let t = self.peek();
        if t.kind == Kind::Error {
            // Reported by the lexer already.
            return Err(Stop);
        }
        let found = self.describe(t);
        self.fail(t.start, format!("expected {what}, found {found}"))
    }

    pub fn expect(&mut self, kind: Kind, what: &str) -> R<Token> {
        if self.peek().kind == kind {
            Ok(self.bump())
        } else {
            self.expected(what)
        }
    }

    /// `:`, with the message built only when it is missing (this runs for every key and member).
    pub fn expect_colon(&mut self, what: impl FnOnce() -> String) -> R<Token> {
        if self.peek().kind == Kind::Colon {
            Ok(self.bump())
        } else {
            self.expected(&what())
        }
    }

    fn is_word(&self, t: Token, w: &str) -> bool {
        t.kind == Kind::Word && self.text(t) == w
    }

    /// Consumes the word `w` if it comes next.
    fn keyword(&mut self, w: &str) -> bool {
        let t = self.peek();
        if self.is_word(t, w) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// An identifier (a shape, member or key name).
    fn identifier(&mut self, what: &str) -> R<(&'a str, u32)> {
        let t = self.expect(Kind::Word, what)?;
        let s = self.text(t);
        if !is_identifier(s) {
            return self.fail(t.start, format!("`{s}` is not a valid {what}"));
        }
        Ok((s, t.start))
    }

    /// The `BR` the grammar puts after statements: the next token must start a new line. `false` (and
    /// reported) when it does not.
    fn line_break(&mut self, after: &str) -> bool {
        let t = self.peek();
        if t.nl_before {
            return true;
        }
        if t.kind != Kind::Error {
            let found = self.describe(t);
            self.err(
                t.start,
                format!("expected a line break after {after}, found {found}"),
            );
        }
        false
    }

    fn v2(&mut self, at: u32, feature: &str) {
        if self.version == Version::V1 {
            self.err(
                at,
                format!(
                    "{feature}: this needs IDL version 2 (`$version: \"2\"`), and this file is version 1.0"
                ),
            );
        }
    }

    /// The documentation comment right before token `t`, if any (spec: idl.rst, "Documentation comment").
    fn doc_of(&self, t: Token) -> Option<String> {
        let lines = self
            .lexer
            .docs
            .get(t.doc_start as usize..t.doc_end as usize)?;
        if lines.is_empty() {
            return None;
        }
        let mut out = String::new();
        for (i, &(a, b)) in lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            let line = &self.src[a as usize..b as usize];
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
        }
        Some(out)
    }

    // ---- shape ids

    /// Resolves a shape id as written (spec: idl.rst, "Relative shape ID resolution"): absolute ids as
    /// they are; relative ones by `use`, then the current namespace when it defines the name, then the
    /// prelude, else the current namespace. Without a namespace (metadata), relative ids are the prelude's.
    pub fn resolve(&mut self, t: Token) -> R<String> {
        self.settle_ambiguous();
        let (word, at) = (self.text(t), t.start);
        if t.marks & HASH != 0 {
            return match crate::resolve::check_shape_id(word) {
                Ok(_) => Ok(word.to_string()),
                Err(e) => self.fail(at, e),
            };
        }
        let (root, member) = match t.marks & DOLLAR != 0 {
            true => word
                .split_once('$')
                .map_or((word, None), |(r, m)| (r, Some(m))),
            false => (word, None),
        };
        let valid = if member.is_none() && t.plain_identifier(self.src) {
            true
        } else {
            is_identifier(root) && member.is_none_or(is_identifier)
        };
        if !valid {
            return self.fail(at, format!("`{word}` is not a valid shape id"));
        }
        let id = if let Some((abs, _)) = self.uses.get(root) {
            let mut id = abs.clone();
            if let Some(m) = member {
                id.push('$');
                id.push_str(m);
            }
            id
        } else {
            let ns = self.namespace.as_deref().unwrap_or(prelude::NAMESPACE);
            if ns != prelude::NAMESPACE
                && prelude::shape_type(root).is_some()
                && !self.overrides.contains(root)
            {
                if !self.out.ambiguous.contains(root) {
                    self.out.ambiguous.insert(root.to_string());
                }
                self.last_ambiguous = Some(root);
                absolute(prelude::NAMESPACE, root, member)
            } else {
                absolute(ns, root, member)
            }
        };
        Ok(id)
    }

    /// The ambiguous name of the last resolution that no caller took: it cannot be fixed up.
    fn settle_ambiguous(&mut self) {
        if let Some(name) = self.last_ambiguous.take()
            && !self.out.unpatched.contains(name)
        {
            self.out.unpatched.insert(name.to_string());
        }
    }

    /// The ambiguous name of the resolution just done, for a caller that records where it went.
    fn take_ambiguous(&mut self) -> Option<String> {
        self.last_ambiguous.take().map(str::to_string)
    }

    /// The trait fixups of the last [`Parser::traits`], for the shape or member `member` (`None`: the
    /// shape or `apply` itself).
    fn trait_sites(&mut self, member: Option<&str>, into: &mut Vec<Fixup>) {
        for (name, annotation) in self.trait_fixups.drain(..) {
            let site = match member {
                None => Site::ShapeTrait(annotation),
                Some(m) => Site::MemberTrait(m.to_string(), annotation),
            };
            into.push(Fixup { name, site });
        }
    }

    /// A shape id that must name a shape (not a member).
    fn shape_ref(&mut self, what: &str) -> R<ShapeRef> {
        let t = self.expect(Kind::Word, what)?;
        let word = self.text(t);
        let target = self.resolve(t)?;
        if t.marks & DOLLAR != 0 {
            return self.fail(
                t.start,
                format!("{what} must be a shape, not a member (`{word}`)"),
            );
        }
        Ok(ShapeRef { target })
    }

    // ---- the file

    pub fn file(&mut self) {
        while self.peek().kind == Kind::Dollar {
            self.statement(Self::control, "a control statement");
        }
        while self.is_word(self.peek(), "metadata") {
            self.statement(Self::metadata, "a metadata statement");
        }
        if self.is_word(self.peek(), "namespace") {
            self.statement(Self::namespace_statement, "the namespace statement");
        }
        while self.is_word(self.peek(), "use") {
            self.statement(Self::use_statement, "a use statement");
        }
        while self.peek().kind != Kind::Eof && self.out.errors.len() < MAX_ERRORS {
            self.statement(Self::shape_or_apply, "a shape");
        }
        if self.out.errors.len() >= MAX_ERRORS {
            let at = self.peek().start;
            self.err(at, "too many errors; the rest of the file was not checked");
        }
        self.settle_ambiguous();
        // Trait fixups no shape took (after an error) cannot be applied.
        for (name, _) in std::mem::take(&mut self.trait_fixups) {
            self.out.unpatched.insert(name);
        }
        for (name, (_, at)) in std::mem::take(&mut self.uses) {
            if self.defined.contains_key(name) {
                self.err(
                    at,
                    format!("`{name}` is imported by this `use` and also defined in this file"),
                );
            }
        }
        self.out.version = self.version;
        self.out.namespace = self.namespace.clone();
    }

    /// Runs one statement, then checks the line break after it; after an error, skips to the next
    /// statement.
    fn statement(&mut self, f: fn(&mut Self) -> R<()>, what: &str) {
        let start = self.pos;
        if f(self).is_err() {
            self.recover(start, false);
        } else if !self.line_break(what) && !self.starts_statement(self.peek()) {
            // Missing only the line break before another statement: carry on with it. Anything else on
            // the line is skipped.
            self.recover(start, false);
        }
    }

    /// Skips tokens after an error: to the next line that starts a statement (`members == false`) or a
    /// member (`members == true`, stopping at the `}` that closes the members). Always makes progress.
    pub fn recover(&mut self, start: usize, members: bool) {
        let mut depth = 0usize;
        loop {
            let t = self.peek();
            if t.kind == Kind::Eof {
                return;
            }
            if depth == 0 && self.pos > start && t.nl_before {
                let starts = match t.kind {
                    Kind::Dollar | Kind::Word | Kind::At if members => true,
                    _ => self.starts_statement(t),
                };
                if starts {
                    return;
                }
            }
            match t.kind {
                Kind::LBrace | Kind::LBracket | Kind::LParen => depth += 1,
                Kind::RBrace | Kind::RBracket | Kind::RParen if depth > 0 => depth -= 1,
                Kind::RBrace if members && self.pos > start => return,
                _ => {}
            }
            self.bump();
        }
    }

    /// Can `t` begin a statement: a trait, a control statement, or a statement keyword?
    fn starts_statement(&self, t: Token) -> bool {
        match t.kind {
            Kind::At | Kind::Dollar => true,
            Kind::Word => {
                let w = self.text(t);
                matches!(w, "apply" | "metadata" | "use" | "namespace")
                    || shape_keyword(w).is_some()
            }
            _ => false,
        }
    }

    fn control(&mut self) -> R<()> {
        let dollar = self.bump();
        if self.peek().start != dollar.end {
            return self.fail(
                dollar.start,
                "expected a control statement key right after `$`",
            );
        }
        let (key, at) = self.object_key()?;
        if self.controls.contains(&key) {
            return self.fail(at, format!("`${key}` is given twice"));
        }
        self.controls.push(key.clone());
        self.expect(Kind::Colon, "`:` after the control statement key")?;
        let vt = self.peek();
        let value = self.node_value(0)?;
        let text = value.as_str();
        match key.as_str() {
            "version" => match text {
                Some("1" | "1.0") => self.version = Version::V1,
                Some("2" | "2.0") => self.version = Version::V2,
                _ => {
                    return self.fail(
                        vt.start,
                        format!(
                            "unsupported IDL version {value} (this parser reads \"1.0\" and \"2.0\")"
                        ),
                    );
                }
            },
            "operationInputSuffix" | "operationOutputSuffix" => {
                let Some(s) =
                    text.filter(|s| s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
                else {
                    return self.fail(
                        vt.start,
                        format!("`${key}` must be a string of identifier characters"),
                    );
                };
                if key == "operationInputSuffix" {
                    self.input_suffix = s.to_string();
                } else {
                    self.output_suffix = s.to_string();
                }
            }
            // Unknown control statements are ignored (spec: idl.rst, "Control section").
            _ => {}
        }
        Ok(())
    }

    fn metadata(&mut self) -> R<()> {
        self.bump();
        let (key, at) = self.object_key()?;
        self.expect(Kind::Equals, "`=` after the metadata key")?;
        let value = self.node_value(0)?;
        self.out.metadata.push((key, value, at));
        Ok(())
    }

    fn namespace_statement(&mut self) -> R<()> {
        self.bump();
        let t = self.expect(Kind::Word, "a namespace")?;
        let ns = self.text(t);
        // Kept even when invalid, so that the shapes after it are still checked.
        self.namespace = Some(ns.to_string());
        if !ns.split('.').all(is_identifier) {
            return self.fail(
                t.start,
                format!("`{ns}` is not a valid namespace (identifiers separated by `.`)"),
            );
        }
        Ok(())
    }

    fn use_statement(&mut self) -> R<()> {
        self.bump();
        let t = self.expect(Kind::Word, "an absolute shape id to import")?;
        let word = self.text(t);
        if !word.contains('#') {
            return self.fail(
                t.start,
                format!("`use` needs an absolute shape id (`namespace#{word}`)"),
            );
        }
        let id = self.resolve(t)?;
        if id.contains('$') {
            return self.fail(t.start, format!("`use` cannot import a member (`{word}`)"));
        }
        let name = &word[word.find('#').map_or(0, |h| h + 1)..];
        if let Some((other, _)) = self.uses.get(name)
            && *other != id
        {
            let msg = format!("`{name}` is already imported from `{other}`");
            return self.fail(t.start, msg);
        }
        self.uses.insert(name, (id, t.start));
        Ok(())
    }

    fn shape_or_apply(&mut self) -> R<()> {
        let t = self.peek();
        match t.kind {
            Kind::Dollar => {
                self.control()?;
                return self.fail(t.start, "control statements must come first in the file");
            }
            Kind::Word => match self.text(t) {
                "metadata" => {
                    self.metadata()?;
                    return self.fail(
                        t.start,
                        "metadata statements must come before the namespace statement",
                    );
                }
                "namespace" => {
                    let had = self.namespace.is_some();
                    self.namespace_statement()?;
                    let msg = if had {
                        "a file has one namespace statement"
                    } else {
                        "the namespace statement must come before shapes"
                    };
                    return self.fail(t.start, msg);
                }
                "use" => {
                    self.use_statement()?;
                    return self.fail(
                        t.start,
                        "use statements must come right after the namespace statement",
                    );
                }
                "apply" => return self.apply(),
                _ => {}
            },
            _ => {}
        }
        if self.namespace.is_none() {
            return self.fail(
                t.start,
                "shapes need a namespace: put `namespace <name>` before them",
            );
        }
        self.shape()
    }

    /// `apply Target @trait` or `apply Target { @a @b }`.
    fn apply(&mut self) -> R<()> {
        self.bump();
        let t = self.expect(Kind::Word, "the shape id to apply traits to")?;
        let target = self.resolve(t)?;
        let mut traits = AstTraits::default();
        let mut annotations = Vec::new();
        match self.peek().kind {
            Kind::At => self.trait_statement(&mut traits, &mut annotations)?,
            Kind::LBrace => {
                self.bump();
                self.traits(&mut traits, &mut annotations)?;
                self.expect(Kind::RBrace, "a trait or `}`")?;
            }
            _ => return self.expected("`@` (a trait) or `{` after the apply target"),
        }
        let mut fixups = Vec::new();
        self.trait_sites(None, &mut fixups);
        self.out.applies.push(Apply {
            target,
            traits,
            at: t.start,
            annotations,
            fixups,
        });
        Ok(())
    }

    /// Claims `name` in the current namespace for a shape of this file.
    fn define(&mut self, name: Cow<'a, str>, at: u32) -> R<String> {
        if let Some(&first) = self.defined.get(&name) {
            let line = self.src[..first as usize].matches('\n').count() + 1;
            return self.fail(
                at,
                format!("`{name}` is already defined in this file, on line {line}"),
            );
        }
        let ns = self.namespace.as_deref().unwrap_or_default();
        let id = absolute(ns, &name, None);
        self.defined.insert(name, at);
        Ok(id)
    }

    /// The documentation comment and the traits before a shape or member.
    fn documented_traits(&mut self) -> R<(AstTraits, Vec<String>)> {
        let first = self.peek();
        let mut traits = AstTraits::default();
        if let Some(doc) = self.doc_of(first) {
            traits.insert(DOCUMENTATION.into(), Value::String(doc));
        }
        let mut annotations = Vec::new();
        self.traits(&mut traits, &mut annotations)?;
        Ok((traits, annotations))
    }

    fn shape(&mut self) -> R<()> {
        let before = self.out.errors.len();
        let (traits, annotations) = self.documented_traits()?;
        let t = self.peek();
        let kw = if t.kind == Kind::Word {
            self.text(t)
        } else {
            ""
        };
        if kw == "apply" {
            return self.fail(
                t.start,
                "traits cannot come before `apply`: put them after the target",
            );
        }
        let Some(kind) = shape_keyword(kw) else {
            // `strukture Forecast {`: the statement meant to define `Forecast`, so what later phases would
            // say about that shape (a member targeting it is dangling) follows from this error.
            let next = self.peek_next();
            if t.kind == Kind::Word
                && next.kind == Kind::Word
                && !next.nl_before
                && is_identifier(self.text(next))
            {
                let ns = self.namespace.as_deref().unwrap_or_default();
                let id = absolute(ns, self.text(next), None);
                self.out.broken.insert(id);
                let r = self
                    .expected("a shape type (`structure`, `string`, `operation`, ...) or `apply`");
                self.attributed += self.out.errors.len() - before;
                return r;
            }
            return self
                .expected("a shape type (`structure`, `string`, `operation`, ...) or `apply`");
        };
        self.bump();
        let (name, at) = self.identifier("shape name")?;
        let id = self.define(Cow::Borrowed(name), at)?;
        let mut def = self.new_def(id, kind, at, traits, annotations);
        let errors = self.out.errors.len();
        let body = self.shape_body(&mut def, kind, name, t.start);
        if body.is_err() || self.out.errors.len() > errors {
            // Dropped, or kept without the members that did not read.
            self.out.broken.insert(def.id.clone());
            self.attributed += self.out.errors.len() - before;
        }
        body?;
        self.out.defs.push(def);
        Ok(())
    }

    /// What follows a shape's name, by its type (`kw_at`: where its keyword is).
    fn shape_body(&mut self, def: &mut Def, kind: ShapeType, name: &str, kw_at: u32) -> R<()> {
        use ShapeType as T;
        match kind {
            T::Enum | T::IntEnum => {
                self.v2(kw_at, "enum and intEnum shapes");
                self.mixins(&mut def.shape, &mut def.fixups)?;
                self.enum_members(def)?;
            }
            T::List | T::Set | T::Map | T::Structure | T::Union => {
                self.for_resource(def)?;
                self.mixins(&mut def.shape, &mut def.fixups)?;
                self.members(def)?;
            }
            T::Service | T::Resource => {
                self.mixins(&mut def.shape, &mut def.fixups)?;
                self.entity_body(&mut def.shape)?;
            }
            T::Operation => {
                self.mixins(&mut def.shape, &mut def.fixups)?;
                self.operation_body(def, name)?;
            }
            _ => self.mixins(&mut def.shape, &mut def.fixups)?,
        }
        Ok(())
    }

    /// A definition with the shape's traits (and their fixups) in place; members and properties follow.
    fn new_def(
        &mut self,
        id: String,
        kind: ShapeType,
        at: u32,
        traits: AstTraits,
        annotations: Vec<String>,
    ) -> Def {
        let mut shape = Box::new(Shape::new(kind));
        shape.traits = traits;
        let mut def = Def {
            id,
            shape,
            at,
            members_at: Vec::new(),
            for_resource: None,
            elided: Vec::new(),
            annotations: annotations.into_iter().map(|a| (None, a)).collect(),
            fixups: Vec::new(),
        };
        self.trait_sites(None, &mut def.fixups);
        def
    }

    /// `for Resource`, whose identifiers and properties elided members may take their targets from.
    fn for_resource(&mut self, def: &mut Def) -> R<()> {
        let t = self.peek();
        if self.keyword("for") {
            self.v2(t.start, "`for` a resource");
            def.for_resource = Some(self.shape_ref("the resource after `for`")?.target);
        }
        Ok(())
    }

    /// `with [A, B]`.
    fn mixins(&mut self, shape: &mut Shape, fixups: &mut Vec<Fixup>) -> R<()> {
        let t = self.peek();
        if !self.keyword("with") {
            return Ok(());
        }
        self.v2(t.start, "mixins");
        self.expect(Kind::LBracket, "`[` after `with`")?;
        while self.peek().kind != Kind::RBracket {
            let r = self.shape_ref("a mixin shape id or `]`")?;
            if let Some(name) = self.take_ambiguous() {
                let site = Site::Mixin(shape.mixins.len());
                fixups.push(Fixup { name, site });
            }
            shape.mixins.push(r);
        }
        self.bump();
        Ok(())
    }

    /// Trait statements, merged into `into`; annotation traits outside the prelude go to `annotations`.
    pub fn traits(&mut self, into: &mut AstTraits, annotations: &mut Vec<String>) -> R<()> {
        for (name, _) in std::mem::take(&mut self.trait_fixups) {
            self.out.unpatched.insert(name);
        }
        while self.peek().kind == Kind::At {
            self.trait_statement(into, annotations)?;
        }
        Ok(())
    }

    /// `@id`, `@id(value)` or `@id(key: value, ...)`.
    fn trait_statement(&mut self, into: &mut AstTraits, annotations: &mut Vec<String>) -> R<()> {
        let at = self.bump();
        let t = self.peek();
        if t.kind != Kind::Word || t.start != at.end {
            return self.expected("a trait shape id right after `@`");
        }
        self.bump();
        let id = self.resolve(t)?;
        let ambiguous = self.take_ambiguous();
        let value = if self.peek().kind == Kind::LParen {
            self.trait_body()?
        } else {
            None
        };
        if let Some(name) = ambiguous {
            self.trait_fixups.push((name, value.is_none()));
        }
        let value = match value {
            Some(v) => v,
            None => {
                let known = id.strip_prefix("smithy.api#").and_then(prelude::shape_type);
                match known {
                    Some(k) => prelude::annotation_value(k),
                    None => {
                        annotations.push(id.clone());
                        Value::Null
                    }
                }
            }
        };
        match into.entry(id) {
            indexmap::map::Entry::Vacant(slot) => {
                slot.insert(value);
                Ok(())
            }
            indexmap::map::Entry::Occupied(slot) => {
                let what = if slot.key() == DOCUMENTATION {
                    "documentation is given twice (a `///` comment and `@documentation`?)"
                        .to_string()
                } else {
                    format!("trait `{}` is applied twice", slot.key())
                };
                self.fail(t.start, what)
            }
        }
    }

    fn enum_members(&mut self, def: &mut Def) -> R<()> {
        let what = ("`{` and the enum's members", "an enum member or `}`");
        let members = self.member_block(def, what, Self::enum_member)?;
        def.shape.members = Some(members);
        Ok(())
    }

    /// `{ ... }` of members, each read by `one`; an error skips to the next member. `what`: what is
    /// expected at the opening brace and at each member.
    fn member_block(
        &mut self,
        def: &mut Def,
        what: (&str, &str),
        one: fn(&mut Self, &mut Def) -> R<()>,
    ) -> R<IndexMap<String, Member>> {
        self.expect(Kind::LBrace, what.0)?;
        self.scratch.pending.clear();
        loop {
            match self.peek().kind {
                Kind::RBrace => {
                    self.bump();
                    break;
                }
                Kind::Eof => return self.expected(what.1),
                _ => {}
            }
            let start = self.pos;
            if one(self, def).is_err() {
                self.recover(start, true);
            }
        }
        Ok(self.take_members(def))
    }

    fn enum_member(&mut self, def: &mut Def) -> R<()> {
        let (mut traits, annotations) = self.documented_traits()?;
        let (name, at) = self.identifier("enum member name")?;
        self.trait_sites(Some(name), &mut def.fixups);
        if self.peek().kind == Kind::Equals {
            self.bump();
            let value = self.node_value(0)?;
            if traits.contains_key(ENUM_VALUE) {
                return self.fail(at, format!("`{name}` has both `= value` and `@enumValue`"));
            }
            traits.insert(ENUM_VALUE.into(), value);
        }
        self.add_member(def, name, at, "smithy.api#Unit".into(), traits, annotations)
    }

    /// A member read: kept on `self.pending` until the shape's closing brace, so that its map is
    /// allocated once at its final size.
    #[allow(clippy::too_many_arguments)]
    fn add_member(
        &mut self,
        def: &mut Def,
        name: &str,
        at: u32,
        target: String,
        traits: AstTraits,
        annotations: Vec<String>,
    ) -> R<()> {
        def.annotations
            .extend(annotations.into_iter().map(|a| (Some(name.to_string()), a)));
        self.scratch
            .pending
            .push((name.to_string(), Member { target, traits }, at));
        Ok(())
    }

    /// The members read since the shape's opening brace, as its member map (a name given twice is an
    /// error; the first stays), with their offsets in `def`.
    fn take_members(&mut self, def: &mut Def) -> IndexMap<String, Member> {
        let mut pending = std::mem::take(&mut self.scratch.pending);
        let mut map = IndexMap::with_capacity(pending.len());
        let mut ats = Vec::with_capacity(pending.len());
        for (name, m, at) in pending.drain(..) {
            match map.entry(name) {
                indexmap::map::Entry::Vacant(slot) => {
                    slot.insert(m);
                    ats.push(at);
                }
                indexmap::map::Entry::Occupied(slot) => {
                    let msg = format!("member `{}` is defined twice", slot.key());
                    self.err(at, msg);
                }
            }
        }
        self.scratch.pending = pending;
        def.members_at = ats;
        map
    }

    /// `{ members }` of a structure, union, list, set or map (or of an inline input or output).
    fn members(&mut self, def: &mut Def) -> R<()> {
        let what = ("`{` and the shape's members", "a member or `}`");
        let members = self.member_block(def, what, Self::member)?;
        use ShapeType as T;
        match def.shape.kind {
            T::Structure | T::Union => def.shape.members = Some(members),
            _ => {
                for (name, m) in members {
                    match name.as_str() {
                        "member" => def.shape.member = Some(Box::new(m)),
                        "key" => def.shape.key = Some(Box::new(m)),
                        _ => def.shape.value = Some(Box::new(m)),
                    }
                }
            }
        }
        Ok(())
    }

    fn member(&mut self, def: &mut Def) -> R<()> {
        let (mut traits, annotations) = self.documented_traits()?;
        let t = self.peek();
        let elided = t.kind == Kind::Dollar;
        if elided {
            self.bump();
            self.v2(t.start, "elided member targets (`$name`)");
            if self.peek().start != t.end {
                return self.expected("a member name right after `$`");
            }
        }
        let (name, at) = self.identifier("member name")?;
        self.trait_sites(Some(name), &mut def.fixups);
        let allowed: &[&str] = match def.shape.kind {
            ShapeType::List | ShapeType::Set => &["member"],
            ShapeType::Map => &["key", "value"],
            _ => &[],
        };
        if !allowed.is_empty() && !allowed.contains(&name) {
            let kind = def.shape.kind;
            let names = allowed.join("` and `");
            return self.fail(
                at,
                format!("a {kind} has only the members `{names}`, not `{name}`"),
            );
        }
        let target = if elided {
            def.elided.push(name.to_string());
            String::new()
        } else {
            self.expect_colon(|| format!("`:` and the target of member `{name}`"))?;
            if self.peek().nl_before {
                // `name: Target` is one line (the grammar allows only spaces around the `:`).
                return self.expected(&format!("the target of member `{name}` on the same line"));
            }
            let target = self.shape_ref("the member's target")?.target;
            if let Some(n) = self.take_ambiguous() {
                let site = Site::MemberTarget(name.to_string());
                def.fixups.push(Fixup { name: n, site });
            }
            target
        };
        if self.peek().kind == Kind::Equals {
            let eq = self.bump();
            self.v2(eq.start, "default values (`= value`)");
            let value = self.node_value(0)?;
            if traits.contains_key(DEFAULT) {
                return self.fail(
                    eq.start,
                    format!("`{name}` has both `= value` and `@default`"),
                );
            }
            traits.insert(DEFAULT.into(), value);
        }
        self.add_member(def, name, at, target, traits, annotations)
    }

    /// `{ input: X, output := { ... }, errors: [E] }`.
    fn operation_body(&mut self, def: &mut Def, op_name: &str) -> R<()> {
        self.expect(Kind::LBrace, "`{` and the operation's properties")?;
        let mut seen: Vec<&str> = Vec::new();
        loop {
            if self.peek().kind == Kind::RBrace {
                self.bump();
                return Ok(());
            }
            let t = self.expect(Kind::Word, "`input`, `output`, `errors` or `}`")?;
            let key = self.text(t);
            if seen.contains(&key) {
                return self.fail(t.start, format!("`{key}` is given twice"));
            }
            seen.push(key);
            match key {
                "input" | "output" => {
                    let r = if self.peek().kind == Kind::Walrus {
                        let w = self.bump();
                        self.v2(w.start, "inline input and output (`:=`)");
                        self.inline_structure(op_name, key == "input", w.start)?
                    } else {
                        self.expect_colon(|| format!("`:` or `:=` after `{key}`"))?;
                        self.shape_ref(&format!("the operation's {key}"))?
                    };
                    if key == "input" {
                        def.shape.input = Some(r);
                    } else {
                        def.shape.output = Some(r);
                    }
                }
                "errors" => {
                    self.expect(Kind::Colon, "`:` after `errors`")?;
                    self.expect(Kind::LBracket, "`[` and the error shapes")?;
                    while self.peek().kind != Kind::RBracket {
                        let r = self.shape_ref("an error shape id or `]`")?;
                        def.shape.errors.push(r);
                    }
                    self.bump();
                }
                other => {
                    return self.fail(
                        t.start,
                        format!("unknown operation property `{other}` (expected `input`, `output` or `errors`)"),
                    );
                }
            }
        }
    }

    /// `:= @traits for R with [M] { members }`: a structure named after the operation, marked `@input` or
    /// `@output` (spec: idl.rst, "Inline input / output shapes").
    fn inline_structure(&mut self, op_name: &str, input: bool, at: u32) -> R<ShapeRef> {
        let mut traits = AstTraits::default();
        let mut annotations = Vec::new();
        self.traits(&mut traits, &mut annotations)?;
        let (marker, suffix) = if input {
            (INPUT, self.input_suffix.clone())
        } else {
            (OUTPUT, self.output_suffix.clone())
        };
        if traits.contains_key(marker) {
            return self.fail(
                at,
                format!("an inline structure is already `@{}`", &marker[11..]),
            );
        }
        traits.insert(marker.into(), Value::Object(Default::default()));
        let name = format!("{op_name}{suffix}");
        let id = self.define(Cow::Owned(name), at)?;
        let mut def = self.new_def(id.clone(), ShapeType::Structure, at, traits, annotations);
        self.for_resource(&mut def)?;
        self.mixins(&mut def.shape, &mut def.fixups)?;
        self.members(&mut def)?;
        self.out.defs.push(def);
        Ok(ShapeRef { target: id })
    }
}
