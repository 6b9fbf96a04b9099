//! # Kitchen Sink Test Service
//!
//! A made-up service whose only job is to reach every corner of the Smithy data model.
//!
//! It covers:
//!
//! - every simple and aggregate shape type
//!
//! - names that are keywords or prelude types in Rust, such as `type` and `Option`
//!
//! - recursion, mixins, `apply`, resources and pagination
//!
//! > **Note:**
//! >
//! > Docs here deliberately contain \[a\], \`\[Foo\]\`, \<T> and & so that doc renderers are tested too. See [the Smithy spec](https://smithy.io/2.0/spec/).
//!
//! Generated from the Smithy model of `example.kitchensink#KitchenSink` (API version 2024-06-30, protocol awsJson1_0).
//!
//! ## Cargo features
//!
//! - `full` (default): every operation and the shapes it uses.
//! - one feature per operation, in kebab-case (`delete-backup`): only that operation and the shapes it reaches. Build with `default-features = false` and name the operations you call.
//! - `client`: the `Client` without an HTTP stack; bring an `HttpTransport`.
//! - `default-https` (default): `client` plus the built-in hyper + rustls transport.
//!
//! Without `client` the crate is types only: no HTTP, signing or async runtime.
#![allow(deprecated)]
pub mod types;
#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
pub use client::Client;
/// The error type of each operation.
#[cfg(feature = "client")]
pub mod operation;
#[cfg(feature = "client")]
mod endpoint;
/// Configuration, transports and error types shared by every generated client.
#[cfg(feature = "client")]
pub use ::smithy_runtime::{Config, Credentials};
/// The runtime this crate is built on.
pub use ::smithy_runtime as runtime;
