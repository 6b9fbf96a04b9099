$version: "1.0"
namespace example

@mixin
structure Base {
    id: String
}

structure Uses with [Base] {
    $id
    count: Integer = 0
}

enum Suit {
    CLUB
}

operation Op {
    input := {}
}
