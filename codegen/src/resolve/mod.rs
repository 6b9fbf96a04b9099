//! Stage 2: the resolved model. [`resolve`] turns the lossless AST into [`Model`]: every reference checked,
//! mixins and `apply` merged, Smithy 1.0 normalised, nullability and recursion boxing decided.
//!
//! The steps, each depending only on those listed before it: `cx` (the diagnostics sink), `draft`,
//! `trait_merge`, `apply`, `mixins`, `nullability`, `builder`, `enums`, `operations`, `shapes`, and
//! `pipeline`, which runs them in order. `traits`, `shape_id`, `prelude` and `types` are below all of them.

mod apply;
mod builder;
mod closure;
mod cx;
mod defaults;
mod draft;
mod enums;
mod expires;
pub mod jmespath;
mod mixins;
mod nullability;
mod operations;
mod pattern;
mod pipeline;
mod prelude;
mod query;
mod recursion;
mod shape_id;
mod shapes;
mod trait_map;
mod trait_merge;
pub mod traits;
mod types;

pub use pipeline::{resolve, resolve_owned};
pub(crate) use prelude::{is_primitive_type, zero_default};
pub(crate) use shape_id::check as check_shape_id;
pub use shape_id::is_identifier;
pub(crate) use trait_merge::{conflict_message, merge_value};
pub use types::*;
