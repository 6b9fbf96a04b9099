//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(feature = "_shapes-6")]
mod api_key_source_type;
#[cfg(feature = "_shapes-6")]
pub use api_key_source_type::ApiKeySourceType;
#[cfg(feature = "_shapes-3")]
mod bad_request_exception;
#[cfg(feature = "_shapes-3")]
pub use bad_request_exception::{BadRequestException, BadRequestExceptionBuilder};
#[cfg(feature = "_shapes-2")]
mod conflict_exception;
#[cfg(feature = "_shapes-2")]
pub use conflict_exception::{ConflictException, ConflictExceptionBuilder};
#[cfg(feature = "create-resource")]
mod create_resource_request;
#[cfg(feature = "create-resource")]
pub use create_resource_request::{CreateResourceRequest, CreateResourceRequestBuilder};
#[cfg(feature = "create-rest-api")]
mod create_rest_api_request;
#[cfg(feature = "create-rest-api")]
pub use create_rest_api_request::{CreateRestApiRequest, CreateRestApiRequestBuilder};
#[cfg(feature = "delete-rest-api")]
mod delete_rest_api_request;
#[cfg(feature = "delete-rest-api")]
pub use delete_rest_api_request::{DeleteRestApiRequest, DeleteRestApiRequestBuilder};
#[cfg(feature = "_shapes-6")]
mod endpoint_configuration;
#[cfg(feature = "_shapes-6")]
pub use endpoint_configuration::{EndpointConfiguration, EndpointConfigurationBuilder};
#[cfg(feature = "_shapes-6")]
mod endpoint_type;
#[cfg(feature = "_shapes-6")]
pub use endpoint_type::EndpointType;
#[cfg(feature = "get-resources")]
mod get_resources_request;
#[cfg(feature = "get-resources")]
pub use get_resources_request::{GetResourcesRequest, GetResourcesRequestBuilder};
#[cfg(feature = "get-rest-api")]
mod get_rest_api_request;
#[cfg(feature = "get-rest-api")]
pub use get_rest_api_request::{GetRestApiRequest, GetRestApiRequestBuilder};
#[cfg(feature = "get-rest-apis")]
mod get_rest_apis_request;
#[cfg(feature = "get-rest-apis")]
pub use get_rest_apis_request::{GetRestApisRequest, GetRestApisRequestBuilder};
#[cfg(feature = "_shapes-1")]
mod limit_exceeded_exception;
#[cfg(feature = "_shapes-1")]
pub use limit_exceeded_exception::{
    LimitExceededException, LimitExceededExceptionBuilder,
};
#[cfg(feature = "_shapes-4")]
mod not_found_exception;
#[cfg(feature = "_shapes-4")]
pub use not_found_exception::{NotFoundException, NotFoundExceptionBuilder};
#[cfg(feature = "_shapes-5")]
mod resource;
#[cfg(feature = "_shapes-5")]
pub use resource::{Resource, ResourceBuilder};
#[cfg(feature = "get-resources")]
mod resources;
#[cfg(feature = "get-resources")]
pub use resources::{Resources, ResourcesBuilder};
#[cfg(feature = "_shapes-6")]
mod rest_api;
#[cfg(feature = "_shapes-6")]
pub use rest_api::{RestApi, RestApiBuilder};
#[cfg(feature = "get-rest-apis")]
mod rest_apis;
#[cfg(feature = "get-rest-apis")]
pub use rest_apis::{RestApis, RestApisBuilder};
#[cfg(feature = "_shapes-3")]
mod too_many_requests_exception;
#[cfg(feature = "_shapes-3")]
pub use too_many_requests_exception::{
    TooManyRequestsException, TooManyRequestsExceptionBuilder,
};
#[cfg(feature = "_shapes-3")]
mod unauthorized_exception;
#[cfg(feature = "_shapes-3")]
pub use unauthorized_exception::{UnauthorizedException, UnauthorizedExceptionBuilder};
