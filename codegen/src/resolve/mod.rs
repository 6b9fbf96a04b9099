//! Stage 2: the resolved model.

mod types;

pub use types::*;
