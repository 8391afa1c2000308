//! End-to-end tests: lsp.

mod support;
