//! # Amazon Simple Notification Service
//!
//! A hand-written subset of SNS for the live awsQuery tests: topics created, listed page by page, read, published to and deleted.
//!
//! Generated from the Smithy model of `com.amazonaws.sns#AmazonSimpleNotificationService` (API version 2010-03-31, protocol awsQuery).
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
