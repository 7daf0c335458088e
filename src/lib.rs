//! heard: a terminal coach for replying to bad online reviews.

pub mod app;
pub mod clock;
pub mod commands;
pub mod config;
pub mod domain;
#[doc(hidden)]
pub mod fuzzing;
pub mod import;
pub mod logging;
pub mod present;
pub mod send;
pub mod store;
pub mod tui;

#[cfg(test)]
mod layers_tests;
