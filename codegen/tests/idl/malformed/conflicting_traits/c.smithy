$version: "2"
namespace example

apply Thing @since("2")
