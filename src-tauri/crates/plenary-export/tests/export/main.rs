//! The exporters, read back by independent readers where one is installed (pdftotext,
//! python-docx, Python's icalendar, html5lib, xmllint): what a secretariat sends out must
//! open in the tools its recipients use, not only in ours.

mod fixture;
mod readers;
mod ics;
mod json;
mod xliff;
mod docx;
mod html;
mod pdf;
mod outcome_fixture;
mod outcome_docx;
mod outcome_pdf;
mod outcome_html;
mod outcome_akn;
mod participants_fixture;
mod participants_sheets;
mod participants_documents;
