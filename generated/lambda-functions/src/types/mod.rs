//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(feature = "get-function")]
mod concurrency;
#[cfg(feature = "get-function")]
pub use concurrency::{Concurrency, ConcurrencyBuilder};
#[cfg(feature = "get-function")]
mod function_code_location;
#[cfg(feature = "get-function")]
pub use function_code_location::{FunctionCodeLocation, FunctionCodeLocationBuilder};
#[cfg(feature = "_shapes-1")]
mod function_configuration;
#[cfg(feature = "_shapes-1")]
pub use function_configuration::{FunctionConfiguration, FunctionConfigurationBuilder};
#[cfg(feature = "list-functions")]
mod function_version;
#[cfg(feature = "list-functions")]
pub use function_version::FunctionVersion;
#[cfg(feature = "get-function")]
mod get_function_request;
#[cfg(feature = "get-function")]
pub use get_function_request::{GetFunctionRequest, GetFunctionRequestBuilder};
#[cfg(feature = "get-function")]
mod get_function_response;
#[cfg(feature = "get-function")]
pub use get_function_response::{GetFunctionResponse, GetFunctionResponseBuilder};
#[cfg(feature = "_shapes-1")]
mod invalid_parameter_value_exception;
#[cfg(feature = "_shapes-1")]
pub use invalid_parameter_value_exception::{
    InvalidParameterValueException, InvalidParameterValueExceptionBuilder,
};
#[cfg(feature = "list-functions")]
mod list_functions_request;
#[cfg(feature = "list-functions")]
pub use list_functions_request::{ListFunctionsRequest, ListFunctionsRequestBuilder};
#[cfg(feature = "list-functions")]
mod list_functions_response;
#[cfg(feature = "list-functions")]
pub use list_functions_response::{ListFunctionsResponse, ListFunctionsResponseBuilder};
#[cfg(feature = "_shapes-1")]
mod package_type;
#[cfg(feature = "_shapes-1")]
pub use package_type::PackageType;
#[cfg(feature = "get-function")]
mod resource_not_found_exception;
#[cfg(feature = "get-function")]
pub use resource_not_found_exception::{
    ResourceNotFoundException, ResourceNotFoundExceptionBuilder,
};
#[cfg(feature = "_shapes-1")]
mod service_exception;
#[cfg(feature = "_shapes-1")]
pub use service_exception::{ServiceException, ServiceExceptionBuilder};
#[cfg(feature = "_shapes-1")]
mod state;
#[cfg(feature = "_shapes-1")]
pub use state::State;
#[cfg(feature = "_shapes-1")]
mod too_many_requests_exception;
#[cfg(feature = "_shapes-1")]
pub use too_many_requests_exception::{
    TooManyRequestsException, TooManyRequestsExceptionBuilder,
};
