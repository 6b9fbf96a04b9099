$version: "1.0"

namespace example.v1

@box
integer BoxedInt

integer PlainInt

set Tags {
    member: String
}

structure Config {
    boxedByTarget: BoxedInt
    plain: PlainInt

    @box
    boxedMember: PlainInt

    flag: PrimitiveBoolean
    maybe: Boolean

    @enum([{value: "a", name: "A"}, {value: "b", name: "B"}])
    choice: String

    tags: Tags
}
