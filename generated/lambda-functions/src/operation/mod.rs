#[cfg(feature = "get-function")]
mod get_function;
#[cfg(feature = "get-function")]
pub use get_function::GetFunctionError;
#[cfg(feature = "list-functions")]
mod list_functions;
#[cfg(feature = "list-functions")]
pub use list_functions::{ListFunctionsError, ListFunctionsPages, ListFunctionsItems};
