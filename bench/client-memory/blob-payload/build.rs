fn main() {
    // The restJson1 blob-payload client, generated as a user's build script would.
    codegen::build::Builder::new()
        .model("blob-payload.smithy")
        .module("blob_payload.rs")
        .run_or_exit();
}
