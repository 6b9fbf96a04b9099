$version: "2"

metadata suppressions = [{id: "A", namespace: "*"}]
metadata same = "equal in both files"

namespace example.multi

use example.shared#SharedId

/// `String` and `required` are defined in this namespace (in b.smithy), so the relative ids below name
/// those, not the prelude's; `Integer` is not, so it is the prelude's.
structure Widget {
    @required
    name: String
    count: Integer
    shared: SharedId
    gadget: Gadget
}

apply Gadget @documentation("applied from another file")
