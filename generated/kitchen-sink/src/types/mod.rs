//! Every structure, union and enum of the model, with the builders of the structures.
#[cfg(any(feature = "full", feature = "do-everything"))]
mod all_types;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use all_types::{AllTypes, AllTypesBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod alpha;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use alpha::{Alpha, AlphaBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod beta;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use beta::{Beta, BetaBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod r#box;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use r#box::{Box, BoxBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod capital_self;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use capital_self::{CapitalSelf, CapitalSelfBuilder};
#[cfg(
    any(
        feature = "full",
        feature = "do-everything",
        feature = "get-thing",
        feature = "put-thing"
    )
)]
mod credentials;
#[cfg(
    any(
        feature = "full",
        feature = "do-everything",
        feature = "get-thing",
        feature = "put-thing"
    )
)]
pub use credentials::{Credentials, CredentialsBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod default;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use default::Default;
#[cfg(any(feature = "full", feature = "do-everything"))]
mod do_everything_input;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use do_everything_input::{DoEverythingInput, DoEverythingInputBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod do_everything_output;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use do_everything_output::{DoEverythingOutput, DoEverythingOutputBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod error;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use error::{Error, ErrorBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod folder;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use folder::{Folder, FolderBuilder};
#[cfg(any(feature = "full", feature = "get-thing"))]
mod get_thing_input;
#[cfg(any(feature = "full", feature = "get-thing"))]
pub use get_thing_input::{GetThingInput, GetThingInputBuilder};
#[cfg(any(feature = "full", feature = "get-thing"))]
mod get_thing_output;
#[cfg(any(feature = "full", feature = "get-thing"))]
pub use get_thing_output::{GetThingOutput, GetThingOutputBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod id_holder;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use id_holder::{IdHolder, IdHolderBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod keywords;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use keywords::{Keywords, KeywordsBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod legacy_thing;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use legacy_thing::{LegacyThing, LegacyThingBuilder};
#[cfg(any(feature = "full", feature = "list-things"))]
mod list_things_input;
#[cfg(any(feature = "full", feature = "list-things"))]
pub use list_things_input::{ListThingsInput, ListThingsInputBuilder};
#[cfg(any(feature = "full", feature = "list-things"))]
mod list_things_output;
#[cfg(any(feature = "full", feature = "list-things"))]
pub use list_things_output::{ListThingsOutput, ListThingsOutputBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod option;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use option::{Option, OptionBuilder};
#[cfg(any(feature = "full", feature = "ping"))]
mod ping_output;
#[cfg(any(feature = "full", feature = "ping"))]
pub use ping_output::{PingOutput, PingOutputBuilder};
#[cfg(any(feature = "full", feature = "do-everything", feature = "list-things"))]
mod priority;
#[cfg(any(feature = "full", feature = "do-everything", feature = "list-things"))]
pub use priority::Priority;
#[cfg(any(feature = "full", feature = "put-thing"))]
mod put_thing_input;
#[cfg(any(feature = "full", feature = "put-thing"))]
pub use put_thing_input::{PutThingInput, PutThingInputBuilder};
#[cfg(any(feature = "full", feature = "put-thing"))]
mod put_thing_output;
#[cfg(any(feature = "full", feature = "put-thing"))]
pub use put_thing_output::{PutThingOutput, PutThingOutputBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod result;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use result::Result;
#[cfg(any(feature = "full", feature = "do-everything"))]
mod service_fault;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use service_fault::{ServiceFault, ServiceFaultBuilder};
#[cfg(
    any(
        feature = "full",
        feature = "do-everything",
        feature = "get-thing",
        feature = "list-things",
        feature = "put-thing"
    )
)]
mod size;
#[cfg(
    any(
        feature = "full",
        feature = "do-everything",
        feature = "get-thing",
        feature = "list-things",
        feature = "put-thing"
    )
)]
pub use size::Size;
#[cfg(any(feature = "full", feature = "do-everything"))]
mod snake_collisions;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use snake_collisions::{SnakeCollisions, SnakeCollisionsBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod string;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use string::{String, StringBuilder};
#[cfg(
    any(
        feature = "full",
        feature = "do-everything",
        feature = "get-thing",
        feature = "put-thing"
    )
)]
mod thing;
#[cfg(
    any(
        feature = "full",
        feature = "do-everything",
        feature = "get-thing",
        feature = "put-thing"
    )
)]
pub use thing::{Thing, ThingBuilder};
#[cfg(any(feature = "full", feature = "get-thing"))]
mod thing_not_found;
#[cfg(any(feature = "full", feature = "get-thing"))]
pub use thing_not_found::{ThingNotFound, ThingNotFoundBuilder};
#[cfg(any(feature = "full", feature = "list-things"))]
mod thing_summary;
#[cfg(any(feature = "full", feature = "list-things"))]
pub use thing_summary::{ThingSummary, ThingSummaryBuilder};
#[cfg(
    any(
        feature = "full",
        feature = "do-everything",
        feature = "get-thing",
        feature = "list-things",
        feature = "ping",
        feature = "put-thing"
    )
)]
mod throttled_error;
#[cfg(
    any(
        feature = "full",
        feature = "do-everything",
        feature = "get-thing",
        feature = "list-things",
        feature = "ping",
        feature = "put-thing"
    )
)]
pub use throttled_error::{ThrottledError, ThrottledErrorBuilder};
#[cfg(any(feature = "full", feature = "do-everything"))]
mod tree_node;
#[cfg(any(feature = "full", feature = "do-everything"))]
pub use tree_node::{TreeNode, TreeNodeBuilder};
