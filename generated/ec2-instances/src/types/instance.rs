#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct Instance {
    pub ami_launch_index: Option<i32>,
    pub image_id: Option<String>,
    pub instance_id: Option<String>,
    pub instance_type: Option<crate::types::InstanceType>,
    pub kernel_id: Option<String>,
    pub key_name: Option<String>,
    pub launch_time: Option<::smithy_runtime::types::DateTime>,
    pub monitoring: Option<crate::types::Monitoring>,
    pub placement: Option<crate::types::Placement>,
    pub platform: Option<crate::types::PlatformValues>,
    pub private_dns_name: Option<String>,
    pub private_ip_address: Option<String>,
    pub product_codes: Option<Vec<crate::types::ProductCode>>,
    pub public_dns_name: Option<String>,
    pub public_ip_address: Option<String>,
    pub ramdisk_id: Option<String>,
    pub state: Option<crate::types::InstanceState>,
    pub state_transition_reason: Option<String>,
    pub subnet_id: Option<String>,
    pub vpc_id: Option<String>,
    pub architecture: Option<crate::types::ArchitectureValues>,
    pub block_device_mappings: Option<Vec<crate::types::InstanceBlockDeviceMapping>>,
    pub client_token: Option<String>,
    pub ebs_optimized: Option<bool>,
    pub ena_support: Option<bool>,
    pub hypervisor: Option<crate::types::HypervisorType>,
    pub iam_instance_profile: Option<crate::types::IamInstanceProfile>,
    pub instance_lifecycle: Option<crate::types::InstanceLifecycleType>,
    pub elastic_gpu_associations: Option<Vec<crate::types::ElasticGpuAssociation>>,
    pub elastic_inference_accelerator_associations: Option<
        Vec<crate::types::ElasticInferenceAcceleratorAssociation>,
    >,
    pub network_interfaces: Option<Vec<crate::types::InstanceNetworkInterface>>,
    pub outpost_arn: Option<String>,
    pub root_device_name: Option<String>,
    pub root_device_type: Option<crate::types::DeviceType>,
    pub security_groups: Option<Vec<crate::types::GroupIdentifier>>,
    pub source_dest_check: Option<bool>,
    pub spot_instance_request_id: Option<String>,
    pub sriov_net_support: Option<String>,
    pub state_reason: Option<crate::types::StateReason>,
    pub tags: Option<Vec<crate::types::Tag>>,
    pub virtualization_type: Option<crate::types::VirtualizationType>,
    pub cpu_options: Option<crate::types::CpuOptions>,
    pub capacity_reservation_id: Option<String>,
    pub capacity_reservation_specification: Option<
        crate::types::CapacityReservationSpecificationResponse,
    >,
    pub hibernation_options: Option<crate::types::HibernationOptions>,
    pub licenses: Option<Vec<crate::types::LicenseConfiguration>>,
    pub metadata_options: Option<crate::types::InstanceMetadataOptionsResponse>,
    pub enclave_options: Option<crate::types::EnclaveOptions>,
    pub boot_mode: Option<crate::types::BootModeValues>,
}
impl Instance {
    /// A builder for [`Instance`].
    pub fn builder() -> InstanceBuilder {
        InstanceBuilder::default()
    }
}
/// A builder for [`Instance`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct InstanceBuilder {
    pub ami_launch_index: Option<i32>,
    pub image_id: Option<String>,
    pub instance_id: Option<String>,
    pub instance_type: Option<crate::types::InstanceType>,
    pub kernel_id: Option<String>,
    pub key_name: Option<String>,
    pub launch_time: Option<::smithy_runtime::types::DateTime>,
    pub monitoring: Option<crate::types::Monitoring>,
    pub placement: Option<crate::types::Placement>,
    pub platform: Option<crate::types::PlatformValues>,
    pub private_dns_name: Option<String>,
    pub private_ip_address: Option<String>,
    pub product_codes: Option<Vec<crate::types::ProductCode>>,
    pub public_dns_name: Option<String>,
    pub public_ip_address: Option<String>,
    pub ramdisk_id: Option<String>,
    pub state: Option<crate::types::InstanceState>,
    pub state_transition_reason: Option<String>,
    pub subnet_id: Option<String>,
    pub vpc_id: Option<String>,
    pub architecture: Option<crate::types::ArchitectureValues>,
    pub block_device_mappings: Option<Vec<crate::types::InstanceBlockDeviceMapping>>,
    pub client_token: Option<String>,
    pub ebs_optimized: Option<bool>,
    pub ena_support: Option<bool>,
    pub hypervisor: Option<crate::types::HypervisorType>,
    pub iam_instance_profile: Option<crate::types::IamInstanceProfile>,
    pub instance_lifecycle: Option<crate::types::InstanceLifecycleType>,
    pub elastic_gpu_associations: Option<Vec<crate::types::ElasticGpuAssociation>>,
    pub elastic_inference_accelerator_associations: Option<
        Vec<crate::types::ElasticInferenceAcceleratorAssociation>,
    >,
    pub network_interfaces: Option<Vec<crate::types::InstanceNetworkInterface>>,
    pub outpost_arn: Option<String>,
    pub root_device_name: Option<String>,
    pub root_device_type: Option<crate::types::DeviceType>,
    pub security_groups: Option<Vec<crate::types::GroupIdentifier>>,
    pub source_dest_check: Option<bool>,
    pub spot_instance_request_id: Option<String>,
    pub sriov_net_support: Option<String>,
    pub state_reason: Option<crate::types::StateReason>,
    pub tags: Option<Vec<crate::types::Tag>>,
    pub virtualization_type: Option<crate::types::VirtualizationType>,
    pub cpu_options: Option<crate::types::CpuOptions>,
    pub capacity_reservation_id: Option<String>,
    pub capacity_reservation_specification: Option<
        crate::types::CapacityReservationSpecificationResponse,
    >,
    pub hibernation_options: Option<crate::types::HibernationOptions>,
    pub licenses: Option<Vec<crate::types::LicenseConfiguration>>,
    pub metadata_options: Option<crate::types::InstanceMetadataOptionsResponse>,
    pub enclave_options: Option<crate::types::EnclaveOptions>,
    pub boot_mode: Option<crate::types::BootModeValues>,
}
#[allow(clippy::should_implement_trait)]
impl InstanceBuilder {
    /// Builds the [`Instance`].
    pub fn build(self) -> Instance {
        Instance {
            ami_launch_index: self.ami_launch_index,
            image_id: self.image_id,
            instance_id: self.instance_id,
            instance_type: self.instance_type,
            kernel_id: self.kernel_id,
            key_name: self.key_name,
            launch_time: self.launch_time,
            monitoring: self.monitoring,
            placement: self.placement,
            platform: self.platform,
            private_dns_name: self.private_dns_name,
            private_ip_address: self.private_ip_address,
            product_codes: self.product_codes,
            public_dns_name: self.public_dns_name,
            public_ip_address: self.public_ip_address,
            ramdisk_id: self.ramdisk_id,
            state: self.state,
            state_transition_reason: self.state_transition_reason,
            subnet_id: self.subnet_id,
            vpc_id: self.vpc_id,
            architecture: self.architecture,
            block_device_mappings: self.block_device_mappings,
            client_token: self.client_token,
            ebs_optimized: self.ebs_optimized,
            ena_support: self.ena_support,
            hypervisor: self.hypervisor,
            iam_instance_profile: self.iam_instance_profile,
            instance_lifecycle: self.instance_lifecycle,
            elastic_gpu_associations: self.elastic_gpu_associations,
            elastic_inference_accelerator_associations: self
                .elastic_inference_accelerator_associations,
            network_interfaces: self.network_interfaces,
            outpost_arn: self.outpost_arn,
            root_device_name: self.root_device_name,
            root_device_type: self.root_device_type,
            security_groups: self.security_groups,
            source_dest_check: self.source_dest_check,
            spot_instance_request_id: self.spot_instance_request_id,
            sriov_net_support: self.sriov_net_support,
            state_reason: self.state_reason,
            tags: self.tags,
            virtualization_type: self.virtualization_type,
            cpu_options: self.cpu_options,
            capacity_reservation_id: self.capacity_reservation_id,
            capacity_reservation_specification: self.capacity_reservation_specification,
            hibernation_options: self.hibernation_options,
            licenses: self.licenses,
            metadata_options: self.metadata_options,
            enclave_options: self.enclave_options,
            boot_mode: self.boot_mode,
        }
    }
}
::smithy_runtime::setters!(
    InstanceBuilder, [(ami_launch_index, i32, "AmiLaunchIndex"), (image_id, String,
    "ImageId"), (instance_id, String, "InstanceId"), (instance_type, crate
    ::types::InstanceType, "InstanceType"), (kernel_id, String, "KernelId"), (key_name,
    String, "KeyName"), (launch_time, ::smithy_runtime::types::DateTime, "LaunchTime"),
    (monitoring, crate ::types::Monitoring, "Monitoring"), (placement, crate
    ::types::Placement, "Placement"), (platform, crate ::types::PlatformValues,
    "Platform"), (private_dns_name, String, "PrivateDnsName"), (private_ip_address,
    String, "PrivateIpAddress"), (product_codes, Vec:: < crate ::types::ProductCode >,
    "ProductCodes"), (public_dns_name, String, "PublicDnsName"), (public_ip_address,
    String, "PublicIpAddress"), (ramdisk_id, String, "RamdiskId"), (state, crate
    ::types::InstanceState, "State"), (state_transition_reason, String,
    "StateTransitionReason"), (subnet_id, String, "SubnetId"), (vpc_id, String, "VpcId"),
    (architecture, crate ::types::ArchitectureValues, "Architecture"),
    (block_device_mappings, Vec:: < crate ::types::InstanceBlockDeviceMapping >,
    "BlockDeviceMappings"), (client_token, String, "ClientToken"), (ebs_optimized, bool,
    "EbsOptimized"), (ena_support, bool, "EnaSupport"), (hypervisor, crate
    ::types::HypervisorType, "Hypervisor"), (iam_instance_profile, crate
    ::types::IamInstanceProfile, "IamInstanceProfile"), (instance_lifecycle, crate
    ::types::InstanceLifecycleType, "InstanceLifecycle"), (elastic_gpu_associations,
    Vec:: < crate ::types::ElasticGpuAssociation >, "ElasticGpuAssociations"),
    (elastic_inference_accelerator_associations, Vec:: < crate
    ::types::ElasticInferenceAcceleratorAssociation >,
    "ElasticInferenceAcceleratorAssociations"), (network_interfaces, Vec:: < crate
    ::types::InstanceNetworkInterface >, "NetworkInterfaces"), (outpost_arn, String,
    "OutpostArn"), (root_device_name, String, "RootDeviceName"), (root_device_type, crate
    ::types::DeviceType, "RootDeviceType"), (security_groups, Vec:: < crate
    ::types::GroupIdentifier >, "SecurityGroups"), (source_dest_check, bool,
    "SourceDestCheck"), (spot_instance_request_id, String, "SpotInstanceRequestId"),
    (sriov_net_support, String, "SriovNetSupport"), (state_reason, crate
    ::types::StateReason, "StateReason"), (tags, Vec:: < crate ::types::Tag >, "Tags"),
    (virtualization_type, crate ::types::VirtualizationType, "VirtualizationType"),
    (cpu_options, crate ::types::CpuOptions, "CpuOptions"), (capacity_reservation_id,
    String, "CapacityReservationId"), (capacity_reservation_specification, crate
    ::types::CapacityReservationSpecificationResponse,
    "CapacityReservationSpecification"), (hibernation_options, crate
    ::types::HibernationOptions, "HibernationOptions"), (licenses, Vec:: < crate
    ::types::LicenseConfiguration >, "Licenses"), (metadata_options, crate
    ::types::InstanceMetadataOptionsResponse, "MetadataOptions"), (enclave_options, crate
    ::types::EnclaveOptions, "EnclaveOptions"), (boot_mode, crate
    ::types::BootModeValues, "BootMode")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "Instance",
    &[
        codec::Member::new("AmiLaunchIndex")
            .xml("amiLaunchIndex")
            .ec2_query("AmiLaunchIndex"),
        codec::Member::new("ImageId").xml("imageId").ec2_query("ImageId"),
        codec::Member::new("InstanceId").xml("instanceId").ec2_query("InstanceId"),
        codec::Member::new("InstanceType").xml("instanceType").ec2_query("InstanceType"),
        codec::Member::new("KernelId").xml("kernelId").ec2_query("KernelId"),
        codec::Member::new("KeyName").xml("keyName").ec2_query("KeyName"),
        codec::Member::new("LaunchTime").xml("launchTime").ec2_query("LaunchTime"),
        codec::Member::new("Monitoring").xml("monitoring").ec2_query("Monitoring"),
        codec::Member::new("Placement").xml("placement").ec2_query("Placement"),
        codec::Member::new("Platform").xml("platform").ec2_query("Platform"),
        codec::Member::new("PrivateDnsName")
            .xml("privateDnsName")
            .ec2_query("PrivateDnsName"),
        codec::Member::new("PrivateIpAddress")
            .xml("privateIpAddress")
            .ec2_query("PrivateIpAddress"),
        codec::Member::new("ProductCodes")
            .xml("productCodes")
            .xml_item("item")
            .ec2_query("ProductCodes"),
        codec::Member::new("PublicDnsName").xml("dnsName").ec2_query("DnsName"),
        codec::Member::new("PublicIpAddress").xml("ipAddress").ec2_query("IpAddress"),
        codec::Member::new("RamdiskId").xml("ramdiskId").ec2_query("RamdiskId"),
        codec::Member::new("State").xml("instanceState").ec2_query("InstanceState"),
        codec::Member::new("StateTransitionReason").xml("reason").ec2_query("Reason"),
        codec::Member::new("SubnetId").xml("subnetId").ec2_query("SubnetId"),
        codec::Member::new("VpcId").xml("vpcId").ec2_query("VpcId"),
        codec::Member::new("Architecture").xml("architecture").ec2_query("Architecture"),
        codec::Member::new("BlockDeviceMappings")
            .xml("blockDeviceMapping")
            .xml_item("item")
            .ec2_query("BlockDeviceMapping"),
        codec::Member::new("ClientToken").xml("clientToken").ec2_query("ClientToken"),
        codec::Member::new("EbsOptimized").xml("ebsOptimized").ec2_query("EbsOptimized"),
        codec::Member::new("EnaSupport").xml("enaSupport").ec2_query("EnaSupport"),
        codec::Member::new("Hypervisor").xml("hypervisor").ec2_query("Hypervisor"),
        codec::Member::new("IamInstanceProfile")
            .xml("iamInstanceProfile")
            .ec2_query("IamInstanceProfile"),
        codec::Member::new("InstanceLifecycle")
            .xml("instanceLifecycle")
            .ec2_query("InstanceLifecycle"),
        codec::Member::new("ElasticGpuAssociations")
            .xml("elasticGpuAssociationSet")
            .xml_item("item")
            .ec2_query("ElasticGpuAssociationSet"),
        codec::Member::new("ElasticInferenceAcceleratorAssociations")
            .xml("elasticInferenceAcceleratorAssociationSet")
            .xml_item("item")
            .ec2_query("ElasticInferenceAcceleratorAssociationSet"),
        codec::Member::new("NetworkInterfaces")
            .xml("networkInterfaceSet")
            .xml_item("item")
            .ec2_query("NetworkInterfaceSet"),
        codec::Member::new("OutpostArn").xml("outpostArn").ec2_query("OutpostArn"),
        codec::Member::new("RootDeviceName")
            .xml("rootDeviceName")
            .ec2_query("RootDeviceName"),
        codec::Member::new("RootDeviceType")
            .xml("rootDeviceType")
            .ec2_query("RootDeviceType"),
        codec::Member::new("SecurityGroups")
            .xml("groupSet")
            .xml_item("item")
            .ec2_query("GroupSet"),
        codec::Member::new("SourceDestCheck")
            .xml("sourceDestCheck")
            .ec2_query("SourceDestCheck"),
        codec::Member::new("SpotInstanceRequestId")
            .xml("spotInstanceRequestId")
            .ec2_query("SpotInstanceRequestId"),
        codec::Member::new("SriovNetSupport")
            .xml("sriovNetSupport")
            .ec2_query("SriovNetSupport"),
        codec::Member::new("StateReason").xml("stateReason").ec2_query("StateReason"),
        codec::Member::new("Tags").xml("tagSet").xml_item("item").ec2_query("TagSet"),
        codec::Member::new("VirtualizationType")
            .xml("virtualizationType")
            .ec2_query("VirtualizationType"),
        codec::Member::new("CpuOptions").xml("cpuOptions").ec2_query("CpuOptions"),
        codec::Member::new("CapacityReservationId")
            .xml("capacityReservationId")
            .ec2_query("CapacityReservationId"),
        codec::Member::new("CapacityReservationSpecification")
            .xml("capacityReservationSpecification")
            .ec2_query("CapacityReservationSpecification"),
        codec::Member::new("HibernationOptions")
            .xml("hibernationOptions")
            .ec2_query("HibernationOptions"),
        codec::Member::new("Licenses")
            .xml("licenseSet")
            .xml_item("item")
            .ec2_query("LicenseSet"),
        codec::Member::new("MetadataOptions")
            .xml("metadataOptions")
            .ec2_query("MetadataOptions"),
        codec::Member::new("EnclaveOptions")
            .xml("enclaveOptions")
            .ec2_query("EnclaveOptions"),
        codec::Member::new("BootMode").xml("bootMode").ec2_query("BootMode"),
    ],
);
::smithy_runtime::structure_codec!(
    Instance, InstanceBuilder, build, [ami_launch_index, image_id, instance_id,
    instance_type, kernel_id, key_name, launch_time, monitoring, placement, platform,
    private_dns_name, private_ip_address, product_codes, public_dns_name,
    public_ip_address, ramdisk_id, state, state_transition_reason, subnet_id, vpc_id,
    architecture, block_device_mappings, client_token, ebs_optimized, ena_support,
    hypervisor, iam_instance_profile, instance_lifecycle, elastic_gpu_associations,
    elastic_inference_accelerator_associations, network_interfaces, outpost_arn,
    root_device_name, root_device_type, security_groups, source_dest_check,
    spot_instance_request_id, sriov_net_support, state_reason, tags, virtualization_type,
    cpu_options, capacity_reservation_id, capacity_reservation_specification,
    hibernation_options, licenses, metadata_options, enclave_options, boot_mode]
);
