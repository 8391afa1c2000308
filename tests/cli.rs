//! End-to-end tests: cli.

mod support;
