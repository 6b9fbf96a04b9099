#[cfg(feature = "create-security-group")]
mod create_security_group;
#[cfg(feature = "create-security-group")]
pub use create_security_group::CreateSecurityGroupError;
#[cfg(feature = "delete-security-group")]
mod delete_security_group;
#[cfg(feature = "delete-security-group")]
pub use delete_security_group::DeleteSecurityGroupError;
#[cfg(feature = "describe-instances")]
mod describe_instances;
#[cfg(feature = "describe-instances")]
pub use describe_instances::{
    DescribeInstancesError, DescribeInstancesPages, DescribeInstancesItems,
};
#[cfg(feature = "describe-security-groups")]
mod describe_security_groups;
#[cfg(feature = "describe-security-groups")]
pub use describe_security_groups::{
    DescribeSecurityGroupsError, DescribeSecurityGroupsPages, DescribeSecurityGroupsItems,
};
#[cfg(feature = "run-instances")]
mod run_instances;
#[cfg(feature = "run-instances")]
pub use run_instances::RunInstancesError;
#[cfg(feature = "terminate-instances")]
mod terminate_instances;
#[cfg(feature = "terminate-instances")]
pub use terminate_instances::TerminateInstancesError;
