//! Nothing but a home for `tests/snippets.rs`, which compiles the README's Rust snippets against exactly the
//! README's dependency block.
