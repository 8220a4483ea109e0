//! The `overdue` binary: parses the command line and hands over to the library.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = overdue::cli::Cli::parse();
    match overdue::cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("overdue: {e:#}");
            ExitCode::from(1)
        }
    }
}
