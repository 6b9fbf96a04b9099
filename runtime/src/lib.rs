//! The model-independent half of every generated client.
//!
//! Without features only the wire types ([`types`]), the shape schemas ([`schema`]) and the codecs
//! ([`codec`]) are built, which is all a types-only crate needs; `serde` adds serde impls to the wire
//! types, `endpoints` the rules engine, `client` the protocols, signing, retries and transports,
//! `default-https` a real HTTPS transport.
//!
//! # Configuration the way AWS users have it
//!
//! With `aws configure` done (a region in `~/.aws/config`, keys in `~/.aws/credentials`), or on an EC2
//! instance, ECS task or EKS pod, a generated client needs no keys in code:
//!
//! ```ignore
//! let client = fsx_delete_backup::Client::new(smithy_runtime::Config::load()?);
//! let input = DeleteBackupRequest::builder().backup_id("backup-03e3c82e0183b7b6b").build()?;
//! client.delete_backup(input).await?;
//! ```
//!
//! `Config::load()` (and `Config::from_env()`, which defers a loading error to the calls) reads the
//! environment, then the profile (`AWS_PROFILE`, else `default`; `ConfigBuilder::profile` in code) from
//! `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE` (default `~/.aws/config`, `~/.aws/credentials`), with
//! the SDKs' precedence: code, then environment variable, then profile (table in `ConfigBuilder::load`).
//! Credentials come from the default chain (environment, web identity, profile, container, IMDSv2; see
//! `DefaultCredentialsChain`), cached and refreshed before expiry by `CredentialsCache`. Role, web
//! identity and SSO profiles need an `StsFetcher` / `SsoFetcher` (`ConfigBuilder::sts_fetcher`,
//! `ConfigBuilder::sso_fetcher`). `ConfigBuilder::environment` takes an `Env` of fixed variables
//! instead of the process's, for tests.

#![warn(missing_docs)]

pub mod codec;
mod macros;
pub mod schema;
pub mod types;

pub use schema::{Location, Member, PayloadKind, Schema, TimestampFormat};

#[cfg(feature = "endpoints")]
pub mod endpoint;
#[cfg(feature = "endpoints")]
pub mod jmespath;

#[cfg(feature = "client")]
mod client;
#[cfg(feature = "client")]
pub mod sigv4;
#[cfg(feature = "client")]
pub use client::*;

#[cfg(feature = "protocol-test")]
pub mod protocol_test;
