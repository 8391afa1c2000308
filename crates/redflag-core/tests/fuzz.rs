//! Property-based fuzzing of the core (issue 10). Targets: `analyze()` on random bytes and on
//! mutated rule fixtures, each under the path of every language; the config loader on random
//! and mutated configs; the rule loaders on random and mutated rule files; `[ignore] values`
//! entries and fake-value templates. On every case: no panic, no analysis running past its
//! time budget, and the redaction property: nothing a finding shows (message, excerpt, fix,
//! in every output format these fill) holds a secret value the engine found, whatever the
//! minimum severity.
//!
//! `cargo test` runs a few cases per target; `REDFLAG_FUZZ_CASES=N` runs N per target
//! (`scripts/fuzz.sh N`, in release mode); `REDFLAG_FUZZ_LAST=FILE` keeps each case's input
//! in FILE, for a crash that takes the process down.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use redflag_core::fixtures::fake;
use redflag_core::project::config;
use redflag_core::report::ignored_value::IgnoredValue;
use redflag_core::rules::{self, parse_rule_file};
use redflag_core::{
    AnalyzeOptions, Document, Engine, Finding, Language, LoadOptions, Project, RuleSet, Severity,
    validate_rule,
};
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

fn cases(default: u32) -> u32 {
    std::env::var("REDFLAG_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default)
}

fn config(default: u32) -> ProptestConfig {
    ProptestConfig {
        cases: cases(default),
        // Long runs print their progress here rather than in a file.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// With `REDFLAG_FUZZ_LAST=FILE`, each case's input is written there first: a native
/// library's assertion aborts the process, which leaves no failing input to shrink.
fn remember(what: &str, input: &[u8]) {
    if let Some(file) = std::env::var_os("REDFLAG_FUZZ_LAST") {
        let mut bytes = format!("{what}\n").into_bytes();
        bytes.extend_from_slice(input);
        let _ = std::fs::write(file, bytes);
    }
}

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let rules = rules::load_builtin().unwrap_or_else(|e| panic!("{e:?}"));
        Engine::new(RuleSet::new(rules).unwrap_or_else(|e| panic!("{e:?}")))
    })
}

/// The built-in rule files, fixtures (fake values expanded) and one path per language.
struct Corpus {
    rule_files: Vec<(String, String)>,
    fixtures: Vec<(String, Vec<u8>)>,
    paths: Vec<String>,
}

fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let mut rule_files = Vec::new();
        let mut fixtures = Vec::new();
        for (path, text) in rules::builtin_files() {
            let name = path.rsplit('/').next().unwrap_or(path);
            if rules::is_rule_file_name(name) {
                rule_files.push((path.to_string(), text.to_string()));
            } else if !path.ends_with(".md") {
                let expanded = fake::expand(text, path).unwrap_or_else(|_| text.to_string());
                fixtures.push((path.to_string(), expanded.into_bytes()));
            }
        }
        let paths = Language::all()
            .map(|language| {
                let support = language.support();
                let name = support
                    .extensions
                    .first()
                    .map(|ext| format!("src/file.{ext}"))
                    .or_else(|| support.file_names.first().map(|n| format!("src/{n}")))
                    .unwrap_or_else(|| "src/notes".to_string());
                assert_eq!(Language::detect(&name, b""), language, "{name}");
                name
            })
            .collect();
        Corpus {
            rule_files,
            fixtures,
            paths,
        }
    })
}

/// Text that lexers, suppressions and templates treat specially.
const INTERESTING: &[&str] = &[
    "'",
    "\"",
    "`",
    "\\",
    "'\\",
    "\n",
    "\r\n",
    "\r",
    "/*",
    "*/",
    "//",
    "#",
    "--",
    "<!--",
    "-->",
    "r#\"",
    "\"\"\"",
    "${",
    "{{",
    "}}",
    "[",
    "]",
    "(",
    ")",
    "=",
    ":",
    ",",
    ";",
    "é",
    "😀",
    "\u{0}",
    "\u{feff}",
    "redflag: ignore[",
    "redflag: ignore",
    "password = ",
    "token: ",
    "-----BEGIN RSA PRIVATE KEY-----\n",
    "#[cfg(test)]",
    "eval(",
    "import ",
    "ghp_",
];

#[derive(Debug, Clone)]
enum Mutation {
    /// Overwrite the byte at (the position modulo the length).
    Set(usize, u8),
    Insert(usize, Vec<u8>),
    Delete(usize, usize),
    Duplicate(usize, usize),
    Truncate(usize),
    /// Insert a piece of another fixture.
    Splice(usize, usize, usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let interesting = (0..INTERESTING.len()).prop_map(|i| INTERESTING[i].as_bytes().to_vec());
    prop_oneof![
        3 => (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Mutation::Set(at, b)),
        4 => (any::<usize>(), prop_oneof![interesting, prop::collection::vec(any::<u8>(), 1..8)])
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        2 => (any::<usize>(), 1usize..64).prop_map(|(at, len)| Mutation::Delete(at, len)),
        1 => (any::<usize>(), 1usize..256).prop_map(|(at, len)| Mutation::Duplicate(at, len)),
        1 => any::<usize>().prop_map(Mutation::Truncate),
        1 => (any::<usize>(), any::<usize>(), any::<usize>(), 1usize..200)
            .prop_map(|(at, fixture, from, len)| Mutation::Splice(at, fixture, from, len)),
    ]
}

fn apply(mut bytes: Vec<u8>, mutations: &[Mutation], others: &[(String, Vec<u8>)]) -> Vec<u8> {
    let at = |i: usize, len: usize| i % (len + 1);
    for m in mutations {
        let len = bytes.len();
        match m {
            Mutation::Set(i, b) if len > 0 => bytes[i % len] = *b,
            Mutation::Set(..) => {}
            Mutation::Insert(i, new) => {
                let i = at(*i, len);
                bytes.splice(i..i, new.iter().copied());
            }
            Mutation::Delete(i, n) => {
                let i = at(*i, len);
                bytes.drain(i..(i + n).min(len));
            }
            Mutation::Duplicate(i, n) => {
                let i = at(*i, len);
                let copy = bytes[i..(i + n).min(len)].to_vec();
                bytes.splice(i..i, copy);
            }
            Mutation::Truncate(i) => bytes.truncate(at(*i, len)),
            Mutation::Splice(i, fixture, from, n) => {
                let other = &others[fixture % others.len()].1;
                let from = at(*from, other.len());
                let piece = other[from..(from + n).min(other.len())].to_vec();
                let i = at(*i, len);
                bytes.splice(i..i, piece);
            }
        }
    }
    bytes
}

/// Analyses `text` as `path` at every minimum severity and checks the properties.
fn check_document(path: &str, text: &[u8]) -> Result<(), TestCaseError> {
    remember(path, text);
    let mut analyses = Vec::new();
    for min_severity in Severity::ALL {
        let options = AnalyzeOptions {
            min_severity,
            time_budget: Duration::from_secs(2),
            ..AnalyzeOptions::default()
        };
        let doc = Document::new(path, text);
        let started = Instant::now();
        let analysis = engine()
            .analyze_contained(&doc, None, &options)
            .map_err(|e| TestCaseError::fail(format!("{path}: {e}")))?;
        // The budget bounds parsing and querying; the text pass is linear in the input.
        prop_assert!(
            started.elapsed() < Duration::from_secs(10),
            "{path}: {:?} for {} bytes",
            started.elapsed(),
            text.len()
        );
        for finding in &analysis.findings {
            prop_assert!(finding.span.start <= finding.span.end && finding.span.end <= text.len());
            prop_assert!(finding.revealed_excerpt.is_none());
        }
        analyses.push(analysis.findings);
    }
    let secrets: Vec<Range<usize>> = analyses
        .iter()
        .flatten()
        .filter_map(|f| f.secret_span.clone())
        .collect();
    if let Some(leak) = leaked_secret(text, &secrets, analyses.iter().flatten()) {
        return Err(TestCaseError::fail(format!("{path}: {leak}")));
    }
    Ok(())
}

/// A secret value the engine found that some finding shows in full, if any. Values shorter
/// than six characters, and values that also occur outside every secret span of the text or
/// in a rule's own wording, cannot tell a leak from a coincidence and are not checked.
fn leaked_secret<'a>(
    text: &[u8],
    secrets: &[Range<usize>],
    findings: impl Iterator<Item = &'a Finding> + Clone,
) -> Option<String> {
    let mut masked = text.to_vec();
    for span in secrets {
        masked[span.clone()].fill(0);
    }
    let masked = String::from_utf8_lossy(&masked);
    for span in secrets {
        let value = String::from_utf8_lossy(&text[span.clone()]);
        let value = value.trim();
        if value.chars().count() < 6 || masked.contains(value) {
            continue;
        }
        for finding in findings.clone() {
            if finding.rule.message.contains(value) || finding.rule.title.contains(value) {
                continue;
            }
            let fixes = finding
                .fix
                .iter()
                .flat_map(|f| f.edits.iter().map(|e| e.replacement.as_str()));
            let shown = [finding.message.as_str(), finding.excerpt.as_str()];
            if let Some(field) = shown.into_iter().chain(fixes).find(|s| s.contains(value)) {
                return Some(format!(
                    "[{}] shows the secret {value:?} found at {span:?}: {field:?}",
                    finding.rule.id
                ));
            }
        }
    }
    None
}

fn language_path() -> impl Strategy<Value = String> {
    let paths = &corpus().paths;
    (0..paths.len()).prop_map(move |i| paths[i].clone())
}

proptest! {
    #![proptest_config(config(192))]

    /// Random bytes, as any language.
    #[test]
    fn analyze_random_bytes(path in language_path(), text in prop::collection::vec(any::<u8>(), 0..2048)) {
        check_document(&path, &text)?;
    }

    /// Random text made of the pieces lexers care about, as any language.
    #[test]
    fn analyze_random_tokens(
        path in language_path(),
        pieces in prop::collection::vec((0..INTERESTING.len(), "[a-zA-Z0-9_]{0,24}"), 0..80),
    ) {
        let text: String = pieces.iter().map(|(i, word)| format!("{}{word}", INTERESTING[*i])).collect();
        check_document(&path, text.as_bytes())?;
    }
}

proptest! {
    #![proptest_config(config(384))]

    /// A rule fixture (real code with generated secrets), mutated, as its own language and
    /// as another.
    #[test]
    fn analyze_mutated_fixtures(
        fixture in any::<prop::sample::Index>(),
        rehome in any::<bool>(),
        path in language_path(),
        mutations in prop::collection::vec(mutation(), 0..8),
    ) {
        let fixtures = &corpus().fixtures;
        let (own_path, bytes) = &fixtures[fixture.index(fixtures.len())];
        let text = apply(bytes.clone(), &mutations, fixtures);
        let path = if rehome { path.as_str() } else { own_path.as_str() };
        check_document(path, &text)?;
    }
}

/// Pieces of configs: every key there is, good and bad values.
const CONFIG_PIECES: &[&str] = &[
    "[scan]\n",
    "[ignore]\n",
    "[rules]\n",
    "[rules.severity]\n",
    "min_severity = \"info\"\n",
    "fail_on = \"warning\"\n",
    "fail_on = \"critical\"\n",
    "max_file_size = 10\n",
    "max_file_size = -1\n",
    "max_file_size = 99999999999999999999\n",
    "builtin = false\n",
    "paths = [\"vendor/\", \"/a/**\", \"!keep\", \"[z-a]\", \"\", \"../x\"]\n",
    "values = [\"^sk_\", \"(\", \"sha256:abc\", \"sha256:",
    "\"]\n",
    "disable = [\"py.eval-non-literal\", \"no.such-rule\"]\n",
    "\"py.eval-non-literal\" = \"info\"\n",
    "paths = [\"no-such-folder\"]\n",
    "x = 1\n",
    "= \n",
    "[[scan]]\n",
    "\"\u{0}\"",
    "é",
    "'''",
];

proptest! {
    #![proptest_config(config(512))]

    /// The config loader on configs built from real keys and on random bytes; a config that
    /// loads gives a project whose ignores accept any path.
    #[test]
    fn load_random_configs(
        pieces in prop::collection::vec(0..CONFIG_PIECES.len(), 0..12),
        noise in prop::collection::vec(any::<u8>(), 0..64),
        paths in prop::collection::vec("[a-z./\\\\é]{0,12}", 0..4),
        use_noise in any::<bool>(),
    ) {
        let text: String = if use_noise {
            String::from_utf8_lossy(&noise).into_owned()
        } else {
            pieces.iter().map(|&i| CONFIG_PIECES[i]).collect()
        };
        let dir = std::env::temp_dir().join(format!("redflag-fuzz-config-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let file = dir.join("redflag.toml");
        if config::parse(&file, text.clone()).is_ok() {
            std::fs::write(&file, &text).unwrap();
            let options = LoadOptions { no_builtin: true, ..LoadOptions::default() };
            if let Ok(project) = Project::load(&dir, &options) {
                for path in &paths {
                    let _ = project.is_ignored(path, false);
                    let _ = project.is_ignored(&format!("/{path}"), true);
                    let _ = project.relative_path(Path::new(path));
                }
            }
        }
    }

    /// Config `[ignore] values` entries, and fake-value templates of fixtures.
    #[test]
    fn parse_ignored_values_and_fake_templates(
        entry in ".{0,40}",
        kind in prop_oneof![Just("hex"), Just("alnum"), Just("github"), Just("jwt"), Just("age"), Just("basic-auth"), Just("nope"), Just("")],
        arg in prop_oneof![Just("12".to_string()), Just("99999999999999999999".to_string()), Just("100000000000".to_string()), Just("4096".to_string()), "[0-9a-z:]{0,12}"],
        close in any::<bool>(),
    ) {
        if let Ok(value) = IgnoredValue::parse(&entry) {
            let _ = value.matches(entry.as_bytes());
        }
        let _ = IgnoredValue::parse(&format!("sha256:{entry}"));
        let template = format!("a {{{{fake:{kind}:{arg}{}", if close { "}} b" } else { "" });
        let _ = fake::expand(&template, &entry);
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// The rule loaders on mutated built-in rule files; a rule that loads and validates is
    /// compiled and run on a mutated fixture.
    #[test]
    fn load_mutated_rule_files(
        rule_file in any::<prop::sample::Index>(),
        mutations in prop::collection::vec(mutation(), 0..6),
        fixture in any::<prop::sample::Index>(),
    ) {
        let corpus = corpus();
        let (path, text) = &corpus.rule_files[rule_file.index(corpus.rule_files.len())];
        let mutated = apply(text.clone().into_bytes(), &mutations, &corpus.fixtures);
        let mutated = String::from_utf8_lossy(&mutated);
        remember(path, mutated.as_bytes());
        let Ok(parsed) = parse_rule_file(&format!("queries/{path}"), &mutated) else {
            return Ok(());
        };
        if parsed.iter().any(|rule| validate_rule(rule).is_err()) {
            return Ok(());
        }
        let Ok(set) = RuleSet::new(parsed) else {
            return Ok(());
        };
        let (fixture_path, bytes) = &corpus.fixtures[fixture.index(corpus.fixtures.len())];
        let bytes = apply(bytes.clone(), &mutations, &corpus.fixtures);
        remember(&format!("{path} (compiled) on {fixture_path}"), &bytes);
        let options = AnalyzeOptions { time_budget: Duration::from_secs(2), ..AnalyzeOptions::default() };
        let engine = Engine::new(set);
        let doc = Document::new(fixture_path, &bytes);
        let analysis = engine.analyze_contained(&doc, None, &options)
            .map_err(|e| TestCaseError::fail(format!("{path} on {fixture_path}: {e}")))?;
        let secrets: Vec<Range<usize>> = analysis.findings.iter().filter_map(|f| f.secret_span.clone()).collect();
        if let Some(leak) = leaked_secret(&bytes, &secrets, analysis.findings.iter()) {
            return Err(TestCaseError::fail(format!("{path} on {fixture_path}: {leak}")));
        }
    }
}

/// Every fixture as it is holds the properties, and the redaction check is not vacuous: it
/// sees the fixtures' secrets, and it catches a finding that shows one.
#[test]
fn fixtures_hold_the_properties_and_the_redaction_check_catches_a_leak() {
    let mut checked = 0;
    let mut caught = false;
    for (path, text) in &corpus().fixtures {
        check_document(path, text).unwrap_or_else(|e| panic!("{e}"));
        let analysis = engine().analyze(&Document::new(path, text), &AnalyzeOptions::default());
        let secrets: Vec<Range<usize>> = analysis
            .findings
            .iter()
            .filter_map(|f| f.secret_span.clone())
            .collect();
        checked += secrets.len();
        if let Some(mut leaky) = analysis
            .findings
            .iter()
            .find(|f| f.secret_span.as_ref().is_some_and(|s| s.len() >= 20))
            .cloned()
        {
            let span = leaky.secret_span.clone().unwrap();
            leaky.excerpt = String::from_utf8_lossy(&text[span]).into_owned();
            caught |= leaked_secret(text, &secrets, std::iter::once(&leaky)).is_some();
        }
    }
    assert!(
        checked > 500,
        "only {checked} secret values in the fixtures"
    );
    assert!(caught, "a finding showing its secret was not caught");
}
