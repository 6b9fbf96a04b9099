//! Writing a crate so that a failure or a `kill -9` at any point leaves the old crate or the new one, whole.
//!
//! The new crate is staged in a sibling folder `.NAME.codegen-stage` (every generated file, the marker
//! [`NEW_MARK`], and hard links to the files someone else put among them), which is renamed to
//! `.NAME.codegen-ready` once complete. On Linux one `renameat2(RENAME_EXCHANGE)` then swaps the ready
//! folder and the crate folder: the folder holds the new crate, the ready name the old one, which is
//! renamed to `.NAME.codegen-old`. Elsewhere (or on a file system without the flag) the swap is two renames:
//! the folder to `.NAME.codegen-old`, then the ready one into its place; the folder is absent between them,
//! with both crates whole beside it. Then the entries of the old folder that hold no generated file at all
//! (`target/`, a README, `.git`) are moved over one rename each, and the old folder is removed.
//!
//! Each step leaves a state the next run recognises and finishes: a stage is removed; a ready folder with
//! the marker is the new crate not yet swapped in (removed, or moved in if the folder is absent); a ready
//! folder without it is the old crate just swapped out (renamed to old); an old folder beside the folder has
//! its remaining entries moved over, and one without the folder is put back.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::File;

use super::exchange::exchange;
use super::manifest::{MANIFEST, manifest_file, previous_manifest};

/// The file at the top of a staged crate that says "this is the new crate, not yet swapped in". It is
/// removed once the crate is in place, so a ready folder without it holds the old crate.
pub const NEW_MARK: &str = ".codegen-new";

/// How the new crate folder takes the old one's place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swap {
    /// One atomic exchange where the OS has one (Linux `renameat2(RENAME_EXCHANGE)`), else two renames.
    Exchange,
    /// Always two renames (what other systems get; for tests of that path on Linux).
    TwoRenames,
}

/// The points between the steps of [`write_crate_with`], where a test injects a failure or a crash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Some of the staged files are written.
    Staging,
    /// The stage holds the whole new crate.
    Staged,
    /// The stage is renamed to ready.
    Ready,
    /// The exchange is done: the folder holds the new crate (still marked), ready the old one.
    Exchanged,
    /// Two renames: the old folder is renamed away, the folder is absent.
    OldMoved,
    /// The new crate is in place, its marker removed.
    NewInPlace,
    /// Exchange: the old crate is renamed from ready to old.
    OldAside,
    /// Some of the entries that are not the generator's are moved back.
    CarryingOver,
    /// Everything is moved; the old folder is about to be removed.
    CarriedOver,
}

impl Step {
    /// The steps a write passes that replaces an existing crate folder with `swap` (on Linux).
    pub fn all(swap: Swap) -> Vec<Step> {
        let swapping: &[Step] = match swap {
            Swap::Exchange => &[Step::Exchanged, Step::NewInPlace, Step::OldAside],
            Swap::TwoRenames => &[Step::OldMoved, Step::NewInPlace],
        };
        [Step::Staging, Step::Staged, Step::Ready]
            .iter()
            .chain(swapping)
            .chain(&[Step::CarryingOver, Step::CarriedOver])
            .copied()
            .collect()
    }
}

/// Writes the crate `files` into `dir` (see the module's documentation). Hand-written files in the folder
/// are kept; files this generator wrote last time and no longer writes are gone. Returns how many files
/// changed (0: the folder already held this crate, and nothing was touched).
pub fn write_crate(dir: &Path, files: &[File]) -> Result<usize, String> {
    write_crate_with(dir, files, Swap::Exchange, &mut |_| Ok(()))
}

/// [`write_crate`] with the swap chosen and `fault` called between the steps: an error it returns is
/// handled like a failing file operation there, and a panic in it stands for the process being killed there.
pub fn write_crate_with(
    dir: &Path,
    files: &[File],
    swap: Swap,
    fault: &mut dyn FnMut(Step) -> std::io::Result<()>,
) -> Result<usize, String> {
    let side = Siblings::of(dir)?;
    side.recover(dir)?;

    let manifest = manifest_file(files);
    let previous = previous_manifest(dir);
    let new_paths: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    let changed = files
        .iter()
        .chain(std::iter::once(&manifest))
        .filter(|f| std::fs::read_to_string(dir.join(&f.path)).ok().as_deref() != Some(&f.contents))
        .count();
    let removed = previous
        .iter()
        .filter(|p| !new_paths.contains(p.as_str()) && dir.join(p).exists())
        .count();
    if changed == 0 && removed == 0 {
        return Ok(0);
    }

    // Top-level entries the generator has (or had) a file in; every other entry is moved over whole.
    let owned_tops: BTreeSet<OsString> = previous
        .iter()
        .map(String::as_str)
        .chain(new_paths.iter().copied())
        .chain([MANIFEST, NEW_MARK])
        .filter_map(|p| Path::new(p).components().next())
        .map(|c| c.as_os_str().to_owned())
        .collect();
    let owned_files: BTreeSet<PathBuf> = previous
        .iter()
        .map(String::as_str)
        .chain(new_paths.iter().copied())
        .chain([MANIFEST, NEW_MARK])
        .map(PathBuf::from)
        .collect();

    if let Err(e) = stage(
        dir,
        &side.stage,
        files,
        &manifest,
        &owned_tops,
        &owned_files,
        fault,
    ) {
        let _ = std::fs::remove_dir_all(&side.stage);
        return Err(e);
    }
    let step = |r: std::io::Result<()>, what: &dyn Fn() -> String| {
        r.map_err(|e| format!("{}: {e}", what()))
    };
    if let Err(e) = step(fault(Step::Staged), &|| "staging".into()).and_then(|()| {
        step(std::fs::rename(&side.stage, &side.ready), &|| {
            format!(
                "cannot rename {} to {}",
                side.stage.display(),
                side.ready.display()
            )
        })
    }) {
        let _ = std::fs::remove_dir_all(&side.stage);
        return Err(e);
    }
    if let Err(e) = step(fault(Step::Ready), &|| "staging".into()) {
        let _ = std::fs::remove_dir_all(&side.ready);
        return Err(e);
    }

    if !dir.exists() {
        // A ready folder beside no folder is moved in, marked or not.
        let _ = std::fs::remove_file(side.ready.join(NEW_MARK));
        std::fs::rename(&side.ready, dir).map_err(|e| {
            let _ = std::fs::remove_dir_all(&side.ready);
            format!("cannot move the new crate into {}: {e}", dir.display())
        })?;
        return Ok(changed);
    }
    let exchanged = match swap {
        Swap::Exchange => exchange(&side.ready, dir),
        Swap::TwoRenames => Ok(false),
    };
    match exchanged {
        Ok(true) => swap_in_exchanged(dir, &side, fault)?,
        Ok(false) => swap_in_two_renames(dir, &side, fault)?,
        Err(e) => {
            let _ = std::fs::remove_dir_all(&side.ready);
            return Err(format!(
                "cannot swap the new crate into {}: {e}",
                dir.display()
            ));
        }
    }
    carry_over(&side.old, dir, &owned_tops, fault).map_err(|e| {
        format!(
            "cannot move {e}; the new crate is in place and the next run moves what is left in {}",
            side.old.display()
        )
    })?;
    std::fs::remove_dir_all(&side.old)
        .map_err(|e| format!("cannot remove {}: {e}", side.old.display()))?;
    Ok(changed)
}

/// After the exchange: the folder holds the new crate, ready the old one. Unmarks the new crate and renames
/// the old one to old. A failure here leaves the new crate in place, and the next run finishes.
fn swap_in_exchanged(
    dir: &Path,
    side: &Siblings,
    fault: &mut dyn FnMut(Step) -> std::io::Result<()>,
) -> Result<(), String> {
    let later = |e: std::io::Error| {
        format!(
            "{e} after the new crate was in place in {}; the next run finishes",
            dir.display()
        )
    };
    fault(Step::Exchanged).map_err(later)?;
    std::fs::remove_file(dir.join(NEW_MARK))
        .and_then(|()| fault(Step::NewInPlace))
        .map_err(later)?;
    std::fs::rename(&side.ready, &side.old)
        .and_then(|()| fault(Step::OldAside))
        .map_err(later)
}

/// Two renames: the folder to old, ready into its place, then the marker removed.
fn swap_in_two_renames(
    dir: &Path,
    side: &Siblings,
    fault: &mut dyn FnMut(Step) -> std::io::Result<()>,
) -> Result<(), String> {
    if let Err(e) = std::fs::rename(dir, &side.old).and_then(|()| fault(Step::OldMoved)) {
        // Put the old crate back if it moved; the folder is as it was.
        if !dir.exists() {
            let _ = std::fs::rename(&side.old, dir);
        }
        let _ = std::fs::remove_dir_all(&side.ready);
        return Err(format!("cannot move {} aside: {e}", dir.display()));
    }
    if let Err(e) = std::fs::rename(&side.ready, dir) {
        let _ = std::fs::rename(&side.old, dir);
        let _ = std::fs::remove_dir_all(&side.ready);
        return Err(format!(
            "cannot move the new crate into {}: {e}",
            dir.display()
        ));
    }
    std::fs::remove_file(dir.join(NEW_MARK))
        .and_then(|()| fault(Step::NewInPlace))
        .map_err(|e| {
            // The new crate is in place; what is left in the old folder is moved by the next run.
            format!(
                "{e} after the new crate was in place; the next run moves what is left in {}",
                side.old.display()
            )
        })
}

/// The sibling folders of a crate folder, named after it.
struct Siblings {
    stage: PathBuf,
    ready: PathBuf,
    old: PathBuf,
}

impl Siblings {
    fn of(dir: &Path) -> Result<Siblings, String> {
        let (Some(parent), Some(name)) = (dir.parent(), dir.file_name()) else {
            return Err(format!(
                "{} is not a folder a crate can go to",
                dir.display()
            ));
        };
        let name = name.to_string_lossy();
        let sibling = |what: &str| parent.join(format!(".{name}.codegen-{what}"));
        Ok(Siblings {
            stage: sibling("stage"),
            ready: sibling("ready"),
            old: sibling("old"),
        })
    }

    /// Finishes or undoes what an interrupted run left, from the names and the marker.
    fn recover(&self, dir: &Path) -> Result<(), String> {
        let fail = |what: &str, p: &Path, e: std::io::Error| {
            format!(
                "cannot {what} {} (left by an interrupted run): {e}",
                p.display()
            )
        };
        if self.stage.exists() {
            std::fs::remove_dir_all(&self.stage).map_err(|e| fail("remove", &self.stage, e))?;
        }
        if self.ready.exists() {
            let marked = self.ready.join(NEW_MARK);
            if !dir.exists() {
                // Killed between the two renames (or before the first write moved in): put it in place.
                let _ = std::fs::remove_file(&marked);
                std::fs::rename(&self.ready, dir).map_err(|e| fail("move", &self.ready, e))?;
            } else if marked.exists() {
                // Killed before the swap: the folder holds the old crate, whole.
                std::fs::remove_dir_all(&self.ready).map_err(|e| fail("remove", &self.ready, e))?;
            } else {
                // Killed right after the exchange: ready holds the old crate, with the user's entries.
                std::fs::rename(&self.ready, &self.old)
                    .map_err(|e| fail("move", &self.ready, e))?;
            }
        }
        let marked = dir.join(NEW_MARK);
        if marked.exists() {
            std::fs::remove_file(&marked).map_err(|e| fail("remove", &marked, e))?;
        }
        if self.old.exists() {
            if dir.exists() {
                // Killed after the swap: move over what the new folder does not have, then drop the rest.
                let entries =
                    std::fs::read_dir(&self.old).map_err(|e| fail("read", &self.old, e))?;
                for entry in entries.flatten() {
                    let target = dir.join(entry.file_name());
                    if !target.exists() {
                        std::fs::rename(entry.path(), &target)
                            .map_err(|e| fail("move", &entry.path(), e))?;
                    }
                }
                std::fs::remove_dir_all(&self.old).map_err(|e| fail("remove", &self.old, e))?;
            } else {
                std::fs::rename(&self.old, dir).map_err(|e| fail("move", &self.old, e))?;
            }
        }
        Ok(())
    }
}

/// Writes the new crate into `stage`, with hard links to (or copies of) the files that are not the
/// generator's but sit in a folder it writes into (`src/my_extension.rs`).
fn stage(
    dir: &Path,
    stage: &Path,
    files: &[File],
    manifest: &File,
    owned_tops: &BTreeSet<OsString>,
    owned_files: &BTreeSet<PathBuf>,
    fault: &mut dyn FnMut(Step) -> std::io::Result<()>,
) -> Result<(), String> {
    std::fs::create_dir_all(stage)
        .map_err(|e| format!("cannot create {}: {e}", stage.display()))?;
    let mark = stage.join(NEW_MARK);
    std::fs::write(&mark, "the new crate, not yet in place\n")
        .map_err(|e| format!("cannot write {}: {e}", mark.display()))?;
    for (i, f) in files.iter().chain(std::iter::once(manifest)).enumerate() {
        if i == files.len() / 2 {
            fault(Step::Staging).map_err(|e| format!("staging: {e}"))?;
        }
        let target = stage.join(&f.path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&target, &f.contents)
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Ok(());
    };
    for entry in entries.flatten() {
        if owned_tops.contains(&entry.file_name()) {
            link_foreign(dir, stage, Path::new(&entry.file_name()), owned_files)?;
        }
    }
    Ok(())
}

/// Links the files below `rel` that the generator does not own into the stage.
fn link_foreign(
    dir: &Path,
    stage: &Path,
    rel: &Path,
    owned: &BTreeSet<PathBuf>,
) -> Result<(), String> {
    let from = dir.join(rel);
    let meta = std::fs::symlink_metadata(&from)
        .map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    let to = stage.join(rel);
    if meta.is_dir() {
        std::fs::create_dir_all(&to).map_err(|e| format!("cannot create {}: {e}", to.display()))?;
        let entries =
            std::fs::read_dir(&from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
        for entry in entries.flatten() {
            link_foreign(dir, stage, &rel.join(entry.file_name()), owned)?;
        }
        return Ok(());
    }
    if owned.contains(rel) || to.exists() || is_old_temp(rel) {
        return Ok(());
    }
    if std::fs::hard_link(&from, &to).is_err() {
        std::fs::copy(&from, &to)
            .map_err(|e| format!("cannot keep {} in the new crate: {e}", from.display()))?;
    }
    Ok(())
}

/// Moves the entries of the old folder that hold no generated file into the new one.
fn carry_over(
    old: &Path,
    dir: &Path,
    owned_tops: &BTreeSet<OsString>,
    fault: &mut dyn FnMut(Step) -> std::io::Result<()>,
) -> Result<(), String> {
    let entries = std::fs::read_dir(old).map_err(|e| format!("{}: {e}", old.display()))?;
    let mut first = true;
    for entry in entries.flatten() {
        if owned_tops.contains(&entry.file_name()) || is_old_temp(Path::new(&entry.file_name())) {
            continue;
        }
        std::fs::rename(entry.path(), dir.join(entry.file_name()))
            .map_err(|e| format!("{}: {e}", entry.path().display()))?;
        if std::mem::take(&mut first) {
            fault(Step::CarryingOver).map_err(|e| format!("{}: {e}", entry.path().display()))?;
        }
    }
    fault(Step::CarriedOver).map_err(|e| format!("{}: {e}", old.display()))
}

/// A temporary file of the writer before this one (`.lib.rs.codegen-tmp`), left by a killed run: dropped.
fn is_old_temp(rel: &Path) -> bool {
    rel.file_name()
        .is_some_and(|n| n.to_string_lossy().ends_with(".codegen-tmp"))
}
