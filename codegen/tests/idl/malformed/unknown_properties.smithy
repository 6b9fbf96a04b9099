$version: "2"
namespace example

service S {
    version: "1"
    operation: [Op]
    identifiers: {}
}

resource R {
    identifiers: { id: String }
    version: "1"
    read: "a" "b"
}

operation Op {
    inputs: Foo
}
