/// Every way a call of `ListUsers` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListUsersError {
    /// An error that IAM returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(ListUsersError, []);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "ListUsers",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    pub async fn list_users(
        &self,
        input: crate::types::ListUsersRequest,
    ) -> Result<crate::types::ListUsersResponse, ListUsersError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(ListUsersError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::ListUsersResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
impl crate::Client {
    /// Every page of `ListUsers`, starting from `input`: call [`ListUsersPages::next`] until it returns `None`.
    pub fn list_users_pages(
        &self,
        input: crate::types::ListUsersRequest,
    ) -> ListUsersPages {
        ListUsersPages {
            client: self.clone(),
            input,
            done: false,
            seen: ::std::collections::BTreeSet::new(),
        }
    }
}
/// The pages of `ListUsers`, fetched one request at a time.
#[derive(Debug)]
pub struct ListUsersPages {
    client: crate::Client,
    input: crate::types::ListUsersRequest,
    done: bool,
    /// Every token sent so far: a service that answers with one of them again (A, B, A, ...) would
    /// otherwise make the pages go round for ever.
    seen: ::std::collections::BTreeSet<String>,
}
impl ListUsersPages {
    /// Asks the service for at most `size` results per page.
    pub fn page_size(mut self, size: i32) -> Self {
        self.input.max_items = Some(size);
        self
    }
    /// The next page; `None` after the last one (or after an error).
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::ListUsersResponse, ListUsersError>> {
        if self.done {
            return None;
        }
        if let Some(sent) = &self.input.marker {
            self.seen.insert(sent.clone());
        }
        match self.client.list_users(self.input.clone()).await {
            Ok(page) => {
                match page.marker.clone() {
                    Some(token) if !token.is_empty() && !self.seen.contains(&token) => {
                        self.input.marker = Some(token);
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
impl ListUsersPages {
    /// The items of the pages instead of the pages.
    pub fn items(self) -> ListUsersItems {
        ListUsersItems {
            pages: self,
            buffer: ::std::collections::VecDeque::new(),
        }
    }
}
/// The items of every page of `ListUsers`, in order.
#[derive(Debug)]
pub struct ListUsersItems {
    pages: ListUsersPages,
    buffer: ::std::collections::VecDeque<crate::types::User>,
}
impl ListUsersItems {
    /// The next item, fetching the next page when needed; `None` after the last one.
    pub async fn next(&mut self) -> Option<Result<crate::types::User, ListUsersError>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            match self.pages.next().await? {
                Ok(page) => self.buffer.extend(page.users),
                Err(e) => return Some(Err(e)),
            }
        }
    }
    /// Every remaining item, or the first error.
    pub async fn try_collect(
        mut self,
    ) -> Result<Vec<crate::types::User>, ListUsersError> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }
}
