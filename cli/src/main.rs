//! The installed `smithy-rs-native` binary (`cargo install --path cli`): the same command as `cargo xtask`
//! in this repository, working from any folder.

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    smithy_rs_native::cli::main(&smithy_rs_native::cli::Context::installed(), &args)
}
