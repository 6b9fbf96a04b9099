$version: "2"
namespace example

structure Foo {
    a: String
    b: Missing
}

@mixin
structure A with [B] {}

@mixin
structure B with [A] {}

apply Nowhere @sensitive
