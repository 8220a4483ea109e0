//! Overdue: follows unpaid invoices up a polite but firm ladder of letters.
//!
//! The crate is split by responsibility: `domain` is pure (money, parties, the
//! escalation engine), `ledger` is the only place with SQL, `actions` is the set of user
//! actions both faces share, and `cli` is the headless face that tests and scripts drive.

pub mod actions;
pub mod cli;
pub mod demo;
pub mod domain;
pub mod i18n;
pub mod import;
pub mod ledger;
pub mod letters;
pub mod mail;
pub mod present;
#[cfg(feature = "window")]
pub mod ui;
