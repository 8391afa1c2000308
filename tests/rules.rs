//! Runs every built-in rule over its fixtures: one test per rule, so a failure names the rule.
//! Also holds each rule to the minimum number of must-flag / must-not-flag cases.

use libtest_mimic::{Arguments, Failed, Trial};
use redflag_core::Category;
use redflag_core::fixtures::{self as fixture, RuleOutcome};
use redflag_core::rules::{self as rule, RuleFile};

/// Minimum (must-flag, must-not-flag) cases per rule.
fn minimum_cases(category: Category) -> (usize, usize) {
    match category {
        Category::Secret => (2, 2),
        Category::InsecurePattern => (3, 3),
    }
}

fn main() {
    let files: Vec<RuleFile> = rule::builtin_files()
        .iter()
        .map(|(path, text)| RuleFile {
            path: format!("queries/{path}"),
            text: (*text).to_string(),
        })
        .collect();
    let report = fixture::test_rule_files(&files);
    let rules = rule::load_builtin().unwrap_or_default();
    let mut trials: Vec<Trial> = report
        .errors
        .iter()
        .map(|e| {
            let message = e.to_string();
            Trial::test(format!("load {}", e.location.path), move || {
                Err(Failed::from(message))
            })
        })
        .collect();
    for outcome in report.outcomes {
        let category = rules
            .iter()
            .find(|r| r.id == outcome.rule_id)
            .map_or(Category::InsecurePattern, |r| r.category);
        trials.push(Trial::test(outcome.rule_id.clone(), move || {
            check(&outcome, category)
        }));
    }
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}

fn check(outcome: &RuleOutcome, category: Category) -> Result<(), Failed> {
    let mut problems = outcome.failures.clone();
    let (flag, ok) = minimum_cases(category);
    if outcome.must_flag < flag || outcome.must_not_flag < ok {
        problems.push(format!(
            "needs at least {flag} `ruleid:` and {ok} `ok:` cases, has {} and {}",
            outcome.must_flag, outcome.must_not_flag
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Failed::from(problems.join("\n")))
    }
}
