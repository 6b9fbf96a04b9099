$version: "2"
namespace example.dup

/// Defined identically in two files: kept once.
@tags(["same"])
string Same

@tags(["one"])
structure Merged {
    @documentation("member docs")
    a: String
}
