//! Zed extension for redflag: starts `redflag lsp` (from PATH, or `lsp.redflag.binary` in
//! Zed's settings) and hands it the user's `initialization_options` and `settings`.

use zed_extension_api::{self as zed, settings::LspSettings, LanguageServerId, Result};

struct Redflag;

impl zed::Extension for Redflag {
    fn new() -> Self {
        Redflag
    }

    fn language_server_command(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let binary = LspSettings::for_worktree(id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.binary);
        let configured = binary.as_ref().and_then(|b| b.path.clone());
        let command = match configured.or_else(|| worktree.which("redflag")) {
            Some(path) => path,
            None => {
                return Err("redflag is not on PATH: install it (cargo install --path crates/redflag) \
                            or set lsp.redflag.binary.path in Zed's settings"
                    .into())
            }
        };
        let args = binary
            .as_ref()
            .and_then(|b| b.arguments.clone())
            .unwrap_or_else(|| vec!["lsp".into()]);
        let env = binary
            .and_then(|b| b.env)
            .map(|env| env.into_iter().collect())
            .unwrap_or_default();
        Ok(zed::Command { command, args, env })
    }

    fn language_server_initialization_options(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        Ok(LspSettings::for_worktree(id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.initialization_options))
    }

    fn language_server_workspace_configuration(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<zed::serde_json::Value>> {
        // The server reads its settings under a `redflag` key (workspace/configuration).
        Ok(LspSettings::for_worktree(id.as_ref(), worktree)
            .ok()
            .and_then(|settings| settings.settings)
            .map(|settings| zed::serde_json::json!({ "redflag": settings })))
    }
}

zed::register_extension!(Redflag);
