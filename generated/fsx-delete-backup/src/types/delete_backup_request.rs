/// Input of `DeleteBackup`.
#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct DeleteBackupRequest {
    /// The ID of the backup to delete.
    ///
    /// **Required.**
    pub backup_id: Option<String>,
    /// Up to 63 ASCII characters that make the deletion idempotent: a retry with the same token is not carried out twice. SDKs and the CLI fill it in when you leave it out.
    ///
    /// An idempotency token: when left empty, the client fills it with a random UUID.
    pub client_request_token: Option<String>,
}
impl DeleteBackupRequest {
    /// A builder for [`DeleteBackupRequest`].
    pub fn builder() -> DeleteBackupRequestBuilder {
        DeleteBackupRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        ::smithy_runtime::validate::required(&self.backup_id, "BackupId")?;
        if constraints && let Some(v) = &self.backup_id {
            ::smithy_runtime::validate::length(
                v,
                Some(12u64),
                Some(128u64),
                "BackupId",
            )?;
            ::smithy_runtime::validate::pattern(
                v,
                "^(backup-[0-9a-f]{8,})$",
                "BackupId",
            )?;
        }
        if constraints && let Some(v) = &self.client_request_token {
            ::smithy_runtime::validate::length(
                v,
                Some(1u64),
                Some(63u64),
                "ClientRequestToken",
            )?;
            ::smithy_runtime::validate::pattern(
                v,
                "^[A-za-z0-9_.-]{0,63}$",
                "ClientRequestToken",
            )?;
        }
        Ok(())
    }
}
/// A builder for [`DeleteBackupRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct DeleteBackupRequestBuilder {
    pub backup_id: Option<String>,
    pub client_request_token: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl DeleteBackupRequestBuilder {
    /// Builds the [`DeleteBackupRequest`], or says which required member is missing.
    pub fn build(
        self,
    ) -> Result<DeleteBackupRequest, ::smithy_runtime::types::BuildError> {
        Ok(DeleteBackupRequest {
            backup_id: Some(
                self
                    .backup_id
                    .ok_or(
                        ::smithy_runtime::types::BuildError::missing(
                            "DeleteBackupRequest",
                            "BackupId",
                        ),
                    )?,
            ),
            client_request_token: self.client_request_token,
        })
    }
    /// What a response holds: like `build`, but a member the response left out is `None` or, when the
    /// field is not an `Option`, its zero value.
    pub(crate) fn build_read(self) -> DeleteBackupRequest {
        DeleteBackupRequest {
            backup_id: self.backup_id,
            client_request_token: self.client_request_token,
        }
    }
}
::smithy_runtime::setters!(
    DeleteBackupRequestBuilder, [(backup_id, String, "BackupId"), (client_request_token,
    String, "ClientRequestToken")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "DeleteBackupRequest",
    &[
        codec::Member::new("BackupId"),
        codec::Member::new("ClientRequestToken").idempotency_token(),
    ],
);
::smithy_runtime::structure_codec!(
    DeleteBackupRequest, DeleteBackupRequestBuilder, build_read, [backup_id,
    client_request_token]
);
