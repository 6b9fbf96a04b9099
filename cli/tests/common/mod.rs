//! What the binary's tests share: the checkout, a fresh folder per test, running the binary.

use std::path::{Path, PathBuf};
use std::process::Command;

/// This checkout (the cli crate's parent folder).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// An empty folder of the test's own under the system's temp folder.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("smithy-rs-native-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the installed binary with `args` in `cwd`.
pub fn bin(cwd: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_smithy-rs-native"))
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the binary runs")
}
