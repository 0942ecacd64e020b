//! Plenary's domain: the meeting, its delegations and participants, its timetable,
//! its bilingual texts, and the rules that keep them consistent.
//!
//! This crate is pure: it knows no SQL, no files and no Tauri. Everything here can be
//! unit-tested without a database, and every rule the store or the app relies on lives here.

pub mod agenda;
pub mod calendar;
pub mod changelog;
pub mod clock;
pub mod country;
pub mod delegation;
pub mod dialogue;
pub mod diff;
pub mod error;
pub mod glossary;
pub mod id;
pub mod lang;
pub mod limits;
pub mod meeting;
pub mod number;
pub mod organisation;
pub mod outcome;
pub mod participant;
pub mod participant_list;
pub mod protocol;
pub mod retention;
pub mod session;
pub mod stats;
pub mod string_enum;
pub mod text;
pub mod timetable;
pub mod typography;

pub use error::{DomainError, ErrorCode};
pub use id::Id;
pub use lang::Lang;
pub use text::{BilingualText, TextSide, TranslationState};
