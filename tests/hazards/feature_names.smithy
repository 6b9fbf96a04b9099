$version: "2"
namespace hazard.features

@aws.protocols#awsJson1_0
service Svc { version: "2020-01-01", operations: [_3D, Serde, Default, Full, Client, DefaultHttps] }


/// Operations whose Cargo features would be `-3d` or collide with the crate's own features.
operation _3D { input: Empty, output: Empty }
operation Serde { input: Empty, output: Empty }
operation Default { input: Empty, output: Empty }
operation Full { input: Empty, output: Empty }
operation Client { input: Empty, output: Empty }
operation DefaultHttps { input: Empty, output: Empty }
structure Empty {}
