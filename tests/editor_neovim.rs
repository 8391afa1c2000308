//! End-to-end tests: editor_neovim.

mod support;
