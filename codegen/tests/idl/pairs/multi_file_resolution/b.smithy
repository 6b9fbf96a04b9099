$version: "2.0"

metadata suppressions = [{id: "B", namespace: "*"}]
metadata same = "equal in both files"

namespace example.multi

@length(min: 1)
string String

/// Not the prelude's required: a list, so `@required` without a value is `[]` here.
@trait
list required {
    member: String
}

structure Gadget {
    @smithy.api#required
    id: smithy.api#String
}
