//! heard: a terminal coach for replying to bad online reviews.

pub mod config;
pub mod domain;
pub mod store;
