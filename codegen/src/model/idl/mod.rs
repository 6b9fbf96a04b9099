//! The Smithy IDL front end (spec: idl.rst): a hand-written lexer and parser that lower each file straight
//! into the JSON AST types, so that `resolve` treats IDL and JSON models alike. `lexer` makes tokens,
//! `strings` reads literals, `parser` the statements and shapes, `node` node values and entity bodies,
//! `prelude` knows the prelude's names. Merging files is [`super::assemble`]'s job.

mod lexer;
mod node;
mod parser;
pub(crate) mod prelude;
mod strings;

use std::collections::BTreeSet;

pub(crate) use parser::{Fixup, Parsed, Scratch, Site, Version};

/// Parses one IDL file. `overrides` are the prelude names (`String`, `required`) that the file's namespace
/// defines somewhere in the model, so that relative ids with those names resolve to the namespace.
/// Never fails as a whole: what could be read is returned with every error in `errors`.
#[cfg(test)]
pub(crate) fn parse(src: &[u8], overrides: &BTreeSet<String>) -> Parsed {
    parse_with(src, overrides, &mut Scratch::default())
}

/// [`parse`], reusing `scratch` (left empty) for the parser's buffers.
pub(crate) fn parse_with(
    src: &[u8],
    overrides: &BTreeSet<String>,
    scratch: &mut Scratch,
) -> Parsed {
    let text = match std::str::from_utf8(src) {
        Ok(t) if u32::try_from(src.len()).is_ok() => t,
        Ok(_) => return failed(0, "the file is larger than 4 GiB".into()),
        Err(e) => {
            return failed(
                e.valid_up_to() as u32,
                "the file is not valid UTF-8 (Smithy models are UTF-8)".into(),
            );
        }
    };
    let mut p = parser::Parser::new(text, overrides, std::mem::take(scratch));
    p.file();
    let (mut out, buffers) = p.finish();
    *scratch = buffers;
    out.errors.sort_by_key(|e| e.0);
    out
}

fn failed(at: u32, msg: String) -> Parsed {
    Parsed::new(Version::V2, vec![(at, msg)])
}
