//! Obvious test code, test fixtures and benchmarks: secrets there are usually fakes made for
//! the purpose, and risky calls (`verify=False` against a local test server, a fixed key in a
//! benchmark) are usually deliberate, so their findings are shown at their severity, marked
//! as test code, and do not fail a run or block a commit (unless a token verifies: see
//! `Finding::blocks`). The test is on the path's shape only, by the conventions test runners
//! and projects themselves use. `examples/` and `samples/` are not test code: people copy
//! and run example code.

/// Folder names that hold tests or test data.
const TEST_DIRS: &[&str] = &[
    "test",
    "tests",
    "testing",
    "testdata",
    "test_data",
    "test-data",
    "testfixtures",
    "fixtures",
    "fixture",
    "__tests__",
    "__fixtures__",
    "__mocks__",
    "mocks",
    "spec",
    "specs",
    "benches",
    "benchmarks",
];

/// Whether `path` (either separator) is test code or test data by its name: under a test
/// folder (`tests/`, `testdata/`, `fixtures/`, `idle_test/`), or a test file by the naming
/// conventions of pytest, Rust, Go and JavaScript (`test_x.py`, `x_test.rs`, `conftest.py`,
/// `x.spec.ts`).
pub fn is_test_path(path: &str) -> bool {
    let mut parts: Vec<&str> = path.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
    let Some(file) = parts.pop() else {
        return false;
    };
    let in_test_dir = parts.iter().any(|dir| {
        let dir = dir.to_ascii_lowercase();
        TEST_DIRS.contains(&dir.as_str())
            || dir.ends_with("_test")
            || dir.ends_with("_tests")
            || dir.starts_with("test_")
    });
    in_test_dir || is_test_file_name(&file.to_ascii_lowercase())
}

fn is_test_file_name(name: &str) -> bool {
    let stem = name.split_once('.').map_or(name, |(stem, _)| stem);
    name == "conftest.py"
        || matches!(stem, "test" | "tests")
        || stem.starts_with("test_")
        || stem.ends_with("_test")
        || stem.ends_with("_tests")
        || stem.ends_with("_spec")
        || name.contains(".test.")
        || name.contains(".spec.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Severity;

    #[test]
    fn test_folders_and_file_names() {
        for path in [
            "tests/cli.rs",
            "src/tests.rs",
            "pkg/testdata/config.yaml",
            "Lib/test/test_smtplib.py",
            "Lib/idlelib/idle_test/test_config.py",
            "app/fixtures/users.json",
            "test_login.py",
            "src/auth/session_test.rs",
            "conftest.py",
            "web/login.spec.ts",
            "C:\\repo\\Tests\\data.env",
        ] {
            assert!(is_test_path(path), "{path}");
        }
    }

    #[test]
    fn ordinary_code_is_not_test_code() {
        for path in [
            "src/auth.rs",
            "Lib/unittest/case.py",
            "src/contest.py",
            "latest/config.yaml",
            "attestation.py",
            "testimony/notes.txt",
            "protest.rs",
            ".env",
            "examples/client.rs",
            "samples/app.py",
            ".env.example",
        ] {
            assert!(!is_test_path(path), "{path}");
        }
    }

    #[test]
    fn a_generic_secret_in_a_test_file_keeps_its_severity_but_does_not_block() {
        use crate::engine::{AnalyzeOptions, Document};
        let Ok(rules) = crate::rules::load_builtin() else {
            panic!("built-in rules load");
        };
        let Ok(set) = crate::compile::RuleSet::new(rules).map(crate::engine::Engine::new) else {
            panic!("built-in rules compile");
        };
        let text = b"password = \"Zq8Lr2mX9vT4!\"\n";
        let found = |path: &str| -> Vec<(Severity, bool, bool)> {
            set.analyze(&Document::new(path, text), &AnalyzeOptions::default())
                .findings
                .iter()
                .filter(|f| f.rule.id == "py.hardcoded-secret")
                .map(|f| (f.severity, f.in_test, f.blocks(Severity::Warning)))
                .collect()
        };
        assert_eq!(
            found("src/settings.py"),
            vec![(Severity::Warning, false, true)]
        );
        assert_eq!(
            found("tests/test_settings.py"),
            vec![(Severity::Warning, true, false)]
        );
    }
}
