//! `cargo bench --bench assessment`: `ruimte score` and `ruimte analyse` on a CSV of 10,000
//! generated respondents answering the built-in questionnaire, each run end to end as the
//! command does it (read and check the CSV, compute, write the JSON to a sink).

use ambtelijke_ruimte::assessment::Catalogue;
use ambtelijke_ruimte::assessment::simulate::{Config, Style, respondents, to_csv};
use ambtelijke_ruimte::cli::{Command, run_assess};
use ambtelijke_ruimte::content::Content;
use criterion::{Criterion, criterion_group, criterion_main};

const N: usize = 10_000;

fn bench(c: &mut Criterion) {
    let content = Content::embedded().expect("content");
    let q = Catalogue::load(None, &content).questionnaires[0]
        .questionnaire
        .clone();
    let dir = tempfile::tempdir().expect("temp dir");
    let answers = dir.path().join("answers.csv");
    let rs = respondents(&q, N, Style::Trait, Config::default(), 1);
    std::fs::write(&answers, to_csv(&q, &rs)).expect("write CSV");
    let score = Command::Score {
        answers: answers.clone(),
        questionnaire: None,
    };
    let analyse = Command::Analyse {
        answers,
        questionnaire: None,
        json: true,
    };
    let mut group = c.benchmark_group("assessment_10k");
    group.sample_size(10);
    group.bench_function("score", |b| {
        b.iter(|| run_assess(&score, &content, &mut std::io::sink()).expect("score"));
    });
    group.bench_function("analyse", |b| {
        b.iter(|| run_assess(&analyse, &content, &mut std::io::sink()).expect("analyse"));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
