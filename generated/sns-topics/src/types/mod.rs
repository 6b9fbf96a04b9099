//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(feature = "create-topic")]
mod create_topic_input;
#[cfg(feature = "create-topic")]
pub use create_topic_input::{CreateTopicInput, CreateTopicInputBuilder};
#[cfg(feature = "create-topic")]
mod create_topic_response;
#[cfg(feature = "create-topic")]
pub use create_topic_response::{CreateTopicResponse, CreateTopicResponseBuilder};
#[cfg(feature = "delete-topic")]
mod delete_topic_input;
#[cfg(feature = "delete-topic")]
pub use delete_topic_input::{DeleteTopicInput, DeleteTopicInputBuilder};
#[cfg(feature = "get-topic-attributes")]
mod get_topic_attributes_input;
#[cfg(feature = "get-topic-attributes")]
pub use get_topic_attributes_input::{
    GetTopicAttributesInput, GetTopicAttributesInputBuilder,
};
#[cfg(feature = "get-topic-attributes")]
mod get_topic_attributes_response;
#[cfg(feature = "get-topic-attributes")]
pub use get_topic_attributes_response::{
    GetTopicAttributesResponse, GetTopicAttributesResponseBuilder,
};
#[cfg(feature = "_shapes-1")]
mod invalid_parameter_exception;
#[cfg(feature = "_shapes-1")]
pub use invalid_parameter_exception::{
    InvalidParameterException, InvalidParameterExceptionBuilder,
};
#[cfg(feature = "list-topics")]
mod list_topics_input;
#[cfg(feature = "list-topics")]
pub use list_topics_input::{ListTopicsInput, ListTopicsInputBuilder};
#[cfg(feature = "list-topics")]
mod list_topics_response;
#[cfg(feature = "list-topics")]
pub use list_topics_response::{ListTopicsResponse, ListTopicsResponseBuilder};
#[cfg(feature = "publish")]
mod message_attribute_value;
#[cfg(feature = "publish")]
pub use message_attribute_value::{MessageAttributeValue, MessageAttributeValueBuilder};
#[cfg(feature = "_shapes-2")]
mod not_found_exception;
#[cfg(feature = "_shapes-2")]
pub use not_found_exception::{NotFoundException, NotFoundExceptionBuilder};
#[cfg(feature = "publish")]
mod publish_input;
#[cfg(feature = "publish")]
pub use publish_input::{PublishInput, PublishInputBuilder};
#[cfg(feature = "publish")]
mod publish_response;
#[cfg(feature = "publish")]
pub use publish_response::{PublishResponse, PublishResponseBuilder};
#[cfg(feature = "create-topic")]
mod tag;
#[cfg(feature = "create-topic")]
pub use tag::{Tag, TagBuilder};
#[cfg(feature = "list-topics")]
mod topic;
#[cfg(feature = "list-topics")]
pub use topic::{Topic, TopicBuilder};
