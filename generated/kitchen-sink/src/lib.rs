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
//!
//! ## Quick start
//!
//! Depend on this crate and an async runtime:
//!
//! ```toml
//! [dependencies]
//! kitchen-sink = { path = "<where this crate is>" }
//! tokio = { version = "1", features = ["macros", "rt"] }
//! ```
//!
//! Call an operation with the configuration the AWS SDKs use (environment, then `~/.aws/config` and `~/.aws/credentials`; see [`ConfigBuilder::load`] for every setting and its precedence):
//!
//! ```rust,no_run
//! use kitchen_sink::types::DoEverythingInput;
//! use kitchen_sink::{Client, Config};
//!
//! #[tokio::main(flavor = "current_thread")]
//! async fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     let client = Client::new(Config::load()?);
//!     let input = DoEverythingInput::builder().build();
//!     let output = client.do_everything(input).await?;
//!     println!("{output:?}");
//!     Ok(())
//! }
//! ```
//!
//! In a test, [`mock::MockTransport`] answers instead of the service and records what the client sent; [`mock::config`] sets it up with a region, dummy credentials and no real sleeping:
//!
//! ```rust
//! use kitchen_sink::types::DoEverythingInput;
//! use kitchen_sink::Client;
//! use kitchen_sink::mock::{self, MockTransport};
//!
//! # async fn test() {
//! let transport = MockTransport::new();
//! transport.push_json(200, "{}");
//! let client = Client::new(mock::config(transport.clone()).build());
//!
//! let input = DoEverythingInput::builder().build();
//! let output = client.do_everything(input).await.unwrap();
//! println!("{output:?}");
//! assert_eq!(transport.request_count(), 1);
//! # }
//! # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(test());
//! ```
//!
//! ## Configuration and errors
//!
//! - [`Config`] is what a [`Client`] is made with: [`Config::load`] reads the environment and the profile as the AWS SDKs do, [`Config::builder`] gives a [`ConfigBuilder`] whose settings (`region`, `endpoint_url`, `credentials`, `retry` with a [`RetryConfig`], `timeouts` with a [`TimeoutConfig`], `transport`, ...) win over both.
//! - Every operation returns its own error enum (in [`operation`]): a variant per modeled error, `Unmodeled` with a [`ServiceError`] (`code()`, `message()`, `request_id()`, `status()`), `Validation` with a [`ValidationError`] (the input was refused before sending) and `Dispatch` with a [`DispatchError`] (no response: connection, timeout, credentials).
//! - [`Error`] is any operation's error, for `?` across several calls: every operation error converts into it, keeping the code, message, request id and status, and gives the operation's error back with [`Error::downcast_ref`].
//! - [`mock`] holds the in-memory transport for tests, [`runtime`] the whole runtime this crate is built on.
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
#[cfg(feature = "client")]
pub use ::smithy_runtime::{
    Config, ConfigBuilder, Credentials, DispatchError, Error, RetryConfig, ServiceError,
    TimeoutConfig, ValidationError,
};
#[cfg(feature = "client")]
#[doc(no_inline)]
pub use ::smithy_runtime::mock;
#[doc(no_inline)]
pub use ::smithy_runtime as runtime;
