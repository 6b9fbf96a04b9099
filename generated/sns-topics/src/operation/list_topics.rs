/// Every way a call of `ListTopics` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListTopicsError {
    /// An error that SNS returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(ListTopicsError, []);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "ListTopics",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    pub async fn list_topics(
        &self,
        input: crate::types::ListTopicsInput,
    ) -> Result<crate::types::ListTopicsResponse, ListTopicsError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(ListTopicsError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::ListTopicsResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
impl crate::Client {
    /// Every page of `ListTopics`, starting from `input`: call [`ListTopicsPages::next`] until it returns `None`.
    pub fn list_topics_pages(
        &self,
        input: crate::types::ListTopicsInput,
    ) -> ListTopicsPages {
        ListTopicsPages {
            client: self.clone(),
            input,
            done: false,
            seen: ::std::collections::BTreeSet::new(),
        }
    }
}
/// The pages of `ListTopics`, fetched one request at a time.
#[derive(Debug)]
pub struct ListTopicsPages {
    client: crate::Client,
    input: crate::types::ListTopicsInput,
    done: bool,
    /// Every token sent so far: a service that answers with one of them again (A, B, A, ...) would
    /// otherwise make the pages go round for ever.
    seen: ::std::collections::BTreeSet<String>,
}
impl ListTopicsPages {
    /// The next page; `None` after the last one (or after an error).
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::ListTopicsResponse, ListTopicsError>> {
        if self.done {
            return None;
        }
        if let Some(sent) = &self.input.next_token {
            self.seen.insert(sent.clone());
        }
        match self.client.list_topics(self.input.clone()).await {
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
impl ListTopicsPages {
    /// The items of the pages instead of the pages.
    pub fn items(self) -> ListTopicsItems {
        ListTopicsItems {
            pages: self,
            buffer: ::std::collections::VecDeque::new(),
        }
    }
}
/// The items of every page of `ListTopics`, in order.
#[derive(Debug)]
pub struct ListTopicsItems {
    pages: ListTopicsPages,
    buffer: ::std::collections::VecDeque<crate::types::Topic>,
}
impl ListTopicsItems {
    /// The next item, fetching the next page when needed; `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::Topic, ListTopicsError>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            match self.pages.next().await? {
                Ok(page) => self.buffer.extend(page.topics.unwrap_or_default()),
                Err(e) => return Some(Err(e)),
            }
        }
    }
    /// Every remaining item, or the first error.
    pub async fn try_collect(
        mut self,
    ) -> Result<Vec<crate::types::Topic>, ListTopicsError> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }
}
