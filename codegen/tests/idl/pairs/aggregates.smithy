$version: "2.0"

namespace example.aggregates

/// A list.
@length(min: 1)
list Names {
    /// The member.
    @length(min: 1, max: 100)
    member: String
}

@uniqueItems
list UniqueNames {
    member: String
}

@sparse
map Counts {
    key: String,
    value: Integer
}

structure Person {
    /// Their name.
    @required
    name: String

    age: Integer = 0
    nicknames: Names
    counts: Counts,
    friend: Person
}

union Shape {
    circle: Circle
    square: smithy.api#Double

    @length(min: 1, max: 100)
    label: String
}

structure Circle {
    radius: Double
}
