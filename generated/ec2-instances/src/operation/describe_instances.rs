/// Every way a call of `DescribeInstances` can fail.
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum DescribeInstancesError {
    /// An error that EC2 returned and this model does not describe (code, message, request id and HTTP status are kept).
    Unmodeled(::smithy_runtime::ServiceError),
    /// The input was rejected before anything was sent (a required member is missing, or a constraint
    /// failed while constraint checks are on).
    Validation(::smithy_runtime::ValidationError),
    /// The request could not be sent or its response could not be read: transport, timeout,
    /// credentials, endpoint resolution, or a malformed response.
    Dispatch(::smithy_runtime::DispatchError),
}
::smithy_runtime::operation_error!(DescribeInstancesError, []);
static OPERATION: ::smithy_runtime::OperationMeta = ::smithy_runtime::OperationMeta {
    name: "DescribeInstances",
    retryable_errors: &[],
    http: ::smithy_runtime::HttpBinding::RPC,
    request_compression: &[],
    auth: ::smithy_runtime::Auth::SigV4,
};
impl crate::Client {
    pub async fn describe_instances(
        &self,
        input: crate::types::DescribeInstancesRequest,
    ) -> Result<crate::types::DescribeInstancesResult, DescribeInstancesError> {
        input
            .validate(self.handle.config().validate_constraints())
            .map_err(DescribeInstancesError::Validation)?;
        Ok(
            self
                .handle
                .invoke::<crate::types::DescribeInstancesResult>(&OPERATION, &input)
                .await?,
        )
    }
}
impl crate::Client {
    /// Every page of `DescribeInstances`, starting from `input`: call [`DescribeInstancesPages::next`] until it returns `None`.
    pub fn describe_instances_pages(
        &self,
        input: crate::types::DescribeInstancesRequest,
    ) -> DescribeInstancesPages {
        DescribeInstancesPages {
            client: self.clone(),
            input,
            done: false,
            seen: ::std::collections::BTreeSet::new(),
        }
    }
}
/// The pages of `DescribeInstances`, fetched one request at a time.
#[derive(Debug)]
pub struct DescribeInstancesPages {
    client: crate::Client,
    input: crate::types::DescribeInstancesRequest,
    done: bool,
    /// Every token sent so far: a service that answers with one of them again (A, B, A, ...) would
    /// otherwise make the pages go round for ever.
    seen: ::std::collections::BTreeSet<String>,
}
impl DescribeInstancesPages {
    /// Asks the service for at most `size` results per page.
    pub fn page_size(mut self, size: i32) -> Self {
        self.input.max_results = Some(size);
        self
    }
    /// The next page; `None` after the last one (or after an error).
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::DescribeInstancesResult, DescribeInstancesError>> {
        if self.done {
            return None;
        }
        if let Some(sent) = &self.input.next_token {
            self.seen.insert(sent.clone());
        }
        match self.client.describe_instances(self.input.clone()).await {
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
impl DescribeInstancesPages {
    /// The items of the pages instead of the pages.
    pub fn items(self) -> DescribeInstancesItems {
        DescribeInstancesItems {
            pages: self,
            buffer: ::std::collections::VecDeque::new(),
        }
    }
}
/// The items of every page of `DescribeInstances`, in order.
#[derive(Debug)]
pub struct DescribeInstancesItems {
    pages: DescribeInstancesPages,
    buffer: ::std::collections::VecDeque<crate::types::Reservation>,
}
impl DescribeInstancesItems {
    /// The next item, fetching the next page when needed; `None` after the last one.
    pub async fn next(
        &mut self,
    ) -> Option<Result<crate::types::Reservation, DescribeInstancesError>> {
        loop {
            if let Some(item) = self.buffer.pop_front() {
                return Some(Ok(item));
            }
            match self.pages.next().await? {
                Ok(page) => self.buffer.extend(page.reservations.unwrap_or_default()),
                Err(e) => return Some(Err(e)),
            }
        }
    }
    /// Every remaining item, or the first error.
    pub async fn try_collect(
        mut self,
    ) -> Result<Vec<crate::types::Reservation>, DescribeInstancesError> {
        let mut all = Vec::new();
        while let Some(item) = self.next().await {
            all.push(item?);
        }
        Ok(all)
    }
}
