//! Delivery, end to end through the CLI: letters by email against a real SMTP server
//! (`email`), the SMTP password in a real Secret Service and in no file (`keyring`),
//! and the day's letters in one PDF to print (`print`). One test binary for the three,
//! so that CI links it once.

mod common;

#[path = "delivery/drafts.rs"]
mod drafts;
#[path = "delivery/email.rs"]
mod email;
#[path = "delivery/keyring.rs"]
mod keyring;
#[path = "delivery/outbox.rs"]
mod outbox;
#[path = "delivery/print.rs"]
mod print;
#[path = "delivery/support.rs"]
mod support;
