#[cfg(feature = "create-user")]
mod create_user;
#[cfg(feature = "create-user")]
pub use create_user::CreateUserError;
#[cfg(feature = "delete-user")]
mod delete_user;
#[cfg(feature = "delete-user")]
pub use delete_user::DeleteUserError;
#[cfg(feature = "get-user")]
mod get_user;
#[cfg(feature = "get-user")]
pub use get_user::GetUserError;
#[cfg(feature = "list-users")]
mod list_users;
#[cfg(feature = "list-users")]
pub use list_users::{ListUsersError, ListUsersPages, ListUsersItems};
