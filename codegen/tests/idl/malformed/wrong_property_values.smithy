$version: "2"
namespace example

service S {
    version: 1
    operations: Op
    rename: { "a#B": 1 }
}

resource R {
    identifiers: [id]
    read: [GetR]
}
