$version: "2"
namespace example

string Foo

structure Foo {}

operation Op {
    input := {}
}

structure OpInput {}
