//! `redflag audit`.

use clap::Args;

#[derive(Args)]
pub struct AuditArgs {}

pub fn run(_args: AuditArgs) -> anyhow::Result<u8> {
    anyhow::bail!("audit is not implemented yet")
}
