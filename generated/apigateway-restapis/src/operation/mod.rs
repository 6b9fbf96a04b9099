#[cfg(feature = "create-resource")]
mod create_resource;
#[cfg(feature = "create-resource")]
pub use create_resource::CreateResourceError;
#[cfg(feature = "create-rest-api")]
mod create_rest_api;
#[cfg(feature = "create-rest-api")]
pub use create_rest_api::CreateRestApiError;
#[cfg(feature = "delete-rest-api")]
mod delete_rest_api;
#[cfg(feature = "delete-rest-api")]
pub use delete_rest_api::DeleteRestApiError;
#[cfg(feature = "get-resources")]
mod get_resources;
#[cfg(feature = "get-resources")]
pub use get_resources::{GetResourcesError, GetResourcesPages, GetResourcesItems};
#[cfg(feature = "get-rest-api")]
mod get_rest_api;
#[cfg(feature = "get-rest-api")]
pub use get_rest_api::GetRestApiError;
#[cfg(feature = "get-rest-apis")]
mod get_rest_apis;
#[cfg(feature = "get-rest-apis")]
pub use get_rest_apis::{GetRestApisError, GetRestApisPages, GetRestApisItems};
