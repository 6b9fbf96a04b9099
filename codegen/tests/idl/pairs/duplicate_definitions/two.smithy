$version: "2"
namespace example.dup

/// Defined identically in two files: kept once.
@tags(["same"])
string Same

// The same shape again with other traits: the traits merge (lists concatenate).
@tags(["two"])
@sensitive
structure Merged {
    @required
    a: String
}
