//! `credential_process`: a program whose standard output is a credentials document,
//! `{"Version": 1, "AccessKeyId": .., "SecretAccessKey": .., "SessionToken": .., "Expiration": ..}`.
//! As in the AWS CLI, the command line is split like a shell would split it (quotes, backslashes)
//! but no shell runs it; the program inherits the standard input and environment (so it may prompt),
//! and its standard error is reported when it fails.

use super::Credentials;
use super::chain::failed;
use super::json::{self, MAX_DOCUMENT, Shape};
use crate::client::blocking::spawn;
use crate::client::error::DispatchError;
use crate::client::profile::ini::{Origin, shell_split};
use std::io::Read;
use std::process::{Command, Stdio};

const SHAPE: Shape = Shape {
    token_field: "SessionToken",
    token_required: false,
    expiration_required: false,
};

/// Bounds what is kept of the program's standard error for the message.
const MAX_STDERR_SHOWN: usize = 1024;

pub(crate) async fn run(
    profile: &str,
    command: &str,
    origin: &Origin,
) -> Result<Credentials, DispatchError> {
    let words = shell_split(command)
        .filter(|w| !w.is_empty())
        .ok_or_else(|| {
            failed(format!(
                "profile `{profile}`: credential_process at {origin} is not a command line \
             (an unclosed quote or a trailing backslash?)"
            ))
        })?;
    let program = words[0].clone();
    let ctx = |w: String| {
        failed(format!(
            "profile `{profile}`: credential_process `{program}`: {w}"
        ))
    };
    let mut cmd = Command::new(&program);
    cmd.args(&words[1..])
        .stdin(Stdio::inherit())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let answer = spawn("smithy-credential-process", move || -> Result<_, String> {
        let mut child = cmd.spawn().map_err(|e| format!("cannot start it: {e}"))?;
        // Read both pipes to the end (a full stderr pipe would block the child), keeping at most a
        // document's worth of stdout and a message's worth of stderr.
        let mut err_pipe = child.stderr.take();
        let err_reader = std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(p) = err_pipe.as_mut() {
                let _ = p.take(64 * 1024).read_to_end(&mut buf);
                let _ = std::io::copy(p, &mut std::io::sink());
            }
            buf
        });
        let mut out = Vec::new();
        if let Some(mut p) = child.stdout.take() {
            p.by_ref()
                .take(MAX_DOCUMENT as u64 + 1)
                .read_to_end(&mut out)
                .map_err(|e| format!("reading its output failed: {e}"))?;
            let _ = std::io::copy(&mut p, &mut std::io::sink());
        }
        let status = child
            .wait()
            .map_err(|e| format!("waiting for it failed: {e}"))?;
        let err = err_reader.join().unwrap_or_default();
        Ok((status, out, err))
    })
    .map_err(|e| ctx(format!("cannot start a thread for it: {e}")))?;
    let (status, out, err) = answer
        .await
        .ok_or_else(|| ctx("running it panicked".into()))?
        .map_err(ctx)?;
    if !status.success() {
        let stderr = String::from_utf8_lossy(&err);
        let mut shown: String = stderr.trim().chars().take(MAX_STDERR_SHOWN).collect();
        if shown.is_empty() {
            shown = "(nothing on standard error)".into();
        }
        return Err(ctx(format!("it exited with {status}: {shown}")));
    }
    let (doc, creds) = json::parse(&out, &SHAPE).map_err(|w| ctx(format!("its output: {w}")))?;
    match doc.get("Version") {
        Some(v) if v.as_u64() == Some(1) => Ok(creds),
        Some(_) => Err(ctx("its output has a `Version` other than 1".into())),
        None => Err(ctx("its output has no `Version` (expected 1)".into())),
    }
}
