//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(feature = "_shapes-2")]
mod color;
#[cfg(feature = "_shapes-2")]
pub use color::Color;
#[cfg(feature = "echo")]
mod empty_structure;
#[cfg(feature = "echo")]
pub use empty_structure::{EmptyStructure, EmptyStructureBuilder};
#[cfg(feature = "get-record")]
mod get_record_input;
#[cfg(feature = "get-record")]
pub use get_record_input::{GetRecordInput, GetRecordInputBuilder};
#[cfg(feature = "get-record")]
mod get_record_output;
#[cfg(feature = "get-record")]
pub use get_record_output::{GetRecordOutput, GetRecordOutputBuilder};
#[cfg(feature = "put-record")]
mod invalid_record;
#[cfg(feature = "put-record")]
pub use invalid_record::{InvalidRecord, InvalidRecordBuilder};
#[cfg(feature = "_shapes-2")]
mod level;
#[cfg(feature = "_shapes-2")]
pub use level::Level;
#[cfg(feature = "_shapes-2")]
mod owner;
#[cfg(feature = "_shapes-2")]
pub use owner::{Owner, OwnerBuilder};
#[cfg(feature = "put-record")]
mod put_record_input;
#[cfg(feature = "put-record")]
pub use put_record_input::{PutRecordInput, PutRecordInputBuilder};
#[cfg(feature = "put-record")]
mod put_record_output;
#[cfg(feature = "put-record")]
pub use put_record_output::{PutRecordOutput, PutRecordOutputBuilder};
#[cfg(feature = "_shapes-2")]
mod record;
#[cfg(feature = "_shapes-2")]
pub use record::{Record, RecordBuilder};
#[cfg(feature = "get-record")]
mod record_not_found;
#[cfg(feature = "get-record")]
pub use record_not_found::{RecordNotFound, RecordNotFoundBuilder};
#[cfg(feature = "_shapes-1")]
mod service_fault;
#[cfg(feature = "_shapes-1")]
pub use service_fault::{ServiceFault, ServiceFaultBuilder};
#[cfg(feature = "_shapes-2")]
mod shape;
#[cfg(feature = "_shapes-2")]
pub use shape::Shape;
