//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(feature = "assume-role")]
mod assume_role_request;
#[cfg(feature = "assume-role")]
pub use assume_role_request::{AssumeRoleRequest, AssumeRoleRequestBuilder};
#[cfg(feature = "assume-role")]
mod assume_role_response;
#[cfg(feature = "assume-role")]
pub use assume_role_response::{AssumeRoleResponse, AssumeRoleResponseBuilder};
#[cfg(feature = "assume-role")]
mod assumed_role_user;
#[cfg(feature = "assume-role")]
pub use assumed_role_user::{AssumedRoleUser, AssumedRoleUserBuilder};
#[cfg(feature = "assume-role")]
mod credentials;
#[cfg(feature = "assume-role")]
pub use credentials::{Credentials, CredentialsBuilder};
#[cfg(feature = "assume-role")]
mod expired_token_exception;
#[cfg(feature = "assume-role")]
pub use expired_token_exception::{ExpiredTokenException, ExpiredTokenExceptionBuilder};
#[cfg(feature = "get-caller-identity")]
mod get_caller_identity_request;
#[cfg(feature = "get-caller-identity")]
pub use get_caller_identity_request::{
    GetCallerIdentityRequest, GetCallerIdentityRequestBuilder,
};
#[cfg(feature = "get-caller-identity")]
mod get_caller_identity_response;
#[cfg(feature = "get-caller-identity")]
pub use get_caller_identity_response::{
    GetCallerIdentityResponse, GetCallerIdentityResponseBuilder,
};
#[cfg(feature = "assume-role")]
mod malformed_policy_document_exception;
#[cfg(feature = "assume-role")]
pub use malformed_policy_document_exception::{
    MalformedPolicyDocumentException, MalformedPolicyDocumentExceptionBuilder,
};
#[cfg(feature = "assume-role")]
mod packed_policy_too_large_exception;
#[cfg(feature = "assume-role")]
pub use packed_policy_too_large_exception::{
    PackedPolicyTooLargeException, PackedPolicyTooLargeExceptionBuilder,
};
#[cfg(feature = "assume-role")]
mod policy_descriptor_type;
#[cfg(feature = "assume-role")]
pub use policy_descriptor_type::{PolicyDescriptorType, PolicyDescriptorTypeBuilder};
#[cfg(feature = "assume-role")]
mod provided_context;
#[cfg(feature = "assume-role")]
pub use provided_context::{ProvidedContext, ProvidedContextBuilder};
#[cfg(feature = "assume-role")]
mod region_disabled_exception;
#[cfg(feature = "assume-role")]
pub use region_disabled_exception::{
    RegionDisabledException, RegionDisabledExceptionBuilder,
};
#[cfg(feature = "assume-role")]
mod tag;
#[cfg(feature = "assume-role")]
pub use tag::{Tag, TagBuilder};
