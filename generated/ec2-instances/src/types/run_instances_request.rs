#[derive(Clone, PartialEq, Debug)]
#[cfg_attr(feature = "serde", derive(::serde::Serialize, ::serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "PascalCase"))]
#[non_exhaustive]
pub struct RunInstancesRequest {
    pub block_device_mappings: Option<Vec<crate::types::BlockDeviceMapping>>,
    pub image_id: Option<String>,
    pub instance_type: Option<crate::types::InstanceType>,
    pub ipv6_address_count: Option<i32>,
    pub ipv6_addresses: Option<Vec<crate::types::InstanceIpv6Address>>,
    pub kernel_id: Option<String>,
    pub key_name: Option<String>,
    /// **Required.**
    pub max_count: i32,
    /// **Required.**
    pub min_count: i32,
    pub monitoring: Option<crate::types::RunInstancesMonitoringEnabled>,
    pub placement: Option<crate::types::Placement>,
    pub ramdisk_id: Option<String>,
    pub security_group_ids: Option<Vec<String>>,
    pub security_groups: Option<Vec<String>>,
    pub subnet_id: Option<String>,
    pub user_data: Option<String>,
    pub additional_info: Option<String>,
    /// An idempotency token: when left empty, the client fills it with a random UUID.
    pub client_token: Option<String>,
    pub disable_api_termination: Option<bool>,
    pub dry_run: Option<bool>,
    pub ebs_optimized: Option<bool>,
    pub iam_instance_profile: Option<crate::types::IamInstanceProfileSpecification>,
    pub instance_initiated_shutdown_behavior: Option<crate::types::ShutdownBehavior>,
    pub network_interfaces: Option<
        Vec<crate::types::InstanceNetworkInterfaceSpecification>,
    >,
    pub private_ip_address: Option<String>,
    pub elastic_gpu_specification: Option<Vec<crate::types::ElasticGpuSpecification>>,
    pub elastic_inference_accelerators: Option<
        Vec<crate::types::ElasticInferenceAccelerator>,
    >,
    pub tag_specifications: Option<Vec<crate::types::TagSpecification>>,
    pub launch_template: Option<crate::types::LaunchTemplateSpecification>,
    pub instance_market_options: Option<crate::types::InstanceMarketOptionsRequest>,
    pub credit_specification: Option<crate::types::CreditSpecificationRequest>,
    pub cpu_options: Option<crate::types::CpuOptionsRequest>,
    pub capacity_reservation_specification: Option<
        crate::types::CapacityReservationSpecification,
    >,
    pub hibernation_options: Option<crate::types::HibernationOptionsRequest>,
    pub license_specifications: Option<Vec<crate::types::LicenseConfigurationRequest>>,
    pub metadata_options: Option<crate::types::InstanceMetadataOptionsRequest>,
    pub enclave_options: Option<crate::types::EnclaveOptionsRequest>,
}
impl RunInstancesRequest {
    /// A builder for [`RunInstancesRequest`].
    pub fn builder() -> RunInstancesRequestBuilder {
        RunInstancesRequestBuilder::default()
    }
    /// Checks what the model requires before the request is sent: required members always, and the
    /// length, range and pattern constraints when `constraints` is on.
    #[cfg(feature = "client")]
    #[allow(unused_variables)]
    pub fn validate(
        &self,
        constraints: bool,
    ) -> Result<(), ::smithy_runtime::ValidationError> {
        Ok(())
    }
}
/// A builder for [`RunInstancesRequest`]: a method per member, or set the public fields directly (for an `Option`).
#[derive(Clone, PartialEq, Default, Debug)]
#[non_exhaustive]
pub struct RunInstancesRequestBuilder {
    pub block_device_mappings: Option<Vec<crate::types::BlockDeviceMapping>>,
    pub image_id: Option<String>,
    pub instance_type: Option<crate::types::InstanceType>,
    pub ipv6_address_count: Option<i32>,
    pub ipv6_addresses: Option<Vec<crate::types::InstanceIpv6Address>>,
    pub kernel_id: Option<String>,
    pub key_name: Option<String>,
    pub max_count: Option<i32>,
    pub min_count: Option<i32>,
    pub monitoring: Option<crate::types::RunInstancesMonitoringEnabled>,
    pub placement: Option<crate::types::Placement>,
    pub ramdisk_id: Option<String>,
    pub security_group_ids: Option<Vec<String>>,
    pub security_groups: Option<Vec<String>>,
    pub subnet_id: Option<String>,
    pub user_data: Option<String>,
    pub additional_info: Option<String>,
    pub client_token: Option<String>,
    pub disable_api_termination: Option<bool>,
    pub dry_run: Option<bool>,
    pub ebs_optimized: Option<bool>,
    pub iam_instance_profile: Option<crate::types::IamInstanceProfileSpecification>,
    pub instance_initiated_shutdown_behavior: Option<crate::types::ShutdownBehavior>,
    pub network_interfaces: Option<
        Vec<crate::types::InstanceNetworkInterfaceSpecification>,
    >,
    pub private_ip_address: Option<String>,
    pub elastic_gpu_specification: Option<Vec<crate::types::ElasticGpuSpecification>>,
    pub elastic_inference_accelerators: Option<
        Vec<crate::types::ElasticInferenceAccelerator>,
    >,
    pub tag_specifications: Option<Vec<crate::types::TagSpecification>>,
    pub launch_template: Option<crate::types::LaunchTemplateSpecification>,
    pub instance_market_options: Option<crate::types::InstanceMarketOptionsRequest>,
    pub credit_specification: Option<crate::types::CreditSpecificationRequest>,
    pub cpu_options: Option<crate::types::CpuOptionsRequest>,
    pub capacity_reservation_specification: Option<
        crate::types::CapacityReservationSpecification,
    >,
    pub hibernation_options: Option<crate::types::HibernationOptionsRequest>,
    pub license_specifications: Option<Vec<crate::types::LicenseConfigurationRequest>>,
    pub metadata_options: Option<crate::types::InstanceMetadataOptionsRequest>,
    pub enclave_options: Option<crate::types::EnclaveOptionsRequest>,
}
#[allow(clippy::should_implement_trait)]
impl RunInstancesRequestBuilder {
    /// Builds the [`RunInstancesRequest`].
    pub fn build(self) -> RunInstancesRequest {
        RunInstancesRequest {
            block_device_mappings: self.block_device_mappings,
            image_id: self.image_id,
            instance_type: self.instance_type,
            ipv6_address_count: self.ipv6_address_count,
            ipv6_addresses: self.ipv6_addresses,
            kernel_id: self.kernel_id,
            key_name: self.key_name,
            max_count: self.max_count.unwrap_or(0i32),
            min_count: self.min_count.unwrap_or(0i32),
            monitoring: self.monitoring,
            placement: self.placement,
            ramdisk_id: self.ramdisk_id,
            security_group_ids: self.security_group_ids,
            security_groups: self.security_groups,
            subnet_id: self.subnet_id,
            user_data: self.user_data,
            additional_info: self.additional_info,
            client_token: self.client_token,
            disable_api_termination: self.disable_api_termination,
            dry_run: self.dry_run,
            ebs_optimized: self.ebs_optimized,
            iam_instance_profile: self.iam_instance_profile,
            instance_initiated_shutdown_behavior: self
                .instance_initiated_shutdown_behavior,
            network_interfaces: self.network_interfaces,
            private_ip_address: self.private_ip_address,
            elastic_gpu_specification: self.elastic_gpu_specification,
            elastic_inference_accelerators: self.elastic_inference_accelerators,
            tag_specifications: self.tag_specifications,
            launch_template: self.launch_template,
            instance_market_options: self.instance_market_options,
            credit_specification: self.credit_specification,
            cpu_options: self.cpu_options,
            capacity_reservation_specification: self.capacity_reservation_specification,
            hibernation_options: self.hibernation_options,
            license_specifications: self.license_specifications,
            metadata_options: self.metadata_options,
            enclave_options: self.enclave_options,
        }
    }
}
::smithy_runtime::setters!(
    RunInstancesRequestBuilder, [(block_device_mappings, Vec:: < crate
    ::types::BlockDeviceMapping >, "BlockDeviceMappings"), (image_id, String, "ImageId"),
    (instance_type, crate ::types::InstanceType, "InstanceType"), (ipv6_address_count,
    i32, "Ipv6AddressCount"), (ipv6_addresses, Vec:: < crate ::types::InstanceIpv6Address
    >, "Ipv6Addresses"), (kernel_id, String, "KernelId"), (key_name, String, "KeyName"),
    (max_count, i32, "MaxCount"), (min_count, i32, "MinCount"), (monitoring, crate
    ::types::RunInstancesMonitoringEnabled, "Monitoring"), (placement, crate
    ::types::Placement, "Placement"), (ramdisk_id, String, "RamdiskId"),
    (security_group_ids, Vec:: < String >, "SecurityGroupIds"), (security_groups, Vec:: <
    String >, "SecurityGroups"), (subnet_id, String, "SubnetId"), (user_data, String,
    "UserData"), (additional_info, String, "AdditionalInfo"), (client_token, String,
    "ClientToken"), (disable_api_termination, bool, "DisableApiTermination"), (dry_run,
    bool, "DryRun"), (ebs_optimized, bool, "EbsOptimized"), (iam_instance_profile, crate
    ::types::IamInstanceProfileSpecification, "IamInstanceProfile"),
    (instance_initiated_shutdown_behavior, crate ::types::ShutdownBehavior,
    "InstanceInitiatedShutdownBehavior"), (network_interfaces, Vec:: < crate
    ::types::InstanceNetworkInterfaceSpecification >, "NetworkInterfaces"),
    (private_ip_address, String, "PrivateIpAddress"), (elastic_gpu_specification, Vec:: <
    crate ::types::ElasticGpuSpecification >, "ElasticGpuSpecification"),
    (elastic_inference_accelerators, Vec:: < crate ::types::ElasticInferenceAccelerator
    >, "ElasticInferenceAccelerators"), (tag_specifications, Vec:: < crate
    ::types::TagSpecification >, "TagSpecifications"), (launch_template, crate
    ::types::LaunchTemplateSpecification, "LaunchTemplate"), (instance_market_options,
    crate ::types::InstanceMarketOptionsRequest, "InstanceMarketOptions"),
    (credit_specification, crate ::types::CreditSpecificationRequest,
    "CreditSpecification"), (cpu_options, crate ::types::CpuOptionsRequest,
    "CpuOptions"), (capacity_reservation_specification, crate
    ::types::CapacityReservationSpecification, "CapacityReservationSpecification"),
    (hibernation_options, crate ::types::HibernationOptionsRequest,
    "HibernationOptions"), (license_specifications, Vec:: < crate
    ::types::LicenseConfigurationRequest >, "LicenseSpecifications"), (metadata_options,
    crate ::types::InstanceMetadataOptionsRequest, "MetadataOptions"), (enclave_options,
    crate ::types::EnclaveOptionsRequest, "EnclaveOptions")]
);
use ::smithy_runtime::codec;
static SCHEMA: codec::Schema = codec::Schema::new(
    "RunInstancesRequest",
    &[
        codec::Member::new("BlockDeviceMappings")
            .xml("BlockDeviceMapping")
            .xml_item("BlockDeviceMapping"),
        codec::Member::new("ImageId"),
        codec::Member::new("InstanceType"),
        codec::Member::new("Ipv6AddressCount"),
        codec::Member::new("Ipv6Addresses").xml("Ipv6Address").xml_item("item"),
        codec::Member::new("KernelId"),
        codec::Member::new("KeyName"),
        codec::Member::new("MaxCount"),
        codec::Member::new("MinCount"),
        codec::Member::new("Monitoring"),
        codec::Member::new("Placement"),
        codec::Member::new("RamdiskId"),
        codec::Member::new("SecurityGroupIds")
            .xml("SecurityGroupId")
            .xml_item("SecurityGroupId"),
        codec::Member::new("SecurityGroups")
            .xml("SecurityGroup")
            .xml_item("SecurityGroup"),
        codec::Member::new("SubnetId"),
        codec::Member::new("UserData"),
        codec::Member::new("AdditionalInfo")
            .xml("additionalInfo")
            .ec2_query("AdditionalInfo"),
        codec::Member::new("ClientToken")
            .xml("clientToken")
            .ec2_query("ClientToken")
            .idempotency_token(),
        codec::Member::new("DisableApiTermination")
            .xml("disableApiTermination")
            .ec2_query("DisableApiTermination"),
        codec::Member::new("DryRun").xml("dryRun").ec2_query("DryRun"),
        codec::Member::new("EbsOptimized").xml("ebsOptimized").ec2_query("EbsOptimized"),
        codec::Member::new("IamInstanceProfile")
            .xml("iamInstanceProfile")
            .ec2_query("IamInstanceProfile"),
        codec::Member::new("InstanceInitiatedShutdownBehavior")
            .xml("instanceInitiatedShutdownBehavior")
            .ec2_query("InstanceInitiatedShutdownBehavior"),
        codec::Member::new("NetworkInterfaces")
            .xml("networkInterface")
            .xml_item("item")
            .ec2_query("NetworkInterface"),
        codec::Member::new("PrivateIpAddress")
            .xml("privateIpAddress")
            .ec2_query("PrivateIpAddress"),
        codec::Member::new("ElasticGpuSpecification").xml_item("item"),
        codec::Member::new("ElasticInferenceAccelerators")
            .xml("ElasticInferenceAccelerator")
            .xml_item("item"),
        codec::Member::new("TagSpecifications").xml("TagSpecification").xml_item("item"),
        codec::Member::new("LaunchTemplate"),
        codec::Member::new("InstanceMarketOptions"),
        codec::Member::new("CreditSpecification"),
        codec::Member::new("CpuOptions"),
        codec::Member::new("CapacityReservationSpecification"),
        codec::Member::new("HibernationOptions"),
        codec::Member::new("LicenseSpecifications")
            .xml("LicenseSpecification")
            .xml_item("item"),
        codec::Member::new("MetadataOptions"),
        codec::Member::new("EnclaveOptions"),
    ],
);
::smithy_runtime::structure_codec!(
    RunInstancesRequest, RunInstancesRequestBuilder, build, [block_device_mappings,
    image_id, instance_type, ipv6_address_count, ipv6_addresses, kernel_id, key_name,
    max_count, min_count, monitoring, placement, ramdisk_id, security_group_ids,
    security_groups, subnet_id, user_data, additional_info, client_token,
    disable_api_termination, dry_run, ebs_optimized, iam_instance_profile,
    instance_initiated_shutdown_behavior, network_interfaces, private_ip_address,
    elastic_gpu_specification, elastic_inference_accelerators, tag_specifications,
    launch_template, instance_market_options, credit_specification, cpu_options,
    capacity_reservation_specification, hibernation_options, license_specifications,
    metadata_options, enclave_options]
);
