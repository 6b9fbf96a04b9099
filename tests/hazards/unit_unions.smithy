$version: "2"
namespace hazard.unions

@aws.protocols#awsJson1_0
service Svc { version: "2020-01-01", operations: [Op] }


/// A union whose members are all Unit, and one mixing Unit and values.
operation Op { input: In, output: In }
structure In { choice: Choice, mixed: Mixed }
union Choice { a: Unit, b: Unit, c: Unit }
union Mixed { none: Unit, some: String, many: Names }
list Names { member: String }
