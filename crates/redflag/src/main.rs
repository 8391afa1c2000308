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
    let cli = cli::Cli::parse();
    let result = match cli.command {
        cli::Command::Scan(args) => commands::scan::run(args),
        cli::Command::Rules(command) => commands::rules::run(command),
        cli::Command::Hook(command) => commands::hook::run(command),
        cli::Command::Lsp(args) => commands::lsp::run(args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("redflag: {error:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}
