#[cfg(feature = "create-topic")]
mod create_topic;
#[cfg(feature = "create-topic")]
pub use create_topic::CreateTopicError;
#[cfg(feature = "delete-topic")]
mod delete_topic;
#[cfg(feature = "delete-topic")]
pub use delete_topic::DeleteTopicError;
#[cfg(feature = "get-topic-attributes")]
mod get_topic_attributes;
#[cfg(feature = "get-topic-attributes")]
pub use get_topic_attributes::GetTopicAttributesError;
#[cfg(feature = "list-topics")]
mod list_topics;
#[cfg(feature = "list-topics")]
pub use list_topics::{ListTopicsError, ListTopicsPages, ListTopicsItems};
#[cfg(feature = "publish")]
mod publish;
#[cfg(feature = "publish")]
pub use publish::PublishError;
