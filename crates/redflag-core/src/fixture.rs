//! `redflag rules test`: runs every rule over the fixtures beside it and compares with the
//! inline expectations (`ruleid:`, `ok:`, `todoruleid:`, `todook:` on the line before).

use crate::engine::{AnalyzeOptions, Document};
use crate::rule::{self, RuleError, RuleFile};
use crate::ruleset::{RuleSet, validate_rule};
use std::collections::BTreeSet;

#[derive(Debug, Default, Clone)]
pub struct RuleOutcome {
    pub rule_id: String,
    pub rule_path: String,
    /// Lines annotated `ruleid:` / `ok:` for this rule, over all its fixtures.
    pub must_flag: usize,
    pub must_not_flag: usize,
    /// One line per problem: missing fixture, lines expected and not flagged, and so on.
    pub failures: Vec<String>,
}

#[derive(Debug, Default)]
pub struct TestReport {
    pub outcomes: Vec<RuleOutcome>,
    /// Rule files that did not load; a broken rule is an error, not a test failure.
    pub errors: Vec<RuleError>,
}

impl TestReport {
    pub fn failed(&self) -> impl Iterator<Item = &RuleOutcome> {
        self.outcomes.iter().filter(|o| !o.failures.is_empty())
    }
}

/// Expectations of one fixture, by 1-based target line.
#[derive(Debug, Default)]
struct Expectations {
    entries: Vec<(Mark, String, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    RuleId,
    Ok,
    TodoRuleId,
    TodoOk,
}

/// Tests the rule files among `files`, each against the fixtures named after its stem.
pub fn test_rule_files(files: &[RuleFile]) -> TestReport {
    let mut report = TestReport::default();
    for file in files
        .iter()
        .filter(|f| rule::is_rule_file_name(file_name(&f.path)))
    {
        let rules = match rule::parse_rule_file(&file.path, &file.text) {
            Ok(rules) => rules,
            Err(e) => {
                report.errors.push(e);
                continue;
            }
        };
        let invalid: Vec<RuleError> = rules
            .iter()
            .filter_map(|r| validate_rule(r).err())
            .collect();
        if !invalid.is_empty() {
            report.errors.extend(invalid);
            continue;
        }
        let mut outcomes: Vec<RuleOutcome> = rules
            .iter()
            .map(|r| RuleOutcome {
                rule_id: r.id.clone(),
                rule_path: file.path.clone(),
                ..Default::default()
            })
            .collect();
        let set = match RuleSet::new(rules) {
            Ok(set) => set,
            Err(e) => {
                report.errors.extend(e);
                continue;
            }
        };
        let fixtures: Vec<&RuleFile> = files
            .iter()
            .filter(|f| is_fixture_of(&file.path, &f.path))
            .collect();
        if fixtures.is_empty() {
            for o in &mut outcomes {
                o.failures.push(format!(
                    "no fixture: add {}.<ext> with ruleid:/ok: annotations",
                    stem_path(&file.path)
                ));
            }
        }
        for fixture in fixtures {
            check_fixture(&set, fixture, &mut outcomes);
        }
        report.outcomes.extend(outcomes);
    }
    report
}

fn check_fixture(set: &RuleSet, fixture: &RuleFile, outcomes: &mut [RuleOutcome]) {
    let text = match crate::fake::expand(&fixture.text, &fixture.path) {
        Ok(text) => text,
        Err(e) => {
            for o in outcomes.iter_mut() {
                o.failures.push(format!("{}: {e}", fixture.path));
            }
            return;
        }
    };
    let expectations = parse_expectations(&text);
    let analysis = set.analyze(
        &Document::new(&fixture.path, text.as_bytes()),
        &AnalyzeOptions::default(),
    );
    for note in &analysis.notes {
        for o in outcomes.iter_mut() {
            o.failures.push(format!("{}: {note}", fixture.path));
        }
    }
    for outcome in outcomes.iter_mut() {
        let lines_marked = |mark: Mark| -> BTreeSet<usize> {
            expectations
                .entries
                .iter()
                .filter(|(m, id, _)| *m == mark && *id == outcome.rule_id)
                .map(|(_, _, line)| *line)
                .collect()
        };
        let expected = lines_marked(Mark::RuleId);
        let ok = lines_marked(Mark::Ok);
        let todo: BTreeSet<usize> = lines_marked(Mark::TodoRuleId)
            .union(&lines_marked(Mark::TodoOk))
            .copied()
            .collect();
        let actual: BTreeSet<usize> = analysis
            .findings
            .iter()
            .filter(|f| f.rule.id == outcome.rule_id)
            .map(|f| f.start.line)
            .collect();
        outcome.must_flag += expected.len();
        outcome.must_not_flag += ok.len();
        let missing: Vec<usize> = expected.difference(&actual).copied().collect();
        let unexpected: Vec<usize> = actual
            .difference(&expected)
            .filter(|l| !todo.contains(l))
            .copied()
            .collect();
        if !missing.is_empty() || !unexpected.is_empty() {
            outcome.failures.push(format!(
                "{}: expected lines {:?}, flagged lines {:?} (missed {:?}, unexpected {:?})",
                fixture.path,
                expected,
                actual
                    .iter()
                    .filter(|l| !todo.contains(l))
                    .collect::<Vec<_>>(),
                missing,
                unexpected
            ));
        }
    }
}

fn parse_expectations(text: &str) -> Expectations {
    let Ok(marker) = regex::Regex::new(r"\b(todoruleid|todook|ruleid|ok):\s*(.*)") else {
        return Expectations::default();
    };
    let Ok(id) = regex::Regex::new(r"[a-z0-9]+(?:\.[a-z0-9-]+)+") else {
        return Expectations::default();
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let mut entries = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let Some(caps) = marker.captures(line) else {
            continue;
        };
        let mark = match &caps[1] {
            "ruleid" => Mark::RuleId,
            "ok" => Mark::Ok,
            "todoruleid" => Mark::TodoRuleId,
            _ => Mark::TodoOk,
        };
        // The target is the next line that is not itself an annotation.
        let target = (index + 1..lines.len())
            .find(|&i| !marker.is_match(lines[i]))
            .unwrap_or(index + 1);
        for rule_id in id.find_iter(&caps[2]) {
            entries.push((mark, rule_id.as_str().to_string(), target + 1));
        }
    }
    Expectations { entries }
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn stem_path(rule_path: &str) -> &str {
    rule_path
        .rsplit_once('.')
        .map_or(rule_path, |(stem, _)| stem)
}

/// Fixtures share their rule file's folder and stem: `eval.scm` → `eval.py`, `eval.more.py`.
pub fn is_fixture_of(rule_path: &str, candidate: &str) -> bool {
    candidate != rule_path
        && candidate
            .strip_prefix(stem_path(rule_path))
            .is_some_and(|rest| rest.starts_with('.'))
        && !candidate.ends_with(".md")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotations_target_the_next_code_line() {
        let e = parse_expectations(
            "# ruleid: py.eval\n# ok: py.exec, py.other\nx = 1\n# todook: py.eval\ny\n",
        );
        let got: Vec<(Mark, &str, usize)> = e
            .entries
            .iter()
            .map(|(m, id, l)| (*m, id.as_str(), *l))
            .collect();
        assert_eq!(
            got,
            vec![
                (Mark::RuleId, "py.eval", 3),
                (Mark::Ok, "py.exec", 3),
                (Mark::Ok, "py.other", 3),
                (Mark::TodoOk, "py.eval", 5)
            ]
        );
    }

    #[test]
    fn fixtures_are_named_after_the_rule_stem() {
        assert!(is_fixture_of("q/python/eval.scm", "q/python/eval.py"));
        assert!(is_fixture_of(
            "q/secrets/aws.toml",
            "q/secrets/aws.fixture.toml"
        ));
        assert!(!is_fixture_of("q/python/eval.scm", "q/python/evaluate.py"));
        assert!(!is_fixture_of("q/python/eval.scm", "q/python/eval.scm"));
    }
}
