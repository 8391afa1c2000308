//! End-to-end tests: precommit.

mod support;
