//! Several models in one `cargo xtask codegen` run: `--model ... --out ...` pairs and `--each DIR`, each model
//! into its own crate, generated on all cores with the same files as one run per model.

use std::path::{Path, PathBuf};
use std::process::Command;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("xtask-many-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn xtask(args: &[&Path]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .arg("codegen")
        .args(args)
        .output()
        .expect("the xtask runs")
}

/// Every file under `dir`, relative to it, with its contents, sorted.
fn tree(dir: &Path) -> Vec<(PathBuf, String)> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for e in std::fs::read_dir(dir).expect("read_dir").flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let text = std::fs::read_to_string(&p).expect("read");
                out.push((p.strip_prefix(base).expect("inside").to_path_buf(), text));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

const MODELS: &[&str] = &["fsx-delete-backup.json", "lambda-functions.json"];

#[test]
fn pairs_and_each_write_the_same_crates_as_one_run_per_model() {
    let root = xtask::repo_root();
    let work = temp_dir("same");
    // The models in a folder of their own (as --each reads them), named by the same paths in every run:
    // each crate's header says which file it came from.
    let folder = work.join("models");
    std::fs::create_dir_all(&folder).expect("mkdir");
    let models: Vec<PathBuf> = MODELS
        .iter()
        .map(|m| {
            let to = folder.join(m);
            std::fs::copy(root.join("models").join(m), &to).expect("copy");
            to
        })
        .collect();
    std::fs::write(folder.join("README.txt"), "not a model\n").expect("write");

    // One run per model: the reference.
    for m in &models {
        let out = work.join("single").join(m.file_stem().expect("stem"));
        let o = xtask(&[Path::new("--model"), m, Path::new("--out"), &out]);
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }

    // Both as pairs in one run.
    let pairs = work.join("pairs");
    let (a, b) = (
        pairs.join("fsx-delete-backup"),
        pairs.join("lambda-functions"),
    );
    let o = xtask(&[
        Path::new("--model"),
        &models[0],
        Path::new("--out"),
        &a,
        Path::new("--model"),
        &models[1],
        Path::new("--out"),
        &b,
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let stderr = String::from_utf8_lossy(&o.stderr);
    let first = stderr
        .find("fsx-delete-backup.json: ")
        .expect("progress for fsx");
    let second = stderr
        .find("lambda-functions.json: ")
        .expect("progress for lambda");
    assert!(
        first < second,
        "progress is printed in the arguments' order:\n{stderr}"
    );

    // Both from a folder with --each.
    let each = work.join("each");
    let o = xtask(&[Path::new("--each"), &folder, Path::new("--out"), &each]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let single = tree(&work.join("single"));
    assert!(single.len() > 20, "the reference crates were written");
    for (what, dir) in [("pairs", &pairs), ("--each", &each)] {
        let got = tree(dir);
        let paths = |t: &[(PathBuf, String)]| t.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
        assert_eq!(paths(&got), paths(&single), "{what} writes the same files");
        for ((path, a), (_, b)) in got.iter().zip(&single) {
            assert!(
                a == b,
                "{what}: {} differs from the one-model run",
                path.display()
            );
        }
    }
}

#[test]
fn a_bad_model_among_several_writes_nothing() {
    let root = xtask::repo_root();
    let work = temp_dir("bad");
    let folder = work.join("models");
    std::fs::create_dir_all(&folder).expect("mkdir");
    std::fs::copy(
        root.join("models/fsx-delete-backup.json"),
        folder.join("good.json"),
    )
    .expect("copy");
    std::fs::write(
        folder.join("broken.json"),
        r#"{"smithy": "2.0", "shapes": {"a#B": {"type": "structure", "members": {"x": {"target": "a#Missing"}}}}}"#,
    )
    .expect("write");
    let out = work.join("out");
    let o = xtask(&[Path::new("--each"), &folder, Path::new("--out"), &out]);
    assert!(!o.status.success());
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains("a#Missing"),
        "the error names the bad target:\n{stderr}"
    );
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert!(!out.exists(), "no crate was written, not even the good one");
}

#[test]
fn every_model_needs_an_out_and_each_takes_one_folder() {
    let root = xtask::repo_root();
    let m = root.join("models/fsx-delete-backup.json");
    let o = xtask(&[Path::new("--model"), &m]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("needs an --out"));
    let o = xtask(&[
        Path::new("--each"),
        &root.join("models"),
        Path::new("--model"),
        &m,
        Path::new("--out"),
        Path::new("/tmp/x"),
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("--each DIR takes one --out"));
}

#[test]
fn in_parallel_keeps_the_jobs_order() {
    let root = xtask::repo_root();
    let jobs = xtask::each_jobs(&root, &root.join("models"), Path::new("/tmp/unused"), None)
        .expect("jobs for models/");
    assert!(jobs.len() >= 2);
    let names = xtask::in_parallel(&jobs, |j| j.settings.package.clone());
    let expected: Vec<String> = jobs.iter().map(|j| j.settings.package.clone()).collect();
    assert_eq!(names, expected);
}
