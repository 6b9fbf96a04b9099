//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod backup_being_copied;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use backup_being_copied::{BackupBeingCopied, BackupBeingCopiedBuilder};
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod backup_in_progress;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use backup_in_progress::{BackupInProgress, BackupInProgressBuilder};
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod backup_lifecycle;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use backup_lifecycle::BackupLifecycle;
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod backup_not_found;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use backup_not_found::{BackupNotFound, BackupNotFoundBuilder};
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod backup_restoring;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use backup_restoring::{BackupRestoring, BackupRestoringBuilder};
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod bad_request;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use bad_request::{BadRequest, BadRequestBuilder};
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod delete_backup_request;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use delete_backup_request::{DeleteBackupRequest, DeleteBackupRequestBuilder};
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod delete_backup_response;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use delete_backup_response::{DeleteBackupResponse, DeleteBackupResponseBuilder};
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod incompatible_parameter_error;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use incompatible_parameter_error::{
    IncompatibleParameterError, IncompatibleParameterErrorBuilder,
};
#[cfg(any(feature = "full", feature = "delete-backup"))]
mod internal_server_error;
#[cfg(any(feature = "full", feature = "delete-backup"))]
pub use internal_server_error::{InternalServerError, InternalServerErrorBuilder};
