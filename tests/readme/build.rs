//! Cuts every ```` ```rust ```` block out of the repository's README into `$OUT_DIR/snippets.rs`, one module per
//! block named after its line, for `tests/snippets.rs` to compile. A block fenced ```` ```rust,ignore ```` (an
//! abridged listing) is left out; `tests/snippets.rs` checks how many are. So are the files of the build.rs
//! way of generating (a block whose first line is `// build.rs` or `// src/lib.rs`): they are the files of
//! `tests/readme-build`, which compiles them with its own manifest, and `tests/snippets.rs` checks that
//! they are the same.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let readme = manifest.join("../../README.md");
    println!("cargo::rerun-if-changed={}", readme.display());
    let text =
        std::fs::read_to_string(&readme).unwrap_or_else(|e| panic!("{}: {e}", readme.display()));
    let mut out = String::new();
    let mut open: Option<(usize, String)> = None;
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        match &mut open {
            None => {
                if line.trim_start() == "```rust" {
                    open = Some((line_no, String::new()));
                }
            }
            Some((start, body)) => {
                if line.trim_start() == "```" {
                    if is_build_rs_file(body) {
                        open = None;
                        continue;
                    }
                    writeln!(
                        out,
                        "/// README.md, the `rust` block at line {start}.\n\
                         #[allow(dead_code, unused_imports)]\n\
                         mod readme_line_{start} {{\n{body}}}\n"
                    )
                    .expect("writing to a String");
                    open = None;
                } else {
                    body.push_str(line);
                    body.push('\n');
                }
            }
        }
    }
    if let Some((start, _)) = open {
        panic!("README.md: the `rust` block at line {start} is never closed");
    }
    let dest =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo")).join("snippets.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}

/// A file of `tests/readme-build` (its build script, its `src/lib.rs`), named by the block's first line.
fn is_build_rs_file(block: &str) -> bool {
    block.starts_with("// build.rs") || block.starts_with("// src/lib.rs")
}
