//! The two catalogs say the same things: the same messages, each with the same variables, and
//! every message the code asks for exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{EN, ZH};
use crate::lang::Lang;

/// Each message's and term's id (terms with their leading `-`) with the variables it uses.
fn catalog(name: &str, source: &'static str) -> BTreeMap<String, BTreeSet<String>> {
    let resource =
        fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{name} does not parse: {errors:?}"));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        let (id, pattern) = match entry {
            Entry::Message(m) => (m.id.name.to_owned(), m.value),
            Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value)),
            Entry::Junk { content } => panic!("{name}: cannot read {content:?}"),
            _ => continue,
        };
        let pattern = pattern.unwrap_or_else(|| panic!("{name}: {id} has no text"));
        let mut variables = BTreeSet::new();
        pattern_variables(&pattern, &mut variables);
        assert!(
            messages.insert(id.clone(), variables).is_none(),
            "{name}: {id} is defined twice"
        );
    }
    messages
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for argument in &arguments.named {
                inline_variables(&argument.value, out);
            }
        }
        _ => {}
    }
}

#[test]
fn each_catalog_loads_whole() {
    for (tag, source) in [("zh", ZH), ("en", EN)] {
        let resource = fluent_bundle::FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{tag}.ftl does not parse: {errors:?}"));
        let mut bundle = super::Bundle::new_concurrent(vec![tag.parse().unwrap()]);
        // Messages and terms share one namespace: a term named like a message hides it.
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{tag}.ftl: {errors:?}"));
    }
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_variables() {
    let zh = catalog("zh.ftl", ZH);
    let en = catalog("en.ftl", EN);
    let only = |a: &BTreeMap<String, _>, b: &BTreeMap<String, _>| -> Vec<String> {
        a.keys().filter(|id| !b.contains_key(*id)).cloned().collect()
    };
    assert!(only(&zh, &en).is_empty(), "only in zh.ftl: {:?}", only(&zh, &en));
    assert!(only(&en, &zh).is_empty(), "only in en.ftl: {:?}", only(&en, &zh));
    for (id, variables) in &zh {
        assert_eq!(variables, &en[id], "{id}: the variables differ (zh, en)");
    }
}

/// The string literal after each `t!(` and `message!(` of a source file: the ids it uses.
fn ids_used(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut ids = Vec::new();
    for call in ["t!(", "message!("] {
        for (at, _) in code.match_indices(call) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '"') {
                continue;
            }
            let rest = &code[at + call.len()..];
            let id = rest.split('"').nth(1).expect("an id after the macro");
            ids.push(id.to_owned());
        }
    }
    ids
}

fn rust_files(dir: &Path, out: &mut Vec<String>) {
    for item in std::fs::read_dir(dir).unwrap() {
        let path = item.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// Every message the code names exists, and every message is named somewhere, except the
/// command-line help, which the program looks up by command and option name.
#[test]
fn the_code_uses_every_message_and_only_those() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = Vec::new();
    rust_files(&root.join("src"), &mut sources);
    rust_files(&root.join("../../src"), &mut sources);
    let used: BTreeSet<String> = sources.iter().flat_map(|s| ids_used(s)).collect();
    let zh = catalog("zh.ftl", ZH);
    let missing: Vec<&String> = used.iter().filter(|id| !zh.contains_key(*id)).collect();
    assert!(missing.is_empty(), "used but not in the catalog: {missing:?}");
    let unused: Vec<&String> = zh
        .keys()
        .filter(|id| !id.starts_with('-') && !id.starts_with("cli-") && !used.contains(*id))
        .collect();
    assert!(unused.is_empty(), "in the catalog but never used: {unused:?}");
}

#[test]
fn plurals_come_from_the_catalog() {
    let count = |en: usize| crate::t!(Lang::En, "kb-en-count", what = "steps", en = en, zh = 3usize);
    assert!(
        count(1).starts_with("In English (en), steps has 1 item, "),
        "{}",
        count(1)
    );
    assert!(
        count(2).starts_with("In English (en), steps has 2 items, "),
        "{}",
        count(2)
    );
    let zh = crate::t!(Lang::Zh, "kb-en-count", what = "steps", en = 1usize, zh = 3usize);
    assert!(zh.starts_with("英文（en）的 steps 有 1 项，中文有 3 项。"), "{zh}");
    let broken = |lang, count: usize| crate::t!(lang, "error-kb-broken", count = count);
    assert_eq!(
        broken(Lang::En, 1),
        "The knowledge base has 1 problem and cannot be used:"
    );
    assert_eq!(
        broken(Lang::En, 2),
        "The knowledge base has 2 problems and cannot be used:"
    );
    assert_eq!(broken(Lang::Zh, 1), "知识库有 1 处问题，无法使用：");
    let more = |count: usize| crate::t!(Lang::En, "kb-more-problems", count = count);
    assert!(more(1).starts_with("1 more problem is not listed. Fix"), "{}", more(1));
    assert!(
        more(3).starts_with("3 more problems are not listed. Fix"),
        "{}",
        more(3)
    );
}

#[test]
fn arguments_are_inserted_as_they_are() {
    // No isolation marks around arguments, spaces kept where the catalog quotes them.
    assert_eq!(crate::t!(Lang::Zh, "aside", text = "FAQ 15"), "（FAQ 15）");
    assert_eq!(crate::t!(Lang::En, "aside", text = "FAQ 15"), " (FAQ 15)");
    assert_eq!(crate::t!(Lang::En, "colon"), ": ");
    let message = crate::message!(
        "kb-yaml-unknown-field-allowed",
        field = "titel",
        allowed = vec!["id".into(), "title".into()]
    );
    assert!(message.render(Lang::Zh).contains("id、title"));
    assert!(message.render(Lang::En).contains("id, title"));
}

/// Every message is found in the part of the catalog its id names, and renders without error
/// (a reference to a message or term of another part would fail).
#[test]
fn every_message_renders_from_its_part() {
    for (lang, name, source) in [(Lang::Zh, "zh.ftl", ZH), (Lang::En, "en.ftl", EN)] {
        for (id, variables) in catalog(name, source) {
            if id.starts_with('-') {
                continue;
            }
            let bundle = super::bundle(lang, super::Part::of(&id));
            let pattern = bundle.get_message(&id).and_then(|m| m.value());
            let pattern = pattern.unwrap_or_else(|| panic!("{name}: {id} is not in the part its id names"));
            let mut args = fluent_bundle::FluentArgs::new();
            for variable in &variables {
                args.set(variable.as_str(), 2);
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            assert!(errors.is_empty() && !text.is_empty(), "{name}: {id}: {errors:?}");
        }
    }
}

#[test]
fn the_desk_and_its_group_have_one_english_name_each() {
    // The first line of each message, by id.
    let lines = |source: &'static str| -> BTreeMap<&'static str, &'static str> {
        (source.lines())
            .filter(|line| !line.starts_with(['#', ' ']))
            .filter_map(|line| line.split_once(" = "))
            .collect()
    };
    let en = lines(EN);
    for (id, zh) in lines(ZH) {
        let english = en.get(id).copied().unwrap_or_default();
        if zh.contains("客服群") {
            assert!(
                english.contains("support desk's group"),
                "{id}: 客服群 is \"the support desk's group\": {english}"
            );
        }
        if zh.contains("答疑老师") {
            assert!(
                english.contains("support desk"),
                "{id}: 答疑老师 is \"the support desk\": {english}"
            );
        }
    }
    assert!(!EN.contains("support team"), "答疑老师 is \"the support desk\"");
}
