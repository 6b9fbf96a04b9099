//! Several crates in one run (`--model ... --out ...` pairs, `--each DIR`): each crate is the one a run of
//! its own would write, and a command line that would mix them up is refused before anything is written.

mod common;

use std::path::{Path, PathBuf};

use common::{bin, repo, temp_dir};

fn ok(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every file under `dir`, by its path relative to `dir`, with its bytes.
fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.push((path.strip_prefix(root).unwrap().to_path_buf(), bytes));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

const MODELS: [&str; 3] = [
    "fsx-delete-backup.json",
    "sts-assume-role.json",
    "lambda-functions.json",
];

fn model(name: &str) -> String {
    repo().join("models").join(name).display().to_string()
}

#[test]
fn several_pairs_in_one_run_write_what_separate_runs_write() {
    let dir = temp_dir("pairs");
    let runtime = format!("path={}", repo().join("runtime").display());
    let mut args = vec![
        "codegen".to_string(),
        "--runtime".to_string(),
        runtime.clone(),
    ];
    for name in MODELS {
        let stem = name.trim_end_matches(".json");
        let one = bin(
            &dir,
            &[
                "codegen",
                "--model",
                &model(name),
                "--out",
                &format!("alone/{stem}"),
                "--runtime",
                &runtime,
            ],
        );
        ok(&one);
        args.extend([
            "--model".into(),
            model(name),
            "--out".into(),
            format!("together/{stem}"),
        ]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let together = bin(&dir, &args);
    ok(&together);
    let log = String::from_utf8_lossy(&together.stderr);
    // Progress lines come in the command line's order, whichever thread finished first.
    let order: Vec<usize> = MODELS
        .iter()
        .map(|m| {
            log.find(&format!("{m}: "))
                .unwrap_or_else(|| panic!("{m} missing:\n{log}"))
        })
        .collect();
    assert!(order.is_sorted(), "{log}");
    for name in MODELS {
        let stem = name.trim_end_matches(".json");
        let alone = tree(&dir.join("alone").join(stem));
        let joint = tree(&dir.join("together").join(stem));
        assert!(alone.iter().any(|(p, _)| p == Path::new("src/lib.rs")));
        assert_eq!(
            alone.iter().map(|(p, _)| p).collect::<Vec<_>>(),
            joint.iter().map(|(p, _)| p).collect::<Vec<_>>(),
            "{stem}"
        );
        for ((path, a), (_, b)) in alone.iter().zip(&joint) {
            assert!(
                a == b,
                "{stem}/{} differs between the two runs",
                path.display()
            );
        }
    }
}

#[test]
fn each_generates_every_model_of_a_folder_into_its_own_crate() {
    let dir = temp_dir("each");
    let models = dir.join("models");
    std::fs::create_dir_all(&models).unwrap();
    for name in MODELS {
        std::fs::copy(repo().join("models").join(name), models.join(name)).unwrap();
    }
    // A file name that is no package name still makes a crate; a hidden file is no model.
    std::fs::copy(
        repo().join("models/sts-assume-role.json"),
        models.join("2.0-sts.json"),
    )
    .unwrap();
    std::fs::write(models.join(".notes.json"), "not a model").unwrap();
    let run = [
        "codegen",
        "--each",
        "models",
        "--out",
        "sdk",
        "--runtime",
        "version=0.1",
    ];
    let out = bin(&dir, &run);
    ok(&out);
    let mut crates: Vec<String> = std::fs::read_dir(dir.join("sdk"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    crates.sort();
    assert_eq!(
        crates,
        [
            "2.0-sts",
            "fsx-delete-backup",
            "lambda-functions",
            "sts-assume-role"
        ]
    );
    let manifest = std::fs::read_to_string(dir.join("sdk/2.0-sts/Cargo.toml")).unwrap();
    assert!(manifest.contains("name = \"_2_0-sts\""), "{manifest}");
    let manifest = std::fs::read_to_string(dir.join("sdk/lambda-functions/Cargo.toml")).unwrap();
    assert!(
        manifest.contains("name = \"lambda-functions\""),
        "{manifest}"
    );
    assert!(manifest.contains("version = \"0.1\""), "{manifest}");

    // `--check` on the same folder compares every crate: up to date, then stale after an edit.
    let check = [&run[..], &["--check"]].concat();
    ok(&bin(&dir, &check));
    std::fs::write(dir.join("sdk/fsx-delete-backup/src/lib.rs"), "// edited\n").unwrap();
    let stale = bin(&dir, &check);
    assert_eq!(stale.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&stale.stderr).contains("fsx-delete-backup"),
        "{}",
        String::from_utf8_lossy(&stale.stderr)
    );
}

#[test]
fn command_lines_that_would_mix_crates_up_are_refused_before_writing() {
    let dir = temp_dir("refused");
    let (a, b) = (model(MODELS[0]), model(MODELS[1]));
    let runtime = format!("path={}", repo().join("runtime").display());
    let cases: [(Vec<&str>, &str); 4] = [
        (
            vec!["--model", &a, "--out", "x", "--out", "y", "--model", &b],
            "every --model needs an --out after it",
        ),
        (
            vec!["--model", &a, "--out", "x", "--model", &b, "--out", "x"],
            "would both be generated into",
        ),
        (
            vec![
                "--model",
                &a,
                "--out",
                "x",
                "--model",
                &b,
                "--out",
                "y",
                "--package",
                "p",
            ],
            "--service and --package apply to one crate",
        ),
        (
            vec!["--each", ".", "--model", &a, "--out", "x"],
            "--each DIR takes one --out",
        ),
    ];
    for (args, message) in cases {
        let mut full = vec!["codegen", "--runtime", &runtime];
        full.extend(&args);
        let out = bin(&dir, &full);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert!(err.contains(message), "{args:?}: {err}");
        assert!(
            !dir.join("x").exists() && !dir.join("y").exists(),
            "{args:?} wrote files"
        );
    }
}
