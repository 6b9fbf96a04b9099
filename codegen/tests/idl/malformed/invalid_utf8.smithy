$version: "2"
namespace example

/// café
string Foo
