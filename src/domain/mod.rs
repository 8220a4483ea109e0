//! The pure core: money, parties, invoices, the log and the escalation engine.
//!
//! Nothing here touches a database, a window or the clock: every function takes the day
//! it reasons about, so tests and users can replay any date. `ledger/` stores these
//! types, `cli.rs` and the window show them.

pub mod bank;
pub mod condensed;
pub mod dates;
pub mod delivery;
pub mod events;
pub mod interest;
pub mod invoice;
pub mod ladder;
mod ladder_words;
pub mod money;
pub mod party;
pub mod plan;
pub mod rates;
mod standing;
pub mod statement;
pub mod vat;
