$version: "2"
namespace example.enums

/// Suits of cards.
enum Suit {
    /// Sparkly.
    @deprecated
    DIAMOND = "diamond"

    CLUB = "club"
    @enumValue("heart")
    HEART
    SPADE
}

intEnum Level {
    LOW = 1
    MEDIUM = 2
    @deprecated(message: "too much", since: "2024")
    HIGH = 3
}
