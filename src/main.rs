//! The `overdue` binary: parses the command line and hands over to the library.

use clap::Parser;
use std::process::ExitCode;

/// mimalloc: building a PDF makes many small allocations, which glibc's allocator serves
/// slower (about 15% of a letter's time went to malloc and free).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    #[cfg(feature = "window")]
    overdue::ui::mark_launch();
    let cli = overdue::cli::Cli::parse();
    match overdue::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("overdue: {e:#}");
            ExitCode::from(1)
        }
    }
}
