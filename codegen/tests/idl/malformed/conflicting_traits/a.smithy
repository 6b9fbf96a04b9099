$version: "2"
namespace example

@documentation("from a")
string Thing

apply Thing @since("1")
