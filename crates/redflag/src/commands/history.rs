//! `redflag scan --history`.

use crate::cli::ScanArgs;

pub fn run(_args: &ScanArgs) -> anyhow::Result<u8> {
    anyhow::bail!("--history is not implemented yet")
}
