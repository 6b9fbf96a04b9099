//! The filesystem half, for the command line and build scripts: reading model files and folders, and
//! writing a crate so that nothing the generator did not write is lost. The pipeline itself
//! ([`crate::generate`]) does no I/O; only this module and [`crate::build`] touch the disk.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::File;
use crate::model::Source;

/// Lists the files codegen wrote into a crate folder, so a later run removes only those.
const MANIFEST: &str = ".codegen-files";

/// Reads model files: each path is a file (taken whatever its extension; the loader says when it is not a
/// model) or a folder, walked recursively for `.smithy` and `.json` files (hidden entries skipped). The
/// result is sorted by path and without repeats, so the same arguments always give the same model.
pub fn read_sources(paths: &[PathBuf]) -> Result<Vec<Source>, String> {
    let mut files = BTreeSet::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
        if meta.is_dir() {
            let before = files.len();
            walk(p, &mut files, 0)?;
            if files.len() == before {
                return Err(format!(
                    "{} holds no model files (`.smithy` or `.json`)",
                    p.display()
                ));
            }
        } else {
            files.insert(p.clone());
        }
    }
    files
        .into_iter()
        .map(|p| {
            let bytes =
                std::fs::read(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            Ok(Source::new(p.display().to_string(), bytes))
        })
        .collect()
}

/// Folders nest at most this deep below a `--model` folder (a bound against symlink loops).
const MAX_FOLDER_DEPTH: usize = 32;

fn walk(dir: &Path, out: &mut BTreeSet<PathBuf>, depth: usize) -> Result<(), String> {
    if depth > MAX_FOLDER_DEPTH {
        return Err(format!(
            "{} is nested more than {MAX_FOLDER_DEPTH} folders deep (a symbolic link loop?)",
            dir.display()
        ));
    }
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            walk(&path, out, depth + 1)?;
        } else if path
            .extension()
            .is_some_and(|x| x == "smithy" || x == "json")
        {
            out.insert(path);
        }
    }
    Ok(())
}

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
fn manifest_file(files: &[File]) -> File {
    let mut contents = String::from(
        "# Files written by smithy-rs-native (cargo xtask codegen); it removes only these.\n",
    );
    for f in files {
        contents.push_str(&f.path);
        contents.push('\n');
    }
    File {
        path: MANIFEST.to_string(),
        contents,
    }
}

fn previous_manifest(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join(MANIFEST))
        .map(|s| {
            s.lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

/// Writes the crate: every changed file to a temporary sibling first, then all renamed into place, then the
/// files this generator wrote last time and no longer writes are removed. Nothing else in the folder is
/// touched. Returns how many files changed.
pub fn write_crate(dir: &Path, files: &[File]) -> Result<usize, String> {
    let previous = previous_manifest(dir);
    let mut staged = Vec::new();
    let cleanup = |staged: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in staged {
            let _ = std::fs::remove_file(tmp);
        }
    };
    let manifest_file = manifest_file(files);
    for f in files.iter().chain(std::iter::once(&manifest_file)) {
        let target = dir.join(&f.path);
        if std::fs::read_to_string(&target).is_ok_and(|old| old == f.contents) {
            continue;
        }
        let parent = target.parent().unwrap_or(dir);
        if let Err(e) = std::fs::create_dir_all(parent) {
            cleanup(&staged);
            return Err(format!("cannot create {}: {e}", parent.display()));
        }
        let tmp = parent.join(format!(
            ".{}.codegen-tmp",
            target
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("file")
        ));
        if let Err(e) = std::fs::write(&tmp, &f.contents) {
            cleanup(&staged);
            return Err(format!("cannot write {}: {e}", tmp.display()));
        }
        staged.push((tmp, target));
    }
    let changed = staged.len();
    for (tmp, target) in &staged {
        std::fs::rename(tmp, target)
            .map_err(|e| format!("cannot move {} into place: {e}", target.display()))?;
    }
    let new: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for old in previous {
        // Only plain relative paths from our own manifest: never anything that climbs out of the folder.
        if !new.contains(old.as_str()) && !old.split('/').any(|c| c == ".." || c.is_empty()) {
            let _ = std::fs::remove_file(dir.join(&old));
        }
    }
    Ok(changed)
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
