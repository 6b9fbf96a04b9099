//! `cargo xtask codegen` and `cargo xtask ast`: the thin shell around `codegen`. It only reads models, calls
//! the library and writes (or compares) files; every decision about the output is made in `codegen`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use xtask::{
    CrateArgs, compare, file_job, generate_with_notes, repo_jobs, repo_root, runner_files,
    unmanaged_conflicts, write_crate,
};

const USAGE: &str = "\
usage: cargo xtask <command> [options]

commands:
  codegen              generate crates: every model in models/, or any model into any folder
  ast                  print the JSON AST of a model (IDL and JSON files merged), like `smithy ast`
  differential-runner  write the ci/differential.py runner for a generated crate

`cargo xtask <command> --help` describes a command's options.";

const CODEGEN_USAGE: &str = "\
usage:
  cargo xtask codegen            every model in models/ (a .json or .smithy file, or a folder of them)
                                 into its crate under generated/
  cargo xtask codegen --check    the same comparison without writing; exit 1 when stale
  cargo xtask codegen --model PATH [--model PATH ...] --out DIR [--model PATH ... --out DIR ...] [options]
                                 any model into a crate in any folder; several pairs are generated on
                                 all cores
  cargo xtask codegen --each DIR --out DIR [options]
                                 every model in a folder (each file or subfolder, as in models/), each
                                 into its own crate OUT/<name>, on all cores

options:
  --model PATH        a .json (JSON AST) or .smithy (IDL) file, or a folder: every .smithy and .json file
                      in it, recursively; repeat it to merge several into one model
  --out DIR           the crate's folder; files there that this generator did not write are never
                      replaced without --force
  --service ID        the service to generate (`com.example#Weather`); needed when the model has several
                      (one --model ... --out pair only)
  --operations A,B    only these operations and the shapes they reach (in every crate of the run)
  --package NAME      the Cargo package name (default: the first model's file or folder name; one
                      pair only)
  --force             overwrite files in --out that this generator did not write";

const AST_USAGE: &str = "\
usage: cargo xtask ast --model PATH [--model PATH ...] > model.json

Prints the JSON AST of the merged model to stdout: shapes sorted by id, apply folded into the shapes,
the same for the same files every time. PATH is a .json or .smithy file or a folder of them (recursively).
The model must load and resolve; errors go to stderr with file, line and column, and the exit status is 1.";

const DIFFERENTIAL_USAGE: &str = "\
usage: cargo xtask differential-runner --model PATH --crate DIR --out DIR [--package NAME]

Writes the ci/differential.py runner for the crate generated from PATH into DIR (use the same --package
as that codegen run).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("codegen") => run(&args[1..]),
        Some("ast") => ast(&args[1..]),
        Some("differential-runner") => differential_runner(&args[1..]),
        Some("-h" | "--help" | "help") => Err(Failure::Help(USAGE)),
        None => Err(Failure::Usage(format!("no command given\n\n{USAGE}"))),
        Some(other) => Err(Failure::Usage(format!(
            "unknown command `{other}`\n\n{USAGE}"
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

/// Why a command did not run to the end: help was asked for (exit 0), or something is wrong.
enum Failure {
    Help(&'static str),
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
    usage: &'static str,
}

impl<'a> Options<'a> {
    fn new(args: &'a [String], usage: &'static str) -> Self {
        Options {
            it: args.iter(),
            usage,
        }
    }

    /// The next option name; `--help` ends the command with its help.
    fn next(&mut self) -> Result<Option<&'a str>, Failure> {
        match self.it.next().map(String::as_str) {
            Some("-h" | "--help") => Err(Failure::Help(self.usage)),
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
    /// One per `--out`: the `--model`s given since the previous `--out`.
    crates: Vec<CrateArgs>,
    /// `--each DIR`: every model in DIR, each into its own crate under the one `--out`.
    each: Option<PathBuf>,
    operations: Option<Vec<String>>,
    package: Option<String>,
    service: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, Failure> {
    let mut o = Options::new(args, CODEGEN_USAGE);
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
            "--package" => a.package = Some(o.value(arg)?),
            "--service" => a.service = Some(o.value(arg)?),
            "--operations" => {
                let ops: Vec<String> = o
                    .value(arg)?
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                a.operations = Some(ops);
            }
            other => return Err(o.unknown(other)),
        }
    }
    let usage = |m: &str| Err(Failure::Usage(format!("{m}\n\n{CODEGEN_USAGE}")));
    if !models.is_empty() {
        return usage("every --model needs an --out after it");
    }
    if a.each.is_some() {
        if a.crates.len() != 1 || !a.crates[0].models.is_empty() {
            return usage("--each DIR takes one --out (the folder for the crates) and no --model");
        }
    } else if a.crates.iter().any(|c| c.models.is_empty()) {
        return usage("--model and --out go together: each --out needs the --model(s) before it");
    }
    if (a.package.is_some() || a.service.is_some()) && (a.crates.len() != 1 || a.each.is_some()) {
        return usage("--service and --package need exactly one --model ... --out pair");
    }
    Ok(a)
}

/// `ast`: the merged JSON AST to stdout.
fn ast(args: &[String]) -> Result<ExitCode, Failure> {
    let mut o = Options::new(args, AST_USAGE);
    let mut models = Vec::new();
    while let Some(arg) = o.next()? {
        match arg {
            "--model" => models.push(PathBuf::from(o.value(arg)?)),
            other => return Err(o.unknown(other)),
        }
    }
    if models.is_empty() {
        return Err(Failure::Usage(format!(
            "ast needs at least one --model\n\n{AST_USAGE}"
        )));
    }
    let json = xtask::ast(&models).map_err(|e| {
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
fn differential_runner(args: &[String]) -> Result<ExitCode, Failure> {
    let mut o = Options::new(args, DIFFERENTIAL_USAGE);
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
            "differential-runner needs --model, --crate and --out\n\n{DIFFERENTIAL_USAGE}"
        )));
    };
    let job = file_job(
        &repo_root(),
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

fn run(args: &[String]) -> Result<ExitCode, Failure> {
    let args = parse_args(args)?;
    let root = repo_root();
    let jobs = match (&args.each, args.crates.as_slice()) {
        (Some(dir), [c]) => xtask::each_jobs(&root, dir, &c.out, args.operations.clone())?,
        (_, []) => repo_jobs(&root, args.operations.clone())?,
        (_, crates) => crates
            .iter()
            .map(|c| {
                file_job(
                    &root,
                    CrateArgs {
                        operations: args.operations.clone(),
                        package: args.package.clone(),
                        service: args.service.clone(),
                        ..c.clone()
                    },
                )
            })
            .collect::<Result<_, _>>()?,
    };

    // Generate everything in memory first: a bad model stops the run before any file is touched.
    // Several models are generated on all cores; what is printed stays in the jobs' order.
    let results = xtask::in_parallel(&jobs, |job| {
        let started = Instant::now();
        (generate_with_notes(job), started.elapsed())
    });
    let mut outputs = Vec::new();
    let mut failed = false;
    for (job, (result, elapsed)) in jobs.iter().zip(results) {
        match result {
            Ok((model, files, notes)) => {
                for note in &notes {
                    eprintln!("{}: note: {note}", job.settings.source);
                }
                let ops = model
                    .select_service(job.settings.service.as_deref())
                    .ok()
                    .flatten()
                    .map_or(0, |(_, s)| s.operations.len());
                eprintln!(
                    "{}: {} shapes, {} operations -> {} files in {} ms",
                    job.settings.source,
                    model.shapes.len(),
                    ops,
                    files.len(),
                    elapsed.as_millis()
                );
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
