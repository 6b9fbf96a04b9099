$version: "2"
namespace hazard.keywords

@aws.protocols#awsJson1_0
service Svc { version: "2020-01-01", operations: [Match, Option] }


/// Shape and member names that are Rust keywords or std types.
operation Match { input: Result, output: String_ }
operation Option { input: Self_, output: Box }
structure Result { type: String, async: Integer, await: Boolean, crate: String, super: String, Self: String, try: String, mod: String }
structure String_ { Option: String, Vec: String, Box: String }
structure Self_ { fn: String }
structure Box { loop: String }
