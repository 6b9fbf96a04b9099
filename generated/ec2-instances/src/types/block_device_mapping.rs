#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct BlockDeviceMapping {
    pub device_name: Option<String>,
    pub virtual_name: Option<String>,
    pub ebs: Option<crate::types::EbsBlockDevice>,
    pub no_device: Option<String>,
}
impl BlockDeviceMapping {
    /// A builder for [`BlockDeviceMapping`].
    pub fn builder() -> BlockDeviceMappingBuilder {
        BlockDeviceMappingBuilder::default()
    }
}
/// A builder for [`BlockDeviceMapping`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct BlockDeviceMappingBuilder {
    pub device_name: Option<String>,
    pub virtual_name: Option<String>,
    pub ebs: Option<crate::types::EbsBlockDevice>,
    pub no_device: Option<String>,
}
#[allow(clippy::should_implement_trait)]
impl BlockDeviceMappingBuilder {
    /// Builds the [`BlockDeviceMapping`].
    pub fn build(self) -> BlockDeviceMapping {
        BlockDeviceMapping {
            device_name: self.device_name,
            virtual_name: self.virtual_name,
            ebs: self.ebs,
            no_device: self.no_device,
        }
    }
}
::smithy_runtime::setters!(
    BlockDeviceMappingBuilder, [(device_name, String, "DeviceName"), (virtual_name,
    String, "VirtualName"), (ebs, crate ::types::EbsBlockDevice, "Ebs"), (no_device,
    String, "NoDevice")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "BlockDeviceMapping",
    &[
        codec::Member::new("DeviceName").xml("deviceName").ec2_query("DeviceName"),
        codec::Member::new("VirtualName").xml("virtualName").ec2_query("VirtualName"),
        codec::Member::new("Ebs").xml("ebs").ec2_query("Ebs"),
        codec::Member::new("NoDevice").xml("noDevice").ec2_query("NoDevice"),
    ],
);
::smithy_runtime::structure_codec!(
    BlockDeviceMapping, BlockDeviceMappingBuilder, build, [device_name, virtual_name,
    ebs, no_device]
);
