//! `cargo xtask codegen`: the thin shell around `codegen`. It only reads models, calls the library and
//! writes (or compares) files; every decision about the output is made in `codegen`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use xtask::{
    compare, file_job, generate_with_notes, repo_jobs, repo_root, runner_files,
    unmanaged_conflicts, write_crate,
};

const USAGE: &str = "\
usage:
  cargo xtask codegen                 every model in models/ into its crate under generated/
  cargo xtask codegen --check         the same comparison without writing; exit 1 when stale
  cargo xtask codegen --model FILE --out DIR [--operations A,B] [--package NAME] [--force]
                                      any model file into a crate in any folder; files there that
                                      this generator did not write are never replaced without --force
  cargo xtask differential-runner --model FILE --crate DIR --out DIR [--package NAME]
                                      the ci/differential.py runner for the crate generated from FILE
                                      into DIR (same --package as that codegen run)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = if args.first().map(String::as_str) == Some("differential-runner") {
        differential_runner(&args[1..])
    } else {
        run(&args)
    };
    match result {
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
    force: bool,
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
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--check" => a.check = true,
            "--force" => a.force = true,
            "--model" => a.model = Some(PathBuf::from(value("--model")?)),
            "--out" => a.out = Some(PathBuf::from(value("--out")?)),
            "--package" => a.package = Some(value("--package")?),
            "--operations" => {
                let ops: Vec<String> = value("--operations")?
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
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

/// `differential-runner`: reads the model, lets the library write the runner, writes it.
fn differential_runner(args: &[String]) -> Result<ExitCode, String> {
    let (mut model, mut krate, mut out, mut package) = (None, None, None, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
        };
        match arg.as_str() {
            "--model" => model = Some(PathBuf::from(value("--model")?)),
            "--crate" => krate = Some(PathBuf::from(value("--crate")?)),
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--package" => package = Some(value("--package")?),
            "-h" | "--help" => return Err(USAGE.to_string()),
            other => return Err(format!("unknown argument `{other}`\n{USAGE}")),
        }
    }
    let (Some(model), Some(krate), Some(out)) = (model, krate, out) else {
        return Err(format!(
            "differential-runner needs --model, --crate and --out\n{USAGE}"
        ));
    };
    let job = file_job(&repo_root(), &model, &out, package, None)?;
    let files = runner_files(&job, &krate)?;
    let written = write_crate(&job.out, &files)?;
    eprintln!(
        "{}: wrote {written} changed runner files to {}",
        job.settings.source,
        job.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let args = parse_args(args)?;
    let root = repo_root();
    let jobs = match (&args.model, &args.out) {
        (Some(model), Some(out)) => vec![file_job(
            &root,
            model,
            out,
            args.package.clone(),
            args.operations.clone(),
        )?],
        _ => repo_jobs(&root, args.operations.clone())?,
    };

    // Generate everything in memory first: a bad model stops the run before any file is touched.
    let mut outputs = Vec::new();
    let mut failed = false;
    for job in &jobs {
        let started = Instant::now();
        match generate_with_notes(job) {
            Ok((model, files, notes)) => {
                for note in &notes {
                    eprintln!("{}: note: {note}", job.settings.source);
                }
                let ops = model
                    .service()
                    .map(|(_, s)| s.operations.len())
                    .unwrap_or(0);
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
            Err(diagnostics) => {
                eprint!("{diagnostics}");
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
        ));
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
