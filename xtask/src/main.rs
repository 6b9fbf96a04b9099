//! `cargo xtask codegen`: the thin shell around `codegen`. It only reads models, calls the library and
//! writes (or compares) files; every decision about the output is made in `codegen`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use codegen::{File, Settings};

/// Lists the files codegen wrote into a crate folder, so a later run removes only those.
const MANIFEST: &str = ".codegen-files";

const USAGE: &str = "\
usage:
  cargo xtask codegen                 every model in models/ into its crate under generated/
  cargo xtask codegen --check         the same comparison without writing; exit 1 when stale
  cargo xtask codegen --model FILE --out DIR [--operations A,B] [--package NAME]
                                      any model file into a crate in any folder";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

#[derive(Default)]
struct Args {
    check: bool,
    model: Option<PathBuf>,
    out: Option<PathBuf>,
    operations: Option<Vec<String>>,
    package: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("codegen") => {}
        Some("-h" | "--help") | None => return Err(USAGE.to_string()),
        Some(other) => return Err(format!("unknown command `{other}`\n{USAGE}")),
    }
    let mut a = Args::default();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--check" => a.check = true,
            "--model" => a.model = Some(PathBuf::from(value("--model")?)),
            "--out" => a.out = Some(PathBuf::from(value("--out")?)),
            "--package" => a.package = Some(value("--package")?),
            "--operations" => {
                let ops: Vec<String> =
                    value("--operations")?.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
                a.operations = Some(ops);
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    if a.model.is_some() != a.out.is_some() {
        return Err(format!("--model and --out go together\n{USAGE}"));
    }
    Ok(a)
}

fn repo_root() -> PathBuf {
    // xtask lives in <root>/xtask; CARGO_MANIFEST_DIR is baked in at build time, which is what we want.
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

struct Job {
    model: PathBuf,
    out: PathBuf,
    settings: Settings,
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let args = parse_args(args)?;
    let root = repo_root();
    let jobs = match (&args.model, &args.out) {
        (Some(model), Some(out)) => {
            let out = absolute(out)?;
            let stem = file_stem(model)?;
            let package = args.package.clone().unwrap_or(stem);
            let inside = out.starts_with(root.join("generated"));
            let runtime = root.join("runtime");
            vec![Job {
                model: model.clone(),
                out,
                settings: Settings {
                    package,
                    source: model.display().to_string(),
                    operations: args.operations.clone(),
                    runtime_dependency: format!("path = {}", toml_path(&runtime)),
                    standalone: !inside,
                },
            }]
        }
        _ => {
            let dir = root.join("models");
            let mut models: Vec<PathBuf> = std::fs::read_dir(&dir)
                .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            models.sort();
            if models.is_empty() {
                return Err(format!("no models (*.json) in {}", dir.display()));
            }
            models
                .into_iter()
                .map(|model| {
                    let stem = file_stem(&model)?;
                    Ok(Job {
                        out: root.join("generated").join(&stem),
                        settings: Settings {
                            package: stem.clone(),
                            source: format!("models/{stem}.json"),
                            operations: args.operations.clone(),
                            runtime_dependency: "path = \"../../runtime\"".to_string(),
                            standalone: false,
                        },
                        model,
                    })
                })
                .collect::<Result<_, String>>()?
        }
    };

    // Generate everything in memory first: a bad model stops the run before any file is touched.
    let mut outputs = Vec::new();
    let mut failed = false;
    for job in &jobs {
        let started = Instant::now();
        let bytes = std::fs::read(&job.model).map_err(|e| format!("cannot read {}: {e}", job.model.display()))?;
        let model = match codegen::load(&bytes, &job.settings.source) {
            Ok(m) => m,
            Err(diags) => {
                eprint!("{diags}");
                failed = true;
                continue;
            }
        };
        match codegen::generate(&model, &job.settings) {
            Ok(files) => {
                let ops = model.service().map(|(_, s)| s.operations.len()).unwrap_or(0);
                eprintln!(
                    "{}: {} shapes, {} operations -> {} files in {} ms",
                    job.settings.source,
                    model.shapes.len(),
                    ops,
                    files.len(),
                    started.elapsed().as_millis()
                );
                outputs.push((job, files));
            }
            Err(diags) => {
                eprint!("{diags}");
                failed = true;
            }
        }
    }
    if failed {
        return Err("nothing was written".to_string());
    }

    if args.check {
        let mut stale = Vec::new();
        for (job, files) in &outputs {
            stale.extend(compare(&job.out, files));
        }
        if stale.is_empty() {
            eprintln!("generated code is up to date");
            return Ok(ExitCode::SUCCESS);
        }
        for s in &stale {
            eprintln!("stale: {s}");
        }
        eprintln!("generated code does not match the models; run `cargo xtask codegen`");
        return Ok(ExitCode::FAILURE);
    }

    for (job, files) in &outputs {
        let written = write_crate(&job.out, files)?;
        eprintln!("{}: wrote {written} changed files to {}", job.settings.source, job.out.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn file_stem(p: &Path) -> Result<String, String> {
    p.file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_owned)
        .ok_or_else(|| format!("{} has no usable file name", p.display()))
}

fn absolute(p: &Path) -> Result<PathBuf, String> {
    if p.is_absolute() {
        return Ok(p.to_path_buf());
    }
    std::env::current_dir().map(|d| d.join(p)).map_err(|e| format!("cannot read the current folder: {e}"))
}

fn toml_path(p: &Path) -> String {
    // JSON string escaping is valid TOML basic-string escaping.
    serde_json_string(&p.display().to_string())
}

fn serde_json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What differs between `files` and the folder: changed, missing and left-over generated files.
fn compare(dir: &Path, files: &[File]) -> Vec<String> {
    let mut stale = Vec::new();
    for f in files {
        let path = dir.join(&f.path);
        match std::fs::read_to_string(&path) {
            Ok(old) if old == f.contents => {}
            Ok(old) => {
                let line = old
                    .lines()
                    .zip(f.contents.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or_else(|| old.lines().count().min(f.contents.lines().count()))
                    + 1;
                stale.push(format!("{} differs from line {line}", path.display()));
            }
            Err(_) => stale.push(format!("{} is missing", path.display())),
        }
    }
    let new: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
    for old in previous_manifest(dir) {
        if !new.contains(old.as_str()) {
            stale.push(format!("{} is no longer generated", dir.join(&old).display()));
        }
    }
    if previous_manifest(dir).into_iter().collect::<BTreeSet<_>>() != new.iter().map(|s| s.to_string()).collect() {
        stale.push(format!("{} is out of date", dir.join(MANIFEST).display()));
    }
    stale
}

fn previous_manifest(dir: &Path) -> Vec<String> {
    std::fs::read_to_string(dir.join(MANIFEST))
        .map(|s| s.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_owned).collect())
        .unwrap_or_default()
}

/// Writes the crate: every changed file to a temporary sibling first, then all renamed into place, then the
/// files this generator wrote last time and no longer writes are removed. Nothing else in the folder is
/// touched. Returns how many files changed.
fn write_crate(dir: &Path, files: &[File]) -> Result<usize, String> {
    let previous = previous_manifest(dir);
    let mut staged = Vec::new();
    let cleanup = |staged: &[(PathBuf, PathBuf)]| {
        for (tmp, _) in staged {
            let _ = std::fs::remove_file(tmp);
        }
    };
    let mut manifest = String::from("# Files written by `cargo xtask codegen`; it removes only these.\n");
    for f in files {
        manifest.push_str(&f.path);
        manifest.push('\n');
    }
    let manifest_file = File { path: MANIFEST.to_string(), contents: manifest };
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
            target.file_name().and_then(|n| n.to_str()).unwrap_or("file")
        ));
        if let Err(e) = std::fs::write(&tmp, &f.contents) {
            cleanup(&staged);
            return Err(format!("cannot write {}: {e}", tmp.display()));
        }
        staged.push((tmp, target));
    }
    let changed = staged.len();
    for (tmp, target) in &staged {
        std::fs::rename(tmp, target).map_err(|e| format!("cannot move {} into place: {e}", target.display()))?;
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
