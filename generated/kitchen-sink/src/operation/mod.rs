#[cfg(feature = "do-everything")]
mod do_everything;
#[cfg(feature = "do-everything")]
pub use do_everything::DoEverythingError;
#[cfg(feature = "get-thing")]
mod get_thing;
#[cfg(feature = "get-thing")]
pub use get_thing::GetThingError;
#[cfg(feature = "list-things")]
mod list_things;
#[cfg(feature = "list-things")]
pub use list_things::{ListThingsError, ListThingsPages, ListThingsItems};
#[cfg(feature = "ping")]
mod ping;
#[cfg(feature = "ping")]
pub use ping::PingError;
#[cfg(feature = "put-thing")]
mod put_thing;
#[cfg(feature = "put-thing")]
pub use put_thing::PutThingError;
