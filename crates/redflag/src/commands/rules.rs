//! `redflag rules list | explain | test`.

use crate::cli::RulesCommand;
use crate::{EXIT_ERROR, EXIT_FINDINGS};
use redflag_core::fixtures::{self, TestReport};
use redflag_core::rules::{self, RuleFile};
use std::path::Path;

pub fn run(command: RulesCommand) -> anyhow::Result<u8> {
    match command {
        RulesCommand::List { project } => {
            let project = super::load_project(Path::new("."), &project)?;
            for rule in project.engine.rules().rules() {
                let language = rule.language().map_or("any".to_string(), |l| l.to_string());
                println!(
                    "{:<44} {:<8} {:<17} {:<7} {}",
                    rule.id, rule.severity, rule.category, language, rule.title
                );
            }
            Ok(0)
        }
        RulesCommand::Explain { id, project } => {
            let project = super::load_project(Path::new("."), &project)?;
            let Some(rule) = project.engine.rules().get(&id) else {
                anyhow::bail!("no rule `{id}` (see `redflag rules list`)");
            };
            println!("{}: {}\n", rule.id, rule.title);
            println!(
                "severity: {}   confidence: {}   category: {}",
                rule.severity,
                rule.confidence.as_str(),
                rule.category
            );
            if let Some(cwe) = rule.cwe {
                println!("CWE-{cwe}: https://cwe.mitre.org/data/definitions/{cwe}.html");
            }
            if let Some(fix) = &rule.fix {
                println!("quick fix: {}", fix.title);
            }
            if let Some(gate) = project.engine.rules().gate_of(&rule.id) {
                println!("runs on files holding: {gate}");
            }
            println!("defined in: {}\n\n{}", rule.origin, rule.docs);
            for reference in &rule.references {
                println!("- {reference}");
            }
            Ok(0)
        }
        RulesCommand::Test { dir } => {
            let files = match &dir {
                Some(dir) => rules::read_dir_files(dir)?,
                None => rules::builtin_files()
                    .iter()
                    .map(|(path, text)| RuleFile {
                        path: format!("queries/{path}"),
                        text: (*text).to_string(),
                    })
                    .collect(),
            };
            Ok(print_test_report(&fixtures::test_rule_files(&files)))
        }
    }
}

fn print_test_report(report: &TestReport) -> u8 {
    if report.outcomes.is_empty() && report.errors.is_empty() {
        // A folder without rules is a wrong path, not a passing run.
        eprintln!("redflag: no rule files (`.scm` or `.toml`) in that folder");
        return EXIT_ERROR;
    }
    for error in &report.errors {
        eprintln!("error: {error}");
    }
    for outcome in report.failed() {
        println!("FAIL {} ({})", outcome.rule_id, outcome.rule_path);
        for failure in &outcome.failures {
            println!("  {failure}");
        }
    }
    let failed = report.failed().count();
    let passed = report.outcomes.len() - failed;
    println!("{passed} passed, {failed} failed");
    if !report.errors.is_empty() {
        EXIT_ERROR
    } else if failed > 0 {
        EXIT_FINDINGS
    } else {
        0
    }
}
