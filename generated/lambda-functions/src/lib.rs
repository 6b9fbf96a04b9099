//! # AWS Lambda (listing and describing functions)
//!
//! A part of AWS Lambda written for this repository: listing functions and describing one, on the service's restJson1 wire format. Its live test runs against moto.
//!
//! Generated from the Smithy model of `com.amazonaws.lambda#AWSGirApiService` (API version 2015-03-31, protocol restJson1).
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
//! lambda-functions = { path = "<where this crate is>" }
//! tokio = { version = "1", features = ["macros", "rt"] }
//! ```
//!
//! Call an operation with the configuration the AWS SDKs use (environment, then `~/.aws/config` and `~/.aws/credentials`; see [`ConfigBuilder::load`] for every setting and its precedence):
//!
//! ```rust,no_run
//! use lambda_functions::types::ListFunctionsRequest;
//! use lambda_functions::{Client, Config};
//!
//! #[tokio::main(flavor = "current_thread")]
//! async fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     let client = Client::new(Config::load()?);
//!     let input = ListFunctionsRequest::builder().build();
//!     let output = client.list_functions(input).await?;
//!     println!("{output:?}");
//!     Ok(())
//! }
//! ```
//!
//! In a test, [`mock::MockTransport`] answers instead of the service and records what the client sent; [`mock::config`] sets it up with a region, dummy credentials and no real sleeping:
//!
//! ```rust
//! use lambda_functions::types::ListFunctionsRequest;
//! use lambda_functions::Client;
//! use lambda_functions::mock::{self, MockTransport};
//!
//! # async fn test() {
//! let transport = MockTransport::new();
//! transport.push_json(200, "{}");
//! let client = Client::new(mock::config(transport.clone()).build());
//!
//! let input = ListFunctionsRequest::builder().build();
//! let output = client.list_functions(input).await.unwrap();
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
