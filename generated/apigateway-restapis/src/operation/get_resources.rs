/// Every way a call of `GetResources` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetResourcesError {
    BadRequestException(crate::types::BadRequestException),
    NotFoundException(crate::types::NotFoundException),
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
    GetResourcesError, [(BadRequestException, "BadRequestException"), (NotFoundException,
    "NotFoundException"), (TooManyRequestsException, "TooManyRequestsException"),
    (UnauthorizedException, "UnauthorizedException")]
);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "GetResources",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::new(
        "GET",
        &[
            ::smithy_runtime::UriPart::Literal("/restapis/"),
            ::smithy_runtime::UriPart::Label(0),
            ::smithy_runtime::UriPart::Literal("/resources"),
        ],
        200,
    ),
    request_compression: &[],
    endpoint_params: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    /// Lists the resources of a REST API.
    ///
    ///  Modeled errors: [`BadRequestException`](crate::types::BadRequestException), [`NotFoundException`](crate::types::NotFoundException), [`TooManyRequestsException`](crate::types::TooManyRequestsException), [`UnauthorizedException`](crate::types::UnauthorizedException).
    pub async fn get_resources(
        &self,
        input: crate::types::GetResourcesRequest,
    ) -> Result<crate::types::Resources, GetResourcesError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(GetResourcesError::Validation)?;
        Ok(self.handle.invoke::<crate::types::Resources>(&OPERATION, &input).await?)
    }
}
impl crate::Client {
    /// Every page of `GetResources`, starting from `input`: call [`GetResourcesPages::next`] until it returns `None`.
    pub fn get_resources_pages(
        &self,
        input: crate::types::GetResourcesRequest,
    ) -> GetResourcesPages {
        GetResourcesPages {
            client: self.clone(),
            input,
            done: false,
            seen: ::std::collections::BTreeSet::new(),
        }
    }
}
/// The pages of `GetResources`, fetched one request at a time.
#[derive(Debug)]
pub struct GetResourcesPages {
    client: crate::Client,
    input: crate::types::GetResourcesRequest,
    done: bool,
    /// Every token sent so far: a service that answers with one of them again (A, B, A, ...) would
    /// otherwise make the pages go round for ever.
    seen: ::std::collections::BTreeSet<String>,
}
impl GetResourcesPages {
    /// Asks the service for at most `size` results per page.
    pub fn page_size(mut self, size: i32) -> Self {
        self.input.limit = Some(size);
        self
    }
    /// The next page; `None` after the last one (or after an error).
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::Resources, GetResourcesError>> {
        if self.done {
            return None;
        }
        if let Some(sent) = &self.input.position {
            self.seen.insert(sent.clone());
        }
        match self.client.get_resources(self.input.clone()).await {
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
impl GetResourcesPages {
    /// The items of the pages instead of the pages.
    pub fn items(self) -> GetResourcesItems {
        GetResourcesItems {
            pages: self,
            buffer: ::std::collections::VecDeque::new(),
        }
    }
}
/// The items of every page of `GetResources`, in order.
#[derive(Debug)]
pub struct GetResourcesItems {
    pages: GetResourcesPages,
    buffer: ::std::collections::VecDeque<crate::types::Resource>,
}
impl GetResourcesItems {
    /// The next item, fetching the next page when needed; `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::Resource, GetResourcesError>> {
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
    ) -> Result<Vec<crate::types::Resource>, GetResourcesError> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }
}
