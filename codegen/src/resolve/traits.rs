//! Typed accessors for the traits the back end needs. Added later in this file.
