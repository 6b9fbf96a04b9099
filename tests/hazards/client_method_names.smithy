$version: "2"
namespace hazard.methods

@aws.protocols#awsJson1_0
service Svc { version: "2020-01-01", operations: [Clone, ListThings, New, Config, Handle, FromEnv, Fmt] }


/// An operation named `Clone` beside a paginated one (the paginator holds `self.clone()`).
operation Clone { input: Empty, output: Empty }
operation New { input: Empty, output: Empty }
operation Config { input: Empty, output: Empty }
operation Handle { input: Empty, output: Empty }
operation FromEnv { input: Empty, output: Empty }
operation Fmt { input: Empty, output: Empty }
@paginated(inputToken: "next", outputToken: "next", items: "items")
operation ListThings { input: ListIn, output: ListOut }
structure Empty {}
structure ListIn { next: String }
structure ListOut { next: String, items: Names }
list Names { member: String }
