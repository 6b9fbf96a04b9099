/// Every way a call of `DeleteBackup` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DeleteBackupError {
    /// The backup is being copied and cannot be deleted until the copy finishes.
    BackupBeingCopied(crate::types::BackupBeingCopied),
    /// A backup of this file system is already running; wait for it to finish before starting another.
    BackupInProgress(crate::types::BackupInProgress),
    /// No backup matches the given ID or filters.
    BackupNotFound(crate::types::BackupNotFound),
    /// The backup is being used to restore a file system and cannot be deleted now.
    BackupRestoring(crate::types::BackupRestoring),
    /// The request was malformed or otherwise invalid.
    BadRequest(crate::types::BadRequest),
    /// A request reused a client request token with different parameters. Each token must stand for exactly one request.
    IncompatibleParameterError(crate::types::IncompatibleParameterError),
    /// Amazon FSx failed on its side.
    InternalServerError(crate::types::InternalServerError),
    /// An error that FSx returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    DeleteBackupError, [(BackupBeingCopied, "BackupBeingCopied"), (BackupInProgress,
    "BackupInProgress"), (BackupNotFound, "BackupNotFound"), (BackupRestoring,
    "BackupRestoring"), (BadRequest, "BadRequest"), (IncompatibleParameterError,
    "IncompatibleParameterError"), (InternalServerError, "InternalServerError")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "DeleteBackup",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Removes an Amazon FSx backup for good: once the call succeeds the backup and the data it held are gone.
    ///
    /// `DeleteBackup` returns right away, and the backup is no longer listed by `DescribeBackups`.
    ///
    /// > **Important:**
    /// >
    /// > Nothing can bring back the data of a deleted backup.
    ///
    ///  Modeled errors: [`BackupBeingCopied`](crate::types::BackupBeingCopied), [`BackupInProgress`](crate::types::BackupInProgress), [`BackupNotFound`](crate::types::BackupNotFound), [`BackupRestoring`](crate::types::BackupRestoring), [`BadRequest`](crate::types::BadRequest), [`IncompatibleParameterError`](crate::types::IncompatibleParameterError), [`InternalServerError`](crate::types::InternalServerError).
    pub async fn delete_backup(
        &self,
        mut input: crate::types::DeleteBackupRequest,
    ) -> Result<crate::types::DeleteBackupResponse, DeleteBackupError> {
        if input.client_request_token.is_none() {
            input.client_request_token = Some(self.handle.idempotency_token());
        }
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(DeleteBackupError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::DeleteBackupResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
#[cfg(test)]
mod examples {
    /// To delete a backup: This example deletes one Amazon FSx backup by its ID.
    #[tokio::test]
    async fn example_0_to_delete_a_backup() {
        let transport = ::smithy_runtime::mock::MockTransport::new();
        let expected = crate::types::DeleteBackupResponse::builder()
            .backup_id(String::from("backup-03e3c82e0183b7b6b"))
            .lifecycle(crate::types::BackupLifecycle::from("DELETED"))
            .build();
        transport
            .push(
                crate::client::SERVICE
                    .protocol
                    .mock_response(200, &expected)
                    .expect("the example output can be framed"),
            );
        let client = crate::Client::new(
            ::smithy_runtime::mock::config(transport.clone()).build(),
        );
        let input = crate::types::DeleteBackupRequest::builder()
            .backup_id(String::from("backup-03e3c82e0183b7b6b"))
            .build()
            .expect("the value sets every required member of DeleteBackupRequest");
        let result = client.delete_backup(input).await;
        assert_eq!(result.expect("the example call succeeds"), expected);
        let sent = transport.last_request().expect("the client sent a request");
        let body = sent.body_json().expect("the request body is JSON");
        let example: ::serde_json::Value = ::serde_json::from_str(
                "{\"BackupId\":\"backup-03e3c82e0183b7b6b\"}",
            )
            .expect("example input is JSON");
        assert_eq!(
            body.get("BackupId"), example.get("BackupId"),
            "member BackupId as the example says"
        );
    }
}
