//! What `overdue` with no subcommand does: it opens the window, or, where no display
//! can show one (a server, an SSH session, a build without the window), prints the due
//! queue with a hint of where to start.

use chrono::NaiveDate;

use super::output;
use crate::actions;
use crate::ledger::Ledger;

/// With no subcommand: the window. Where no display can show it (a server, an SSH
/// session), the due queue is printed instead, with a hint.
pub(super) fn window(ledger: &mut Ledger, today: NaiveDate) -> anyhow::Result<()> {
    let headless = cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none();
    if headless {
        eprintln!("overdue: no display to open the window on; here is the due queue instead.");
        return welcome(ledger, today);
    }
    open_window(ledger, today)
}

#[cfg(feature = "window")]
fn open_window(ledger: &mut Ledger, today: NaiveDate) -> anyhow::Result<()> {
    let path = ledger.path().to_path_buf();
    match crate::ui::run_window(&path, today) {
        Ok(()) => Ok(()),
        Err(e) => {
            eprintln!("overdue: {e:#}; here is the due queue instead.");
            welcome(ledger, today)
        }
    }
}

/// A build without the `window` feature (e.g. the fuzz targets') has no window to open.
#[cfg(not(feature = "window"))]
fn open_window(ledger: &mut Ledger, today: NaiveDate) -> anyhow::Result<()> {
    eprintln!(
        "overdue: this build has no window (built without the `window` feature); here is the due queue instead."
    );
    welcome(ledger, today)
}

/// The due queue of the ledger and a hint.
fn welcome(ledger: &mut Ledger, today: NaiveDate) -> anyhow::Result<()> {
    say!("Overdue - ledger {}", ledger.path().display());
    let rows = actions::due_queue(ledger, today, false)?;
    say!("Due on {}:", crate::present::Day(today));
    output::due(&rows, false);
    let empty = actions::invoice_count(ledger)? == 0;
    say!();
    if empty {
        say!("The ledger is empty. Try it on demo data:  overdue --db demo.db demo");
        say!("or start with:  overdue profile set --name \"Your Name\" --country IT");
    } else {
        say!(
            "Record a letter as sent with:  overdue send NUMBER    (all commands: overdue --help)"
        );
    }
    say!("Every action of the window is also a command here: overdue --help.");
    Ok(())
}
