//! `redflag lsp` (owned by the language-server work, issue 6).

use clap::Args;

#[derive(Args)]
pub struct LspArgs {
    /// Communicate over stdio (the only transport; accepted for editor compatibility)
    #[arg(long)]
    pub stdio: bool,
}

pub fn run(_args: LspArgs) -> anyhow::Result<u8> {
    anyhow::bail!("`redflag lsp` is not built yet")
}
