$version: "2"
namespace example

@mixin
structure Base {
    id: String
}

resource Thing {
    identifiers: { thingId: String }
}

structure NoMixins {
    $id
}

structure WrongName for Thing with [Base] {
    $thingId
    $name
}
