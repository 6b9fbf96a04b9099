/// Every way a call of `ListThings` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListThingsError {
    /// Too many requests; retry after a back-off.
    ThrottledError(crate::types::ThrottledError),
    /// An error that Kitchen Sink returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    ListThingsError, [(ThrottledError, "ThrottledError")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "ListThings",
    retryable_errors: &["ThrottledError"],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Lists things a page at a time.
    ///
    ///  Modeled errors: [`ThrottledError`](crate::types::ThrottledError).
    pub async fn list_things(
        &self,
        input: crate::types::ListThingsInput,
    ) -> Result<crate::types::ListThingsOutput, ListThingsError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(ListThingsError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::ListThingsOutput>(&OPERATION, &input)
                .await?,
        )
    }
}
impl crate::Client {
    /// Every page of `ListThings`, starting from `input`: call [`ListThingsPages::next`] until it returns `None`.
    pub fn list_things_pages(
        &self,
        input: crate::types::ListThingsInput,
    ) -> ListThingsPages {
        ListThingsPages {
            client: self.clone(),
            input,
            done: false,
            seen: ::std::collections::BTreeSet::new(),
        }
    }
}
/// The pages of `ListThings`, fetched one request at a time.
#[derive(Debug)]
pub struct ListThingsPages {
    client: crate::Client,
    input: crate::types::ListThingsInput,
    done: bool,
    /// Every token sent so far: a service that answers with one of them again (A, B, A, ...) would
    /// otherwise make the pages go round for ever.
    seen: ::std::collections::BTreeSet<String>,
}
impl ListThingsPages {
    /// Asks the service for at most `size` results per page.
    pub fn page_size(mut self, size: i32) -> Self {
        self.input.max_results = Some(size);
        self
    }
    /// The next page; `None` after the last one (or after an error).
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::ListThingsOutput, ListThingsError>> {
        if self.done {
            return None;
        }
        if let Some(sent) = &self.input.next_token {
            self.seen.insert(sent.clone());
        }
        match self.client.list_things(self.input.clone()).await {
            Ok(page) => {
                match page.next_token.clone() {
                    Some(token) if !token.is_empty() && !self.seen.contains(&token) => {
                        self.input.next_token = Some(token);
                    }
                    _ => self.done = true,
                }
                Some(Ok(page))
            }
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}
impl ListThingsPages {
    /// The items of the pages instead of the pages.
    pub fn items(self) -> ListThingsItems {
        ListThingsItems {
            pages: self,
            buffer: ::std::collections::VecDeque::new(),
        }
    }
}
/// The items of every page of `ListThings`, in order.
#[derive(Debug)]
pub struct ListThingsItems {
    pages: ListThingsPages,
    buffer: ::std::collections::VecDeque<crate::types::ThingSummary>,
}
impl ListThingsItems {
    /// The next item, fetching the next page when needed; `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::ThingSummary, ListThingsError>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            match self.pages.next().await? {
                Ok(page) => self.buffer.extend(page.things),
                Err(e) => return Some(Err(e)),
            }
        }
    }
    /// Every remaining item, or the first error.
    pub async fn try_collect(
        mut self,
    ) -> Result<Vec<crate::types::ThingSummary>, ListThingsError> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }
}
