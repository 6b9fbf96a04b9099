//! `cargo xtask`: the `smithy-rs-native` command run from this repository, where `codegen` without
//! `--model` regenerates every crate in `generated/` from `models/`.

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ctx = smithy_rs_native::cli::Context {
        program: "cargo xtask",
        repo: Some(xtask::repo_root()),
        source_checkout: Some(xtask::repo_root()),
    };
    smithy_rs_native::cli::main(&ctx, &args)
}
