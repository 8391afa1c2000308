//! End-to-end tests: hook.

mod support;
