//! Where the time of one edit goes, in process (no pipes): incremental reparse, the rules,
//! and the line index. `cargo run --release -p redflag-lsp --example profile_edit -- FILE [--per-rule]`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use redflag_core::{AnalyzeOptions, Document, LineIndex, LoadOptions, Project};
use std::time::{Duration, Instant};
use tree_sitter::{InputEdit, Point};

fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read(&path).unwrap();
    if std::env::args().any(|a| a == "--per-rule") {
        per_rule(&path, &text);
        return;
    }
    let project = Project::load(std::path::Path::new("/"), &LoadOptions::default()).unwrap();
    project.engine.rules().precompile();
    let doc = Document::new(&path, &text);
    let far = Instant::now() + Duration::from_secs(60);
    let tree = redflag_core::engine::parse(doc.language, &text, None, far).unwrap();
    let options = AnalyzeOptions::default();
    let time = |label: &str, f: &mut dyn FnMut()| {
        let runs = 20;
        let started = Instant::now();
        for _ in 0..runs {
            f();
        }
        println!(
            "{label:<28} {:>8.2} ms",
            started.elapsed().as_secs_f64() * 1000.0 / runs as f64
        );
    };
    time("full parse", &mut || {
        redflag_core::engine::parse(doc.language, &text, None, far).unwrap();
    });
    let middle = text.len() / 2;
    let mut edited = text.clone();
    edited.insert(middle, b' ');
    time("incremental reparse", &mut || {
        let mut old = tree.clone();
        let lines = LineIndex::new(&text);
        let (row, column) = lines.position(&text, middle, redflag_core::ColumnEncoding::Utf8);
        let at = Point { row, column };
        old.edit(&InputEdit {
            start_byte: middle,
            old_end_byte: middle,
            new_end_byte: middle + 1,
            start_position: at,
            old_end_position: at,
            new_end_position: Point {
                row,
                column: column + 1,
            },
        });
        redflag_core::engine::parse(doc.language, &edited, Some(&old), far).unwrap();
    });
    time("line index", &mut || {
        LineIndex::new(&text);
    });
    time("analyze with tree", &mut || {
        project
            .engine
            .analyze_with_tree(&doc, Some(&tree), &options);
    });
    // As the language server does: statements analysed before are reused.
    let reusing = AnalyzeOptions {
        reuse_statements: true,
        ..AnalyzeOptions::default()
    };
    project
        .engine
        .analyze_with_tree(&doc, Some(&tree), &reusing);
    time("analyze, statements reused", &mut || {
        project
            .engine
            .analyze_with_tree(&doc, Some(&tree), &reusing);
    });
    time("  text rules alone (as .txt)", &mut || {
        project
            .engine
            .analyze(&Document::new("as-text.txt", &text), &options);
    });
    time("  of which: imports", &mut || {
        redflag_core::languages::Imports::collect(doc.language, tree.root_node(), &text);
    });
    let findings = project
        .engine
        .analyze_with_tree(&doc, Some(&tree), &options)
        .findings
        .len();
    println!("findings: {findings}");
}

/// With `--per-rule`: the rules pass with one query rule at a time, slowest first, to find
/// the patterns that dominate the cost.
fn per_rule(path: &str, text: &[u8]) {
    let doc = Document::new(path, text);
    let all = redflag_core::rules::load_builtin().unwrap();
    let options = AnalyzeOptions::default();
    let far = Instant::now() + Duration::from_secs(60);
    let tree = redflag_core::engine::parse(doc.language, text, None, far).unwrap();
    let mut costs: Vec<(f64, String)> = all
        .iter()
        .filter(|r| r.language() == Some(doc.language))
        .filter_map(|rule| {
            let set =
                redflag_core::Engine::new(redflag_core::RuleSet::new(vec![rule.clone()]).ok()?);
            set.rules().precompile();
            let started = Instant::now();
            for _ in 0..5 {
                set.analyze_with_tree(&doc, Some(&tree), &options);
            }
            Some((
                started.elapsed().as_secs_f64() * 1000.0 / 5.0,
                rule.id.clone(),
            ))
        })
        .collect();
    costs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let total: f64 = costs.iter().map(|c| c.0).sum();
    println!(
        "sum of single-rule passes: {total:.2} ms over {} rules",
        costs.len()
    );
    for (ms, id) in costs.iter().take(10) {
        println!("{ms:>8.2} ms  {id}");
    }
    let slowest = costs.first().map(|c| c.1.clone()).unwrap_or_default();
    for (label, keep) in [("all rules", None), ("all but the slowest", Some(slowest))] {
        let rules = all
            .iter()
            .filter(|r| Some(&r.id) != keep.as_ref())
            .cloned()
            .collect();
        let set = redflag_core::Engine::new(redflag_core::RuleSet::new(rules).unwrap());
        set.rules().precompile();
        let started = Instant::now();
        for _ in 0..5 {
            set.analyze_with_tree(&doc, Some(&tree), &options);
        }
        let ms = started.elapsed().as_secs_f64() * 1000.0 / 5.0;
        println!("{label:<28} {ms:>8.2} ms");
    }
}
