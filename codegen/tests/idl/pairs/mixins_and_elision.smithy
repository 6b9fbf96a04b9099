$version: "2"

namespace example.mixins

@mixin
structure IdBearer {
    id: String
}

@mixin(localTraits: [internal])
@internal
@tags(["base"])
structure Timestamps with [IdBearer] {
    created: Timestamp
}

structure Record with [Timestamps] {
    @required
    $id

    @documentation("when")
    $created

    extra: Integer
}

@mixin
@sensitive
string SensitiveString

@pattern("^[a-z]+$")
string Secret with [SensitiveString]

@mixin
list NameListMixin {
    member: String
}

@length(min: 1)
list Names with [NameListMixin] {
    @length(max: 5)
    $member
}

@mixin
operation Auditable {
    errors: [AccessDenied]
}

operation DoThing with [Auditable] {
    input := with [IdBearer] {
        @required
        $id
        count: Integer
    }
}

@error("client")
structure AccessDenied {}

apply Record$id @documentation("applied to an elided member")
