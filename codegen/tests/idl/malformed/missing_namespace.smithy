$version: "2"

string Foo
