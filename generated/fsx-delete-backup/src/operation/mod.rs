#[cfg(feature = "delete-backup")]
mod delete_backup;
#[cfg(feature = "delete-backup")]
pub use delete_backup::DeleteBackupError;
