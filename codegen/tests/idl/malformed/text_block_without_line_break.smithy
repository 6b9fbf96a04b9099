$version: "2"
namespace example

@documentation("""foo""")
string Foo
