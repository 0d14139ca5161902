//! Loading, validation, tree building and search: for the embedded knowledge base and for
//! generated ones of 100, 1,000 and 10,000 entries. `cargo bench`; BENCHMARKS.md has the figures.

use std::hint::black_box;
use std::path::Path;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use wecom_help::engine::Node;
use wecom_help::kb::{Kb, KbSource, SourceFile, from_files, load_dir, synthetic};
use wecom_help::knowledge;
use wecom_help::lang::Lang;
use wecom_help::search::Index;

/// The questions of the generated bases whose tree is measured at a fixed number of questions.
const FIXED_QUESTIONS: usize = 24;

fn files(entries: usize) -> Vec<SourceFile> {
    source_files(synthetic::generate(entries))
}

fn source_files(generated: synthetic::Files) -> Vec<SourceFile> {
    generated.into_iter().map(|(r, t)| SourceFile::unread(r, t)).collect()
}

/// The knowledge base of `files`, as shown in Chinese.
fn shown(files: &[SourceFile]) -> Kb {
    from_files(files, "bench").unwrap().kb.in_language(Lang::Zh)
}

fn embedded(c: &mut Criterion) {
    let mut group = c.benchmark_group("embedded");
    let embedded = knowledge::load(&KbSource::Embedded, Lang::Zh).unwrap();
    group.bench_function("read compiled knowledge base (as shown in Chinese)", |b| {
        b.iter(|| black_box(embedded.kb().unwrap()))
    });
    group.bench_function("parse and validate faq/", |b| {
        b.iter(|| black_box(load_dir(Path::new("faq")).unwrap()))
    });
    let bilingual = load_dir(Path::new("faq")).unwrap().kb;
    let kb = bilingual.in_language(Lang::Zh);
    group.bench_function("build tree", |b| b.iter(|| black_box(Node::build(&kb))));
    group.bench_function("build search index", |b| b.iter(|| black_box(Index::new(&bilingual))));
    group.bench_function("read compiled search index", |b| {
        b.iter(|| black_box(embedded.index().unwrap()))
    });
    let index = embedded.index().unwrap();
    group.bench_function("search (a message)", |b| {
        b.iter(|| black_box(index.search(black_box("你的账号已被禁用"), 5, Lang::Zh)))
    });
    group.finish();
}

fn generated(c: &mut Criterion) {
    let mut group = c.benchmark_group("generated");
    group.sample_size(10);
    for entries in [100, 1_000, 10_000] {
        let files = files(entries);
        group.bench_with_input(BenchmarkId::new("parse and validate", entries), &files, |b, files| {
            b.iter(|| black_box(from_files(files, "bench").unwrap()))
        });
        let kb = shown(&files);
        group.bench_with_input(BenchmarkId::new("build tree", entries), &kb, |b, kb| {
            b.iter(|| black_box(Node::build(kb)))
        });
        // The same number of questions at every size, so that only N changes.
        let kb = shown(&source_files(synthetic::generate_with(entries, Some(FIXED_QUESTIONS))));
        group.bench_with_input(BenchmarkId::new("build tree, 24 questions", entries), &kb, |b, kb| {
            b.iter(|| black_box(Node::build(kb)))
        });
    }
    group.finish();
}

criterion_group!(benches, embedded, generated);
criterion_main!(benches);
