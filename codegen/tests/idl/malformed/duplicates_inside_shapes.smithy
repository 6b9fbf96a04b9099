$version: "2"
$version: "2"
namespace example

@sensitive
@sensitive
structure Foo {
    a: String
    a: Integer
}

@tags(["a"])
@documentation(foo: 1, foo: 2)
string Bar

/// Documented twice.
@documentation("again")
string Baz
