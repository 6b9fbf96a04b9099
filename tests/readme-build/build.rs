// build.rs
fn main() {
    codegen::build::Builder::new()
        .model("model/fsx.json") // or a .smithy file, or a folder; repeat to merge
        .operations(["DeleteBackup"]) // optional
        .module("fsx.rs") // one file in OUT_DIR
        .run_or_exit();
}
