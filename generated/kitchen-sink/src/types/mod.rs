//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(feature = "do-everything")]
mod all_types;
#[cfg(feature = "do-everything")]
pub use all_types::{AllTypes, AllTypesBuilder};
#[cfg(feature = "do-everything")]
mod alpha;
#[cfg(feature = "do-everything")]
pub use alpha::{Alpha, AlphaBuilder};
#[cfg(feature = "do-everything")]
mod beta;
#[cfg(feature = "do-everything")]
pub use beta::{Beta, BetaBuilder};
#[cfg(feature = "do-everything")]
mod r#box;
#[cfg(feature = "do-everything")]
pub use r#box::{Box, BoxBuilder};
#[cfg(feature = "do-everything")]
mod capital_self;
#[cfg(feature = "do-everything")]
pub use capital_self::{CapitalSelf, CapitalSelfBuilder};
#[cfg(feature = "_shapes-3")]
mod credentials;
#[cfg(feature = "_shapes-3")]
pub use credentials::{Credentials, CredentialsBuilder};
#[cfg(feature = "do-everything")]
mod default;
#[cfg(feature = "do-everything")]
pub use default::Default;
#[cfg(feature = "do-everything")]
mod do_everything_input;
#[cfg(feature = "do-everything")]
pub use do_everything_input::{DoEverythingInput, DoEverythingInputBuilder};
#[cfg(feature = "do-everything")]
mod do_everything_output;
#[cfg(feature = "do-everything")]
pub use do_everything_output::{DoEverythingOutput, DoEverythingOutputBuilder};
#[cfg(feature = "do-everything")]
mod error;
#[cfg(feature = "do-everything")]
pub use error::{Error, ErrorBuilder};
#[cfg(feature = "do-everything")]
mod folder;
#[cfg(feature = "do-everything")]
pub use folder::{Folder, FolderBuilder};
#[cfg(feature = "get-thing")]
mod get_thing_input;
#[cfg(feature = "get-thing")]
pub use get_thing_input::{GetThingInput, GetThingInputBuilder};
#[cfg(feature = "get-thing")]
mod get_thing_output;
#[cfg(feature = "get-thing")]
pub use get_thing_output::{GetThingOutput, GetThingOutputBuilder};
#[cfg(feature = "do-everything")]
mod id_holder;
#[cfg(feature = "do-everything")]
pub use id_holder::{IdHolder, IdHolderBuilder};
#[cfg(feature = "do-everything")]
mod keywords;
#[cfg(feature = "do-everything")]
pub use keywords::{Keywords, KeywordsBuilder};
#[cfg(feature = "do-everything")]
mod legacy_thing;
#[cfg(feature = "do-everything")]
pub use legacy_thing::{LegacyThing, LegacyThingBuilder};
#[cfg(feature = "list-things")]
mod list_things_input;
#[cfg(feature = "list-things")]
pub use list_things_input::{ListThingsInput, ListThingsInputBuilder};
#[cfg(feature = "list-things")]
mod list_things_output;
#[cfg(feature = "list-things")]
pub use list_things_output::{ListThingsOutput, ListThingsOutputBuilder};
#[cfg(feature = "do-everything")]
mod option;
#[cfg(feature = "do-everything")]
pub use option::{Option, OptionBuilder};
#[cfg(feature = "ping")]
mod ping_output;
#[cfg(feature = "ping")]
pub use ping_output::{PingOutput, PingOutputBuilder};
#[cfg(feature = "_shapes-4")]
mod priority;
#[cfg(feature = "_shapes-4")]
pub use priority::Priority;
#[cfg(feature = "put-thing")]
mod put_thing_input;
#[cfg(feature = "put-thing")]
pub use put_thing_input::{PutThingInput, PutThingInputBuilder};
#[cfg(feature = "put-thing")]
mod put_thing_output;
#[cfg(feature = "put-thing")]
pub use put_thing_output::{PutThingOutput, PutThingOutputBuilder};
#[cfg(feature = "do-everything")]
mod result;
#[cfg(feature = "do-everything")]
pub use result::Result;
#[cfg(feature = "do-everything")]
mod service_fault;
#[cfg(feature = "do-everything")]
pub use service_fault::{ServiceFault, ServiceFaultBuilder};
#[cfg(feature = "_shapes-2")]
mod size;
#[cfg(feature = "_shapes-2")]
pub use size::Size;
#[cfg(feature = "do-everything")]
mod snake_collisions;
#[cfg(feature = "do-everything")]
pub use snake_collisions::{SnakeCollisions, SnakeCollisionsBuilder};
#[cfg(feature = "do-everything")]
mod string;
#[cfg(feature = "do-everything")]
pub use string::{String, StringBuilder};
#[cfg(feature = "_shapes-3")]
mod thing;
#[cfg(feature = "_shapes-3")]
pub use thing::{Thing, ThingBuilder};
#[cfg(feature = "get-thing")]
mod thing_not_found;
#[cfg(feature = "get-thing")]
pub use thing_not_found::{ThingNotFound, ThingNotFoundBuilder};
#[cfg(feature = "list-things")]
mod thing_summary;
#[cfg(feature = "list-things")]
pub use thing_summary::{ThingSummary, ThingSummaryBuilder};
#[cfg(feature = "_shapes-1")]
mod throttled_error;
#[cfg(feature = "_shapes-1")]
pub use throttled_error::{ThrottledError, ThrottledErrorBuilder};
#[cfg(feature = "do-everything")]
mod tree_node;
#[cfg(feature = "do-everything")]
pub use tree_node::{TreeNode, TreeNodeBuilder};
