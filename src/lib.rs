//! wecom-help: a support-desk wizard for WeCom (企业微信) login problems.

pub mod cli;
pub mod diagnose;
pub mod engine;
pub mod error;
pub mod journal;
pub mod knowledge;
mod man;
pub mod output;
pub mod resume;
mod run;
mod save;
pub mod stats;
pub mod ui;
pub mod web;
pub mod webhook;

pub use kb;
pub use kb::{lang, printable, search};
pub use run::{exit_code, run};
pub use ui::interrupt::interrupted;
