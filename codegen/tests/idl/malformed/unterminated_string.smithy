$version: "2"
namespace example

@documentation("never closed)
string Foo
