$version: "2"
namespace example

string Foo

@deprecated
apply Foo @sensitive

@ required
string Bar

apply Foo
