//! `plenary outcome …` and `plenary export outcome` on the demo's draft, read back by
//! python-docx, pdftotext and xmllint rather than by our own code.

use crate::harness::Sandbox;
use std::process::Command;

#[test]
fn the_demo_draft_shows_its_numbers_its_brackets_and_its_pending_amendment() {
    let (sandbox, id) = Sandbox::with_demo();
    let list = sandbox.run(&["outcome", "list", "--meeting", &id]).success();
    list.says("1 pending amendment", "the demo's draft carries one amendment waiting for a decision");
    let show = sandbox.run(&["outcome", "show", "--meeting", &id]).success();
    show.says("OP6 [bracketed]", "the prosecution paragraph is contested");
    show.says("[and a standing network of specialised prosecutors]", "the contested passage is in brackets");
    show.says("166 representatives from 41 countries", "the facts paragraph is written from the data");
    show.says("Mixed Migration Centre", "the figures keep their source");
    let fr = sandbox.run(&["--lang", "fr", "outcome", "show", "--meeting", &id]).success();
    fr.says("Coprésidence\u{202f}: ", "the French facts paragraph is typeset the French way");
    sandbox.run(&["outcome", "revisions", "--meeting", &id]).success().says("Zero draft", "the demo saved a first revision");
}

#[test]
fn revisions_are_saved_compared_and_restored_without_losing_any() {
    let (sandbox, id) = Sandbox::with_demo();
    sandbox.run(&["outcome", "revise", "--meeting", &id, "--name", "Rev.1"]).success();
    sandbox
        .sql()
        .execute("UPDATE texts SET en_text = en_text || ' Added words.' WHERE owner_kind = 'outcome_paragraph' AND en_text LIKE 'Protection must follow%'", [])
        .expect("edit a paragraph behind the CLI's back, as another window would");
    let cmp = sandbox.run(&["outcome", "compare", "--meeting", &id, "--from", "Rev.1"]).success();
    cmp.says("{+ Added words.+}", "the comparison shows the inserted words");
    cmp.says("0 added, 0 removed, 1 changed", "one paragraph changed");
    sandbox.run(&["outcome", "restore", "--meeting", &id, "--revision", "Rev.1"]).success();
    let revisions = sandbox.run(&["outcome", "revisions", "--meeting", &id]).success();
    for name in ["Zero draft", "Rev.1"] {
        revisions.says(name, "restoring keeps every earlier revision");
    }
    let show = sandbox.run(&["outcome", "show", "--meeting", &id]).success();
    assert!(!show.stdout.contains("Added words."), "the restored text is the revision's\n{}", show.report());
}

#[test]
fn the_outcome_exports_are_read_by_independent_readers() {
    let (sandbox, id) = Sandbox::with_demo();
    let docx = sandbox.path().join("outcome.docx");
    sandbox.run(&["export", "outcome", "--meeting", &id, "-o", docx.to_str().expect("UTF-8 path")]).success().says("Wrote", "says what it wrote");
    let script = "import docx, sys\nd = docx.Document(sys.argv[1])\nparts = [p.text for p in d.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]\nfor t in d.tables:\n    for r in t.rows:\n        for c in r.cells:\n            parts += [p.text for p in c.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]\nprint('\\n'.join(parts))";
    let out = Command::new("/usr/bin/python3").args(["-c", script]).arg(&docx).output().expect("python3 runs");
    assert!(out.status.success(), "python-docx opened the file: {}", String::from_utf8_lossy(&out.stderr));
    let numbered = String::from_utf8(out.stdout).expect("UTF-8");
    let first = numbered.find("Prevention must be rooted").expect("OP1 is a numbered paragraph");
    let last = numbered.find("The outcomes of the Joint Thematic Meeting").expect("the last operative paragraph is numbered");
    assert!(first < last, "numbered paragraphs come in order\n{numbered}");

    let pdf = sandbox.path().join("outcome.pdf");
    sandbox.run(&["export", "outcome", "--meeting", &id, "--layout", "separate", "-o", pdf.to_str().expect("UTF-8 path")]).success();
    let out = Command::new("pdftotext").args(["-enc", "UTF-8"]).arg(&pdf).arg("-").output().expect("pdftotext runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Prevention must be rooted"), "English text in the PDF");
    assert!(text.contains("La prévention doit s’ancrer"), "French text in the PDF");

    let xml = sandbox.path().join("outcome.xml");
    sandbox.run(&["export", "outcome", "--meeting", &id, "--lang", "both", "-o", xml.to_str().expect("UTF-8 path")]).success();
    for lang in ["en", "fr"] {
        let file = sandbox.path().join(format!("outcome.{lang}.xml"));
        let lint = Command::new("xmllint").arg("--noout").arg(&file).output().expect("xmllint runs (make deps installs libxml2-utils)");
        assert!(lint.status.success(), "the {lang} Akoma Ntoso file is well-formed: {}", String::from_utf8_lossy(&lint.stderr));
    }
}

#[test]
fn an_unknown_revision_is_refused_by_name() {
    let (sandbox, id) = Sandbox::with_demo();
    let out = sandbox.path().join("x.docx");
    let run = sandbox.run(&["export", "outcome", "--meeting", &id, "--revision", "Rev.9", "-o", out.to_str().expect("UTF-8 path")]);
    assert_ne!(run.code, Some(0), "an unknown revision is an error\n{}", run.report());
    assert!(run.stderr.contains("Rev.9"), "the message names what was asked\n{}", run.report());
    assert!(!out.exists(), "nothing is written");
}
