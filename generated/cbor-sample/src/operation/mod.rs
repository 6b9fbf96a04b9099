#[cfg(feature = "echo")]
mod echo;
#[cfg(feature = "echo")]
pub use echo::EchoError;
#[cfg(feature = "get-record")]
mod get_record;
#[cfg(feature = "get-record")]
pub use get_record::GetRecordError;
#[cfg(feature = "ping")]
mod ping;
#[cfg(feature = "ping")]
pub use ping::PingError;
#[cfg(feature = "put-record")]
mod put_record;
#[cfg(feature = "put-record")]
pub use put_record::PutRecordError;
