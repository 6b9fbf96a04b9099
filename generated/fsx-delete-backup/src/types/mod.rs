//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(feature = "delete-backup")]
mod backup_being_copied;
#[cfg(feature = "delete-backup")]
pub use backup_being_copied::{BackupBeingCopied, BackupBeingCopiedBuilder};
#[cfg(feature = "delete-backup")]
mod backup_in_progress;
#[cfg(feature = "delete-backup")]
pub use backup_in_progress::{BackupInProgress, BackupInProgressBuilder};
#[cfg(feature = "delete-backup")]
mod backup_lifecycle;
#[cfg(feature = "delete-backup")]
pub use backup_lifecycle::BackupLifecycle;
#[cfg(feature = "delete-backup")]
mod backup_not_found;
#[cfg(feature = "delete-backup")]
pub use backup_not_found::{BackupNotFound, BackupNotFoundBuilder};
#[cfg(feature = "delete-backup")]
mod backup_restoring;
#[cfg(feature = "delete-backup")]
pub use backup_restoring::{BackupRestoring, BackupRestoringBuilder};
#[cfg(feature = "delete-backup")]
mod bad_request;
#[cfg(feature = "delete-backup")]
pub use bad_request::{BadRequest, BadRequestBuilder};
#[cfg(feature = "delete-backup")]
mod delete_backup_request;
#[cfg(feature = "delete-backup")]
pub use delete_backup_request::{DeleteBackupRequest, DeleteBackupRequestBuilder};
#[cfg(feature = "delete-backup")]
mod delete_backup_response;
#[cfg(feature = "delete-backup")]
pub use delete_backup_response::{DeleteBackupResponse, DeleteBackupResponseBuilder};
#[cfg(feature = "delete-backup")]
mod incompatible_parameter_error;
#[cfg(feature = "delete-backup")]
pub use incompatible_parameter_error::{
    IncompatibleParameterError, IncompatibleParameterErrorBuilder,
};
#[cfg(feature = "delete-backup")]
mod internal_server_error;
#[cfg(feature = "delete-backup")]
pub use internal_server_error::{InternalServerError, InternalServerErrorBuilder};
