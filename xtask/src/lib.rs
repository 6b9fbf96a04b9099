//! The I/O around `codegen`: which models go where, comparing and writing crates. `main.rs` is the command
//! line; the stale-check test uses the same functions.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use codegen::model::Source;
use codegen::{File, Settings};

/// Lists the files codegen wrote into a crate folder, so a later run removes only those.
const MANIFEST: &str = ".codegen-files";

pub fn repo_root() -> PathBuf {
    // xtask lives in <root>/xtask; CARGO_MANIFEST_DIR is baked in at build time, which is what we want.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

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

pub struct Job {
    /// The model's files and folders, merged into one model.
    pub models: Vec<PathBuf>,
    pub out: PathBuf,
    pub settings: Settings,
}

pub fn file_stem(p: &Path) -> Result<String, String> {
    p.file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_owned)
        .ok_or_else(|| format!("{} has no usable file name", p.display()))
}

pub fn absolute(p: &Path) -> Result<PathBuf, String> {
    if p.is_absolute() {
        return Ok(p.to_path_buf());
    }
    std::env::current_dir()
        .map(|d| d.join(p))
        .map_err(|e| format!("cannot read the current folder: {e}"))
}

pub fn toml_path(p: &Path) -> String {
    // A JSON string is a valid TOML basic string.
    serde_json::Value::String(p.display().to_string()).to_string()
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

/// One job per model in `<root>/models`, each into `<root>/generated/<name>`: a `.json` or `.smithy` file
/// is the model named by its stem, a folder is a model of all the files in it, named by the folder.
pub fn repo_jobs(root: &Path, operations: Option<Vec<String>>) -> Result<Vec<Job>, String> {
    let jobs = folder_models(&root.join("models"))?
        .into_iter()
        .map(|(model, name, stem)| Job {
            out: root.join("generated").join(&stem),
            settings: Settings {
                package: stem,
                source: format!("models/{name}"),
                operations: operations.clone(),
                service: None,
                runtime_dependency: "path = \"../../runtime\"".to_string(),
                standalone: false,
            },
            models: vec![model],
        })
        .collect();
    Ok(jobs)
}

/// One job per model in the folder `models` (`cargo xtask codegen --each DIR --out OUT`), each into its own
/// crate `OUT/<name>`, named as in [`repo_jobs`]; `operations` applies to every one of them.
pub fn each_jobs(
    root: &Path,
    models: &Path,
    out: &Path,
    operations: Option<Vec<String>>,
) -> Result<Vec<Job>, String> {
    folder_models(models)?
        .into_iter()
        .map(|(model, _, stem)| {
            file_job(
                root,
                CrateArgs {
                    models: vec![model],
                    out: out.join(&stem),
                    package: Some(package_name(&stem)),
                    operations: operations.clone(),
                    service: None,
                },
            )
        })
        .collect()
}

/// A model's stem as a package name cargo takes (`2.0-model` is `_2_0-model`), so that any file name in a
/// folder given to `--each` makes a crate.
fn package_name(stem: &str) -> String {
    let mut name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        name.insert(0, '_');
    }
    name
}

/// The models of a folder, sorted: (path, file name, stem). A `.json` or `.smithy` file is a model, a
/// folder is one model of all the files in it; hidden entries are skipped.
fn folder_models(dir: &Path) -> Result<Vec<(PathBuf, String, String)>, String> {
    let mut models: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_string();
            (p.is_dir() || p.extension().is_some_and(|x| x == "json" || x == "smithy"))
                .then_some((p, name))
        })
        .collect();
    models.sort();
    if models.is_empty() {
        return Err(format!(
            "no models (*.json, *.smithy or folders of them) in {}",
            dir.display()
        ));
    }
    models
        .into_iter()
        .map(|(model, name)| {
            let stem = if model.is_dir() {
                name.clone()
            } else {
                file_stem(&model)?
            };
            Ok((model, name, stem))
        })
        .collect()
}

/// Runs `f` on every job, on as many threads as the machine has cores (at most one per job), and returns
/// the results in the jobs' order, so what is printed and written does not depend on the scheduling.
/// Each thread takes the next job not yet taken: one large model does not hold up a whole share of them.
pub fn in_parallel<T: Send>(jobs: &[Job], f: impl Fn(&Job) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(jobs.len());
    if threads <= 1 {
        return jobs.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut done: Vec<(usize, T)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { break };
                        mine.push((i, f(job)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            // A panic in the generator is a bug; pass it on rather than hide it.
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

/// What the command line asks of one crate (`cargo xtask codegen --model ... --out ...`).
#[derive(Debug, Clone, Default)]
pub struct CrateArgs {
    /// Model files and folders, merged into one model.
    pub models: Vec<PathBuf>,
    pub out: PathBuf,
    /// The package name; by default the stem of the first model.
    pub package: Option<String>,
    pub operations: Option<Vec<String>>,
    /// The service to generate, for models with several.
    pub service: Option<String>,
}

/// A job for any model into any folder; crates outside `<root>/generated` get their own workspace.
/// The arguments are checked before anything is generated: no model, an output folder that is empty or
/// the filesystem root, a package name cargo would reject, an empty operation list.
pub fn file_job(root: &Path, args: CrateArgs) -> Result<Job, String> {
    let CrateArgs {
        models,
        out,
        package,
        operations,
        service,
    } = args;
    let Some(first) = models.first() else {
        return Err("no --model given: name a model file or folder".to_string());
    };
    if out.as_os_str().is_empty() {
        return Err("--out is empty: name the folder the crate goes to".to_string());
    }
    let out = absolute(&out)?;
    if out.parent().is_none()
        || out.components().all(|c| {
            matches!(
                c,
                std::path::Component::RootDir | std::path::Component::Prefix(_)
            )
        })
    {
        return Err(format!(
            "--out {} is the filesystem root: name a folder for the crate",
            out.display()
        ));
    }
    let package = match package {
        Some(p) => p,
        None => file_stem(first)?,
    };
    check_package_name(&package)?;
    if operations.as_ref().is_some_and(Vec::is_empty) {
        return Err("--operations lists no operation: name at least one (`--operations GetThing,ListThings`)".to_string());
    }
    let inside = out.starts_with(root.join("generated"));
    let source = models
        .iter()
        .map(|m| m.display().to_string())
        .collect::<Vec<_>>()
        .join(", ");
    Ok(Job {
        models,
        out,
        settings: Settings {
            package,
            source,
            operations,
            service,
            runtime_dependency: format!("path = {}", toml_path(&root.join("runtime"))),
            standalone: !inside,
        },
    })
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

/// Reads and loads a job's model. A single file is named in messages as the job names it (`models/x.json`);
/// files inside the repository by their path relative to it.
pub fn load(job: &Job) -> Result<codegen::resolve::Model, String> {
    let mut sources = read_sources(&job.models)?;
    let root = repo_root();
    if let ([model], [one]) = (job.models.as_slice(), sources.as_mut_slice())
        && model.is_file()
    {
        one.path = job.settings.source.clone();
    } else {
        for s in &mut sources {
            if let Ok(rel) = Path::new(&s.path).strip_prefix(&root) {
                s.path = rel.display().to_string();
            }
        }
    }
    codegen::load_sources(&sources).map_err(|d| d.to_string())
}

/// Loads and generates one job in memory. Errors are the model's diagnostics, ready to print.
pub fn generate(job: &Job) -> Result<(codegen::resolve::Model, Vec<File>), String> {
    generate_with_notes(job).map(|(model, files, _)| (model, files))
}

/// [`generate`], plus the generator's notes about what the client does not cover.
pub fn generate_with_notes(
    job: &Job,
) -> Result<(codegen::resolve::Model, Vec<File>, Vec<String>), String> {
    let model = load(job)?;
    let (files, notes) =
        codegen::generate_with_notes(&model, &job.settings).map_err(|d| d.to_string())?;
    Ok((model, files, notes))
}

/// The differential runner (see `codegen::differential`) for `job`'s model, depending on the crate in `krate`.
pub fn runner_files(job: &Job, krate: &Path) -> Result<Vec<File>, String> {
    let model = load(job)?;
    let krate = absolute(krate)?;
    codegen::differential::runner(&model, &job.settings, &krate.display().to_string())
        .map_err(|d| d.to_string())
}

/// The merged JSON AST of model files and folders, as `cargo xtask ast` prints it: pretty-printed,
/// shapes sorted by id, ending in a newline. The model must also resolve, so what is printed is a model
/// the generator accepts.
pub fn ast(models: &[PathBuf]) -> Result<String, String> {
    let sources = read_sources(models)?;
    let (ast, _) = codegen::load_sources_with_ast(&sources).map_err(|d| d.to_string())?;
    let mut out =
        serde_json::to_string_pretty(&ast).map_err(|e| format!("cannot print the AST: {e}"))?;
    out.push('\n');
    Ok(out)
}
