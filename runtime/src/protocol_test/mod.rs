//! Helpers for the protocol compliance tests that the generator writes from `smithy.test#httpRequestTests`
//! and `smithy.test#httpResponseTests` (feature `protocol-test`, which generated crates turn on only for
//! their own tests). They are written and tested once here, so a generated test only states what the
//! Smithy test case says: the request it expects ([`assert_request`]) or the value it expects
//! ([`assert_same`]).

mod endpoint;
mod request;
mod value;

pub use endpoint::{assert_endpoint, assert_endpoint_error, error_text};
pub use request::{ExpectedRequest, assert_request, body_differences};
pub use value::{Captured, assert_same, capture, differences};
