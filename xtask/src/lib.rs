//! The I/O around `codegen`: which models go where, comparing and writing crates. `main.rs` is the command
//! line; the stale-check test uses the same functions.

use std::path::{Path, PathBuf};

use codegen::{File, Settings};

pub use codegen_fs::{
    MANIFEST, check_package_name, compare, read_sources, unmanaged_conflicts, write_crate,
};

pub fn repo_root() -> PathBuf {
    // xtask lives in <root>/xtask; CARGO_MANIFEST_DIR is baked in at build time, which is what we want.
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
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

/// One job per model in `<root>/models`, each into `<root>/generated/<name>`: a `.json` or `.smithy` file
/// is the model named by its stem, a folder is a model of all the files in it, named by the folder.
pub fn repo_jobs(root: &Path, operations: Option<Vec<String>>) -> Result<Vec<Job>, String> {
    let dir = root.join("models");
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
            Ok(Job {
                out: root.join("generated").join(&stem),
                settings: Settings {
                    package: stem.clone(),
                    source: format!("models/{name}"),
                    operations: operations.clone(),
                    service: None,
                    runtime_dependency: "path = \"../../runtime\"".to_string(),
                    standalone: false,
                },
                models: vec![model],
            })
        })
        .collect()
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
    codegen_fs::check_out(&out)?;
    let out = absolute(&out)?;
    let package = match package {
        Some(p) => p,
        None => file_stem(first)?,
    };
    check_package_name(&package)?;
    codegen_fs::check_operations(operations.as_deref())?;
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
