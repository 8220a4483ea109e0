//! Email: the message a letter travels in (lettre's builder, never hand-written MIME),
//! its delivery over SMTP with rustls, the same message as an unsent draft (.eml) for
//! the user's own mail program, and the SMTP password, which lives in the OS keyring
//! and nowhere else.

pub mod message;
pub mod secret;
pub mod smtp;

pub use message::{Outgoing, ascii_file_name, draft_bytes, new_message_id};
pub use secret::{PasswordSource, password, store_password};
pub use smtp::{SendFailure, send};
