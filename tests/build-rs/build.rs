fn main() {
    // The two models live in the repository; a user's would sit next to this file.
    codegen::build::Builder::new()
        .model("../../models/fsx-delete-backup.json")
        .module("fsx.rs")
        .run_or_exit();
    codegen::build::Builder::new()
        .model("../../models/dynamodb-tables.json")
        .operations(["DescribeTable"])
        .module("dynamodb.rs")
        .run_or_exit();
}
