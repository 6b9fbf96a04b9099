$version: "2"
namespace hazard.members

@aws.protocols#awsJson1_0
service Svc { version: "2020-01-01", operations: [Op] }


/// Members named like what the builder and the derives define themselves.
operation Op { input: In, output: Out }
structure In { build: String, default: String, clone: String, builder: String, new: String, meta: String, type: String, self: String, validate: String }
structure Out { build: String, default: String, clone: String }
@error("client")
structure Fault { meta: String, message: String, build: String }
