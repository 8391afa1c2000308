pub mod audit;
pub mod baseline;
pub mod config_findings;
pub mod history;
pub mod hook;
pub mod lsp;
pub mod rules;
pub mod scan;

use crate::cli::ProjectArgs;
use redflag_core::{LoadOptions, Project};
use std::path::Path;

/// Loads the project `start` belongs to, with the command line's overrides.
pub fn load_project(start: &Path, args: &ProjectArgs) -> anyhow::Result<Project> {
    Ok(Project::load(start, &load_options(args))?)
}

/// The command line's overrides of what projects load.
/// Where a report goes: the `-o` file, or standard output.
pub fn report_writer(output: Option<&Path>) -> anyhow::Result<Box<dyn std::io::Write>> {
    use anyhow::Context;
    Ok(match output {
        Some(path) => Box::new(
            std::fs::File::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    })
}

pub fn load_options(args: &ProjectArgs) -> LoadOptions {
    LoadOptions {
        config_file: args.config.clone(),
        extra_rule_dirs: args.rule_dirs.clone(),
        no_builtin: args.no_builtin,
    }
}
