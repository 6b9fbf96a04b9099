//! Reading model files and folders, bounded: a model is text a person or a service team wrote, so a
//! `--model /dev/zero` or a runaway file gets a clear error instead of all the memory there is.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::model::Source;

/// The most bytes all of one run's model files may hold together: about forty times the largest AWS model.
pub const MAX_MODEL_BYTES: u64 = 128 << 20;

/// Folders nest at most this deep below a `--model` folder (a bound against symlink loops).
const MAX_FOLDER_DEPTH: usize = 32;

/// Reads model files: each path is a file (taken whatever its extension; the loader says when it is not a
/// model) or a folder, walked recursively for `.smithy` and `.json` files (hidden entries skipped). The
/// result is sorted by path and without repeats, so the same arguments always give the same model.
pub fn read_sources(paths: &[PathBuf]) -> Result<Vec<Source>, String> {
    read_sources_bounded(paths, MAX_MODEL_BYTES)
}

pub(crate) fn read_sources_bounded(paths: &[PathBuf], limit: u64) -> Result<Vec<Source>, String> {
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
    let mut left = limit;
    files
        .into_iter()
        .map(|p| {
            let bytes = read_bounded(&p, left)?;
            left -= bytes.len() as u64;
            Ok(Source::new(p.display().to_string(), bytes))
        })
        .collect()
}

/// At most `left` bytes of `p` (a device or a pipe has no length to check up front, so the read is capped).
fn read_bounded(p: &Path, left: u64) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
    let mut bytes = Vec::new();
    file.take(left + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read {}: {e}", p.display()))?;
    if bytes.len() as u64 > left {
        return Err(format!(
            "{} is too large: the model files together may hold at most {} MiB (is it a model?)",
            p.display(),
            MAX_MODEL_BYTES >> 20
        ));
    }
    Ok(bytes)
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_model_file_is_refused_after_the_limit() {
        let err = read_sources_bounded(&[PathBuf::from("/dev/zero")], 1 << 20).unwrap_err();
        assert!(err.contains("/dev/zero is too large"), "{err}");
    }

    #[test]
    fn files_are_counted_together() {
        let dir = std::env::temp_dir().join(format!("codegen-fs-sources-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("mkdir");
        std::fs::write(dir.join("a.json"), [b' '; 600]).expect("write");
        std::fs::write(dir.join("b.json"), [b' '; 600]).expect("write");
        assert_eq!(
            read_sources_bounded(std::slice::from_ref(&dir), 1200)
                .expect("fits")
                .len(),
            2
        );
        let err = read_sources_bounded(std::slice::from_ref(&dir), 1000).unwrap_err();
        assert!(err.contains("b.json is too large"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
