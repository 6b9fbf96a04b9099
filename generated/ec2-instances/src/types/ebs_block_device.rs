#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct EbsBlockDevice {
    pub delete_on_termination: Option<bool>,
    pub iops: Option<i32>,
    pub snapshot_id: Option<String>,
    pub volume_size: Option<i32>,
    pub volume_type: Option<crate::types::VolumeType>,
    pub kms_key_id: Option<String>,
    pub throughput: Option<i32>,
    pub outpost_arn: Option<String>,
    pub encrypted: Option<bool>,
}
impl EbsBlockDevice {
    /// A builder for [`EbsBlockDevice`].
    pub fn builder() -> EbsBlockDeviceBuilder {
        EbsBlockDeviceBuilder::default()
    }
}
/// A builder for [`EbsBlockDevice`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct EbsBlockDeviceBuilder {
    pub delete_on_termination: Option<bool>,
    pub iops: Option<i32>,
    pub snapshot_id: Option<String>,
    pub volume_size: Option<i32>,
    pub volume_type: Option<crate::types::VolumeType>,
    pub kms_key_id: Option<String>,
    pub throughput: Option<i32>,
    pub outpost_arn: Option<String>,
    pub encrypted: Option<bool>,
}
#[allow(clippy::should_implement_trait)]
impl EbsBlockDeviceBuilder {
    /// Builds the [`EbsBlockDevice`].
    pub fn build(self) -> EbsBlockDevice {
        EbsBlockDevice {
            delete_on_termination: self.delete_on_termination,
            iops: self.iops,
            snapshot_id: self.snapshot_id,
            volume_size: self.volume_size,
            volume_type: self.volume_type,
            kms_key_id: self.kms_key_id,
            throughput: self.throughput,
            outpost_arn: self.outpost_arn,
            encrypted: self.encrypted,
        }
    }
}
::smithy_runtime::setters!(
    EbsBlockDeviceBuilder, [(delete_on_termination, bool, "DeleteOnTermination"), (iops,
    i32, "Iops"), (snapshot_id, String, "SnapshotId"), (volume_size, i32, "VolumeSize"),
    (volume_type, crate ::types::VolumeType, "VolumeType"), (kms_key_id, String,
    "KmsKeyId"), (throughput, i32, "Throughput"), (outpost_arn, String, "OutpostArn"),
    (encrypted, bool, "Encrypted")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "EbsBlockDevice",
    &[
        codec::Member::new("DeleteOnTermination")
            .xml("deleteOnTermination")
            .ec2_query("DeleteOnTermination"),
        codec::Member::new("Iops").xml("iops").ec2_query("Iops"),
        codec::Member::new("SnapshotId").xml("snapshotId").ec2_query("SnapshotId"),
        codec::Member::new("VolumeSize").xml("volumeSize").ec2_query("VolumeSize"),
        codec::Member::new("VolumeType").xml("volumeType").ec2_query("VolumeType"),
        codec::Member::new("KmsKeyId").xml("KmsKeyId"),
        codec::Member::new("Throughput").xml("throughput").ec2_query("Throughput"),
        codec::Member::new("OutpostArn").xml("outpostArn").ec2_query("OutpostArn"),
        codec::Member::new("Encrypted").xml("encrypted").ec2_query("Encrypted"),
    ],
);
::smithy_runtime::structure_codec!(
    EbsBlockDevice, EbsBlockDeviceBuilder, build, [delete_on_termination, iops,
    snapshot_id, volume_size, volume_type, kms_key_id, throughput, outpost_arn,
    encrypted]
);
