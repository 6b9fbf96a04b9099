$version: "2"
namespace example

structure Foo {
    a: String
