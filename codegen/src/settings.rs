//! What the caller decides about a generated crate.

/// What to generate and how the crate is wired into its surroundings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The Cargo package name of the generated crate.
    pub package: String,
    /// Where the model came from (a path relative to the repository, for messages and the header).
    pub source: String,
    /// The service to generate (`com.example#Weather`); `None` when the model has at most one. A model
    /// with several services needs it.
    pub service: Option<String>,
    /// Only these operations (by shape name) and the shapes they reach; `None` for the whole service.
    pub operations: Option<Vec<String>>,
    /// The `smithy-runtime` dependency as TOML keys, e.g. `path = "../../runtime"`.
    pub runtime_dependency: String,
    /// Add an empty `[workspace]` table, making the crate a workspace of its own. The command line and
    /// [`crate::build`] never set it: a generated crate must be able to join its user's workspace.
    pub standalone: bool,
}
