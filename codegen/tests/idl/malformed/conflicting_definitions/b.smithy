$version: "2"
namespace example

integer Thing

structure Shape {
    a: Integer
}
