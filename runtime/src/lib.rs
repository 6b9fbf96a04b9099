//! The model-independent half of every generated client.

pub mod endpoint;
