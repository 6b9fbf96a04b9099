//! Every structure, union and enum of the model, with the builders of the structures.
mod backup_being_copied;
pub use backup_being_copied::{BackupBeingCopied, BackupBeingCopiedBuilder};
mod backup_in_progress;
pub use backup_in_progress::{BackupInProgress, BackupInProgressBuilder};
mod backup_lifecycle;
pub use backup_lifecycle::BackupLifecycle;
mod backup_not_found;
pub use backup_not_found::{BackupNotFound, BackupNotFoundBuilder};
mod backup_restoring;
pub use backup_restoring::{BackupRestoring, BackupRestoringBuilder};
mod bad_request;
pub use bad_request::{BadRequest, BadRequestBuilder};
mod delete_backup_request;
pub use delete_backup_request::{DeleteBackupRequest, DeleteBackupRequestBuilder};
mod delete_backup_response;
pub use delete_backup_response::{DeleteBackupResponse, DeleteBackupResponseBuilder};
mod incompatible_parameter_error;
pub use incompatible_parameter_error::{
    IncompatibleParameterError, IncompatibleParameterErrorBuilder,
};
mod internal_server_error;
pub use internal_server_error::{InternalServerError, InternalServerErrorBuilder};
