$version: "2"
namespace hazard.recursion

@aws.protocols#awsJson1_0
service Svc { version: "2020-01-01", operations: [Op] }


/// Shapes that reach themselves directly, through a union, and through lists and maps.
operation Op { input: Node, output: Node }
structure Node { next: Node, kids: Nodes, byName: NodeMap, either: Either }
list Nodes { member: Node }
map NodeMap { key: String, value: Node }
union Either { node: Node, leaf: String }
