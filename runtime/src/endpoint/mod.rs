//! Endpoint rules engine.
