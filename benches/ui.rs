//! The window with 100,000 invoices in the ledger: the time of a frame on Today and on
//! Invoices scrolled to the middle (a kittest harness frame, no GPU), the time to the
//! first frame and to the first frame with data, and the resident memory.
//!
//! `cargo bench --bench ui` (release). The ledger is built once in a temp dir with the
//! demo generator. Frames are timed one by one on the UI thread, which does all of a
//! frame's work, so a frame's wall time on an idle core is its CPU time.

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use overdue::ledger::Ledger;
use overdue::ui::App;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const INVOICES: usize = 100_000;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
}

fn rss_mb(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn median(mut v: Vec<Duration>) -> (Duration, Duration, Duration) {
    v.sort();
    (v[0], v[v.len() / 2], v[v.len() * 95 / 100])
}

fn frames(h: &mut Harness<'static, App>, n: usize) -> (Duration, Duration, Duration) {
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let t = Instant::now();
        h.step();
        times.push(t.elapsed());
    }
    median(times)
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ledger.db");
    let t = Instant::now();
    {
        let mut ledger = Ledger::open(&path).expect("open");
        overdue::demo::fill(&mut ledger, INVOICES, 1, today()).expect("demo");
    }
    eprintln!(
        "built a {INVOICES}-invoice demo ledger in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let launch = Instant::now();
    let app = App::new(&path, today()).expect("app");
    let mut h = Harness::builder()
        .with_size([1280.0, 860.0])
        .with_context_setup(overdue::ui::setup_context)
        .build_ui_state(|ui, app: &mut App| app.frame(ui), app);
    let first = launch.elapsed();
    while h.state().overview().is_none() {
        h.step();
        std::thread::sleep(Duration::from_millis(1));
    }
    h.step();
    let with_data = launch.elapsed();
    let o = h.state().overview().expect("overview");
    println!(
        "{} invoices, {} due today, {} clients",
        o.invoices.len(),
        o.due.len(),
        o.clients.len()
    );
    println!(
        "first frame: {:.0} ms; first frame with data: {:.0} ms",
        first.as_secs_f64() * 1e3,
        with_data.as_secs_f64() * 1e3
    );
    // Warm up (first layouts, font atlas), then time.
    frames(&mut h, 20);
    let (lo, mid, p95) = frames(&mut h, 300);
    println!(
        "Today frame: median {:.3} ms (min {:.3}, p95 {:.3})",
        mid.as_secs_f64() * 1e3,
        lo.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3
    );
    h.get_by_label("Invoices").click();
    h.run_steps(3);
    h.get_by_label("All").click();
    h.run_steps(3);
    h.state_mut().scroll_invoices_to(INVOICES / 2);
    frames(&mut h, 20);
    let (lo, mid, p95) = frames(&mut h, 300);
    println!(
        "Invoices frame (all {INVOICES}, scrolled to the middle): median {:.3} ms (min {:.3}, p95 {:.3})",
        mid.as_secs_f64() * 1e3,
        lo.as_secs_f64() * 1e3,
        p95.as_secs_f64() * 1e3
    );
    println!(
        "RSS now {:.0} MB, peak {:.0} MB",
        rss_mb("VmRSS:"),
        rss_mb("VmHWM:")
    );
}
