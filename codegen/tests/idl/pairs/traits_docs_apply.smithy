$version: "2"
namespace example.traits

/// Custom annotation traits: the value of `@name` depends on the trait's type.
@trait
structure marker {}

@trait
list labels {
    member: String
}

@trait
map settings {
    key: String
    value: String
}

@trait
string note

/// First line.
///
///   Indented line, one space removed.
/// Last line.
@marker
@labels
@settings
@note
@tags
@required()
@sensitive
@deprecated
structure Annotated {
    /// Member docs.
    @marker()
    @labels([])
    value: String

    // A plain comment.
    //// Four slashes are documentation too.
    other: String /// after a token: not documentation

    @marker
    /// Documentation after traits is not documentation.
    late: String
}

@tags(["defined"])
string Tagged

apply Tagged @tags(["applied"])

apply Tagged {
    @documentation("From an apply block.")
    @marker
}

apply Annotated$late @documentation("applied to a member")
