#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct EbsInstanceBlockDevice {
    pub attach_time: Option<::smithy_runtime::types::DateTime>,
    pub delete_on_termination: Option<bool>,
    pub status: Option<crate::types::AttachmentStatus>,
    pub volume_id: Option<String>,
}
impl EbsInstanceBlockDevice {
    /// A builder for [`EbsInstanceBlockDevice`].
    pub fn builder() -> EbsInstanceBlockDeviceBuilder {
        EbsInstanceBlockDeviceBuilder::default()
    }
}
/// A builder for [`EbsInstanceBlockDevice`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct EbsInstanceBlockDeviceBuilder {
    pub attach_time: Option<::smithy_runtime::types::DateTime>,
    pub delete_on_termination: Option<bool>,
    pub status: Option<crate::types::AttachmentStatus>,
    pub volume_id: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl EbsInstanceBlockDeviceBuilder {
    /// Builds the [`EbsInstanceBlockDevice`].
    pub fn build(self) -> EbsInstanceBlockDevice {
        EbsInstanceBlockDevice {
            attach_time: self.attach_time,
            delete_on_termination: self.delete_on_termination,
            status: self.status,
            volume_id: self.volume_id,
        }
    }
}
::smithy_runtime::setters!(
    EbsInstanceBlockDeviceBuilder, [(attach_time, ::smithy_runtime::types::DateTime,
    "AttachTime"), (delete_on_termination, bool, "DeleteOnTermination"), (status, crate
    ::types::AttachmentStatus, "Status"), (volume_id, String, "VolumeId")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "EbsInstanceBlockDevice",
    &[
        codec::Member::new("AttachTime").xml("attachTime").ec2_query("AttachTime"),
        codec::Member::new("DeleteOnTermination")
            .xml("deleteOnTermination")
            .ec2_query("DeleteOnTermination"),
        codec::Member::new("Status").xml("status").ec2_query("Status"),
        codec::Member::new("VolumeId").xml("volumeId").ec2_query("VolumeId"),
    ],
);
::smithy_runtime::structure_codec!(
    EbsInstanceBlockDevice, EbsInstanceBlockDeviceBuilder, build, [attach_time,
    delete_on_termination, status, volume_id]
);
