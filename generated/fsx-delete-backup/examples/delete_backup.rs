//! Deletes one Amazon FSx backup.
//!
//! ```text
//! cargo run -p fsx-delete-backup --example delete_backup -- <backup-id> [--region R] [--endpoint-url URL]
//! ```
//!
//! Region, credentials and endpoint come from where the AWS CLI finds them: the environment
//! (`AWS_REGION`, `AWS_ACCESS_KEY_ID`, `AWS_ENDPOINT_URL`, ...), then the profile (`AWS_PROFILE`, else
//! `default`) in `~/.aws/config` and `~/.aws/credentials`; the flags override the region and the
//! endpoint. Exit status: 0 on success, 1 when the call
//! fails, 2 on bad arguments (a missing region among them: the message names `--region`).
//!
//! Hand-written: codegen only touches the files listed in `.codegen-files`.

use fsx_delete_backup::operation::DeleteBackupError;
use fsx_delete_backup::types::DeleteBackupRequest;
use fsx_delete_backup::{Client, Config};
use std::process::ExitCode;

const USAGE: &str = "usage: delete_backup <backup-id> [--region REGION] [--endpoint-url URL]";

struct Args {
    backup_id: String,
    region: Option<String>,
    endpoint_url: Option<String>,
}

fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut backup_id = None;
    let mut region = None;
    let mut endpoint_url = None;
    while let Some(arg) = argv.next() {
        // `--flag value` and `--flag=value` are both accepted.
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let slot = match flag.as_str() {
            "--region" => &mut region,
            "--endpoint-url" => &mut endpoint_url,
            "-h" | "--help" => return Err(String::new()),
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("unknown option `{f}`")),
            _ => {
                if backup_id.is_some() {
                    return Err(format!("unexpected argument `{arg}`"));
                }
                backup_id = Some(arg);
                continue;
            }
        };
        let value = match inline.or_else(|| argv.next()) {
            Some(v) if !v.trim().is_empty() => v,
            _ => return Err(format!("`{flag}` needs a value")),
        };
        if slot.replace(value).is_some() {
            return Err(format!("`{flag}` given twice"));
        }
    }
    Ok(Args {
        backup_id: backup_id.ok_or("missing <backup-id>")?,
        region,
        endpoint_url,
    })
}

/// One line per failure, naming the error and what it carries.
fn describe(err: &DeleteBackupError) -> String {
    let msg = |m: &Option<String>| m.clone().unwrap_or_else(|| "(no message)".to_owned());
    match err {
        DeleteBackupError::BackupNotFound(e) => {
            format!("backup not found: {}", msg(&e.message))
        }
        DeleteBackupError::BackupInProgress(e) => {
            format!("a backup is in progress: {}", msg(&e.message))
        }
        DeleteBackupError::BackupRestoring(e) => format!(
            "the backup is restoring file system {}: {}",
            e.file_system_id.as_deref().unwrap_or("(unknown)"),
            msg(&e.message)
        ),
        DeleteBackupError::BackupBeingCopied(e) => format!(
            "backup {} is being copied: {}",
            e.backup_id.as_deref().unwrap_or("(unknown)"),
            msg(&e.message)
        ),
        DeleteBackupError::BadRequest(e) => format!("bad request: {}", msg(&e.message)),
        DeleteBackupError::IncompatibleParameterError(e) => format!(
            "incompatible parameter {}: {}",
            e.parameter.as_deref().unwrap_or("(unknown)"),
            msg(&e.message)
        ),
        DeleteBackupError::InternalServerError(e) => {
            format!("FSx internal error: {}", msg(&e.message))
        }
        DeleteBackupError::Unmodeled(e) => format!(
            "service error {} (HTTP {}, request id {}): {}",
            e.code(),
            e.status(),
            e.request_id().unwrap_or("-"),
            e.message().unwrap_or("(no message)")
        ),
        DeleteBackupError::Validation(e) => format!("invalid input: {e}"),
        DeleteBackupError::Dispatch(e) => format!("request failed ({:?}): {e}", e.kind()),
        // The enum is non_exhaustive: a newer model may add errors.
        other => format!("error: {other}"),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(why) => {
            if why.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("delete_backup: {why}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    // Flags first: `load` fills only what is still unset.
    let mut builder = Config::builder();
    if let Some(r) = args.region {
        builder = builder.region(r);
    }
    if let Some(u) = args.endpoint_url {
        builder = builder.endpoint_url(u);
    }
    let config = match builder.load() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("delete_backup: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Without a region the call could only fail later with the library's wording; this program has a flag
    // for it.
    if config.region().is_none() {
        eprintln!(
            "delete_backup: no region: pass --region REGION (or set AWS_REGION, or `region` in ~/.aws/config)\n{USAGE}"
        );
        return ExitCode::from(2);
    }
    let client = Client::new(config);

    let input = match DeleteBackupRequest::builder()
        .backup_id(args.backup_id)
        .build()
    {
        Ok(i) => i,
        Err(e) => {
            eprintln!("delete_backup: {e}");
            return ExitCode::from(2);
        }
    };
    match client.delete_backup(input).await {
        Ok(out) => {
            println!("{out:?}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("delete_backup: {}", describe(&e));
            ExitCode::FAILURE
        }
    }
}
