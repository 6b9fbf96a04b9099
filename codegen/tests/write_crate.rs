//! Writing a crate touches only what codegen wrote: hand-written files in the folder survive, files it no
//! longer generates are removed, unchanged files are not rewritten, and `compare` sees every difference.
//! A failure or a crash at any step of a crate write leaves the old crate or the new one, whole, with the
//! hand-written files beside it, and the next run finishes the job and leaves no temporary folder behind.

use std::collections::BTreeMap;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};

use codegen::File;
use codegen::io::{NEW_MARK, Step, Swap, compare, write_crate, write_crate_with};

/// A folder under the system's temp folder, removed when dropped, so a test that fails an assertion
/// (or passes) leaves nothing behind.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("codegen-fs-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    Scratch(dir)
}

fn file(path: &str, contents: &str) -> File {
    File {
        path: path.to_string(),
        contents: contents.to_string(),
    }
}

/// Every file below `dir` with its contents.
fn snapshot(dir: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).expect("below").display().to_string();
                out.insert(rel, std::fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

fn old_crate() -> Vec<File> {
    (0..20)
        .map(|i| file(&format!("src/m{i}.rs"), &format!("// old {i}\n")))
        .chain([
            file("Cargo.toml", "old\n"),
            file("src/gone.rs", "// dropped later\n"),
        ])
        .collect()
}

fn new_crate() -> Vec<File> {
    (0..20)
        .map(|i| file(&format!("src/m{i}.rs"), &format!("// new {i}\n")))
        .chain([
            file("Cargo.toml", "new\n"),
            file("src/added.rs", "// added\n"),
        ])
        .collect()
}

/// The folder as a complete write of `files` leaves it, next to the same hand-written files.
fn expected(files: &[File]) -> BTreeMap<String, String> {
    // Tests run in parallel: each call gets a folder of its own.
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = temp_dir(&format!("expected-{call}"));
    write_hand_written(&dir);
    write_crate(&dir, files).expect("writes");
    snapshot(&dir)
}

fn write_hand_written(dir: &Path) {
    std::fs::create_dir_all(dir.join("src")).expect("mkdir");
    std::fs::create_dir_all(dir.join("notes/deep")).expect("mkdir");
    std::fs::write(dir.join("src/mine.rs"), "// the user's own module\n").expect("write");
    std::fs::write(dir.join("notes/deep/todo.txt"), "the user's notes\n").expect("write");
    std::fs::write(dir.join("README.md"), "the user's readme\n").expect("write");
    // What the writer before this one left when it was killed is cleaned up.
    std::fs::write(dir.join("src/.lib.rs.codegen-tmp"), "half").expect("write");
    std::fs::write(dir.join(".Cargo.toml.codegen-tmp"), "half").expect("write");
}

fn siblings(dir: &Path) -> Vec<String> {
    let name = dir
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    std::fs::read_dir(dir.parent().expect("parent"))
        .expect("read")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&format!(".{name}.codegen-")))
        .collect()
}

#[derive(Clone, Copy, Debug)]
enum Fault {
    /// The file operation at this step fails: the function returns an error.
    Error,
    /// The process dies at this step: nothing after it runs (a panic unwinds past every cleanup).
    Crash,
}

#[test]
fn every_step_interrupted_leaves_the_old_or_the_new_crate_whole() {
    every_step_interrupted(Swap::Exchange);
}

#[test]
fn every_step_of_the_two_rename_swap_interrupted_leaves_one_whole_crate() {
    every_step_interrupted(Swap::TwoRenames);
}

fn every_step_interrupted(swap: Swap) {
    let (old, new) = (expected(&old_crate()), expected(&new_crate()));
    for step in Step::all(swap) {
        for fault in [Fault::Error, Fault::Crash] {
            let root = temp_dir(&format!("{swap:?}-{step:?}-{fault:?}"));
            let dir = root.join("krate");
            std::fs::create_dir_all(&dir).expect("mkdir");
            write_hand_written(&dir);
            write_crate(&dir, &old_crate()).expect("first write");
            assert_eq!(snapshot(&dir), old);

            let mut hook = |at: Step| {
                if at == step {
                    match fault {
                        Fault::Error => return Err(std::io::Error::other("injected")),
                        Fault::Crash => panic!("killed at {at:?}"),
                    }
                }
                Ok(())
            };
            let result = std::panic::catch_unwind(AssertUnwindSafe(|| {
                write_crate_with(&dir, &new_crate(), swap, &mut hook)
            }));
            match (fault, &result) {
                (Fault::Error, Ok(Err(_))) | (Fault::Crash, Err(_)) => {}
                other => panic!("{step:?} {fault:?}: the fault did not fire: {other:?}"),
            }

            // Right after the interruption: the generator's files are one crate or the other, whole. Only
            // between the two renames of the swap is the folder absent, and then both crates are whole
            // beside it.
            let now = snapshot(&dir);
            let generated = |snap: &BTreeMap<String, String>| {
                snap.iter()
                    .filter(|(k, _)| {
                        k.starts_with("src/m") || *k == "Cargo.toml" || *k == ".codegen-files"
                    })
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect::<BTreeMap<_, _>>()
            };
            if dir.exists() {
                assert!(
                    generated(&now) == generated(&old) || generated(&now) == generated(&new),
                    "{step:?} {fault:?}: a mix of the two crates: {now:#?}"
                );
            } else {
                // With the exchange (Linux), the folder is never absent.
                #[cfg(target_os = "linux")]
                assert_eq!(
                    swap,
                    Swap::TwoRenames,
                    "{step:?} {fault:?}: the folder is gone"
                );
                let old_side = root.join(".krate.codegen-old");
                let ready = root.join(".krate.codegen-ready");
                assert_eq!(snapshot(&old_side), old, "{step:?} {fault:?}");
                assert_eq!(
                    generated(&snapshot(&ready)),
                    generated(&new),
                    "{step:?} {fault:?}"
                );
            }
            // A failure that returns leaves nothing behind when the new crate did not go in place.
            if let (Fault::Error, true) = (fault, now == old) {
                assert!(siblings(&dir).is_empty(), "{step:?}: {:?}", siblings(&dir));
            }

            // The next run finishes: the new crate, the hand-written files, no leftovers.
            write_crate(&dir, &new_crate()).expect("the next run");
            assert_eq!(snapshot(&dir), new, "{step:?} {fault:?}");
            assert!(!dir.join(NEW_MARK).exists(), "{step:?} {fault:?}");
            assert!(
                siblings(&dir).is_empty(),
                "{step:?} {fault:?}: {:?}",
                siblings(&dir)
            );
        }
    }
}

#[test]
fn a_write_into_a_new_folder_and_an_unchanged_crate() {
    let root = temp_dir("fresh");
    let dir = root.join("krate");
    assert_eq!(
        write_crate(&dir, &new_crate()).expect("writes"),
        23,
        "22 files and the manifest"
    );
    let before = snapshot(&dir);
    assert_eq!(
        write_crate(&dir, &new_crate()).expect("writes"),
        0,
        "nothing changed"
    );
    assert_eq!(snapshot(&dir), before);
    assert!(siblings(&dir).is_empty());
}

#[test]
fn hand_written_files_survive_a_rewrite() {
    let root = temp_dir("survive");
    let dir = root.join("krate");
    std::fs::create_dir_all(&dir).expect("mkdir");
    write_hand_written(&dir);
    write_crate(&dir, &old_crate()).expect("writes");
    write_crate(&dir, &new_crate()).expect("writes");
    let snap = snapshot(&dir);
    assert_eq!(snap["src/mine.rs"], "// the user's own module\n");
    assert_eq!(snap["notes/deep/todo.txt"], "the user's notes\n");
    assert_eq!(snap["README.md"], "the user's readme\n");
    assert!(
        !snap.contains_key("src/gone.rs"),
        "a file it no longer generates is removed"
    );
    assert_eq!(snap["src/added.rs"], "// added\n");
    let temps: Vec<_> = snap
        .keys()
        .filter(|k| k.ends_with(".codegen-tmp"))
        .collect();
    assert!(
        temps.is_empty(),
        "an older writer's temporary files are removed: {temps:?}"
    );
}

#[test]
fn keeps_hand_written_files_and_removes_only_its_own() {
    let dir = temp_dir("keep");
    std::fs::create_dir_all(dir.join("examples")).expect("mkdir");
    std::fs::write(dir.join("examples/mine.rs"), "fn main() {}\n").expect("write");

    let first = vec![
        file("Cargo.toml", "[package]\n"),
        file("src/lib.rs", "pub mod a;\n"),
        file("src/a.rs", ""),
    ];
    assert_eq!(
        write_crate(&dir, &first).expect("writes"),
        4,
        "3 files and the manifest"
    );
    assert!(compare(&dir, &first).is_empty());

    // The second generation drops src/a.rs and changes lib.rs.
    let second = vec![file("Cargo.toml", "[package]\n"), file("src/lib.rs", "\n")];
    let stale = compare(&dir, &second);
    assert!(
        stale
            .iter()
            .any(|s| s.contains("lib.rs differs from line 1")),
        "{stale:?}"
    );
    assert!(
        stale
            .iter()
            .any(|s| s.contains("a.rs is no longer generated")),
        "{stale:?}"
    );
    assert_eq!(
        write_crate(&dir, &second).expect("writes"),
        2,
        "lib.rs and the manifest changed"
    );
    assert!(
        !dir.join("src/a.rs").exists(),
        "a file codegen wrote before and no longer writes is removed"
    );
    assert!(
        dir.join("examples/mine.rs").exists(),
        "a hand-written file is never removed"
    );
    assert!(compare(&dir, &second).is_empty());
    let leftovers: Vec<_> = snapshot(&dir)
        .into_keys()
        .filter(|p| p.contains(".codegen-tmp"))
        .chain(siblings(&dir))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files are left: {leftovers:?}"
    );
}

#[test]
fn a_manifest_entry_outside_the_folder_is_never_removed() {
    let dir = temp_dir("escape");
    let outside = dir.with_extension("outside");
    std::fs::write(&outside, "precious").expect("write");
    std::fs::write(
        dir.join(".codegen-files"),
        format!(
            "../{}\n",
            outside.file_name().and_then(|n| n.to_str()).expect("name")
        ),
    )
    .expect("write");
    write_crate(&dir, &[file("Cargo.toml", "")]).expect("writes");
    assert!(
        outside.exists(),
        "a hostile manifest cannot make codegen delete files outside its folder"
    );
    let _ = std::fs::remove_file(&outside);
}

#[test]
fn files_it_did_not_write_are_reported_before_anything_is_replaced() {
    let dir = temp_dir("in-the-way");
    std::fs::create_dir_all(dir.join("src")).expect("mkdir");
    std::fs::write(dir.join("src/lib.rs"), "// the user's own code\n").expect("write");
    std::fs::write(dir.join("Cargo.toml"), "[package]\nname = \"mine\"\n").expect("write");
    let files = [
        file("src/lib.rs", "// generated\n"),
        file("Cargo.toml", "[package]\n"),
        file("src/new.rs", "// new\n"),
    ];
    let mut in_the_way = codegen::io::unmanaged_conflicts(&dir, &files);
    in_the_way.sort();
    assert_eq!(in_the_way, [dir.join("Cargo.toml"), dir.join("src/lib.rs")]);
    // A file with exactly the contents it would get is not in the way.
    std::fs::write(dir.join("Cargo.toml"), "[package]\n").expect("write");
    assert_eq!(
        codegen::io::unmanaged_conflicts(&dir, &files),
        [dir.join("src/lib.rs")]
    );
    // Once written (with its manifest), the generator's own files are never in the way again.
    std::fs::remove_file(dir.join("src/lib.rs")).expect("rm");
    write_crate(&dir, &files).expect("write");
    let changed = [
        file("src/lib.rs", "// generated again\n"),
        file("Cargo.toml", "[package]\n"),
    ];
    assert!(codegen::io::unmanaged_conflicts(&dir, &changed).is_empty());
}
