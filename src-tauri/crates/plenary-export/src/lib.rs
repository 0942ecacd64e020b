//! Documents out of Plenary. Every exporter is pure: it takes a value of the domain (an
//! [`plenary_core::agenda::Agenda`], an [`plenary_core::outcome::OutcomeDocument`]…) and
//! options, and returns bytes and a report of what it could not print; writing the file is
//! the caller's job.

pub mod badges;
pub mod cells;
pub mod docx;
pub mod html;
pub mod ics;
pub mod json;
pub mod options;
pub mod outcome;
pub mod participants;
pub mod pdf;
pub mod render;
pub mod stats_tables;
pub mod tent_cards;
pub mod xliff;
mod xml;

pub use options::{AgendaOptions, ExportError, Exported, Languages, Layout, OutcomeFormat, OutcomeOptions};
pub use outcome::{outcome_akn, outcome_docx, outcome_html, outcome_pdf};
