//! Letters: from the ledger's facts to a `LetterModel`, and from the model to PDF bytes.
//!
//! `compose` fills the model (texts from `templates`, words from `i18n`, dates and money
//! from `format`); `pdf` lays it out on paper. The window's preview draws the same model.

mod claim_table;
pub mod claim_words;
pub mod compose;
mod context;
pub mod email;
pub mod i18n;
pub mod interest;
mod letterhead;
pub mod next_step;
pub mod pdf;
pub mod salutation;
pub mod sample;
pub mod statement;
pub mod templates;
