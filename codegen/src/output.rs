//! The generator's output: files with their paths.

use crate::Diagnostic;

/// One generated file: a path relative to the crate's folder, and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub contents: String,
}

impl File {
    pub(crate) fn text(path: impl Into<String>, contents: String) -> File {
        File {
            path: path.into(),
            contents,
        }
    }

    /// A Rust file printed from `code`, `std` paths shortened unless the file defines the name
    /// (`defined`). Invalid tokens are a bug in the generator: the diagnostic names
    /// the file and the shape it was generated for (boxed: this path is rare and a `Diagnostic` is large).
    pub(crate) fn rust(
        path: impl Into<String>,
        code: crate::emit::Code,
        defined: &[&str],
        shape: Option<String>,
    ) -> Result<File, Box<Diagnostic>> {
        let path = path.into();
        match crate::emit::print_shortened(code, defined) {
            Ok(contents) => Ok(File { path, contents }),
            Err(e) => Err(Box::new(Diagnostic {
                span: None,
                shape,
                member: None,
                location: path.clone(),
                message: format!(
                    "{path}: the generator produced invalid Rust ({e}); this is a bug in codegen"
                ),
            })),
        }
    }
}
