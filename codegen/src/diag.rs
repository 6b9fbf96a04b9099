//! Errors that point into the model. Every stage collects them and fails once, with all of them.

use std::fmt;

/// One problem found in a model: where it is and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
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
            writeln!(f, "  {}: {d}", self.source)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}
