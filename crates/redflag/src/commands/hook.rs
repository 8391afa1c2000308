//! `redflag hook ...` (owned by the hook work, issue 5).

use clap::Subcommand;

#[derive(Subcommand)]
pub enum HookCommand {
    /// Judge the staged changes (run by git before a commit)
    PreCommit,
}

pub fn run(_command: HookCommand) -> anyhow::Result<u8> {
    anyhow::bail!("`redflag hook` is not built yet")
}
