//! The model-independent half of every generated client.
//!
//! Without features only the wire types ([`types`]), the shape schemas ([`schema`]) and the codecs
//! ([`codec`]) are built, which is all a types-only crate needs; `serde` adds serde impls to the wire
//! types, `endpoints` the rules engine, `client` the protocols, signing, retries and transports,
//! `default-https` a real HTTPS transport.

pub mod codec;
mod macros;
pub mod schema;
pub mod types;

pub use schema::{Location, Member, PayloadKind, Schema, TimestampFormat};

#[cfg(feature = "endpoints")]
pub mod endpoint;

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
pub mod sigv4;
#[cfg(feature = "client")]
pub use client::*;

#[cfg(feature = "protocol-test")]
pub mod protocol_test;
