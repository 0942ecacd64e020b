//! `plenary backup [OUT]`, `plenary backups`, `plenary restore SNAPSHOT`: a snapshot into the
//! folder or to a file, the list in both languages and as JSON, a restore that snapshots the
//! current state first, and a damaged database listed and restored without being opened.

use crate::harness::Sandbox;

fn city(sandbox: &Sandbox) -> String {
    sandbox.sql().query_row("SELECT city FROM meetings", [], |r| r.get(0)).expect("the demo meeting's city")
}

#[test]
fn backup_backups_and_restore_bring_back_the_data_of_the_snapshot() {
    let (sandbox, _meeting) = Sandbox::with_demo();
    let run = sandbox.run(&["backup", "--json"]).success();
    let saved = run.json();
    let name = saved["name"].as_str().expect("the snapshot's name").to_owned();
    assert_eq!(saved["reason"], "manual", "{}", run.report());
    assert!(sandbox.path().join("backups").join(&name).is_file(), "the snapshot is in backups/ beside the database\n{}", run.report());
    assert!(saved["contents"]["participants"].as_u64().unwrap_or(0) > 0, "the demo's participants are counted\n{}", run.report());

    sandbox.sql().execute("UPDATE meetings SET city = 'Abuja'", []).expect("a change after the snapshot");
    let list = sandbox.run(&["backups"]).success();
    list.says(&name, "the list names the snapshot");
    list.says("backed up by hand", "and why it was taken");
    list.says("participants", "and its counts");
    let fr = sandbox.run(&["backups", "--lang", "fr"]).success();
    fr.says("sauvegarde manuelle", "the reason in French");

    let restore = sandbox.run(&["restore", &name]).success();
    restore.says("before a restore", "the state before was snapshotted first, and says so");
    restore.says(&name, "the restored snapshot is named");
    assert_eq!(city(&sandbox), "Lagos", "the old value is back\n{}", restore.report());
    let json = sandbox.run(&["backups", "--json"]).success().json();
    let reasons: Vec<&str> = json.as_array().expect("a list").iter().filter_map(|s| s["reason"].as_str()).collect();
    assert_eq!(reasons, vec!["restore", "manual"], "newest first: the snapshot of the state before the restore, then the manual one");
}

#[test]
fn backup_to_a_file_writes_a_verified_copy_there() {
    let (sandbox, _meeting) = Sandbox::with_demo();
    let out = sandbox.path().join("copy.db");
    let run = sandbox.run(&["backup", out.to_str().expect("a UTF-8 path")]).success();
    run.says("copy.db", "the copy's path is printed");
    let conn = rusqlite::Connection::open(&out).expect("the copy opens");
    let city: String = conn.query_row("SELECT city FROM meetings", [], |r| r.get(0)).expect("the copy holds the meeting");
    assert_eq!(city, "Lagos");
    assert!(!sandbox.path().join("copy.db.tmp").exists(), "no temporary file is left");
    let folder = sandbox.path().join("usb");
    std::fs::create_dir(&folder).expect("a folder");
    let json = sandbox.run(&["backup", folder.to_str().expect("a UTF-8 path"), "--json"]).success().json();
    let name = json["name"].as_str().expect("a name");
    assert!(name.starts_with("plenary-") && folder.join(name).is_file(), "into a folder, the copy takes a snapshot's name: {json}");
}

#[test]
fn an_unknown_snapshot_is_refused_in_the_users_language() {
    let (sandbox, _meeting) = Sandbox::with_demo();
    let run = sandbox.run(&["restore", "plenary-nope.db", "--lang", "fr"]).failure();
    assert!(run.stderr.contains("plenary-nope.db"), "the message names the snapshot\n{}", run.report());
    assert_eq!(city(&sandbox), "Lagos", "nothing changed");
}

#[test]
fn a_damaged_database_lists_its_snapshots_and_is_restored() {
    let (sandbox, _meeting) = Sandbox::with_demo();
    let name = sandbox.run(&["backup", "--json"]).success().json()["name"].as_str().expect("name").to_owned();
    let mut bytes = std::fs::read(&sandbox.db).expect("read");
    let len = bytes.len();
    for b in &mut bytes[2 * 4096..len - 4096] {
        *b = !*b;
    }
    std::fs::write(&sandbox.db, &bytes).expect("damage the database");
    let refused = sandbox.run(&["meetings"]).failure();
    assert!(refused.stderr.contains(".damaged"), "the refusal says a copy was kept\n{}", refused.report());
    sandbox.run(&["backups"]).success().says(&name, "the snapshots are listed without opening the damaged file");
    let run = sandbox.run(&["restore", &name]).success();
    run.says(".damaged", "the restore says the damaged file was kept");
    assert_eq!(city(&sandbox), "Lagos", "the snapshot's data is in place\n{}", run.report());
    assert!(std::fs::read(sandbox.path().join("plenary.db.damaged")).expect("the damaged copy") == bytes, "the damaged file is kept as found");
}
