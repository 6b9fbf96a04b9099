//! What the call-cost benches (benches/delete_backup.rs, benches/get_function.rs) share.

/// One current-thread tokio runtime, as a small program would run the client.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("cannot start a tokio runtime: {e}"))
}
