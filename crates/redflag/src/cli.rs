//! Command-line arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};
use redflag_core::Severity;
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "redflag",
    version,
    about = "Stops hard-coded secrets and insecure code before they leave your machine"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Scan files and folders (respects .gitignore and the project's ignores)
    Scan(ScanArgs),
    /// List, explain and test rules
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Git hooks that judge exactly what is staged or pushed
    #[command(subcommand)]
    Hook(crate::commands::hook::HookCommand),
    /// Run the language server on stdio
    Lsp(crate::commands::lsp::LspArgs),
    /// Record the current findings as accepted, or drop entries that match nothing any more
    #[command(subcommand)]
    Baseline(crate::commands::baseline::BaselineCommand),
    /// List every exception in effect: inline suppressions, config ignores, baseline entries
    Audit(crate::commands::audit::AuditArgs),
}

#[derive(Args, Clone, Default)]
pub struct ProjectArgs {
    /// Config file to use instead of the nearest redflag.toml / .redflag.toml
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Extra rule folder (repeatable)
    #[arg(long = "rules", value_name = "DIR")]
    pub rule_dirs: Vec<PathBuf>,
    /// Do not load the built-in rules
    #[arg(long)]
    pub no_builtin: bool,
}

#[derive(Args)]
pub struct ScanArgs {
    /// Files or folders to scan
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the report to this file instead of standard output
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Lowest severity to report (default from config, else warning)
    #[arg(long, value_parser = parse_severity)]
    pub min_severity: Option<Severity>,
    /// Severity that makes the run fail with exit code 1 (default from config, else error)
    #[arg(long, value_parser = parse_severity)]
    pub fail_on: Option<Severity>,
    /// Print secrets in full (never do this where logs are kept)
    #[arg(long)]
    pub show_secrets: bool,
    /// No progress indicator, even on a terminal
    #[arg(long)]
    pub no_progress: bool,
    /// Report only findings not in this baseline (default: the config's `scan.baseline`)
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Apply no baseline, not even the config's
    #[arg(long, conflicts_with = "baseline")]
    pub no_baseline: bool,
    /// Scan git history instead of files: every commit of REV-RANGE (default: all reachable
    /// from every ref), lines each commit adds, each finding once with its first commit
    #[arg(long, value_name = "REV-RANGE", num_args = 0..=1, default_missing_value = "")]
    pub history: Option<String>,
    /// With --history: only commits after this date (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", requires = "history")]
    pub since: Option<String>,
    /// With --history: at most this many commits (newest first)
    #[arg(long, value_name = "N", requires = "history")]
    pub max_count: Option<usize>,
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
    Sarif,
}

#[derive(Subcommand)]
pub enum RulesCommand {
    /// List the rules in effect
    List {
        #[command(flatten)]
        project: ProjectArgs,
    },
    /// Show a rule's documentation
    Explain {
        id: String,
        #[command(flatten)]
        project: ProjectArgs,
    },
    /// Run each rule over its fixtures and compare with the inline expectations
    Test {
        /// Rule folder (default: the built-in rules)
        dir: Option<PathBuf>,
    },
}

pub fn parse_severity(text: &str) -> Result<Severity, String> {
    Severity::parse(text)
        .ok_or_else(|| format!("`{text}` is not a severity (error, warning, info)"))
}
