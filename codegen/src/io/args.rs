//! Arguments checked before anything is generated, so a mistake costs nothing.

use std::path::{Component, Path};

/// The output folder: not empty, not the filesystem root.
pub fn check_out(out: &Path) -> Result<(), String> {
    if out.as_os_str().is_empty() {
        return Err("--out is empty: name the folder the crate goes to".to_string());
    }
    let only_root = out.components().all(|c| {
        matches!(
            c,
            Component::RootDir | Component::Prefix(_) | Component::CurDir
        )
    });
    // `/..` and a symbolic link to `/` are the root too.
    let resolved = std::fs::canonicalize(out).ok();
    if (only_root && out.has_root()) || resolved.is_some_and(|r| r.parent().is_none()) {
        return Err(format!(
            "--out {} is the filesystem root: name a folder for the crate",
            out.display()
        ));
    }
    Ok(())
}

/// Cargo's rule for package names: ASCII letters, digits, `-` and `_`, not starting with a digit or `-`.
pub fn check_package_name(name: &str) -> Result<(), String> {
    let valid = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && !name.starts_with(|c: char| c.is_ascii_digit() || c == '-');
    if valid {
        Ok(())
    } else {
        Err(format!(
            "`{name}` is not a package name cargo accepts: use ASCII letters, digits, `-` and `_`, starting with a letter or `_` (pass --package)"
        ))
    }
}

/// An operation list given on the command line names at least one operation.
pub fn check_operations(operations: Option<&[String]>) -> Result<(), String> {
    match operations {
        Some(ops) if ops.iter().all(|o| o.trim().is_empty()) => Err(
            "--operations lists no operation: name at least one (`--operations GetThing,ListThings`)"
                .to_string(),
        ),
        _ => Ok(()),
    }
}
