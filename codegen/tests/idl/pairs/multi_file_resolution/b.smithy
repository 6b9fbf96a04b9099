$version: "2.0"

metadata suppressions = [{id: "B", namespace: "*"}]
metadata same = "equal in both files"

namespace example.multi

@length(min: 1)
string String

/// Not the prelude's required.
@trait
structure required {}

structure Gadget {
    @smithy.api#required
    id: smithy.api#String
}
