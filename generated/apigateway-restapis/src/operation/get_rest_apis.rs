/// Every way a call of `GetRestApis` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetRestApisError {
    BadRequestException(crate::types::BadRequestException),
    TooManyRequestsException(crate::types::TooManyRequestsException),
    UnauthorizedException(crate::types::UnauthorizedException),
    /// An error that API Gateway returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(
    GetRestApisError, [(BadRequestException, "BadRequestException"),
    (TooManyRequestsException, "TooManyRequestsException"), (UnauthorizedException,
    "UnauthorizedException")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "GetRestApis",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::new(
        "GET",
        &[::smithy_runtime::UriPart::Literal("/restapis")],
        200,
    ),
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Lists the REST APIs, a page at a time.
    ///
    ///  Modeled errors: [`BadRequestException`](crate::types::BadRequestException), [`TooManyRequestsException`](crate::types::TooManyRequestsException), [`UnauthorizedException`](crate::types::UnauthorizedException).
    pub async fn get_rest_apis(
        &self,
        input: crate::types::GetRestApisRequest,
    ) -> Result<crate::types::RestApis, GetRestApisError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(GetRestApisError::Validation)?;
        Ok(self.handle.invoke::<crate::types::RestApis>(&OPERATION, &input).await?)
    }
}
impl crate::Client {
    /// Every page of `GetRestApis`, starting from `input`: call [`GetRestApisPages::next`] until it returns `None`.
    pub fn get_rest_apis_pages(
        &self,
        input: crate::types::GetRestApisRequest,
    ) -> GetRestApisPages {
        GetRestApisPages {
            client: self.clone(),
            input,
            done: false,
            seen: ::std::collections::BTreeSet::new(),
        }
    }
}
/// The pages of `GetRestApis`, fetched one request at a time.
#[derive(Debug)]
pub struct GetRestApisPages {
    client: crate::Client,
    input: crate::types::GetRestApisRequest,
    done: bool,
    /// Every token sent so far: a service that answers with one of them again (A, B, A, ...) would
    /// otherwise make the pages go round for ever.
    seen: ::std::collections::BTreeSet<String>,
}
impl GetRestApisPages {
    /// Asks the service for at most `size` results per page.
    pub fn page_size(mut self, size: i32) -> Self {
        self.input.limit = Some(size);
        self
    }
    /// The next page; `None` after the last one (or after an error).
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::RestApis, GetRestApisError>> {
        if self.done {
            return None;
        }
        if let Some(sent) = &self.input.position {
            self.seen.insert(sent.clone());
        }
        match self.client.get_rest_apis(self.input.clone()).await {
            Ok(page) => {
                match page.position.clone() {
                    Some(token) if !token.is_empty() && !self.seen.contains(&token) => {
                        self.input.position = Some(token);
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
impl GetRestApisPages {
    /// The items of the pages instead of the pages.
    pub fn items(self) -> GetRestApisItems {
        GetRestApisItems {
            pages: self,
            buffer: ::std::collections::VecDeque::new(),
        }
    }
}
/// The items of every page of `GetRestApis`, in order.
#[derive(Debug)]
pub struct GetRestApisItems {
    pages: GetRestApisPages,
    buffer: ::std::collections::VecDeque<crate::types::RestApi>,
}
impl GetRestApisItems {
    /// The next item, fetching the next page when needed; `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::RestApi, GetRestApisError>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            match self.pages.next().await? {
                Ok(page) => self.buffer.extend(page.items.unwrap_or_default()),
                Err(e) => return Some(Err(e)),
            }
        }
    }
    /// Every remaining item, or the first error.
    pub async fn try_collect(
        mut self,
    ) -> Result<Vec<crate::types::RestApi>, GetRestApisError> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }
}
