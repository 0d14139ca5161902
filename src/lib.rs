//! wecom-help: a support-desk wizard for WeCom (企业微信) login problems.

pub mod cli;
pub mod diagnose;
pub mod embedded;
pub mod engine;
pub mod error;
pub mod kb;
pub mod lang;
pub mod printable;
mod run;
pub mod search;
pub mod ui;

pub use run::{exit_code, interrupted, run};
