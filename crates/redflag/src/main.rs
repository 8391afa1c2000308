//! The redflag binary: one CLI over the shared analysis core.

mod cli;
mod commands;
mod output;

use clap::Parser;
use std::process::ExitCode;

/// Exit codes: 0 clean, 1 findings at the fail severity, 2 usage / config / rule errors.
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    withhold_panic_messages();
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Scan(args) => commands::scan::run(args),
        cli::Command::Rules(command) => commands::rules::run(command),
        cli::Command::Hook(command) => commands::hook::run(command),
        cli::Command::Lsp(args) => commands::lsp::run(args),
        cli::Command::Baseline(command) => commands::baseline::run(command),
        cli::Command::Audit(args) => commands::audit::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("redflag: {error:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Front ends catch a panic around each file's analysis and report the file as not
/// analysed. The default hook would print the panic's message, which can quote the text
/// being analysed (a slicing panic shows the string), secrets included: only where it
/// happened is printed.
fn withhold_panic_messages() {
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!("redflag: internal error{at} (its message is withheld: it may quote the file)");
    }));
}
