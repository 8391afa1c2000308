//! `redflag lsp`: the language server on stdio (the work is in the `redflag-lsp` crate).

use clap::Args;

#[derive(Args)]
pub struct LspArgs {
    /// Communicate over stdio (the only transport; accepted for editor compatibility)
    #[arg(long)]
    pub stdio: bool,
}

/// Exit code 0 after `shutdown` then `exit`, 1 when the client exits without `shutdown`.
pub fn run(_args: LspArgs) -> anyhow::Result<u8> {
    match redflag_lsp::run_stdio()? {
        redflag_lsp::Exit::Clean => Ok(0),
        redflag_lsp::Exit::Abrupt => Ok(1),
    }
}
