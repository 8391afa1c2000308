//! Python taint walker for flow rules: one forward pass over each function body (and the
//! module's own code) in source order, keeping which local names hold a value that came from
//! a source. Values move through assignment (plain, chained, annotated, augmented, tuple
//! unpacking), string building (f-strings, `%`, `+`, `.format`, `join`), containers,
//! subscripts and attributes of a tainted object, method calls on it, `with ... as`,
//! `for x in ...` and calls that take it (unless a sanitizer or a function that returns a
//! number or a bool). Branches merge by union; loop bodies run twice so a value tainted late
//! in the body reaches a sink early in it. Not followed: values across functions, through
//! object fields of other names, or through closures.

use crate::languages::node_text;
use crate::languages::taint::{FlowHit, FlowSpans};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use tree_sitter::Node;

/// Deeper expressions are not followed (a stack guard for generated code).
const MAX_DEPTH: usize = 200;
/// Work bound per file: evaluation steps.
const MAX_STEPS: usize = 4_000_000;

/// Calls whose result carries none of their arguments' text.
const CLEAN_FUNCTIONS: &[&str] = &[
    "len",
    "bool",
    "int",
    "float",
    "complex",
    "isinstance",
    "issubclass",
    "hasattr",
    "callable",
    "hash",
    "id",
    "type",
    "ord",
    "abs",
    "round",
    "any",
    "all",
];

/// Methods whose result is a number or a bool, not the receiver's text.
const CLEAN_METHODS: &[&str] = &[
    "startswith",
    "endswith",
    "isdigit",
    "isdecimal",
    "isnumeric",
    "isalnum",
    "isalpha",
    "isidentifier",
    "count",
    "find",
    "rfind",
    "index",
    "rindex",
    "exists",
    "is_file",
    "is_dir",
];

/// Methods that put their arguments into the receiver (`parts.append(name)`).
const FILLING_METHODS: &[&str] = &[
    "append",
    "extend",
    "insert",
    "add",
    "update",
    "appendleft",
    "extendleft",
    "setdefault",
];

#[derive(Clone, Copy)]
struct Taint {
    source: (usize, usize),
    /// The name that carried it, once one did.
    via: Option<(usize, usize)>,
}

type Env = HashMap<String, Taint>;

pub(super) fn walk(root: Node, text: &[u8], spans: &FlowSpans) -> Vec<FlowHit> {
    if spans.sinks.is_empty() || spans.sources.is_empty() {
        return Vec::new();
    }
    let mut walker = Walker {
        text,
        spans,
        hits: Vec::new(),
        reported: HashSet::new(),
        steps: 0,
    };
    let mut env = Env::new();
    walker.block(root, &mut env);
    walker.hits
}

struct Walker<'a, 't> {
    text: &'a [u8],
    spans: &'a FlowSpans<'t>,
    hits: Vec<FlowHit>,
    reported: HashSet<Range<usize>>,
    steps: usize,
}

fn merge(into: &mut Env, other: Env) {
    for (name, taint) in other {
        into.entry(name).or_insert(taint);
    }
}

fn range(node: Node) -> (usize, usize) {
    (node.start_byte(), node.end_byte())
}

impl Walker<'_, '_> {
    fn out_of_steps(&mut self) -> bool {
        self.steps += 1;
        self.steps > MAX_STEPS
    }

    /// The statements of a block (or the module) in order.
    fn block(&mut self, block: Node, env: &mut Env) {
        let mut cursor = block.walk();
        let children: Vec<Node> = block.named_children(&mut cursor).collect();
        for child in children {
            self.statement(child, env);
        }
    }

    fn statement(&mut self, node: Node, env: &mut Env) {
        if self.out_of_steps() {
            return;
        }
        let field = |name: &str| node.child_by_field_name(name);
        match node.kind() {
            // A function is its own scope: its parameters hold nothing from a source.
            "function_definition" => {
                if let Some(body) = field("body") {
                    self.block(body, &mut Env::new());
                }
            }
            "decorated_definition" => {
                if let Some(definition) = field("definition") {
                    self.statement(definition, env);
                }
            }
            // Class attributes are not the module's names.
            "class_definition" => {
                if let Some(body) = field("body") {
                    self.block(body, &mut env.clone());
                }
            }
            "if_statement" => {
                self.sinks_in(field("condition"), env);
                let before = env.clone();
                let mut after = before.clone();
                if let Some(consequence) = field("consequence") {
                    self.block(consequence, &mut after);
                }
                let mut has_else = false;
                let mut cursor = node.walk();
                let alternatives: Vec<Node> = node
                    .children_by_field_name("alternative", &mut cursor)
                    .collect();
                for alternative in alternatives {
                    let mut branch = before.clone();
                    if alternative.kind() == "else_clause" {
                        has_else = true;
                        if let Some(body) = alternative.child_by_field_name("body") {
                            self.block(body, &mut branch);
                        }
                    } else {
                        self.sinks_in(alternative.child_by_field_name("condition"), &branch);
                        if let Some(body) = alternative.child_by_field_name("consequence") {
                            self.block(body, &mut branch);
                        }
                    }
                    merge(&mut after, branch);
                }
                if !has_else {
                    merge(&mut after, before);
                }
                *env = after;
            }
            "for_statement" => {
                let iterable = field("right");
                self.sinks_in(iterable, env);
                let taint = iterable.and_then(|i| self.eval(i, env, 0));
                let before = env.clone();
                for _ in 0..2 {
                    if let Some(left) = field("left") {
                        self.bind(left, taint, None, env);
                    }
                    if let Some(body) = field("body") {
                        self.block(body, env);
                    }
                }
                merge(env, before);
                if let Some(alternative) = field("alternative") {
                    self.block(alternative, env);
                }
            }
            "while_statement" => {
                let before = env.clone();
                for _ in 0..2 {
                    self.sinks_in(field("condition"), env);
                    if let Some(body) = field("body") {
                        self.block(body, env);
                    }
                }
                merge(env, before);
                if let Some(alternative) = field("alternative") {
                    self.block(alternative, env);
                }
            }
            "with_statement" => {
                let mut cursor = node.walk();
                let children: Vec<Node> = node.named_children(&mut cursor).collect();
                for child in children {
                    if child.kind() == "with_clause" {
                        self.with_clause(child, env);
                    } else if child.kind() == "block" {
                        self.block(child, env);
                    }
                }
            }
            // Handlers and clauses run after some of the body: one pass, names kept.
            "try_statement"
            | "except_clause"
            | "except_group_clause"
            | "else_clause"
            | "finally_clause" => {
                let mut cursor = node.walk();
                let children: Vec<Node> = node.named_children(&mut cursor).collect();
                for child in children {
                    match child.kind() {
                        "block" => self.block(child, env),
                        "except_clause"
                        | "except_group_clause"
                        | "else_clause"
                        | "finally_clause" => self.statement(child, env),
                        _ => self.sinks_in(Some(child), env),
                    }
                }
            }
            "match_statement" => {
                self.sinks_in(field("subject"), env);
                let before = env.clone();
                let mut after = before.clone();
                let mut cursor = node.walk();
                let cases: Vec<Node> = field("body")
                    .map(|body| body.named_children(&mut cursor).collect())
                    .unwrap_or_default();
                for case in cases {
                    let mut branch = before.clone();
                    if let Some(consequence) = case.child_by_field_name("consequence") {
                        self.block(consequence, &mut branch);
                    }
                    merge(&mut after, branch);
                }
                *env = after;
            }
            "block" => self.block(node, env),
            "expression_statement" => {
                self.sinks_in(Some(node), env);
                let mut cursor = node.walk();
                let children: Vec<Node> = node.named_children(&mut cursor).collect();
                for child in children {
                    self.effects(child, env);
                }
            }
            _ => self.sinks_in(Some(node), env),
        }
    }

    fn with_clause(&mut self, clause: Node, env: &mut Env) {
        let mut cursor = clause.walk();
        let items: Vec<Node> = clause.named_children(&mut cursor).collect();
        for item in items {
            let Some(value) = item.child_by_field_name("value") else {
                continue;
            };
            self.sinks_in(Some(value), env);
            if value.kind() != "as_pattern" {
                continue;
            }
            let (Some(expression), Some(alias)) =
                (value.named_child(0), value.child_by_field_name("alias"))
            else {
                continue;
            };
            let taint = self.eval(expression, env, 0);
            let target = alias.named_child(0).unwrap_or(alias);
            self.bind(target, taint, None, env);
        }
    }

    /// What an expression statement changes: names it assigns, containers it fills.
    fn effects(&mut self, node: Node, env: &mut Env) {
        match node.kind() {
            "assignment" => {
                let Some(right) = node.child_by_field_name("right") else {
                    return;
                };
                // `a = b = value`: every target gets the innermost value.
                let mut targets = vec![node];
                let mut value = right;
                while value.kind() == "assignment" {
                    targets.push(value);
                    match value.child_by_field_name("right") {
                        Some(next) => value = next,
                        None => return,
                    }
                }
                let taint = self.eval(value, env, 0);
                for target in targets {
                    if let Some(left) = target.child_by_field_name("left") {
                        self.bind(left, taint, Some(value), env);
                    }
                }
            }
            "augmented_assignment" => {
                let (Some(left), Some(right)) = (
                    node.child_by_field_name("left"),
                    node.child_by_field_name("right"),
                ) else {
                    return;
                };
                if let Some(taint) = self.eval(right, env, 0) {
                    self.bind(left, Some(taint), None, env);
                }
            }
            "call" => {
                let Some(function) = node.child_by_field_name("function") else {
                    return;
                };
                let method = function
                    .child_by_field_name("attribute")
                    .map(|a| node_text(a, self.text));
                let receiver = function.child_by_field_name("object");
                if let (Some(method), Some(receiver)) = (method, receiver)
                    && FILLING_METHODS.contains(&method)
                {
                    let taint = node
                        .child_by_field_name("arguments")
                        .and_then(|args| self.eval(args, env, 0));
                    if taint.is_some() {
                        self.bind(receiver, taint, None, env);
                    }
                }
            }
            _ => {}
        }
    }

    /// Gives `target` the taint of a value (`None`: the value is clean).
    fn bind(&mut self, target: Node, taint: Option<Taint>, value: Option<Node>, env: &mut Env) {
        match target.kind() {
            "identifier" | "attribute" => {
                let name = self.key(target);
                match taint {
                    Some(taint) => {
                        env.insert(name, taint);
                    }
                    None => {
                        env.remove(&name);
                    }
                }
            }
            // `d[k] = v` taints `d`; a clean value does not clean the rest of it.
            "subscript" => {
                if let (Some(taint), Some(object)) = (taint, target.child_by_field_name("value")) {
                    self.bind(object, Some(taint), None, env);
                }
            }
            "pattern_list" | "tuple_pattern" | "list_pattern" | "tuple" | "list"
            | "expression_list" => {
                let mut cursor = target.walk();
                let targets: Vec<Node> = target.named_children(&mut cursor).collect();
                let values: Option<Vec<Node>> = value
                    .filter(|v| {
                        matches!(v.kind(), "expression_list" | "tuple" | "list")
                            && v.named_child_count() == targets.len()
                    })
                    .map(|v| {
                        let mut cursor = v.walk();
                        v.named_children(&mut cursor).collect()
                    });
                for (i, element) in targets.into_iter().enumerate() {
                    match values.as_ref().and_then(|v| v.get(i)) {
                        Some(&part) => {
                            let taint = self.eval(part, env, 0);
                            self.bind(element, taint, Some(part), env);
                        }
                        None => self.bind(element, taint, None, env),
                    }
                }
            }
            "list_splat_pattern" | "parenthesized_expression" => {
                if let Some(inner) = target.named_child(0) {
                    self.bind(inner, taint, None, env);
                }
            }
            _ => {}
        }
    }

    /// A name as the environment keys it: `name` or `self.name`, without spaces.
    fn key(&self, node: Node) -> String {
        node_text(node, self.text)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }

    /// Checks the sinks inside `node` against the names as they are now.
    fn sinks_in(&mut self, node: Option<Node>, env: &Env) {
        let Some(node) = node else { return };
        let sinks = &self.spans.sinks;
        let first = sinks.partition_point(|s| s.start_byte() < node.start_byte());
        let inside: Vec<Node> = sinks[first..]
            .iter()
            .take_while(|s| s.start_byte() < node.end_byte())
            .filter(|s| s.end_byte() <= node.end_byte())
            .copied()
            .collect();
        for sink in inside {
            if self.reported.contains(&sink.byte_range()) {
                continue;
            }
            if let Some(taint) = self.eval(sink, env, 0) {
                self.reported.insert(sink.byte_range());
                let (source, via) = (taint.source, taint.via.unwrap_or(range(sink)));
                self.hits.push(FlowHit {
                    sink: sink.byte_range(),
                    source: source.0..source.1,
                    via: via.0..via.1,
                });
            }
        }
    }

    /// Whether an expression's value carries a source's, and from where.
    fn eval(&mut self, node: Node, env: &Env, depth: usize) -> Option<Taint> {
        if depth > MAX_DEPTH || self.out_of_steps() {
            return None;
        }
        let span = node.byte_range();
        if self.spans.sanitizers.contains(&span) {
            return None;
        }
        if self.spans.sources.contains(&span) {
            return Some(Taint {
                source: range(node),
                via: None,
            });
        }
        let deeper = depth + 1;
        let via_name = |taint: Taint| Taint {
            via: Some(range(node)),
            ..taint
        };
        match node.kind() {
            "identifier" => env.get(node_text(node, self.text)).copied().map(via_name),
            "attribute" => match env.get(&self.key(node)) {
                Some(taint) => Some(via_name(*taint)),
                None => node
                    .child_by_field_name("object")
                    .and_then(|object| self.eval(object, env, deeper)),
            },
            "subscript" => node
                .child_by_field_name("value")
                .and_then(|value| self.eval(value, env, deeper)),
            "call" => self.eval_call(node, env, deeper),
            "keyword_argument" => node
                .child_by_field_name("value")
                .and_then(|value| self.eval(value, env, deeper)),
            "conditional_expression" => {
                let mut cursor = node.walk();
                let branches: Vec<Node> = node.named_children(&mut cursor).collect();
                [branches.first(), branches.get(2)]
                    .into_iter()
                    .flatten()
                    .find_map(|&b| self.eval(b, env, deeper))
            }
            // A `lambda` is code, not the value; the rest are numbers, bools and constants.
            "comparison_operator"
            | "not_operator"
            | "lambda"
            | "integer"
            | "float"
            | "true"
            | "false"
            | "none"
            | "ellipsis"
            | "comment"
            | "type" => None,
            "string" => {
                let mut cursor = node.walk();
                let parts: Vec<Node> = node
                    .named_children(&mut cursor)
                    .filter(|c| c.kind() == "interpolation")
                    .collect();
                parts
                    .into_iter()
                    .find_map(|part| self.eval_children(part, env, deeper))
            }
            _ => self.eval_children(node, env, deeper),
        }
    }

    fn eval_children(&mut self, node: Node, env: &Env, depth: usize) -> Option<Taint> {
        let mut cursor = node.walk();
        let children: Vec<Node> = node.named_children(&mut cursor).collect();
        children
            .into_iter()
            .find_map(|child| self.eval(child, env, depth))
    }

    /// A call's result: tainted by its receiver or arguments, unless it only measures them.
    fn eval_call(&mut self, node: Node, env: &Env, depth: usize) -> Option<Taint> {
        let function = node.child_by_field_name("function")?;
        let arguments = node.child_by_field_name("arguments");
        let receiver = match function.kind() {
            "identifier" => {
                if CLEAN_FUNCTIONS.contains(&node_text(function, self.text)) {
                    return None;
                }
                None
            }
            "attribute" => {
                let method = function
                    .child_by_field_name("attribute")
                    .map_or("", |a| node_text(a, self.text));
                if CLEAN_METHODS.contains(&method) {
                    return None;
                }
                function.child_by_field_name("object")
            }
            _ => None,
        };
        if let Some(taint) = receiver.and_then(|r| self.eval(r, env, depth)) {
            return Some(taint);
        }
        arguments.and_then(|args| self.eval(args, env, depth))
    }
}
