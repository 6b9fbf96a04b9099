//! # Amazon Elastic Compute Cloud
//!
//! A subset of Amazon EC2 for the live ec2Query tests: security groups, and instances run, described page by page and terminated.
//!
//! Generated from the Smithy model of `com.amazonaws.ec2#AmazonEC2` (API version 2016-11-15, protocol ec2Query).
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
