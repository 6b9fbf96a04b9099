//! The `.codegen-files` manifest: the files the generator wrote into a folder. Only those are ever replaced
//! or removed; anything else there is someone's work.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::File;

/// Lists the files codegen wrote into a crate folder, so a later run removes only those.
pub const MANIFEST: &str = ".codegen-files";

/// What differs between `files` and the folder: changed, missing and left-over generated files.
pub fn compare(dir: &Path, files: &[File]) -> Vec<String> {
    let mut stale = Vec::new();
    for f in files {
        let path = dir.join(&f.path);
        match std::fs::read_to_string(&path) {
            Ok(old) if old == f.contents => {}
            Ok(old) => {
                let index = old
                    .lines()
                    .zip(f.contents.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or_else(|| old.lines().count().min(f.contents.lines().count()));
                let on_disk = old.lines().nth(index).unwrap_or("<end of file>");
                let expected = f.contents.lines().nth(index).unwrap_or("<end of file>");
                stale.push(format!(
                    "{} differs from line {}:\n    committed: {}\n    generated: {}",
                    path.display(),
                    index + 1,
                    on_disk.trim(),
                    expected.trim()
                ));
            }
            Err(_) => stale.push(format!("{} is missing", path.display())),
        }
    }
    let new: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for old in previous_manifest(dir) {
        if !new.contains(old.as_str()) {
            stale.push(format!(
                "{} is no longer generated",
                dir.join(&old).display()
            ));
        }
    }
    let manifest = manifest_file(files);
    if std::fs::read_to_string(dir.join(&manifest.path))
        .ok()
        .as_deref()
        != Some(manifest.contents.as_str())
    {
        stale.push(format!("{} is out of date", dir.join(MANIFEST).display()));
    }
    stale
}

/// The list of generated files, written next to them so that a later run removes only those.
pub(crate) fn manifest_file(files: &[File]) -> File {
    let mut contents =
        String::from("# Files written by `cargo xtask codegen`; it removes only these.\n");
    for f in files {
        contents.push_str(&f.path);
        contents.push('\n');
    }
    File {
        path: MANIFEST.to_string(),
        contents,
    }
}

pub(crate) fn previous_manifest(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join(MANIFEST))
        .map(|s| {
            s.lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Files in `dir` that writing `files` would replace although this generator did not write them: they are
/// not in the folder's manifest and their contents differ. Writing over them would lose someone's work.
pub fn unmanaged_conflicts(dir: &Path, files: &[File]) -> Vec<PathBuf> {
    let previous: BTreeSet<String> = previous_manifest(dir).into_iter().collect();
    files
        .iter()
        .filter(|f| !previous.contains(&f.path))
        .map(|f| (dir.join(&f.path), f))
        .filter(|(path, f)| {
            path.exists() && std::fs::read_to_string(path).map_or(true, |old| old != f.contents)
        })
        .map(|(path, _)| path)
        .collect()
}
