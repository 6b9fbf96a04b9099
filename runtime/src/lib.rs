//! The model-independent half of every generated client.
//!
//! Generated code says `use smithy_runtime as rt;`. Without features only the wire types
//! ([`types`], [`serde_as`]) are built; `endpoints` adds the rules engine, `client` the
//! protocol, signing, retries and transports, `default-https` a real HTTPS transport.

pub mod serde_as;
pub mod types;

#[cfg(feature = "endpoints")]
pub mod endpoint;

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
pub mod sigv4;
#[cfg(feature = "client")]
pub use client::*;
