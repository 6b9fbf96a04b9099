//! Calls with a raw JSON input, for tests of the orchestrator that need no generated shapes.

use rt::types::Document;
use smithy_runtime as rt;

/// Sends `body` (a JSON object, or nothing for `{}`) as the input of `op` through the handle's
/// protocol, and returns the raw 2xx response.
pub fn send_json<'a>(
    handle: &'a rt::Handle,
    op: &'static rt::OperationMeta,
    body: &[u8],
) -> impl std::future::Future<Output = Result<rt::Response, rt::CallError>> + Send + 'a {
    let input: Document = if body.is_empty() {
        Document::Object(Default::default())
    } else {
        rt::codec::json::from_slice(body, rt::codec::json::Settings::AWS_JSON)
            .expect("test input is JSON")
    };
    let service = handle.service();
    let prepared = service.protocol.serialize(service, op, &input);
    async move { handle.send(op, prepared?).await }
}

/// Credentials that can never be had: a call that asks for them fails with this provider's error.
#[derive(Debug)]
#[allow(dead_code)] // not every test binary that includes this module uses it
pub struct NoCredentials;

impl rt::ProvideCredentials for NoCredentials {
    fn provide(&self) -> rt::BoxFuture<'_, Result<rt::Credentials, rt::DispatchError>> {
        Box::pin(async {
            Err(rt::DispatchError::new(
                rt::DispatchErrorKind::Credentials,
                "no credentials in this test",
            ))
        })
    }
}
