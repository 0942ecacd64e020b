//! Exports of a generated meeting through the API (read from SQLite, typeset or written,
//! saved to a file): the agenda as PDF, DOCX and ICS for 100, 300 and 1,000 sessions; the
//! list of participants as XLSX at 7,000, 35,000 and 70,000 and as PDF at 7,000 (a printed
//! list of 70,000 runs to some 2,000 pages); the outcome document as DOCX and PDF at 100,
//! 250 and 500 paragraphs. A PDF exported again in one process reuses Typst's memoised
//! layout, as the running app does; plenary-export's benchmarks time the first export.

use super::generated::Generated;
use criterion::{BenchmarkId, Criterion};
use plenary_api::{ExportFormat, ExportOutcomeArgs, Languages, Lang, Layout, ListFormat, OutcomeFormat, SaveAgendaArgs, SaveParticipantsArgs};
use std::hint::black_box;

/// The largest list printed as a PDF in this benchmark.
const PRINTED_LIST: u32 = 7_000;

/// The benchmarks of this part over every generated meeting.
pub fn bench(c: &mut Criterion, meetings: &[Generated]) {
    let out = tempfile::tempdir().expect("a folder for the exported files");
    let mut group = c.benchmark_group("exports");
    for m in meetings {
        let api = m.api();
        let sessions = format!("{} sessions", m.spec.sessions);
        for (name, format) in [("agenda PDF side by side", ExportFormat::Pdf), ("agenda DOCX side by side", ExportFormat::Docx), ("agenda ICS", ExportFormat::Ics)] {
            let path = out.path().join(format!("agenda.{format}"));
            let what = SaveAgendaArgs { meeting_id: m.meeting_id.clone(), format, languages: Languages::Both, layout: Layout::SideBySide, version: None };
            group.bench_function(BenchmarkId::new(name, &sessions), |b| {
                b.iter(|| black_box(api.export_agenda(what.clone().to_path(path.clone())).expect("the agenda is exported")))
            });
        }
        let mut lists = vec![("participants XLSX", ListFormat::Xlsx)];
        if m.spec.participants <= PRINTED_LIST {
            lists.push(("participants PDF", ListFormat::Pdf));
        }
        for (name, format) in lists {
            let path = out.path().join(format!("list.{format}"));
            let what = SaveParticipantsArgs { meeting_id: m.meeting_id.clone(), format, lang: Lang::En, order: None, include_contacts: false };
            group.bench_function(BenchmarkId::new(name, m.label()), |b| {
                b.iter(|| black_box(api.export_participants(what.clone().to_path(path.clone())).expect("the list is exported")))
            });
        }
        let paragraphs = format!("{} paragraphs", m.spec.paragraphs);
        for (name, format) in [("outcome DOCX side by side", OutcomeFormat::Docx), ("outcome PDF side by side", OutcomeFormat::Pdf)] {
            let args = ExportOutcomeArgs {
                document_id: m.document_id.clone(),
                revision_id: None,
                format,
                languages: Languages::Both,
                layout: Layout::SideBySide,
                path: out.path().join(format!("outcome.{format}")),
            };
            group.bench_function(BenchmarkId::new(name, &paragraphs), |b| {
                b.iter(|| black_box(api.export_outcome(args.clone()).expect("the outcome is exported")))
            });
        }
    }
    group.finish();
}
