//! The command: `codegen`, `ast` and `differential-runner`, for the installed `smithy-rs-native` binary and
//! for `cargo xtask` in this repository. It only reads models, calls the library and writes (or compares)
//! files; every decision about the output is made in `codegen`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use crate::{
    CrateArgs, Job, compare, each_jobs, file_job, generate_with_notes, in_parallel, progress,
    repo_jobs, runner_files, unmanaged_conflicts, write_crate,
};
use codegen::RuntimeDep;

/// Who runs the command: the program name its help shows, and the checkout it belongs to.
#[derive(Debug, Clone)]
pub struct Context {
    /// `smithy-rs-native` or `cargo xtask`.
    pub program: &'static str,
    /// The repository with `models/`, `generated/` and `runtime/`: `codegen` without `--model` regenerates
    /// its crates. `None` for the installed binary.
    pub repo: Option<PathBuf>,
    /// The checkout the binary was built from, whose `runtime/` is the default `--runtime path=`, when
    /// it still exists.
    pub source_checkout: Option<PathBuf>,
}

impl Context {
    /// The installed binary: no repository, the runtime next to the sources it was built from.
    pub fn installed() -> Context {
        let checkout = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .map(std::path::Path::to_path_buf)
            .filter(|root| root.join("runtime/Cargo.toml").is_file());
        Context {
            program: "smithy-rs-native",
            repo: None,
            source_checkout: checkout,
        }
    }
}

const USAGE: &str = "\
usage: PROGRAM <command> [options]

commands:
  codegen              generate a crate from a model (in this repository without --model: every model in
                       models/ into generated/)
  ast                  print the JSON AST of a model (IDL and JSON files merged), like `smithy ast`
  differential-runner  write the ci/differential.py runner for a generated crate

`PROGRAM <command> --help` describes a command's options.";

const CODEGEN_USAGE: &str = "\
usage:
  PROGRAM codegen --model PATH [--model PATH ...] --out DIR [options]
                                 any model into a crate in any folder
  PROGRAM codegen --model PATH ... --out DIR --model PATH ... --out DIR ... [options]
                                 several crates in one run, on all cores: each --out takes the
                                 --model(s) given since the previous --out
  PROGRAM codegen --each DIR --out DIR [options]
                                 every model in a folder (each .json or .smithy file or subfolder) into
                                 its own crate OUT/<name>, on all cores
  cargo xtask codegen            (this repository) every model in models/ (a .json or .smithy file, or a
                                 folder of them) into its crate under generated/
  cargo xtask codegen --check    the same comparison without writing; exit 1 when stale

options:
  --model PATH        a .json (JSON AST) or .smithy (IDL) file, or a folder: every .smithy and .json file
                      in it, recursively; repeat it to merge several into one model
  --out DIR           the crate's folder; files there that this generator did not write are never
                      replaced without --force
  --service ID        the service to generate (`com.example#Weather`); needed when the model has several
                      (one crate per run only)
  --operations A,B    only these operations and the shapes they reach (in every crate of the run)
  --package NAME      the Cargo package name (default: the first model's file or folder name; one crate
                      per run only)
  --runtime SPEC      how the crate depends on smithy-runtime: path=DIR (relative to the current folder),
                      git=URL (optionally ,branch=B ,tag=T or ,rev=R) or version=REQ; default: the
                      runtime folder of the checkout this generator was built from
  --check             compare with --out instead of writing; exit 1 when it differs
  --force             overwrite files in --out that this generator did not write

The crate's Cargo.toml has no [workspace] table: inside a workspace, add the folder to its members (or to
its exclude list); outside one it is a package of its own.";

const AST_USAGE: &str = "\
usage: PROGRAM ast --model PATH [--model PATH ...] > model.json

Prints the JSON AST of the merged model to stdout: shapes sorted by id, apply folded into the shapes,
the same for the same files every time. PATH is a .json or .smithy file or a folder of them (recursively).
The model must load and resolve; errors go to stderr with file, line and column, and the exit status is 1.";

const DIFFERENTIAL_USAGE: &str = "\
usage: PROGRAM differential-runner --model PATH --crate DIR --out DIR [--package NAME]

Writes the ci/differential.py runner for the crate generated from PATH into DIR (use the same --package
as that codegen run).";

/// Runs the command `args` (without the program name) asks for: help to stdout with exit 0, errors to
/// stderr with exit 1.
pub fn main(ctx: &Context, args: &[String]) -> ExitCode {
    let usage = text(ctx, USAGE);
    let result = match args.first().map(String::as_str) {
        Some("codegen") => run(ctx, &args[1..]),
        Some("ast") => ast(ctx, &args[1..]),
        Some("differential-runner") => differential_runner(ctx, &args[1..]),
        Some("-h" | "--help" | "help") => Err(Failure::Help(usage)),
        None => Err(Failure::Usage(format!("no command given\n\n{usage}"))),
        Some(other) => Err(Failure::Usage(format!(
            "unknown command `{other}`\n\n{usage}"
        ))),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Help(text)) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(Failure::Usage(message) | Failure::Error(message)) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A help text with the program's name in it.
fn text(ctx: &Context, template: &str) -> String {
    template.replace("PROGRAM", ctx.program)
}

/// Why a command did not run to the end: help was asked for (exit 0), or something is wrong.
enum Failure {
    Help(String),
    Usage(String),
    Error(String),
}

impl From<String> for Failure {
    fn from(e: String) -> Self {
        Failure::Error(e)
    }
}

/// The options of one command, read one by one; `usage` is the command's help.
struct Options<'a> {
    it: std::slice::Iter<'a, String>,
    usage: String,
}

impl<'a> Options<'a> {
    fn new(ctx: &Context, args: &'a [String], usage: &'static str) -> Self {
        Options {
            it: args.iter(),
            usage: text(ctx, usage),
        }
    }

    /// The next option name; `--help` ends the command with its help.
    fn next(&mut self) -> Result<Option<&'a str>, Failure> {
        match self.it.next().map(String::as_str) {
            Some("-h" | "--help") => Err(Failure::Help(self.usage.clone())),
            other => Ok(other),
        }
    }

    fn value(&mut self, name: &str) -> Result<String, Failure> {
        self.it
            .next()
            .cloned()
            .ok_or_else(|| Failure::Usage(format!("{name} needs a value\n\n{}", self.usage)))
    }

    fn unknown(&self, arg: &str) -> Failure {
        Failure::Usage(format!("unknown argument `{arg}`\n\n{}", self.usage))
    }
}

#[derive(Default)]
struct Args {
    check: bool,
    force: bool,
    /// What applies to every crate of the run (`--package`, `--service`, `--runtime`, `--operations`);
    /// its `models` and `out` are unused.
    krate: CrateArgs,
    /// One per `--out`, each with the `--model`s given since the previous `--out` (with a single `--out`,
    /// every `--model` of the command line, wherever it stands).
    crates: Vec<CrateArgs>,
    /// `--each DIR`: every model in DIR, each into its own crate under the one `--out`.
    each: Option<PathBuf>,
}

fn parse_args(ctx: &Context, args: &[String]) -> Result<Args, Failure> {
    let mut o = Options::new(ctx, args, CODEGEN_USAGE);
    let mut a = Args::default();
    let mut models = Vec::new();
    while let Some(arg) = o.next()? {
        match arg {
            "--check" => a.check = true,
            "--force" => a.force = true,
            "--model" => models.push(PathBuf::from(o.value(arg)?)),
            "--each" => a.each = Some(PathBuf::from(o.value(arg)?)),
            "--out" => a.crates.push(CrateArgs {
                models: std::mem::take(&mut models),
                out: PathBuf::from(o.value(arg)?),
                ..CrateArgs::default()
            }),
            "--package" => a.krate.package = Some(o.value(arg)?),
            "--service" => a.krate.service = Some(o.value(arg)?),
            "--runtime" => {
                a.krate.runtime = Some(RuntimeDep::parse(&o.value(arg)?).map_err(Failure::Usage)?)
            }
            "--operations" => {
                let ops: Vec<String> = o
                    .value(arg)?
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                a.krate.operations = Some(ops);
            }
            other => return Err(o.unknown(other)),
        }
    }
    let usage = |message: &str| Err(Failure::Usage(format!("{message}\n\n{}", o.usage)));
    if let [one] = a.crates.as_mut_slice() {
        // One crate: its models may stand anywhere on the command line (`--out DIR --model M` too).
        one.models.append(&mut models);
    }
    if a.each.is_some() {
        if a.crates.len() != 1 || !a.crates[0].models.is_empty() {
            return usage("--each DIR takes one --out (the folder for the crates) and no --model");
        }
    } else if a.crates.is_empty() && !models.is_empty() {
        return usage("--model and --out go together");
    } else if !models.is_empty() {
        return usage("every --model needs an --out after it when the run has several --out");
    } else if a.crates.iter().any(|c| c.models.is_empty()) {
        return usage("--model and --out go together: each --out needs the --model(s) before it");
    }
    if a.crates.is_empty() && ctx.repo.is_none() {
        return usage("codegen needs --model and --out");
    }
    if a.crates.is_empty()
        && (a.krate.service.is_some() || a.krate.package.is_some() || a.krate.runtime.is_some())
    {
        return usage("--service, --package and --runtime need --model and --out");
    }
    if (a.krate.service.is_some() || a.krate.package.is_some())
        && (a.crates.len() > 1 || a.each.is_some())
    {
        return usage(
            "--service and --package apply to one crate: give them with one --model ... --out",
        );
    }
    Ok(a)
}

/// `ast`: the merged JSON AST to stdout.
fn ast(ctx: &Context, args: &[String]) -> Result<ExitCode, Failure> {
    let mut o = Options::new(ctx, args, AST_USAGE);
    let mut models = Vec::new();
    while let Some(arg) = o.next()? {
        match arg {
            "--model" => models.push(PathBuf::from(o.value(arg)?)),
            other => return Err(o.unknown(other)),
        }
    }
    if models.is_empty() {
        return Err(Failure::Usage(format!(
            "ast needs at least one --model\n\n{}",
            o.usage
        )));
    }
    let json = crate::ast(&models).map_err(|e| {
        eprint!("{e}");
        Failure::Error("no AST was printed".to_string())
    })?;
    // A closed pipe (`| head`) is the reader's choice, not an error worth a panic.
    use std::io::Write;
    match std::io::stdout().lock().write_all(json.as_bytes()) {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(e) => Err(format!("cannot write the AST: {e}").into()),
    }
}

/// `differential-runner`: reads the model, lets the library write the runner, writes it.
fn differential_runner(ctx: &Context, args: &[String]) -> Result<ExitCode, Failure> {
    let mut o = Options::new(ctx, args, DIFFERENTIAL_USAGE);
    let (mut model, mut krate, mut out, mut package) = (None, None, None, None);
    while let Some(arg) = o.next()? {
        match arg {
            "--model" => model = Some(PathBuf::from(o.value(arg)?)),
            "--crate" => krate = Some(PathBuf::from(o.value(arg)?)),
            "--out" => out = Some(PathBuf::from(o.value(arg)?)),
            "--package" => package = Some(o.value(arg)?),
            other => return Err(o.unknown(other)),
        }
    }
    let (Some(model), Some(krate), Some(out)) = (model, krate, out) else {
        return Err(Failure::Usage(format!(
            "differential-runner needs --model, --crate and --out\n\n{}",
            o.usage
        )));
    };
    let job = file_job(
        &default_runtime_root(ctx)?,
        CrateArgs {
            models: vec![model],
            out,
            package,
            ..CrateArgs::default()
        },
    )?;
    let files = runner_files(&job, &krate)?;
    let written = write_crate(&job.out, &files)?;
    eprintln!(
        "{}: wrote {written} changed runner files to {}",
        job.settings.source,
        job.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The checkout whose `runtime/` a crate depends on when `--runtime` is not given.
fn default_runtime_root(ctx: &Context) -> Result<PathBuf, String> {
    ctx.repo.clone().or_else(|| ctx.source_checkout.clone()).ok_or_else(|| {
        "the runtime this binary was built with is not on this machine: pass --runtime path=DIR, git=URL or version=REQ".to_string()
    })
}

fn run(ctx: &Context, args: &[String]) -> Result<ExitCode, Failure> {
    let args = parse_args(ctx, args)?;
    let jobs = match (&ctx.repo, args.crates.is_empty()) {
        (Some(root), true) => repo_jobs(root, args.krate.operations.clone())?,
        (None, true) => {
            return Err(Failure::Usage(
                "codegen needs --model and --out".to_string(),
            ));
        }
        (_, false) => {
            let root = match &args.krate.runtime {
                Some(_) => PathBuf::new(),
                None => default_runtime_root(ctx)?,
            };
            match (&args.each, args.crates.as_slice()) {
                (Some(dir), [c]) => each_jobs(&root, dir, &c.out, &args.krate)?,
                (_, crates) => crates
                    .iter()
                    .map(|c| {
                        file_job(
                            &root,
                            CrateArgs {
                                models: c.models.clone(),
                                out: c.out.clone(),
                                ..args.krate.clone()
                            },
                        )
                    })
                    .collect::<Result<_, _>>()?,
            }
        }
    };
    check_distinct_outs(&jobs)?;

    // Generate everything in memory first: a bad model stops the run before any file is touched.
    // Several models are generated on all cores; what is printed stays in the jobs' order. The resolved
    // model is dropped as soon as its files are made: only the files wait for the end of the run.
    let results = in_parallel(&jobs, |job| {
        let started = Instant::now();
        generate_with_notes(job).map(|(model, files, notes)| {
            let line = progress(job, &model, files.len());
            (line, notes, files, started.elapsed())
        })
    });
    let mut outputs = Vec::new();
    let mut failed = false;
    for (job, result) in jobs.iter().zip(results) {
        match result {
            Ok((line, notes, files, elapsed)) => {
                for note in &notes {
                    eprintln!("{}: note: {note}", job.settings.source);
                }
                eprintln!("{line} in {} ms", elapsed.as_millis());
                outputs.push((job, files));
            }
            Err(diagnostics) => {
                eprint!("{diagnostics}");
                failed = true;
            }
        }
    }
    if failed {
        return Err("nothing was written".to_string().into());
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

    // Before anything is written: files in the way that this generator did not write are someone's work.
    let in_the_way: Vec<PathBuf> = outputs
        .iter()
        .flat_map(|(job, files)| unmanaged_conflicts(&job.out, files))
        .collect();
    if !in_the_way.is_empty() && !args.force {
        let list: Vec<String> = in_the_way
            .iter()
            .map(|p| format!("  {}", p.display()))
            .collect();
        return Err(format!(
            "these files are in the way and were not written by this generator (no `.codegen-files` entry):\n{}\nnothing was written; move them, choose another --out, or pass --force to overwrite them",
            list.join("\n")
        )
        .into());
    }
    for (job, files) in &outputs {
        let written = write_crate(&job.out, files)?;
        eprintln!(
            "{}: wrote {written} changed files to {}",
            job.settings.source,
            job.out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Two crates of one run written into the same folder would overwrite each other's files.
fn check_distinct_outs(jobs: &[Job]) -> Result<(), String> {
    let mut seen = std::collections::BTreeMap::new();
    for job in jobs {
        if let Some(first) = seen.insert(&job.out, &job.settings.source) {
            return Err(format!(
                "{} and {} would both be generated into {}: give each --out a folder of its own",
                first,
                job.settings.source,
                job.out.display()
            ));
        }
    }
    Ok(())
}
