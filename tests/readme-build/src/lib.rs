// src/lib.rs: the generated client is the crate
include!(concat!(env!("OUT_DIR"), "/fsx.rs"));
