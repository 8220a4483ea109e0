//! The letters' name for the presentation layer: dates and money as each language
//! writes them live in [`crate::present`], shared with the CLI and the window.

pub use crate::present::*;
