//! The repository's side of the command line: where this checkout is. Everything else is
//! `smithy-rs-native` (re-exported here for the repository's own tests).

use std::path::{Path, PathBuf};

pub use smithy_rs_native::*;

/// This checkout's root (xtask lives in `<root>/xtask`; `CARGO_MANIFEST_DIR` is baked in at build time).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}
