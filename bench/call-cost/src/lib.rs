//! Nothing here: see benches/delete_backup.rs.
