$version: "2"

namespace example.mixed

structure Modern {
    plain: PlainInt
    legacy: Legacy
}
