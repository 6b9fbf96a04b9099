//! Where the tests that read ../shared find it: a missing folder fails the test with its path, never skips it.

use std::path::PathBuf;

/// `../shared/<sub>` next to the repository; `what` names it in the failure.
pub fn shared_dir(sub: &str, what: &str) -> PathBuf {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared")).join(sub);
    assert!(
        dir.is_dir(),
        "{what} are missing: expected them at {} (the repository must sit next to ../shared)",
        dir.display()
    );
    dir
}
