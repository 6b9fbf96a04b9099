/// Every way a call of `ListFunctions` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum ListFunctionsError {
    InvalidParameterValueException(crate::types::InvalidParameterValueException),
    ServiceException(crate::types::ServiceException),
    TooManyRequestsException(crate::types::TooManyRequestsException),
    /// An error that Lambda returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    ListFunctionsError, [(InvalidParameterValueException,
    "InvalidParameterValueException"), (ServiceException, "ServiceException"),
    (TooManyRequestsException, "TooManyRequestsException")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "ListFunctions",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::new(
        "GET",
        &[::smithy_runtime::UriPart::Literal("/2015-03-31/functions/")],
        200,
    ),
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Lists the functions, up to 50 per page.
    ///
    ///  Modeled errors: [`InvalidParameterValueException`](crate::types::InvalidParameterValueException), [`ServiceException`](crate::types::ServiceException), [`TooManyRequestsException`](crate::types::TooManyRequestsException).
    pub async fn list_functions(
        &self,
        input: crate::types::ListFunctionsRequest,
    ) -> Result<crate::types::ListFunctionsResponse, ListFunctionsError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(ListFunctionsError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::ListFunctionsResponse>(&OPERATION, &input)
                .await?,
        )
    }
}
impl crate::Client {
    /// Every page of `ListFunctions`, starting from `input`: call [`ListFunctionsPages::next`] until it returns `None`.
    pub fn list_functions_pages(
        &self,
        input: crate::types::ListFunctionsRequest,
    ) -> ListFunctionsPages {
        ListFunctionsPages {
            client: self.clone(),
            input,
            done: false,
            seen: ::std::collections::BTreeSet::new(),
        }
    }
}
/// The pages of `ListFunctions`, fetched one request at a time.
#[derive(Debug)]
pub struct ListFunctionsPages {
    client: crate::Client,
    input: crate::types::ListFunctionsRequest,
    done: bool,
    /// Every token sent so far: a service that answers with one of them again (A, B, A, ...) would
    /// otherwise make the pages go round for ever.
    seen: ::std::collections::BTreeSet<String>,
}
impl ListFunctionsPages {
    /// Asks the service for at most `size` results per page.
    pub fn page_size(mut self, size: i32) -> Self {
        self.input.max_items = Some(size);
        self
    }
    /// The next page; `None` after the last one (or after an error).
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::ListFunctionsResponse, ListFunctionsError>> {
        if self.done {
            return None;
        }
        if let Some(sent) = &self.input.marker {
            self.seen.insert(sent.clone());
        }
        match self.client.list_functions(self.input.clone()).await {
            Ok(page) => {
                match page.next_marker.clone() {
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
impl ListFunctionsPages {
    /// The items of the pages instead of the pages.
    pub fn items(self) -> ListFunctionsItems {
        ListFunctionsItems {
            pages: self,
            buffer: ::std::collections::VecDeque::new(),
        }
    }
}
/// The items of every page of `ListFunctions`, in order.
#[derive(Debug)]
pub struct ListFunctionsItems {
    pages: ListFunctionsPages,
    buffer: ::std::collections::VecDeque<crate::types::FunctionConfiguration>,
}
impl ListFunctionsItems {
    /// The next item, fetching the next page when needed; `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::FunctionConfiguration, ListFunctionsError>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            match self.pages.next().await? {
                Ok(page) => self.buffer.extend(page.functions.unwrap_or_default()),
                Err(e) => return Some(Err(e)),
            }
        }
    }
    /// Every remaining item, or the first error.
    pub async fn try_collect(
        mut self,
    ) -> Result<Vec<crate::types::FunctionConfiguration>, ListFunctionsError> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }
}
