#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct InstanceBlockDeviceMapping {
    pub device_name: Option<String>,
    pub ebs: Option<crate::types::EbsInstanceBlockDevice>,
}
impl InstanceBlockDeviceMapping {
    /// A builder for [`InstanceBlockDeviceMapping`].
    pub fn builder() -> InstanceBlockDeviceMappingBuilder {
        InstanceBlockDeviceMappingBuilder::default()
    }
}
/// A builder for [`InstanceBlockDeviceMapping`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceBlockDeviceMappingBuilder {
    pub device_name: Option<String>,
    pub ebs: Option<crate::types::EbsInstanceBlockDevice>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceBlockDeviceMappingBuilder {
    /// Builds the [`InstanceBlockDeviceMapping`].
    pub fn build(self) -> InstanceBlockDeviceMapping {
        InstanceBlockDeviceMapping {
            device_name: self.device_name,
            ebs: self.ebs,
        }
    }
}
::smithy_runtime::setters!(
    InstanceBlockDeviceMappingBuilder, [(device_name, String, "DeviceName"), (ebs, crate
    ::types::EbsInstanceBlockDevice, "Ebs")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "InstanceBlockDeviceMapping",
    &[
        codec::Member::new("DeviceName").xml("deviceName").ec2_query("DeviceName"),
        codec::Member::new("Ebs").xml("ebs").ec2_query("Ebs"),
    ],
);
::smithy_runtime::structure_codec!(
    InstanceBlockDeviceMapping, InstanceBlockDeviceMappingBuilder, build, [device_name,
    ebs]
);
