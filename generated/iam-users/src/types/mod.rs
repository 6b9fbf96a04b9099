//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(feature = "create-user")]
mod create_user_request;
#[cfg(feature = "create-user")]
pub use create_user_request::{CreateUserRequest, CreateUserRequestBuilder};
#[cfg(feature = "create-user")]
mod create_user_response;
#[cfg(feature = "create-user")]
pub use create_user_response::{CreateUserResponse, CreateUserResponseBuilder};
#[cfg(feature = "delete-user")]
mod delete_user_request;
#[cfg(feature = "delete-user")]
pub use delete_user_request::{DeleteUserRequest, DeleteUserRequestBuilder};
#[cfg(feature = "create-user")]
mod entity_already_exists_exception;
#[cfg(feature = "create-user")]
pub use entity_already_exists_exception::{
    EntityAlreadyExistsException, EntityAlreadyExistsExceptionBuilder,
};
#[cfg(feature = "get-user")]
mod get_user_request;
#[cfg(feature = "get-user")]
pub use get_user_request::{GetUserRequest, GetUserRequestBuilder};
#[cfg(feature = "get-user")]
mod get_user_response;
#[cfg(feature = "get-user")]
pub use get_user_response::{GetUserResponse, GetUserResponseBuilder};
#[cfg(feature = "list-users")]
mod list_users_request;
#[cfg(feature = "list-users")]
pub use list_users_request::{ListUsersRequest, ListUsersRequestBuilder};
#[cfg(feature = "list-users")]
mod list_users_response;
#[cfg(feature = "list-users")]
pub use list_users_response::{ListUsersResponse, ListUsersResponseBuilder};
#[cfg(feature = "_shapes-2")]
mod no_such_entity_exception;
#[cfg(feature = "_shapes-2")]
pub use no_such_entity_exception::{NoSuchEntityException, NoSuchEntityExceptionBuilder};
#[cfg(feature = "_shapes-1")]
mod tag;
#[cfg(feature = "_shapes-1")]
pub use tag::{Tag, TagBuilder};
#[cfg(feature = "_shapes-1")]
mod user;
#[cfg(feature = "_shapes-1")]
pub use user::{User, UserBuilder};
