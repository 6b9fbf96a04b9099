#[cfg(feature = "assume-role")]
mod assume_role;
#[cfg(feature = "assume-role")]
pub use assume_role::AssumeRoleError;
#[cfg(feature = "get-caller-identity")]
mod get_caller_identity;
#[cfg(feature = "get-caller-identity")]
pub use get_caller_identity::GetCallerIdentityError;
