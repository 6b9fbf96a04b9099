#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceAttachment {
    pub attach_time: Option<::smithy_runtime::types::DateTime>,
    pub attachment_id: Option<String>,
    pub delete_on_termination: Option<bool>,
    pub device_index: Option<i32>,
    pub status: Option<crate::types::AttachmentStatus>,
    pub network_card_index: Option<i32>,
}
impl InstanceNetworkInterfaceAttachment {
    /// A builder for [`InstanceNetworkInterfaceAttachment`].
    pub fn builder() -> InstanceNetworkInterfaceAttachmentBuilder {
        InstanceNetworkInterfaceAttachmentBuilder::default()
    }
}
/// A builder for [`InstanceNetworkInterfaceAttachment`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceNetworkInterfaceAttachmentBuilder {
    pub attach_time: Option<::smithy_runtime::types::DateTime>,
    pub attachment_id: Option<String>,
    pub delete_on_termination: Option<bool>,
    pub device_index: Option<i32>,
    pub status: Option<crate::types::AttachmentStatus>,
    pub network_card_index: Option<i32>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceNetworkInterfaceAttachmentBuilder {
    /// Builds the [`InstanceNetworkInterfaceAttachment`].
    pub fn build(self) -> InstanceNetworkInterfaceAttachment {
        InstanceNetworkInterfaceAttachment {
            attach_time: self.attach_time,
            attachment_id: self.attachment_id,
            delete_on_termination: self.delete_on_termination,
            device_index: self.device_index,
            status: self.status,
            network_card_index: self.network_card_index,
        }
    }
}
::smithy_runtime::setters!(
    InstanceNetworkInterfaceAttachmentBuilder, [(attach_time,
    ::smithy_runtime::types::DateTime, "AttachTime"), (attachment_id, String,
    "AttachmentId"), (delete_on_termination, bool, "DeleteOnTermination"), (device_index,
    i32, "DeviceIndex"), (status, crate ::types::AttachmentStatus, "Status"),
    (network_card_index, i32, "NetworkCardIndex")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceNetworkInterfaceAttachment",
    &[
        codec::Member::new("AttachTime").xml("attachTime").ec2_query("AttachTime"),
        codec::Member::new("AttachmentId").xml("attachmentId").ec2_query("AttachmentId"),
        codec::Member::new("DeleteOnTermination")
            .xml("deleteOnTermination")
            .ec2_query("DeleteOnTermination"),
        codec::Member::new("DeviceIndex").xml("deviceIndex").ec2_query("DeviceIndex"),
        codec::Member::new("Status").xml("status").ec2_query("Status"),
        codec::Member::new("NetworkCardIndex")
            .xml("networkCardIndex")
            .ec2_query("NetworkCardIndex"),
    ],
);
::smithy_runtime::structure_codec!(
    InstanceNetworkInterfaceAttachment, InstanceNetworkInterfaceAttachmentBuilder, build,
    [attach_time, attachment_id, delete_on_termination, device_index, status,
    network_card_index]
);
