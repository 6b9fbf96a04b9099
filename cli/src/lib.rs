//! `smithy-rs-native`, the generator's command line: which models go into which crate folder, with
//! which runtime dependency. [`cli`] is the command (the installed binary and `cargo xtask` both run it);
//! reading models and writing crates is [`codegen::io`], re-exported here.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

pub use codegen::io::{
    MANIFEST, check_operations, check_out, check_package_name, compare, read_sources,
    unmanaged_conflicts, write_crate,
};
use codegen::{File, RuntimeDep, Settings};

pub mod cli;

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

/// One job per model in `<root>/models`, each into `<root>/generated/<name>`: a `.json` or `.smithy` file
/// is the model named by its stem, a folder is a model of all the files in it, named by the folder.
pub fn repo_jobs(root: &Path, operations: Option<Vec<String>>) -> Result<Vec<Job>, String> {
    let jobs = folder_models(&root.join("models"))?
        .into_iter()
        .map(|FolderModel { path, name, stem }| Job {
            out: root.join("generated").join(&stem),
            settings: Settings {
                package: stem,
                source: format!("models/{name}"),
                operations: operations.clone(),
                service: None,
                runtime_dependency: "path = \"../../runtime\"".to_string(),
                standalone: false,
            },
            models: vec![path],
        })
        .collect();
    Ok(jobs)
}

/// One job per model in the folder `models` (`codegen --each DIR --out OUT`), each into its own crate
/// `OUT/<stem>`, models found as in [`repo_jobs`]. `template` holds what applies to every crate
/// (`--operations`, `--runtime`); its `models`, `out` and `package` are replaced.
pub fn each_jobs(
    root: &Path,
    models: &Path,
    out: &Path,
    template: &CrateArgs,
) -> Result<Vec<Job>, String> {
    folder_models(models)?
        .into_iter()
        .map(|FolderModel { path, stem, .. }| {
            file_job(
                root,
                CrateArgs {
                    models: vec![path],
                    out: out.join(&stem),
                    package: Some(package_name(&stem)),
                    ..template.clone()
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

/// One model of a folder: its path, its file name and the name of its crate.
struct FolderModel {
    path: PathBuf,
    name: String,
    stem: String,
}

/// The models of a folder, sorted by file name: a `.json` or `.smithy` file is a model, a folder is one
/// model of all the files in it; hidden entries are skipped.
fn folder_models(dir: &Path) -> Result<Vec<FolderModel>, String> {
    let mut models: Vec<(PathBuf, String)> = std::fs::read_dir(dir)
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
        .map(|(path, name)| {
            let stem = if path.is_dir() {
                name.clone()
            } else {
                file_stem(&path)?
            };
            Ok(FolderModel { path, name, stem })
        })
        .collect()
}

/// Runs `f` on every item, on as many threads as the machine has cores (at most one per item), and
/// returns the results in the items' order, so that what is printed and written does not depend on the
/// scheduling. Each thread takes the next item not yet taken: one large model does not hold up a fixed
/// share of the others.
pub fn in_parallel<J: Sync, T: Send>(jobs: &[J], f: impl Fn(&J) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(jobs.len());
    if threads <= 1 {
        return jobs.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, T)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(job) = jobs.get(i) else { break };
                        mine.push((i, f(job)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            // A panic in the generator is a bug: pass it on rather than hide it.
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
    /// How the crate depends on `smithy-runtime`; `None` for the runtime of `file_job`'s checkout.
    pub runtime: Option<RuntimeDep>,
}

/// A job for any model into any folder. The manifest has no `[workspace]` table, so the crate can join
/// the workspace it is written into (or be a package of its own outside one), and names the runtime as
/// `args.runtime` says, else by a path to `root`'s `runtime` folder (`root` is the checkout this
/// generator was built from). The arguments are checked before anything is generated: no model, an
/// output folder that is empty or the filesystem root, a package name cargo would reject, an empty
/// operation list.
pub fn file_job(root: &Path, args: CrateArgs) -> Result<Job, String> {
    let CrateArgs {
        models,
        out,
        package,
        operations,
        service,
        runtime,
    } = args;
    let Some(first) = models.first() else {
        return Err("no --model given: name a model file or folder".to_string());
    };
    check_out(&out)?;
    let out = absolute(&out)?;
    let package = match package {
        Some(p) => p,
        None => file_stem(first)?,
    };
    check_package_name(&package)?;
    check_operations(operations.as_deref())?;
    let runtime = match runtime {
        Some(RuntimeDep::Path(p)) => RuntimeDep::Path(absolute(&p)?),
        Some(other) => other,
        None => RuntimeDep::Path(root.join("runtime")),
    };
    let runtime_dependency = runtime.toml_keys(&out);
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
            runtime_dependency,
            standalone: false,
        },
    })
}

/// Reads and loads a job's model. A single file is named in messages as the job names it (`models/x.json`);
/// files below the current folder by their path relative to it.
pub fn load(job: &Job) -> Result<codegen::resolve::Model, String> {
    let mut sources = read_sources(&job.models)?;
    let root = std::env::current_dir().unwrap_or_default();
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
    // A misspelt `--operations` name is the command line's mistake, not the model's: say so before the
    // generator would report it as a model error.
    model
        .check_operation_names(
            job.settings.service.as_deref(),
            job.settings.operations.as_deref(),
        )
        .map_err(|e| format!("{e}\n"))?;
    let (files, notes) =
        codegen::generate_with_notes(&model, &job.settings).map_err(|d| d.to_string())?;
    Ok((model, files, notes))
}

/// The progress line of a generated job (the caller adds the time): the model's shapes, the operations
/// this run generates (those of `--operations`, else the service's) and the files.
pub fn progress(job: &Job, model: &codegen::resolve::Model, files: usize) -> String {
    let ops = match &job.settings.operations {
        Some(selected) => selected
            .iter()
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        None => model
            .select_service(job.settings.service.as_deref())
            .ok()
            .flatten()
            .map_or(0, |(_, s)| s.operations.len()),
    };
    format!(
        "{}: {} shapes, {ops} operations -> {files} files",
        job.settings.source,
        model.shapes.len()
    )
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
