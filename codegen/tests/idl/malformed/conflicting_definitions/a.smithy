$version: "2"
namespace example

string Thing

structure Shape {
    a: String
}
