//! Writing a crate touches only what codegen wrote: hand-written files in the folder survive, files it no
//! longer generates are removed, unchanged files are not rewritten, and `compare` sees every difference.

use std::path::PathBuf;

use codegen::File;
use xtask::{compare, write_crate};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-write-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn file(path: &str, contents: &str) -> File {
    File {
        path: path.to_string(),
        contents: contents.to_string(),
    }
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
    let leftovers: Vec<_> = walk(&dir)
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("codegen-tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary files are left: {leftovers:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
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
    let _ = std::fs::remove_dir_all(&dir);
}

fn walk(dir: &std::path::Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
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
    let mut in_the_way = xtask::unmanaged_conflicts(&dir, &files);
    in_the_way.sort();
    assert_eq!(in_the_way, [dir.join("Cargo.toml"), dir.join("src/lib.rs")]);
    // A file with exactly the contents it would get is not in the way.
    std::fs::write(dir.join("Cargo.toml"), "[package]\n").expect("write");
    assert_eq!(
        xtask::unmanaged_conflicts(&dir, &files),
        [dir.join("src/lib.rs")]
    );
    // Once written (with its manifest), the generator's own files are never in the way again.
    std::fs::remove_file(dir.join("src/lib.rs")).expect("rm");
    xtask::write_crate(&dir, &files).expect("write");
    let changed = [
        file("src/lib.rs", "// generated again\n"),
        file("Cargo.toml", "[package]\n"),
    ];
    assert!(xtask::unmanaged_conflicts(&dir, &changed).is_empty());
}

#[test]
fn arguments_are_checked_before_anything_is_generated() {
    let root = xtask::repo_root();
    let model = root.join("models/fsx-delete-backup.json");
    let job = |out: &str, package: Option<&str>, ops: Option<Vec<String>>| {
        xtask::file_job(
            &root,
            xtask::CrateArgs {
                models: vec![model.clone()],
                out: out.into(),
                package: package.map(str::to_owned),
                operations: ops,
                service: None,
                runtime: None,
            },
        )
        .map(|_| ())
    };
    assert!(job("", None, None).unwrap_err().contains("--out is empty"));
    assert!(
        job("/", None, None)
            .unwrap_err()
            .contains("filesystem root")
    );
    for bad in ["../evil", "a b", "", "1abc", "-x"] {
        assert!(
            job("/tmp/x", Some(bad), None)
                .unwrap_err()
                .contains("not a package name"),
            "{bad:?}"
        );
    }
    assert!(
        job("/tmp/x", None, Some(vec![]))
            .unwrap_err()
            .contains("no operation")
    );
    assert!(
        job(
            "/tmp/x",
            Some("my-sdk_2"),
            Some(vec!["DeleteBackup".into()])
        )
        .is_ok()
    );
}
