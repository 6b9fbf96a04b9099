/// The lifecycle status of a backup.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BackupLifecycle {
    /// The backup is complete and can be used.
    Available,
    /// Amazon FSx is taking the backup.
    Creating,
    /// Lustre only: the backup is being written to Amazon S3.
    Transferring,
    /// The backup has been deleted.
    Deleted,
    /// The backup could not be completed.
    Failed,
    /// Lustre only: the backup was requested but has not started.
    Pending,
    /// The backup is being copied.
    Copying,
    /// A value this version of the model does not know; it is sent back exactly as received.
    Unknown(String),
}
::smithy_runtime::string_enum!(
    BackupLifecycle, [(Available, "AVAILABLE"), (Creating, "CREATING"), (Transferring,
    "TRANSFERRING"), (Deleted, "DELETED"), (Failed, "FAILED"), (Pending, "PENDING"),
    (Copying, "COPYING")]
);
