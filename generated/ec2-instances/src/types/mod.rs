//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(feature = "_shapes-4")]
mod architecture_values;
#[cfg(feature = "_shapes-4")]
pub use architecture_values::ArchitectureValues;
#[cfg(feature = "_shapes-4")]
mod attachment_status;
#[cfg(feature = "_shapes-4")]
pub use attachment_status::AttachmentStatus;
#[cfg(feature = "run-instances")]
mod block_device_mapping;
#[cfg(feature = "run-instances")]
pub use block_device_mapping::{BlockDeviceMapping, BlockDeviceMappingBuilder};
#[cfg(feature = "_shapes-4")]
mod boot_mode_values;
#[cfg(feature = "_shapes-4")]
pub use boot_mode_values::BootModeValues;
#[cfg(feature = "_shapes-4")]
mod capacity_reservation_preference;
#[cfg(feature = "_shapes-4")]
pub use capacity_reservation_preference::CapacityReservationPreference;
#[cfg(feature = "run-instances")]
mod capacity_reservation_specification;
#[cfg(feature = "run-instances")]
pub use capacity_reservation_specification::{
    CapacityReservationSpecification, CapacityReservationSpecificationBuilder,
};
#[cfg(feature = "_shapes-4")]
mod capacity_reservation_specification_response;
#[cfg(feature = "_shapes-4")]
pub use capacity_reservation_specification_response::{
    CapacityReservationSpecificationResponse,
    CapacityReservationSpecificationResponseBuilder,
};
#[cfg(feature = "run-instances")]
mod capacity_reservation_target;
#[cfg(feature = "run-instances")]
pub use capacity_reservation_target::{
    CapacityReservationTarget, CapacityReservationTargetBuilder,
};
#[cfg(feature = "_shapes-4")]
mod capacity_reservation_target_response;
#[cfg(feature = "_shapes-4")]
pub use capacity_reservation_target_response::{
    CapacityReservationTargetResponse, CapacityReservationTargetResponseBuilder,
};
#[cfg(feature = "_shapes-4")]
mod cpu_options;
#[cfg(feature = "_shapes-4")]
pub use cpu_options::{CpuOptions, CpuOptionsBuilder};
#[cfg(feature = "run-instances")]
mod cpu_options_request;
#[cfg(feature = "run-instances")]
pub use cpu_options_request::{CpuOptionsRequest, CpuOptionsRequestBuilder};
#[cfg(feature = "create-security-group")]
mod create_security_group_request;
#[cfg(feature = "create-security-group")]
pub use create_security_group_request::{
    CreateSecurityGroupRequest, CreateSecurityGroupRequestBuilder,
};
#[cfg(feature = "create-security-group")]
mod create_security_group_result;
#[cfg(feature = "create-security-group")]
pub use create_security_group_result::{
    CreateSecurityGroupResult, CreateSecurityGroupResultBuilder,
};
#[cfg(feature = "run-instances")]
mod credit_specification_request;
#[cfg(feature = "run-instances")]
pub use credit_specification_request::{
    CreditSpecificationRequest, CreditSpecificationRequestBuilder,
};
#[cfg(feature = "delete-security-group")]
mod delete_security_group_request;
#[cfg(feature = "delete-security-group")]
pub use delete_security_group_request::{
    DeleteSecurityGroupRequest, DeleteSecurityGroupRequestBuilder,
};
#[cfg(feature = "describe-instances")]
mod describe_instances_request;
#[cfg(feature = "describe-instances")]
pub use describe_instances_request::{
    DescribeInstancesRequest, DescribeInstancesRequestBuilder,
};
#[cfg(feature = "describe-instances")]
mod describe_instances_result;
#[cfg(feature = "describe-instances")]
pub use describe_instances_result::{
    DescribeInstancesResult, DescribeInstancesResultBuilder,
};
#[cfg(feature = "describe-security-groups")]
mod describe_security_groups_request;
#[cfg(feature = "describe-security-groups")]
pub use describe_security_groups_request::{
    DescribeSecurityGroupsRequest, DescribeSecurityGroupsRequestBuilder,
};
#[cfg(feature = "describe-security-groups")]
mod describe_security_groups_result;
#[cfg(feature = "describe-security-groups")]
pub use describe_security_groups_result::{
    DescribeSecurityGroupsResult, DescribeSecurityGroupsResultBuilder,
};
#[cfg(feature = "_shapes-4")]
mod device_type;
#[cfg(feature = "_shapes-4")]
pub use device_type::DeviceType;
#[cfg(feature = "run-instances")]
mod ebs_block_device;
#[cfg(feature = "run-instances")]
pub use ebs_block_device::{EbsBlockDevice, EbsBlockDeviceBuilder};
#[cfg(feature = "_shapes-4")]
mod ebs_instance_block_device;
#[cfg(feature = "_shapes-4")]
pub use ebs_instance_block_device::{
    EbsInstanceBlockDevice, EbsInstanceBlockDeviceBuilder,
};
#[cfg(feature = "_shapes-4")]
mod elastic_gpu_association;
#[cfg(feature = "_shapes-4")]
pub use elastic_gpu_association::{ElasticGpuAssociation, ElasticGpuAssociationBuilder};
#[cfg(feature = "run-instances")]
mod elastic_gpu_specification;
#[cfg(feature = "run-instances")]
pub use elastic_gpu_specification::{
    ElasticGpuSpecification, ElasticGpuSpecificationBuilder,
};
#[cfg(feature = "run-instances")]
mod elastic_inference_accelerator;
#[cfg(feature = "run-instances")]
pub use elastic_inference_accelerator::{
    ElasticInferenceAccelerator, ElasticInferenceAcceleratorBuilder,
};
#[cfg(feature = "_shapes-4")]
mod elastic_inference_accelerator_association;
#[cfg(feature = "_shapes-4")]
pub use elastic_inference_accelerator_association::{
    ElasticInferenceAcceleratorAssociation, ElasticInferenceAcceleratorAssociationBuilder,
};
#[cfg(feature = "_shapes-4")]
mod enclave_options;
#[cfg(feature = "_shapes-4")]
pub use enclave_options::{EnclaveOptions, EnclaveOptionsBuilder};
#[cfg(feature = "run-instances")]
mod enclave_options_request;
#[cfg(feature = "run-instances")]
pub use enclave_options_request::{EnclaveOptionsRequest, EnclaveOptionsRequestBuilder};
#[cfg(feature = "_shapes-3")]
mod filter;
#[cfg(feature = "_shapes-3")]
pub use filter::{Filter, FilterBuilder};
#[cfg(feature = "_shapes-4")]
mod group_identifier;
#[cfg(feature = "_shapes-4")]
pub use group_identifier::{GroupIdentifier, GroupIdentifierBuilder};
#[cfg(feature = "_shapes-4")]
mod hibernation_options;
#[cfg(feature = "_shapes-4")]
pub use hibernation_options::{HibernationOptions, HibernationOptionsBuilder};
#[cfg(feature = "run-instances")]
mod hibernation_options_request;
#[cfg(feature = "run-instances")]
pub use hibernation_options_request::{
    HibernationOptionsRequest, HibernationOptionsRequestBuilder,
};
#[cfg(feature = "_shapes-4")]
mod http_tokens_state;
#[cfg(feature = "_shapes-4")]
pub use http_tokens_state::HttpTokensState;
#[cfg(feature = "_shapes-4")]
mod hypervisor_type;
#[cfg(feature = "_shapes-4")]
pub use hypervisor_type::HypervisorType;
#[cfg(feature = "_shapes-4")]
mod iam_instance_profile;
#[cfg(feature = "_shapes-4")]
pub use iam_instance_profile::{IamInstanceProfile, IamInstanceProfileBuilder};
#[cfg(feature = "run-instances")]
mod iam_instance_profile_specification;
#[cfg(feature = "run-instances")]
pub use iam_instance_profile_specification::{
    IamInstanceProfileSpecification, IamInstanceProfileSpecificationBuilder,
};
#[cfg(feature = "_shapes-4")]
mod instance;
#[cfg(feature = "_shapes-4")]
pub use instance::{Instance, InstanceBuilder};
#[cfg(feature = "_shapes-4")]
mod instance_block_device_mapping;
#[cfg(feature = "_shapes-4")]
pub use instance_block_device_mapping::{
    InstanceBlockDeviceMapping, InstanceBlockDeviceMappingBuilder,
};
#[cfg(feature = "run-instances")]
mod instance_interruption_behavior;
#[cfg(feature = "run-instances")]
pub use instance_interruption_behavior::InstanceInterruptionBehavior;
#[cfg(feature = "_shapes-4")]
mod instance_ipv6_address;
#[cfg(feature = "_shapes-4")]
pub use instance_ipv6_address::{InstanceIpv6Address, InstanceIpv6AddressBuilder};
#[cfg(feature = "_shapes-4")]
mod instance_lifecycle_type;
#[cfg(feature = "_shapes-4")]
pub use instance_lifecycle_type::InstanceLifecycleType;
#[cfg(feature = "run-instances")]
mod instance_market_options_request;
#[cfg(feature = "run-instances")]
pub use instance_market_options_request::{
    InstanceMarketOptionsRequest, InstanceMarketOptionsRequestBuilder,
};
#[cfg(feature = "_shapes-4")]
mod instance_metadata_endpoint_state;
#[cfg(feature = "_shapes-4")]
pub use instance_metadata_endpoint_state::InstanceMetadataEndpointState;
#[cfg(feature = "run-instances")]
mod instance_metadata_options_request;
#[cfg(feature = "run-instances")]
pub use instance_metadata_options_request::{
    InstanceMetadataOptionsRequest, InstanceMetadataOptionsRequestBuilder,
};
#[cfg(feature = "_shapes-4")]
mod instance_metadata_options_response;
#[cfg(feature = "_shapes-4")]
pub use instance_metadata_options_response::{
    InstanceMetadataOptionsResponse, InstanceMetadataOptionsResponseBuilder,
};
#[cfg(feature = "_shapes-4")]
mod instance_metadata_options_state;
#[cfg(feature = "_shapes-4")]
pub use instance_metadata_options_state::InstanceMetadataOptionsState;
#[cfg(feature = "_shapes-4")]
mod instance_network_interface;
#[cfg(feature = "_shapes-4")]
pub use instance_network_interface::{
    InstanceNetworkInterface, InstanceNetworkInterfaceBuilder,
};
#[cfg(feature = "_shapes-4")]
mod instance_network_interface_association;
#[cfg(feature = "_shapes-4")]
pub use instance_network_interface_association::{
    InstanceNetworkInterfaceAssociation, InstanceNetworkInterfaceAssociationBuilder,
};
#[cfg(feature = "_shapes-4")]
mod instance_network_interface_attachment;
#[cfg(feature = "_shapes-4")]
pub use instance_network_interface_attachment::{
    InstanceNetworkInterfaceAttachment, InstanceNetworkInterfaceAttachmentBuilder,
};
#[cfg(feature = "run-instances")]
mod instance_network_interface_specification;
#[cfg(feature = "run-instances")]
pub use instance_network_interface_specification::{
    InstanceNetworkInterfaceSpecification, InstanceNetworkInterfaceSpecificationBuilder,
};
#[cfg(feature = "_shapes-4")]
mod instance_private_ip_address;
#[cfg(feature = "_shapes-4")]
pub use instance_private_ip_address::{
    InstancePrivateIpAddress, InstancePrivateIpAddressBuilder,
};
#[cfg(feature = "_shapes-5")]
mod instance_state;
#[cfg(feature = "_shapes-5")]
pub use instance_state::{InstanceState, InstanceStateBuilder};
#[cfg(feature = "terminate-instances")]
mod instance_state_change;
#[cfg(feature = "terminate-instances")]
pub use instance_state_change::{InstanceStateChange, InstanceStateChangeBuilder};
#[cfg(feature = "_shapes-5")]
mod instance_state_name;
#[cfg(feature = "_shapes-5")]
pub use instance_state_name::InstanceStateName;
#[cfg(feature = "_shapes-4")]
mod instance_type;
#[cfg(feature = "_shapes-4")]
pub use instance_type::InstanceType;
#[cfg(feature = "describe-security-groups")]
mod ip_permission;
#[cfg(feature = "describe-security-groups")]
pub use ip_permission::{IpPermission, IpPermissionBuilder};
#[cfg(feature = "describe-security-groups")]
mod ip_range;
#[cfg(feature = "describe-security-groups")]
pub use ip_range::{IpRange, IpRangeBuilder};
#[cfg(feature = "describe-security-groups")]
mod ipv6_range;
#[cfg(feature = "describe-security-groups")]
pub use ipv6_range::{Ipv6Range, Ipv6RangeBuilder};
#[cfg(feature = "run-instances")]
mod launch_template_specification;
#[cfg(feature = "run-instances")]
pub use launch_template_specification::{
    LaunchTemplateSpecification, LaunchTemplateSpecificationBuilder,
};
#[cfg(feature = "_shapes-4")]
mod license_configuration;
#[cfg(feature = "_shapes-4")]
pub use license_configuration::{LicenseConfiguration, LicenseConfigurationBuilder};
#[cfg(feature = "run-instances")]
mod license_configuration_request;
#[cfg(feature = "run-instances")]
pub use license_configuration_request::{
    LicenseConfigurationRequest, LicenseConfigurationRequestBuilder,
};
#[cfg(feature = "run-instances")]
mod market_type;
#[cfg(feature = "run-instances")]
pub use market_type::MarketType;
#[cfg(feature = "_shapes-4")]
mod monitoring;
#[cfg(feature = "_shapes-4")]
pub use monitoring::{Monitoring, MonitoringBuilder};
#[cfg(feature = "_shapes-4")]
mod monitoring_state;
#[cfg(feature = "_shapes-4")]
pub use monitoring_state::MonitoringState;
#[cfg(feature = "_shapes-4")]
mod network_interface_status;
#[cfg(feature = "_shapes-4")]
pub use network_interface_status::NetworkInterfaceStatus;
#[cfg(feature = "_shapes-4")]
mod placement;
#[cfg(feature = "_shapes-4")]
pub use placement::{Placement, PlacementBuilder};
#[cfg(feature = "_shapes-4")]
mod platform_values;
#[cfg(feature = "_shapes-4")]
pub use platform_values::PlatformValues;
#[cfg(feature = "describe-security-groups")]
mod prefix_list_id;
#[cfg(feature = "describe-security-groups")]
pub use prefix_list_id::{PrefixListId, PrefixListIdBuilder};
#[cfg(feature = "run-instances")]
mod private_ip_address_specification;
#[cfg(feature = "run-instances")]
pub use private_ip_address_specification::{
    PrivateIpAddressSpecification, PrivateIpAddressSpecificationBuilder,
};
#[cfg(feature = "_shapes-4")]
mod product_code;
#[cfg(feature = "_shapes-4")]
pub use product_code::{ProductCode, ProductCodeBuilder};
#[cfg(feature = "_shapes-4")]
mod product_code_values;
#[cfg(feature = "_shapes-4")]
pub use product_code_values::ProductCodeValues;
#[cfg(feature = "_shapes-4")]
mod reservation;
#[cfg(feature = "_shapes-4")]
pub use reservation::{Reservation, ReservationBuilder};
#[cfg(feature = "_shapes-2")]
mod resource_type;
#[cfg(feature = "_shapes-2")]
pub use resource_type::ResourceType;
#[cfg(feature = "run-instances")]
mod run_instances_monitoring_enabled;
#[cfg(feature = "run-instances")]
pub use run_instances_monitoring_enabled::{
    RunInstancesMonitoringEnabled, RunInstancesMonitoringEnabledBuilder,
};
#[cfg(feature = "run-instances")]
mod run_instances_request;
#[cfg(feature = "run-instances")]
pub use run_instances_request::{RunInstancesRequest, RunInstancesRequestBuilder};
#[cfg(feature = "describe-security-groups")]
mod security_group;
#[cfg(feature = "describe-security-groups")]
pub use security_group::{SecurityGroup, SecurityGroupBuilder};
#[cfg(feature = "run-instances")]
mod shutdown_behavior;
#[cfg(feature = "run-instances")]
pub use shutdown_behavior::ShutdownBehavior;
#[cfg(feature = "run-instances")]
mod spot_instance_type;
#[cfg(feature = "run-instances")]
pub use spot_instance_type::SpotInstanceType;
#[cfg(feature = "run-instances")]
mod spot_market_options;
#[cfg(feature = "run-instances")]
pub use spot_market_options::{SpotMarketOptions, SpotMarketOptionsBuilder};
#[cfg(feature = "_shapes-4")]
mod state_reason;
#[cfg(feature = "_shapes-4")]
pub use state_reason::{StateReason, StateReasonBuilder};
#[cfg(feature = "_shapes-1")]
mod tag;
#[cfg(feature = "_shapes-1")]
pub use tag::{Tag, TagBuilder};
#[cfg(feature = "_shapes-2")]
mod tag_specification;
#[cfg(feature = "_shapes-2")]
pub use tag_specification::{TagSpecification, TagSpecificationBuilder};
#[cfg(feature = "_shapes-4")]
mod tenancy;
#[cfg(feature = "_shapes-4")]
pub use tenancy::Tenancy;
#[cfg(feature = "terminate-instances")]
mod terminate_instances_request;
#[cfg(feature = "terminate-instances")]
pub use terminate_instances_request::{
    TerminateInstancesRequest, TerminateInstancesRequestBuilder,
};
#[cfg(feature = "terminate-instances")]
mod terminate_instances_result;
#[cfg(feature = "terminate-instances")]
pub use terminate_instances_result::{
    TerminateInstancesResult, TerminateInstancesResultBuilder,
};
#[cfg(feature = "describe-security-groups")]
mod user_id_group_pair;
#[cfg(feature = "describe-security-groups")]
pub use user_id_group_pair::{UserIdGroupPair, UserIdGroupPairBuilder};
#[cfg(feature = "_shapes-4")]
mod virtualization_type;
#[cfg(feature = "_shapes-4")]
pub use virtualization_type::VirtualizationType;
#[cfg(feature = "run-instances")]
mod volume_type;
#[cfg(feature = "run-instances")]
pub use volume_type::VolumeType;
