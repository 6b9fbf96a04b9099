$version: "1.0"

namespace example.mixed

@box
integer BoxedInt

integer PlainInt

structure Legacy {
    plain: PlainInt
    boxed: BoxedInt
    @box
    boxedMember: PlainInt
    primitive: PrimitiveLong
    prelude: Integer
}
