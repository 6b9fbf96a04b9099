//! The restJson1 clients against a live moto server over real HTTP: API Gateway (a REST API and its
//! resources: create, read, add, list, delete) and Lambda (list functions, describe a missing one). moto
//! routes by method and path and checks the SigV4 credential scope, so these pass only when the HTTP
//! bindings frame every request as the real services expect and the responses are read back by theirs.
//!
//! Needs MOTO_URL (`eval "$(bash ci/moto-server.sh start)"`) and the venv of ci/setup-python.sh (the
//! Lambda fixture): `#[ignore]`d, run with `--include-ignored` (`.ci/run` does), and then a failure when
//! they are missing.

use apigateway_restapis::operation::GetRestApiError;
use apigateway_restapis::types as agw;
use client_tests::{moto_client, moto_config, moto_url, run_fixture};
use lambda_functions::operation::GetFunctionError;
use lambda_functions::types as lambda;
fn get_rest_api(id: &str) -> agw::GetRestApiRequest {
    agw::GetRestApiRequest::builder()
        .rest_api_id(id)
        .build()
        .expect("id is set")
}

fn create_resource(id: &str, parent: &str, part: &str) -> agw::CreateResourceRequest {
    agw::CreateResourceRequest::builder()
        .rest_api_id(id)
        .parent_id(parent)
        .path_part(part)
        .build()
        .expect("all set")
}

fn get_function(name: &str) -> lambda::GetFunctionRequest {
    lambda::GetFunctionRequest::builder()
        .function_name(name)
        .build()
        .expect("name is set")
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn api_gateway_rest_api_lifecycle() {
    let (url, c) = moto_client(apigateway_restapis::Client::new);
    let name = format!("restjson-live-{}", std::process::id());

    let created = c
        .create_rest_api(
            agw::CreateRestApiRequest::builder()
                .name(name.as_str())
                .description("made by moto_rest_json.rs")
                .tags([("team".to_owned(), "rust".to_owned())])
                .build()
                .expect("name is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("CreateRestApi against {url}: {e} ({e:?})"));
    let id = created.id.clone().expect("a new API has an id");
    assert_eq!(created.name.as_deref(), Some(name.as_str()));
    assert!(created.created_date.is_some(), "{created:?}");
    let root = created
        .root_resource_id
        .clone()
        .expect("a new API has its root resource");

    let got = c
        .get_rest_api(get_rest_api(&id))
        .await
        .unwrap_or_else(|e| panic!("GetRestApi {id}: {e}"));
    assert_eq!(got.id.as_deref(), Some(id.as_str()));
    assert_eq!(
        got.description.as_deref(),
        Some("made by moto_rest_json.rs")
    );
    assert_eq!(
        got.tags
            .as_ref()
            .and_then(|t| t.get("team"))
            .map(String::as_str),
        Some("rust")
    );

    // The list (its items come under the JSON name `item`) has the new API.
    let all = c
        .get_rest_apis_pages(agw::GetRestApisRequest::builder().build())
        .items()
        .try_collect()
        .await
        .unwrap_or_else(|e| panic!("GetRestApis: {e}"));
    assert!(
        all.iter().any(|a| a.id.as_deref() == Some(id.as_str())),
        "{all:?}"
    );

    // Two resources under the root, one under the first: labels in the path, the body's pathPart.
    let mut made = Vec::new();
    for (parent, part) in [(root.as_str(), "pets"), (root.as_str(), "orders")] {
        let r = c
            .create_resource(create_resource(&id, parent, part))
            .await
            .unwrap_or_else(|e| panic!("CreateResource {part}: {e}"));
        assert_eq!(r.path_part.as_deref(), Some(part));
        assert_eq!(r.parent_id.as_deref(), Some(root.as_str()));
        made.push(r);
    }
    let pets = made[0].id.clone().expect("a resource has an id");
    let child = c
        .create_resource(create_resource(&id, &pets, "{petId}"))
        .await
        .unwrap_or_else(|e| panic!("CreateResource {{petId}}: {e}"));
    assert_eq!(child.path.as_deref(), Some("/pets/{petId}"));

    let listed = c
        .get_resources(
            agw::GetResourcesRequest::builder()
                .rest_api_id(id.as_str())
                .limit(100)
                .build()
                .expect("id is set"),
        )
        .await
        .unwrap_or_else(|e| panic!("GetResources: {e}"));
    let mut paths: Vec<String> = listed
        .items
        .unwrap_or_default()
        .into_iter()
        .filter_map(|r| r.path)
        .collect();
    paths.sort();
    assert_eq!(paths, ["/", "/orders", "/pets", "/pets/{petId}"]);

    c.delete_rest_api(
        agw::DeleteRestApiRequest::builder()
            .rest_api_id(id.as_str())
            .build()
            .expect("id is set"),
    )
    .await
    .unwrap_or_else(|e| panic!("DeleteRestApi {id}: {e}"));

    // Gone: a 404 that names NotFoundException, the modeled error.
    let err = c
        .get_rest_api(get_rest_api(&id))
        .await
        .expect_err("the API was deleted");
    let GetRestApiError::NotFoundException(e) = &err else {
        panic!("expected NotFoundException, got {err:?}")
    };
    assert_eq!(e.meta.status(), 404, "{e}");
}

#[tokio::test]
#[ignore = "live: needs moto and the Python venv (ci/setup-python.sh, ci/moto-server.sh); run with --include-ignored"]
async fn lambda_list_functions_and_a_missing_function() {
    let url = moto_url();
    let fixture = run_fixture("lambda-fixture.py", &url);
    let name = fixture["function_name"]
        .as_str()
        .unwrap_or_else(|| panic!("no function_name in the fixture output: {fixture}"))
        .to_owned();
    let c = lambda_functions::Client::new(moto_config(&url));

    let functions = c
        .list_functions_pages(lambda::ListFunctionsRequest::builder().build())
        .page_size(50)
        .items()
        .try_collect()
        .await
        .unwrap_or_else(|e| panic!("ListFunctions against {url}: {e} ({e:?})"));
    let f = functions
        .iter()
        .find(|f| f.function_name.as_deref() == Some(name.as_str()))
        .unwrap_or_else(|| panic!("{name} is listed: {functions:?}"));
    assert_eq!(f.function_arn.as_deref(), fixture["function_arn"].as_str());
    assert_eq!(f.memory_size, Some(256));
    assert_eq!(f.timeout, Some(7));
    assert_eq!(f.handler.as_deref(), Some("index.handler"));

    let got = c
        .get_function(get_function(&name))
        .await
        .unwrap_or_else(|e| panic!("GetFunction {name}: {e}"));
    assert_eq!(
        got.configuration.and_then(|c| c.description).as_deref(),
        Some("made by ci/lambda-fixture.py")
    );

    let missing = format!("{name}-missing");
    let err = c
        .get_function(get_function(&missing))
        .await
        .expect_err("no such function");
    let GetFunctionError::ResourceNotFoundException(e) = &err else {
        panic!("expected ResourceNotFoundException, got {err:?}")
    };
    assert_eq!(e.meta.status(), 404, "{e}");
    assert_eq!(err.code(), Some("ResourceNotFoundException"));
    assert!(
        e.message.as_deref().is_some_and(|m| m.contains(&missing)),
        "moto names the function: {e:?}"
    );
}
