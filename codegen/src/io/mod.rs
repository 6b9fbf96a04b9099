//! The file-system side of `codegen`, for every command line that writes crates (the xtask and any
//! installable CLI): checking arguments before anything is generated, reading models with a size bound,
//! the `.codegen-files` manifest that says which files the generator owns, and writing a crate so that a
//! failure or a `kill -9` at any point leaves the old crate or the new one, whole.

mod args;
mod exchange;
mod manifest;
mod sources;
mod write;

pub use args::{check_operations, check_out, check_package_name};
pub use manifest::{MANIFEST, compare, unmanaged_conflicts};
pub use sources::{MAX_MODEL_BYTES, read_sources};
pub use write::{NEW_MARK, Step, Swap, write_crate, write_crate_with};
