$version: "2"
namespace example..bad

string Foo
