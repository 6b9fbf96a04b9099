$version: "2"
namespace example

@documentation("tab\x")
string Foo

@documentation("\u12G4")
string Bar
