mod delete_backup;
pub use delete_backup::DeleteBackupError;
