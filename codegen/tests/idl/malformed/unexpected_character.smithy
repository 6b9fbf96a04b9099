$version: "2"
namespace example

string Foo ~
structure Bar { a: String; }
