//! The app's surface as the webview sees it: what the capabilities grant (an allowlist: the
//! app's own commands and Tauri's core defaults, for the main window only), the permissions
//! build.rs generated, the Content Security Policy, and the built UI, which must neither
//! run inline code nor depend on anything remote.
//!
//! Each rule is a function that returns the problems it finds, so that the tests at the end
//! can also show that a hostile capability or page is caught.

use plenary_desktop::COMMANDS;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The parts of Tauri's `core:default` set, which a capability may name one by one instead.
const CORE_DEFAULT_PARTS: [&str; 9] = [
    "core:app:default",
    "core:event:default",
    "core:image:default",
    "core:menu:default",
    "core:path:default",
    "core:resources:default",
    "core:tray:default",
    "core:webview:default",
    "core:window:default",
];

/// Plugins whose permissions would open the machine to the webview, each with why.
const FORBIDDEN_PLUGINS: [(&str, &str); 7] = [
    ("shell:", "the shell plugin would let the webview run programs"),
    ("sql:", "the sql plugin would let the webview run any SQL on the database, around plenary-api's checks"),
    ("fs:", "the fs plugin would let the webview read and write files; paths come from dialogs opened by the Rust side"),
    ("http:", "the http plugin would let the webview reach the network; Plenary works offline"),
    ("opener:", "the opener plugin would let the webview open URLs and files in other programs"),
    ("dialog:", "dialogs are opened by the Rust side (src/dialogs.rs), so that a path never comes from the webview"),
    ("process:", "the process plugin would let the webview restart or exit the app"),
];

/// A capability file read as JSON-like values, whatever its format.
struct Capability {
    file: String,
    windows: Vec<Value>,
    webviews: Vec<Value>,
    permissions: Vec<Value>,
    remote: Option<Value>,
}

/// The keys of a capability that matter here, from a JSON file.
fn from_json(file: &str, text: &str) -> Result<Capability, String> {
    let json: Value = serde_json::from_str(text).map_err(|e| format!("{file}: not JSON: {e}"))?;
    let list = |key: &str| json.get(key).and_then(Value::as_array).cloned().unwrap_or_default();
    Ok(Capability { file: file.into(), windows: list("windows"), webviews: list("webviews"), permissions: list("permissions"), remote: json.get("remote").cloned() })
}

/// The same keys from a TOML file. The desktop crate has no TOML reader: a capability holds
/// `key = [ "…", … ]` arrays of strings (an inline table in `permissions` is a scoped
/// permission, refused anyway), which are read here; anything else under those keys is an
/// error rather than a silent pass.
fn from_toml(file: &str, text: &str) -> Result<Capability, String> {
    let mut arrays: std::collections::HashMap<String, String> = Default::default();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or_default().trim();
        if let Some((key, body)) = &mut current {
            body.push_str(line);
            if line.contains(']') {
                arrays.insert(key.clone(), body.clone());
                current = None;
            }
            continue;
        }
        if let Some((key, value)) = line.split_once('=') {
            let (key, value) = (key.trim().to_owned(), value.trim().to_owned());
            if key == "remote" || key.starts_with("remote.") {
                return Ok(Capability { file: file.into(), windows: vec![], webviews: vec![], permissions: vec![], remote: Some(Value::String(value)) });
            }
            if value.starts_with('[') {
                if value.contains(']') { arrays.insert(key, value); } else { current = Some((key, value)); }
            }
        }
    }
    let strings = |key: &str| -> Result<Vec<Value>, String> {
        let Some(body) = arrays.get(key) else { return Ok(vec![]) };
        if body.contains('{') {
            return Err(format!("{file}: `{key}` holds a table: a scoped permission, which the app never grants"));
        }
        Ok(body.trim_matches(|c| c == '[' || c == ']').split(',').map(|s| s.trim().trim_matches('"')).filter(|s| !s.is_empty()).map(|s| Value::String(s.into())).collect())
    };
    Ok(Capability { file: file.into(), windows: strings("windows")?, webviews: strings("webviews")?, permissions: strings("permissions")?, remote: None })
}

/// Every problem of one capability against the allowlist.
fn capability_problems(cap: &Capability, commands: &[&str]) -> Vec<String> {
    let file = &cap.file;
    let allowed: BTreeSet<String> = commands
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .chain(std::iter::once("core:default".to_owned()))
        .chain(CORE_DEFAULT_PARTS.iter().map(|p| (*p).to_owned()))
        .collect();
    let mut problems = Vec::new();
    if cap.windows != [Value::String("main".into())] {
        problems.push(format!("{file}: a capability applies to the window `main` only, not {:?}", cap.windows));
    }
    if cap.webviews.iter().any(|w| w != "main") {
        problems.push(format!("{file}: a capability applies to the `main` webview only, not {:?}", cap.webviews));
    }
    if let Some(remote) = &cap.remote {
        problems.push(format!("{file}: `remote` would give a remote page ({remote}) access to the app's commands"));
    }
    for permission in &cap.permissions {
        let Some(id) = permission.as_str() else {
            problems.push(format!("{file}: {permission} is a scoped permission; the app grants plain identifiers only"));
            continue;
        };
        if id.contains('*') || id.contains("$HOME") || id.contains("**") {
            problems.push(format!("{file}: `{id}` is a wildcard; every permission is named"));
        } else if let Some((_, why)) = FORBIDDEN_PLUGINS.iter().find(|(prefix, _)| id.starts_with(prefix)) {
            problems.push(format!("{file}: `{id}` is forbidden: {why}"));
        } else if !allowed.contains(id) {
            problems.push(format!("{file}: `{id}` is neither one of the app's commands nor a part of core:default"));
        }
    }
    problems
}

fn capabilities() -> Vec<Capability> {
    let dir = root().join("capabilities");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).expect("src-tauri/capabilities is readable").map(|e| e.expect("an entry").path()).collect();
    files.sort();
    assert!(!files.is_empty(), "the app has at least its main capability");
    files
        .iter()
        .map(|path| {
            let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
            let text = std::fs::read_to_string(path).expect("a capability is text");
            match path.extension().and_then(|e| e.to_str()) {
                Some("json") => from_json(&name, &text),
                Some("toml") => from_toml(&name, &text),
                _ => Err(format!("{name}: a capability is JSON or TOML; this test cannot check anything else, so it refuses it")),
            }
            .unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
}

#[test]
fn every_capability_grants_only_the_app_commands_and_core_defaults_to_the_main_window() {
    let problems: Vec<String> = capabilities().iter().flat_map(|c| capability_problems(c, COMMANDS)).collect();
    assert!(problems.is_empty(), "capabilities outside the allowlist:\n{}", problems.join("\n"));
}

#[test]
fn the_allowlist_catches_hostile_capabilities() {
    let hostile = r#"{"identifier": "x", "windows": ["main", "*"], "remote": {"urls": ["https://example.org"]},
        "permissions": ["core:default", "shell:allow-execute", "sql:default", "fs:allow-read-file", "http:default",
          "opener:default", "dialog:allow-open", "allow-format-disk", "core:*",
          {"identifier": "fs:scope", "allow": [{"path": "$HOME/**"}]}]}"#;
    let problems = capability_problems(&from_json("hostile.json", hostile).expect("JSON"), COMMANDS);
    for expected in ["window `main` only", "`remote`", "shell:allow-execute", "sql:default", "fs:allow-read-file", "http:default", "opener:default", "dialog:allow-open", "allow-format-disk", "`core:*` is a wildcard", "scoped permission"] {
        assert!(problems.iter().any(|p| p.contains(expected)), "the check must name {expected}: {problems:#?}");
    }
    assert!(!problems.iter().any(|p| p.contains("`core:default`")), "core:default itself is allowed");
    let toml = "identifier = \"x\"\nwindows = [\"main\"]\npermissions = [\n  \"core:default\",\n  \"shell:allow-open\",\n]\n";
    let problems = capability_problems(&from_toml("hostile.toml", toml).expect("TOML"), COMMANDS);
    assert_eq!(problems.len(), 1, "a TOML capability is read too: {problems:?}");
    assert!(from_toml("scoped.toml", "windows = [\"main\"]\npermissions = [{ identifier = \"fs:scope\" }]\n").is_err(), "a scoped TOML permission is refused");
}

#[test]
fn the_generated_permissions_are_exactly_one_per_command() {
    let dir = root().join("permissions/autogenerated");
    let mut files: BTreeSet<String> = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).expect("permissions/autogenerated exists (build.rs writes it)") {
        let path = entry.expect("an entry").path();
        let name = path.file_stem().expect("a name").to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).expect("a permission file is text");
        assert!(text.contains(&format!("identifier = \"allow-{}\"", name.replace('_', "-"))), "{name}.toml defines allow-{name}");
        assert!(text.contains(&format!("commands.allow = [\"{name}\"]")), "{name}.toml allows its own command and no other");
        files.insert(name);
    }
    let commands: BTreeSet<String> = COMMANDS.iter().map(|c| (*c).to_owned()).collect();
    assert_eq!(files, commands, "permissions/autogenerated must match src/command_names.rs (build.rs regenerates it on build)");
}

/// Every problem of the CSP of tauri.conf.json.
fn csp_problems(conf: &Value) -> Vec<String> {
    let csp = &conf["app"]["security"]["csp"];
    let mut problems = Vec::new();
    let Some(directives) = csp.as_object() else { return vec![format!("the CSP must be set, as directives: {csp}")] };
    if csp["script-src"] != "'self'" {
        problems.push(format!("script-src must be 'self' and nothing else: {}", csp["script-src"]));
    }
    if csp["default-src"] != "'self'" {
        problems.push(format!("default-src must be 'self': {}", csp["default-src"]));
    }
    if csp["object-src"] != "'none'" {
        problems.push(format!("object-src must be 'none': {}", csp["object-src"]));
    }
    for (name, value) in directives {
        let value = value.as_str().unwrap_or_default();
        for source in value.split_whitespace() {
            // Tauri's IPC: the custom protocol, and its fallback origin on Linux.
            let ipc = name == "connect-src" && (source == "ipc:" || source == "http://ipc.localhost");
            let remote = source.contains("://") || source == "http:" || source == "https:" || source == "ws:" || source == "wss:";
            if source.contains('*') || (remote && !ipc) || source.contains("unsafe-") || source == "blob:" && name == "script-src" {
                problems.push(format!("{name} allows {source}"));
            }
        }
    }
    problems
}

#[test]
fn the_csp_allows_no_inline_script_no_eval_and_no_remote_origin() {
    let conf: Value = serde_json::from_str(&std::fs::read_to_string(root().join("tauri.conf.json")).expect("tauri.conf.json")).expect("JSON");
    let problems = csp_problems(&conf);
    assert!(problems.is_empty(), "the CSP is too open:\n{}", problems.join("\n"));
    assert_eq!(conf["app"]["withGlobalTauri"], false, "no global __TAURI__ object for injected code to find");
    let security = &conf["app"]["security"];
    assert!(security.get("dangerousDisableAssetCspModification").is_none(), "Tauri adds its hashes and nonces to the CSP: that must not be turned off");
    assert_ne!(security["assetProtocol"]["enable"], true, "the asset protocol would let the page load files from the disk");
    assert_ne!(security["freezePrototype"], false, "Object.prototype stays frozen against prototype pollution");
    assert!(conf["app"]["windows"].as_array().is_some_and(|w| w.iter().all(|w| w.get("url").is_none_or(|u| u.as_str().is_some_and(|u| !u.contains("://"))))), "no window loads a remote page");
    assert!(conf["build"].get("devUrl").is_none_or(|u| u.as_str().is_some_and(|u| u.starts_with("http://localhost"))), "a dev server, if any, is local");
    let hostile = serde_json::json!({"app": {"security": {"csp": {"default-src": "'self' https://cdn.example.org", "script-src": "'self' 'unsafe-inline' 'unsafe-eval'", "img-src": "*", "object-src": "'none'"}}}});
    let problems = csp_problems(&hostile);
    for expected in ["script-src must be", "https://cdn.example.org", "'unsafe-inline'", "'unsafe-eval'", "img-src allows *"] {
        assert!(problems.iter().any(|p| p.contains(expected)), "the CSP check must catch {expected}: {problems:#?}");
    }
}

/// Remote references of built UI text that are not loaded: XML namespaces (names, which
/// `createElementNS` compares as strings) and the pages Svelte's runtime errors cite in their
/// message text (`https://svelte.dev/e/<code>`). Anything else is a dependency on the network.
fn allowed_url(url: &str) -> bool {
    const NAMESPACES: [&str; 4] = ["http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg", "http://www.w3.org/1998/Math/MathML", "http://www.w3.org/1999/xlink"];
    NAMESPACES.contains(&url)
        || url.strip_prefix("https://svelte.dev/e/").is_some_and(|code| !code.is_empty() && code.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
}

/// Every `http(s)://…` in `text`, up to the first character that cannot be in a URL.
fn urls(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (start, _) in text.match_indices("http") {
        let rest = &text[start..];
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest.find(|c: char| c.is_whitespace() || "\"'`()<>\\,;{}[]".contains(c)).unwrap_or(rest.len());
            found.push(rest[..end].to_owned());
        }
    }
    found
}

/// Every problem of the built page: inline script bodies, inline event handlers, remote
/// references.
fn page_problems(html: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let lower = html.to_ascii_lowercase();
    for (start, _) in lower.match_indices("<script") {
        let tag_end = lower[start..].find('>').map_or(lower.len(), |e| start + e + 1);
        let close = lower[tag_end..].find("</script").map_or(tag_end, |e| tag_end + e);
        let tag = &lower[start..tag_end];
        if !lower[tag_end..close].trim().is_empty() {
            problems.push("an inline <script> body".to_owned());
        }
        if !tag.contains(" src=") {
            problems.push(format!("a <script> without src: {tag}"));
        }
    }
    // Attributes named on…= inside a tag (onerror=, onload=, onclick=…).
    let mut in_tag = false;
    let bytes = lower.as_bytes();
    for (i, c) in lower.char_indices() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            'o' if in_tag && i > 0 && bytes[i - 1].is_ascii_whitespace() && lower[i..].starts_with("on") => {
                let name: String = lower[i..].chars().take_while(|c| c.is_ascii_alphabetic()).collect();
                if name.len() > 2 && lower[i + name.len()..].trim_start().starts_with('=') {
                    problems.push(format!("an inline event handler attribute `{name}`"));
                }
            }
            _ => {}
        }
    }
    problems.extend(urls(html).into_iter().map(|u| format!("a remote reference {u}")));
    problems
}

fn dist() -> PathBuf {
    root().join("../ui/dist")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{} (npm --prefix ui run build makes it): {e}", path.display()))
}

#[test]
fn the_built_page_has_no_inline_script_no_inline_handler_and_no_remote_reference() {
    let problems = page_problems(&read(&dist().join("index.html")));
    assert!(problems.is_empty(), "ui/dist/index.html:\n{}", problems.join("\n"));
    let hostile = "<html><body onload=\"x()\"><script>alert(1)</script><img src=x onerror=alert(2)><script src=\"https://cdn.example.org/a.js\"></script></body></html>";
    let problems = page_problems(hostile);
    for expected in ["inline <script> body", "`onload`", "`onerror`", "https://cdn.example.org/a.js"] {
        assert!(problems.iter().any(|p| p.contains(expected)), "the page check must catch {expected}: {problems:#?}");
    }
}

#[test]
fn the_built_scripts_and_styles_reference_nothing_remote() {
    let assets = dist().join("assets");
    let mut checked = 0;
    let mut problems = Vec::new();
    for entry in std::fs::read_dir(&assets).unwrap_or_else(|e| panic!("{} (npm --prefix ui run build makes it): {e}", assets.display())) {
        let path = entry.expect("an entry").path();
        if !matches!(path.extension().and_then(|e| e.to_str()), Some("js" | "css")) {
            continue;
        }
        checked += 1;
        let text = read(&path);
        for url in urls(&text).into_iter().filter(|u| !allowed_url(u)) {
            problems.push(format!("{}: {url}", path.file_name().expect("name").to_string_lossy()));
        }
        if path.extension().is_some_and(|e| e == "css") && text.contains("@import") {
            problems.push(format!("{}: an @import", path.display()));
        }
    }
    assert!(checked >= 2, "the built UI has its script and its style sheet");
    assert!(problems.is_empty(), "the UI must not depend on remote content:\n{}", problems.join("\n"));
    assert!(!allowed_url("https://svelte.dev/e/x.js?y") && !allowed_url("https://fonts.googleapis.com/css") && allowed_url("http://www.w3.org/2000/svg"), "only the listed patterns pass");
}

/// The commands the property test of plenary-api throws JSON at: the names of its table's
/// entries (`api!(name, …)`, `no_args!(name)`, `by_hand!(name, …)`), read from its source
/// because plenary-api cannot see this crate's list.
fn fuzzed_commands() -> BTreeSet<String> {
    let source = read(&root().join("crates/plenary-api/tests/api/fuzz.rs"));
    let body = source.split_once("fn commands() -> Vec<Entry> {").expect("the table of the property test").1;
    let body = body.split_once("\n}\n").map_or(body, |(b, _)| b);
    body.lines()
        .filter_map(|line| {
            let line = line.trim_start();
            ["api!(", "no_args!(", "by_hand!("].iter().find_map(|m| line.strip_prefix(m)).map(|rest| rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect())
        })
        .collect()
}

#[test]
fn every_command_is_in_the_property_test_of_its_arguments() {
    let fuzzed = fuzzed_commands();
    let commands: BTreeSet<String> = COMMANDS.iter().map(|c| (*c).to_owned()).collect();
    let missing: Vec<&String> = commands.difference(&fuzzed).collect();
    let unknown: Vec<&String> = fuzzed.difference(&commands).collect();
    assert!(missing.is_empty(), "commands without an entry in plenary-api/tests/api/fuzz.rs (random JSON must be thrown at every command's arguments): {missing:?}");
    assert!(unknown.is_empty(), "entries of the property test that are no command of the app: {unknown:?}");
}
