//! Grammar and parse-cost figures for `scripts/measure-patterns.sh`:
//!
//! ```sh
//! cargo run --release -p redflag-core --example parse_stats -- [--rules DIR]... PATH...
//! ```
//!
//! With `--rules`, the rules are read from those folders instead of the built-in set (so the
//! figures match the rule files on disk without rebuilding).
//!
//! For every Python and Rust file under the paths it reports how many parse with ERROR or
//! MISSING nodes (the grammar does not know some syntax), and, running the built-in rules
//! the way `redflag scan` does, how many files the keyword prefilter let through to the
//! parser and what share of the analysis time went into parsing them.

use ignore::WalkBuilder;
use redflag_core::engine::parse;
use redflag_core::{AnalyzeOptions, Document, Language, LoadOptions, Project};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

#[derive(Default)]
struct Counts {
    files: usize,
    bytes: u64,
    with_errors: usize,
    /// Files the engine parsed because a query rule's keyword occurs in them.
    parsed_by_engine: usize,
    analyze_time: Duration,
    /// Time to parse the files the engine parsed (measured separately, same parser).
    parse_time: Duration,
    error_examples: Vec<String>,
}

fn main() -> std::process::ExitCode {
    let mut load = LoadOptions::default();
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        if arg == "--rules" {
            load.extra_rule_dirs.extend(args.next().map(PathBuf::from));
            load.no_builtin = true;
        } else {
            paths.push(PathBuf::from(arg));
        }
    }
    if paths.is_empty() {
        eprintln!("usage: parse_stats [--rules DIR]... PATH...");
        return std::process::ExitCode::from(2);
    }
    let project = match Project::load(&paths[0], &load) {
        Ok(project) => project,
        Err(e) => {
            eprintln!("cannot load the built-in rules: {e}");
            return std::process::ExitCode::from(2);
        }
    };
    let options = AnalyzeOptions::default();
    let mut by_language: BTreeMap<&'static str, Counts> = BTreeMap::new();
    for path in &paths {
        for entry in WalkBuilder::new(path)
            .hidden(false)
            .require_git(false)
            .build()
            .flatten()
        {
            measure_file(entry.path(), &project, &options, &mut by_language);
        }
    }
    for (language, c) in &by_language {
        let share = |n: usize| 100.0 * n as f64 / c.files.max(1) as f64;
        println!(
            "{language}: files={} bytes={} with_grammar_errors={} ({:.1}%) parsed_by_scan={} ({:.1}%) analyze_ms={} parse_ms={} parse_share_of_analysis={:.1}%",
            c.files,
            c.bytes,
            c.with_errors,
            share(c.with_errors),
            c.parsed_by_engine,
            share(c.parsed_by_engine),
            c.analyze_time.as_millis(),
            c.parse_time.as_millis(),
            100.0 * c.parse_time.as_secs_f64() / c.analyze_time.as_secs_f64().max(1e-9),
        );
        for example in &c.error_examples {
            println!("  error example: {example}");
        }
    }
    std::process::ExitCode::SUCCESS
}

fn measure_file(
    path: &Path,
    project: &Project,
    options: &AnalyzeOptions,
    by_language: &mut BTreeMap<&'static str, Counts>,
) {
    let name = path.to_string_lossy();
    let language = match Language::from_path(&name) {
        Some(l @ (Language::PYTHON | Language::RUST)) => l,
        _ => return,
    };
    let Ok(text) = std::fs::read(path) else {
        return;
    };
    let counts = by_language.entry(language.name()).or_default();
    counts.files += 1;
    counts.bytes += text.len() as u64;

    let doc = Document::new(&name, &text);
    let started = Instant::now();
    let analysis = project.engine.analyze(&doc, options);
    counts.analyze_time += started.elapsed();

    let started = Instant::now();
    let tree = parse(language, &text, None, Instant::now() + options.time_budget);
    let parse_time = started.elapsed();
    if analysis.parsed {
        counts.parsed_by_engine += 1;
        counts.parse_time += parse_time;
    }
    if let Ok(tree) = tree
        && tree.root_node().has_error()
    {
        counts.with_errors += 1;
        if counts.error_examples.len() < 5 {
            counts.error_examples.push(name.into_owned());
        }
    }
}
