$version: "2"

metadata greeting = "hello"
metadata "quoted key" = [1, -2, 3.5, 1e-3, true, false, null]
metadata syntactic = required
metadata nested = {
    String: String,
    "a b": { list: [ {}, [] ], absolute: example.nodes#Thing$member }
    trailing: "comma",
}

namespace example.nodes

use example.other#Imported

@trait
structure complex {
    @idRef
    ref: String
    refs: RefList
    text: String
    block: String
    escapes: String
    numbers: NumberList
    flags: BoolList
    nothing: Document
    obj: Document
}

list RefList {
    member: String
}

list NumberList {
    member: Document
}

list BoolList {
    member: Boolean
}

@complex(
    ref: Thing
    refs: [Imported, String, example.elsewhere#Absolute, Thing$member]
    text: "a \"quoted\" \\ string\twith\nescapes \u00e9 \/"
    block: """
        <div>
            <p>Hello!</p>
        </div>
        """
    escapes: """
        Foo \
        Baz
        end"""
    numbers: [0, -0, 12, -34, 5.25, 6e2, -7.5E-1, 9007199254740993, 18446744073709551615]
    flags: [true, false]
    nothing: null
    obj: {"quoted": 1, bare: "two", nested: {deeper: [[], {}]}}
)
structure Thing {
    member: String
}

@documentation("""
    Text block documentation
      keeps relative indentation.""")
@tags(["a", "b",])
@externalDocumentation("Home": "https://example.com", "API Reference": "https://example.com/api")
string Documented
