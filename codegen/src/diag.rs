//! Errors that point into the model. Every stage collects them and fails once, with all of them.

use std::fmt;

/// One problem found in a model: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Where in which file, when the problem is tied to a place in a source file (always for IDL models).
    /// First, so that diagnostics sort by file, line and column. Boxed: most diagnostics have none, and
    /// a small `Diagnostic` keeps the `Result`s that carry one small.
    pub span: Option<Box<Span>>,
    /// The shape the problem belongs to (`com.example#Shape`), when there is one.
    pub shape: Option<String>,
    /// The member of that shape, when the problem is in a member.
    pub member: Option<String>,
    /// Where in the JSON document: a JSON path like `shapes["com.example#Shape"].members.Foo.target`,
    /// or `line 3, column 7` for syntax errors.
    pub location: String,
    /// What is wrong, in one sentence.
    pub message: String,
}

/// A place in a source file: the file, a 1-based line and column (in characters), and the text of that line
/// for the caret display. `line` 0 means the file as a whole (a JSON AST file in a multi-file model).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Span {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub text: String,
}

impl Span {
    /// The span of byte `offset` of `source` (clamped to its length), named `file`.
    pub fn at(file: &str, source: &[u8], offset: usize) -> Span {
        let offset = offset.min(source.len());
        let line_start = source[..offset]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line_end = source[offset..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(source.len(), |i| offset + i);
        let line = source[..line_start].iter().filter(|&&b| b == b'\n').count() + 1;
        let before = String::from_utf8_lossy(&source[line_start..offset]);
        let text = String::from_utf8_lossy(&source[line_start..line_end]);
        Span {
            file: file.to_string(),
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(before.chars().count() + 1).unwrap_or(u32::MAX),
            text: text.trim_end_matches('\r').to_string(),
        }
    }

    /// The whole of `file`, without a position.
    pub fn file(file: &str) -> Span {
        Span {
            file: file.to_string(),
            line: 0,
            column: 0,
            text: String::new(),
        }
    }
}

impl Diagnostic {
    /// A problem at a place in a source file, not tied to a shape.
    pub fn at(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span: Some(Box::new(span)),
            shape: None,
            member: None,
            location: String::new(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.shape, &self.member) {
            (Some(s), Some(m)) => write!(f, "{s}${m}: ")?,
            (Some(s), None) => write!(f, "{s}: ")?,
            _ => {}
        }
        write!(f, "{}", self.message)?;
        if !self.location.is_empty() {
            write!(f, " (at {})", self.location)?;
        }
        Ok(())
    }
}

/// Every problem found in one model, in a deterministic order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Diagnostics {
    /// Name of the source (usually the file name), prefixed to every line when displayed.
    pub source: String,
    pub items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new(source: impl Into<String>) -> Self {
        Diagnostics {
            source: source.into(),
            items: Vec::new(),
        }
    }

    pub fn push(&mut self, d: Diagnostic) {
        self.items.push(d);
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// `Ok(value)` when nothing was reported, otherwise every diagnostic, sorted and deduplicated.
    pub fn finish<T>(mut self, value: T) -> Result<T, Diagnostics> {
        if self.items.is_empty() {
            Ok(value)
        } else {
            self.items.sort();
            self.items.dedup();
            Err(self)
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.items.len();
        writeln!(
            f,
            "{}: {n} error{} in the model",
            self.source,
            if n == 1 { "" } else { "s" }
        )?;
        for d in &self.items {
            match &d.span {
                None => writeln!(f, "  {}: {d}", self.source)?,
                Some(s) if s.line == 0 => writeln!(f, "  {}: {d}", s.file)?,
                Some(s) => {
                    writeln!(f, "  {}:{}:{}: {d}", s.file, s.line, s.column)?;
                    write_snippet(f, s)?;
                }
            }
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// The offending line and a caret under the column, like rustc:
/// ```text
///      3 |     foo String
///        |         ^
/// ```
/// The caret line copies the tabs of the line so that it stays aligned.
fn write_snippet(f: &mut fmt::Formatter<'_>, s: &Span) -> fmt::Result {
    let number = s.line.to_string();
    let pad = " ".repeat(number.len());
    let before: String = s
        .text
        .chars()
        .take(s.column.saturating_sub(1) as usize)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    writeln!(f, "    {number} | {}", s.text)?;
    writeln!(f, "    {pad} | {before}^")
}
