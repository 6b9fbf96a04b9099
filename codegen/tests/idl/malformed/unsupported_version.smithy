$version: "3.0"
namespace example

string Foo
