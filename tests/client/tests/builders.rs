//! What users of the AWS SDK expect of a builder's list members: any iterator of anything that converts
//! into an item, and an append-one form.

use kitchen_sink::types::AllTypes;

#[test]
fn list_setters_take_any_iterator_of_convertible_items() {
    let from_strs = AllTypes::builder().list(["a", "b"]).build();
    assert_eq!(from_strs.list, Some(vec!["a".to_string(), "b".to_string()]));

    let ids = vec!["x".to_string(), "y".to_string()];
    let from_iter = AllTypes::builder()
        .list(ids.iter().map(String::as_str))
        .build();
    assert_eq!(from_iter.list, Some(ids.clone()));
    // A `Vec` of the item type, what the setter took before, still works.
    assert_eq!(
        AllTypes::builder().list(ids.clone()).build().list,
        Some(ids)
    );
}

#[test]
fn push_appends_one_item_and_the_setter_replaces() {
    let built = AllTypes::builder()
        .push_list("a")
        .push_list(String::from("b"))
        .build();
    assert_eq!(built.list, Some(vec!["a".to_string(), "b".to_string()]));

    let replaced = AllTypes::builder()
        .push_list("a")
        .list(["z"])
        .push_list("y")
        .build();
    assert_eq!(replaced.list, Some(vec!["z".to_string(), "y".to_string()]));

    // Sparse lists take their items or `None`s.
    let sparse = AllTypes::builder()
        .sparse_list([Some("a".to_string()), None])
        .push_sparse_list("b".to_string())
        .build();
    assert_eq!(
        sparse.sparse_list,
        Some(vec![Some("a".to_string()), None, Some("b".to_string())])
    );
}
