//! Stage 2: the resolved model. [`resolve`] turns the lossless AST into [`Model`]: every reference checked,
//! mixins and `apply` merged, Smithy 1.0 normalised, nullability and recursion boxing decided.

mod closure;
mod enums;
mod mixins;
mod prelude;
mod query;
mod recursion;
mod resolver;
mod shape_id;
pub mod traits;
mod types;

pub use resolver::{resolve, resolve_owned};
pub use shape_id::is_identifier;
pub use types::*;
