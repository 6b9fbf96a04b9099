$version: "2"
namespace example

structure Foo {
    a: other..ns#Thing
    b: Thing$member
    c: 9Lives
}

list Bar {
    item: String
}

map Baz {
    key: String
    member: String
}
