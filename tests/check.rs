//! Translator tools on the real binary: `check` firing on one crafted problem at a time in
//! a test locale (`pl`, a copy of en-GB), `--json`, exit codes, `status`, `review`,
//! `build --publish`, pseudo-locales, and the Fluent reference corpus.

mod common;

use std::path::{Path, PathBuf};
use std::process::Output;

use common::*;
use regex_lite::Regex;

/// A project copy with only en-GB and a `pl` locale that is en-GB's text under Polish
/// metadata (status translated), with its review status file: every check starts clean.
fn pl_project() -> tempfile::TempDir {
    let project = project_copy();
    let locales = project.path().join("locales");
    for entry in std::fs::read_dir(&locales).unwrap().flatten() {
        if entry.file_name() == "en-GB" {
            continue;
        }
        if entry.path().is_dir() {
            std::fs::remove_dir_all(entry.path()).unwrap();
        } else {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    let pl = locales.join("pl");
    std::fs::create_dir(&pl).unwrap();
    for entry in std::fs::read_dir(locales.join("en-GB")).unwrap().flatten() {
        if entry.path().extension().is_some_and(|e| e == "ftl") {
            std::fs::copy(entry.path(), pl.join(entry.file_name())).unwrap();
        }
    }
    std::fs::copy(fixture("pl-locale.toml"), pl.join("locale.toml")).unwrap();
    let out = run(project.path(), &["status", "--init"]);
    assert!(out.status.success(), "status --init: {}", stderr(&out));
    project
}

fn fixture(name: &str) -> PathBuf {
    project_root().join("tests/fixtures/check").join(name)
}

fn pl(project: &tempfile::TempDir, file: &str) -> PathBuf {
    project.path().join("locales/pl").join(file)
}

/// Runs `leafpress <cmd> --project DIR <args..>`.
fn run(project: &Path, args: &[&str]) -> Output {
    leafpress()
        .arg(args[0])
        .arg("--project")
        .arg(project)
        .args(&args[1..])
        .env("SOURCE_DATE_EPOCH", "1795564800") // 2026-11-25
        .output()
        .expect("leafpress runs")
}

/// `check --locales pl --no-fit`, the fast text checks.
fn check_pl(project: &tempfile::TempDir, extra: &[&str]) -> Output {
    let mut args = vec!["check", "--locales", "pl", "--no-fit"];
    args.extend(extra);
    run(project.path(), &args)
}

/// `check_pl` fails (exit 1) with `needle` in its report, located in `file` (line:col);
/// returns the report.
fn check_pl_fails(project: &tempfile::TempDir, needle: &str, file: &str) -> String {
    let out = check_pl(project, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(needle), "expected {needle:?} in:\n{err}");
    assert_at(&err, file);
    err
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("--json output parses: {e}\n{}", stdout(out)))
}

/// The findings of one check kind in `--json` output.
fn findings<'a>(report: &'a serde_json::Value, check: &str) -> Vec<&'a serde_json::Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] == check)
        .collect()
}

fn assert_at(err: &str, file: &str) {
    let re = Regex::new(&format!(r"{}:\d+:\d+", regex_lite::escape(file))).unwrap();
    assert!(
        re.is_match(err),
        "expected a {file}:line:col diagnostic, got:\n{err}"
    );
}

#[test]
fn clean_locale_passes_and_exit_code_is_0() {
    let project = pl_project();
    let out = run(project.path(), &["check", "--locales", "en-GB,pl"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The summary lists the locales with findings: en-GB has none.
    assert!(
        stdout(&out).contains("check: 0 error(s)") && !stdout(&out).contains("en-GB:"),
        "{}",
        stdout(&out)
    );
    // The test locale is English text under Polish metadata: its only warnings say so.
    let report = json(&run(
        project.path(),
        &["check", "--locales", "en-GB,pl", "--json"],
    ));
    assert_eq!(report["errors"], 0, "{report:#}");
    let others: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["check"] != "untranslated")
        .collect();
    assert!(others.is_empty(), "{others:#?}");
}

#[test]
fn shipped_project_has_no_errors() {
    // Text checks only: whether the shipped locales fit is the build tests' business.
    let out = run(&project_root(), &["check", "--json", "--no-fit"]);
    let report = json(&out);
    let errors: Vec<_> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .collect();
    assert!(
        errors.is_empty(),
        "errors in the shipped locales: {errors:#?}"
    );
    // Welsh's optional `ui-also-available` is meant, not obsolete.
    let obsolete = findings(&report, "obsolete");
    assert!(
        obsolete.is_empty(),
        "obsolete in the shipped locales: {obsolete:#?}"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn dropped_variable_is_an_error_at_the_message() {
    let project = pl_project();
    edit(
        &pl(&project, "guide.ftl"),
        "call { $emergency }.\n",
        "call the police.\n",
    );
    let err = check_pl_fails(
        &project,
        "`do-now-report-danger` drops { $emergency } compared with en-GB",
        "locales/pl/guide.ftl",
    );
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn renamed_term_is_a_parity_and_a_reference_error() {
    let project = pl_project();
    edit(
        &pl(&project, "guide.ftl"),
        "anonymously via { -crimestoppers }",
        "anonymously via { -crimestopers }",
    );
    let report = json(&check_pl(&project, &["--json"]));
    let parity = findings(&report, "parity");
    assert_eq!(parity.len(), 1, "{report:#}");
    assert!(parity[0]["message"]
        .as_str()
        .unwrap()
        .contains("drops { -crimestoppers }"));
    let reference = findings(&report, "reference");
    assert!(reference[0]["message"]
        .as_str()
        .unwrap()
        .contains("unknown term `-crimestopers`"));
    assert!(reference[0]["hints"][0]
        .as_str()
        .unwrap()
        .contains("did you mean `{ -crimestoppers }`"));
}

#[test]
fn typed_phone_number_is_an_error_where_it_is_typed() {
    let project = pl_project();
    let file = pl(&project, "venues.ftl");
    edit(
        &file,
        "{ -crimestoppers } on { $crimestoppers-phone }",
        "{ -crimestoppers } on 0800 555 111",
    );
    let out = check_pl(&project, &["--json"]);
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out);
    let facts = findings(&report, "fact");
    assert_eq!(facts.len(), 1, "{report:#}");
    let f = facts[0];
    assert!(
        f["message"]
            .as_str()
            .unwrap()
            .contains("phone number `0800 555 111`"),
        "{f:#}"
    );
    assert!(f["label"]
        .as_str()
        .unwrap()
        .contains("{ $crimestoppers-phone }"));
    // The position is the typed number itself.
    let text = std::fs::read_to_string(&file).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("police-lead-how"))
        .unwrap()
        + 1;
    let column = text.lines().nth(line - 1).unwrap().find("0800").unwrap() + 1;
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(line as u64), Some(column as u64))
    );
    assert_eq!(f["file"], "locales/pl/venues.ftl");
    // And the dropped variable is reported too.
    assert_eq!(findings(&report, "parity").len(), 1);
}

#[test]
fn typed_web_address_is_an_error() {
    let project = pl_project();
    edit(
        &pl(&project, "guide.ftl"),
        "Consider { -stopncii }:",
        "Consider https://www.StopNCII.org/:",
    );
    let out = check_pl(&project, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("types the web address `stopncii.org`"),
        "{err}"
    );
    assert!(
        err.contains("https://www.StopNCII.org/"),
        "the whole address is underlined:\n{err}"
    );
}

#[test]
fn typed_service_name_is_an_error() {
    let project = pl_project();
    edit(
        &pl(&project, "guide.ftl"),
        "anonymously via { -crimestoppers }",
        "anonymously via { -crimestoppers } (Crimestoppers)",
    );
    let err = stderr(&check_pl(&project, &[]));
    assert!(
        err.contains("types the service name `Crimestoppers`"),
        "{err}"
    );
}

/// Replaces the line of pl's `file` starting `prefix` with `line`, runs the text checks and
/// returns the one `fact` finding, checked to be exactly at `typed` in that line: file,
/// line, column (in characters) and the whole of it underlined.
fn typed_fact(
    project: &tempfile::TempDir,
    file: &str,
    prefix: &str,
    line: &str,
    typed: &str,
) -> serde_json::Value {
    let path = pl(project, file);
    edit(&path, &line_starting(&path, prefix), line);
    let out = check_pl(project, &["--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    let facts = findings(&report, "fact");
    assert_eq!(facts.len(), 1, "{report:#}");
    let f = facts[0].clone();
    let text = std::fs::read_to_string(&path).unwrap();
    let number = text.lines().position(|l| l == line).unwrap() + 1;
    let column = line[..line.find(typed).unwrap()].chars().count() + 1;
    assert_eq!(f["file"], format!("locales/pl/{file}"), "{f:#}");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(number as u64), Some(column as u64)),
        "{f:#}"
    );
    let range = &f["range"];
    assert_eq!(
        range["end"].as_u64().unwrap() - range["start"].as_u64().unwrap(),
        typed.len() as u64,
        "the whole of {typed:?} is underlined: {f:#}"
    );
    assert_eq!(f["severity"], "error");
    f
}

fn text_of(f: &serde_json::Value, key: &str) -> String {
    match &f[key] {
        serde_json::Value::Array(items) => items
            .iter()
            .map(|i| i.as_str().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.as_str().unwrap_or_default().to_owned(),
    }
}

#[test]
fn transposed_number_is_an_error_naming_the_placeable() {
    let project = pl_project();
    let f = typed_fact(
        &project,
        "ui.ftl",
        "ui-phone =",
        "ui-phone = Phone 0345 6000 495",
        "0345 6000 495",
    );
    assert!(
        text_of(&f, "message").contains(
            "`ui-phone` types the phone number `0345 6000 495`, which is not in content/resources.toml"
        ),
        "{f:#}"
    );
    assert_eq!(
        text_of(&f, "label"),
        "write { $helpline-phone } here",
        "{f:#}"
    );
    assert!(
        text_of(&f, "hints").contains("a mistyped `0345 6000 459`"),
        "{f:#}"
    );
}

#[test]
fn made_up_number_is_an_error_listing_the_numbers_to_use() {
    let project = pl_project();
    let f = typed_fact(
        &project,
        "ui.ftl",
        "ui-hours =",
        "ui-hours = Hours (call 0800 123 4567 first)",
        "0800 123 4567",
    );
    let hints = text_of(&f, "hints");
    assert!(
        hints.contains("{ $helpline-phone } (0345 6000 459)")
            && hints.contains("{ $emergency } (999)"),
        "the hint lists the numbers of content/: {f:#}"
    );
    assert!(
        hints.contains("locales/allowed.toml"),
        "and how a reviewed exception is allowed: {f:#}"
    );
}

#[test]
fn number_in_arabic_indic_digits_is_an_error() {
    let project = pl_project();
    let f = typed_fact(
        &project,
        "ui.ftl",
        "ui-phone =",
        "ui-phone = هاتف ٠٨٠٠ ١٢٣ ٤٥٦٧",
        "٠٨٠٠ ١٢٣ ٤٥٦٧",
    );
    assert!(
        text_of(&f, "message").contains("phone number `٠٨٠٠ ١٢٣ ٤٥٦٧`"),
        "{f:#}"
    );
}

#[test]
fn international_number_is_an_error_from_its_plus() {
    let project = pl_project();
    let f = typed_fact(
        &project,
        "ui.ftl",
        "ui-phone =",
        "ui-phone = Phone +44 20 7946 0000",
        "+44 20 7946 0000",
    );
    assert!(
        text_of(&f, "message").contains("phone number `+44 20 7946 0000`"),
        "{f:#}"
    );
}

#[test]
fn typed_url_is_an_error_even_when_not_in_content() {
    let project = pl_project();
    let f = typed_fact(
        &project,
        "ui.ftl",
        "ui-web =",
        "ui-web = Web: https://example.org/help.",
        "https://example.org/help",
    );
    assert!(
        text_of(&f, "message").contains(
            "`ui-web` types the web address `https://example.org/help`, which is not in content/resources.toml"
        ),
        "{f:#}"
    );
    assert!(
        text_of(&f, "hints").contains("{ $stopncii-url } (stopncii.org)"),
        "{f:#}"
    );
}

#[test]
fn typed_bare_domain_is_an_error() {
    let project = pl_project();
    let f = typed_fact(
        &project,
        "ui.ftl",
        "ui-web =",
        "ui-web = Web (see example.org.uk).",
        "example.org.uk",
    );
    assert!(
        text_of(&f, "message").contains("web address `example.org.uk`"),
        "{f:#}"
    );
}

#[test]
fn number_typed_into_an_attribute_is_an_error() {
    let project = pl_project();
    typed_fact(
        &project,
        "guide.ftl",
        "    .lead = Get to a calmer",
        "    .lead = Call 0800 123 4567.",
        "0800 123 4567",
    );
}

#[test]
fn allow_list_allows_one_exact_string_in_one_message() {
    let project = pl_project();
    let ui = pl(&project, "ui.ftl");
    edit(&ui, "ui-phone = Phone", "ui-phone = Phone 0800 123 4567");
    edit(&ui, "ui-hours = Hours", "ui-hours = Hours 0800 123 4567");
    let before = findings(&json(&check_pl(&project, &["--json"])), "fact").len();
    assert_eq!(
        before, 2,
        "both typed numbers are errors without the allow-list"
    );

    std::fs::write(
        project.path().join("locales/allowed.toml"),
        r#"[[fact]]
locale = "pl"
message = "ui-phone"
text = "0800 123 4567"
reviewed-by = "Ann Reviewer, 2026-11-25"

[[fact]]
locale = "pl"
message = "ui-web"
text = "example.org"
reviewed-by = "Ann Reviewer, 2026-11-25"
"#,
    )
    .unwrap();
    let out = check_pl(&project, &["--json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = json(&out);
    let facts = findings(&report, "fact");
    assert_eq!(
        facts.len(),
        1,
        "only the allowed message is let through: {report:#}"
    );
    let line = std::fs::read_to_string(&ui)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("ui-hours"))
        .unwrap()
        + 1;
    assert_eq!(facts[0]["line"].as_u64(), Some(line as u64), "{report:#}");
    // An exception that no message needs any more is reported where it is.
    let stale = findings(&report, "allow-list");
    assert_eq!(stale.len(), 1, "{report:#}");
    assert_eq!(stale[0]["severity"], "warning");
    assert_eq!(stale[0]["file"], "locales/allowed.toml");
    assert_eq!(stale[0]["line"], 10, "{report:#}");
    assert!(
        text_of(stale[0], "message").contains("no longer types `example.org`"),
        "{report:#}"
    );
}

#[test]
fn locale_copied_from_english_shows_its_untranslated_messages_in_check_and_status() {
    // The test locale is a copy of en-GB under Polish metadata, as the README once said to start.
    let project = pl_project();
    let before = findings(&json(&check_pl(&project, &["--json"])), "untranslated").len();
    assert!(
        before > 100,
        "almost every message is still English: {before}"
    );

    // Translate four messages.
    let ui = pl(&project, "ui.ftl");
    edit(&ui, "ui-phone = Phone", "ui-phone = Telefon");
    edit(&ui, "ui-web = Web", "ui-web = Strona");
    edit(&ui, "ui-hours = Hours", "ui-hours = Godziny");
    edit(
        &ui,
        &line_starting(&ui, "ui-in-danger ="),
        "ui-in-danger = Grozi ci niebezpieczeństwo? Zadzwoń pod { $emergency }.",
    );
    let out = check_pl(&project, &["--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "warnings only: {}",
        stderr(&out)
    );
    let report = json(&out);
    let untranslated = findings(&report, "untranslated");
    assert_eq!(untranslated.len(), before - 4, "{report:#}");
    for id in ["ui-phone", "ui-web", "ui-hours", "ui-in-danger"] {
        assert!(
            !untranslated
                .iter()
                .any(|f| text_of(f, "message").starts_with(&format!("`{id}`"))),
            "{id} is translated"
        );
    }
    // One warning per message, at its ID.
    let f = untranslated
        .iter()
        .find(|f| text_of(f, "message").starts_with("`ui-police-numbers`"))
        .expect("ui-police-numbers is still English");
    let line = std::fs::read_to_string(&ui)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("ui-police-numbers ="))
        .unwrap()
        + 1;
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["file"], "locales/pl/ui.ftl");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(line as u64), Some(1))
    );
    assert_eq!(
        text_of(f, "message"),
        "`ui-police-numbers` is identical to en-GB: not translated yet"
    );
    // An attribute left in English is reported at the attribute.
    let pause = untranslated
        .iter()
        .find(|f| text_of(f, "message").starts_with("`do-now-pause`"))
        .unwrap();
    assert!(
        text_of(pause, "message").starts_with("`do-now-pause`, `do-now-pause.lead` are identical"),
        "{pause:#}"
    );
    edit(
        &pl(&project, "guide.ftl"),
        &line_starting(&pl(&project, "guide.ftl"), "do-now-pause ="),
        "do-now-pause = Jeśli ta osoba jest w pobliżu, przejdź w bezpieczne miejsce.",
    );
    let report = json(&check_pl(&project, &["--json"]));
    let pause = findings(&report, "untranslated")
        .into_iter()
        .find(|f| text_of(f, "message").contains("do-now-pause"))
        .unwrap()
        .clone();
    assert_eq!(
        text_of(&pause, "message"),
        "`do-now-pause.lead` is identical to en-GB: not translated yet"
    );
    let lead_line = std::fs::read_to_string(pl(&project, "guide.ftl"))
        .unwrap()
        .lines()
        .position(|l| l.starts_with("    .lead = Get to a calmer"))
        .unwrap()
        + 1;
    assert_eq!(
        (pause["line"].as_u64(), pause["column"].as_u64()),
        (Some(lead_line as u64), Some(6))
    );

    // `status` counts them, in the table and as JSON.
    let table = stdout(&run(project.path(), &["status"]));
    let row: Vec<&str> = table
        .lines()
        .find(|l| l.starts_with("pl "))
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(
        row.last(),
        Some(&(before - 4).to_string().as_str()),
        "{table}"
    );
    let en: Vec<&str> = table
        .lines()
        .find(|l| l.starts_with("en-GB "))
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(
        en.last(),
        Some(&"-"),
        "English may read as English: {table}"
    );
    let status: serde_json::Value =
        serde_json::from_slice(&run(project.path(), &["status", "--json"]).stdout).unwrap();
    let row = status
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["locale"] == "pl")
        .unwrap();
    assert_eq!(row["untranslated"].as_u64(), Some((before - 4) as u64));
}

#[test]
fn english_kept_on_purpose_is_not_untranslated() {
    let project = pl_project();
    let reported = |project: &tempfile::TempDir, locale: &str| -> Vec<String> {
        let out = run(
            project.path(),
            &["check", "--locales", locale, "--no-fit", "--json"],
        );
        findings(&json(&out), "untranslated")
            .iter()
            .map(|f| text_of(f, "message"))
            .collect()
    };
    let is_reported =
        |list: &[String], id: &str| list.iter().any(|m| m.starts_with(&format!("`{id}`")));
    let before = reported(&project, "pl");
    for id in ["ui-web", "ui-phone", "ui-hours"] {
        assert!(is_reported(&before, id), "{id}: {before:#?}");
    }
    std::fs::write(
        project.path().join("locales/allowed.toml"),
        r#"keep-english = ["Web"]

[[english]]
locale = "pl"
message = "ui-phone"
reviewed-by = "Ann Reviewer, 2026-11-25"
"#,
    )
    .unwrap();
    let after = reported(&project, "pl");
    assert!(
        !is_reported(&after, "ui-web"),
        "a kept proper noun alone: {after:#?}"
    );
    assert!(
        !is_reported(&after, "ui-phone"),
        "meant to read as English: {after:#?}"
    );
    assert!(is_reported(&after, "ui-hours"), "the rest still counts");
    assert_eq!(after.len(), before.len() - 2);

    // A locale whose language is English may read as en-GB.
    let locales = project.path().join("locales");
    let en_au = locales.join("en-AU");
    std::fs::create_dir(&en_au).unwrap();
    for entry in std::fs::read_dir(locales.join("pl")).unwrap().flatten() {
        std::fs::copy(entry.path(), en_au.join(entry.file_name())).unwrap();
    }
    edit(
        &en_au.join("locale.toml"),
        "code = \"pl\"",
        "code = \"en-AU\"",
    );
    assert!(reported(&project, "en-AU").is_empty());
}

#[test]
fn a_warning_repeated_for_many_outputs_is_printed_once() {
    let project = pl_project();
    // A second test locale, and a card message missing from both: every card warns.
    let locales = project.path().join("locales");
    let de = locales.join("de");
    std::fs::create_dir(&de).unwrap();
    for entry in std::fs::read_dir(locales.join("pl")).unwrap().flatten() {
        std::fs::copy(entry.path(), de.join(entry.file_name())).unwrap();
    }
    edit(&de.join("locale.toml"), "code = \"pl\"", "code = \"de\"");
    for dir in [&de, &locales.join("pl")] {
        let ui = dir.join("ui.ftl");
        edit(
            &ui,
            &format!("{}\n", line_starting(&ui, "ui-card-more =")),
            "",
        );
    }
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(
        project.path(),
        out_dir.path(),
        &[
            "--locales",
            "pl,de",
            "--venues",
            "clinic,police",
            "--formats",
            "card",
        ],
    );
    let err = stderr(&out);
    assert!(out.status.success(), "{err}");
    assert_eq!(
        err.matches("shown in English").count(),
        1,
        "one line for the four cards:\n{err}"
    );
    assert!(
        err.contains(
            "warning: 1 message(s) missing, shown in English: ui-card-more (in 4 outputs: de, pl × clinic, police × card)"
        ),
        "{err}"
    );
    assert!(
        err.contains("hint: translate them in locales/<locale>/"),
        "{err}"
    );
}

#[test]
fn bidi_override_is_an_error() {
    let project = pl_project();
    edit(
        &pl(&project, "ui.ftl"),
        "ui-phone = Phone",
        "ui-phone = \u{202E}Phone",
    );
    check_pl_fails(
        &project,
        "U+202E RIGHT-TO-LEFT OVERRIDE",
        "locales/pl/ui.ftl",
    );
}

#[test]
fn syntax_error_has_its_line_and_column() {
    let project = pl_project();
    let file = pl(&project, "ui.ftl");
    edit(&file, "ui-phone = Phone", "ui-phone = Ffôn }");
    let line = std::fs::read_to_string(&file)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("ui-phone"))
        .unwrap()
        + 1;
    let out = check_pl(&project, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("FTL syntax error"), "{err}");
    // `}` is the 17th character of the line.
    assert!(
        err.contains(&format!("locales/pl/ui.ftl:{line}:17")),
        "{err}"
    );
    assert_eq!(
        err.matches("FTL syntax error").count(),
        1,
        "loader and check report it once:\n{err}"
    );
}

#[test]
fn duplicate_id_points_at_both_definitions() {
    let project = pl_project();
    let file = pl(&project, "ui.ftl");
    let mut text = std::fs::read_to_string(&file).unwrap();
    text.push_str("ui-phone = Telefon\n");
    std::fs::write(&file, text).unwrap();
    let err = stderr(&check_pl(&project, &[]));
    assert!(err.contains("duplicate ID `ui-phone`"), "{err}");
    assert!(
        Regex::new(r"first defined at locales/pl/ui\.ftl:\d+:1")
            .unwrap()
            .is_match(&err),
        "{err}"
    );
}

#[test]
fn missing_and_obsolete_messages_are_warnings() {
    let project = pl_project();
    let file = pl(&project, "ui.ftl");
    edit(&file, "ui-hours = Hours\n", "");
    edit(
        &file,
        "ui-web = Web",
        "ui-webb = Web\nui-also-available = Also in English",
    );
    let out = check_pl(&project, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "warnings do not fail:\n{err}");
    assert!(
        err.contains("2 message(s) missing from locales/pl/ui.ftl"),
        "{err}"
    );
    assert!(err.contains("ui-hours, ui-web"), "{err}");
    assert!(err.contains("obsolete message `ui-webb`"), "{err}");
    assert!(
        !err.contains("ui-also-available"),
        "an optional message is not obsolete:\n{err}"
    );
    let out = check_pl(&project, &["--deny-warnings"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "--deny-warnings fails on warnings"
    );
}

#[test]
fn missing_attribute_is_an_error() {
    let project = pl_project();
    edit(
        &pl(&project, "guide.ftl"),
        "    .lead = Get to a calmer, safer pause.\n",
        "",
    );
    let err = stderr(&check_pl(&project, &[]));
    assert!(
        err.contains("message `do-now-pause` lacks attribute `.lead`"),
        "{err}"
    );
}

#[test]
fn changed_english_makes_the_translation_outdated_until_reviewed() {
    let project = pl_project();
    edit(
        &project.path().join("locales/en-GB/guide.ftl"),
        "move somewhere you feel physically safe.",
        "move somewhere you feel physically safe, or call a friend.",
    );
    let out = check_pl(&project, &[]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "outdated is a warning:\n{err}");
    assert!(err.contains("`do-now-pause` is outdated"), "{err}");
    assert_at(&err, "locales/pl/guide.ftl");

    let status = stdout(&run(project.path(), &["status"]));
    let row = status.lines().find(|l| l.starts_with("pl ")).unwrap();
    let cols: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cols[7], "1", "one outdated message:\n{status}");

    let out = run(
        project.path(),
        &[
            "review",
            "pl",
            "--messages",
            "do-now-pause",
            "--by",
            "Ann Reviewer",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&check_pl(&project, &[]));
    assert!(
        !err.contains("outdated"),
        "reviewing refreshes the source hash:\n{err}"
    );
}

#[test]
fn review_records_status_reviewer_and_date_in_the_sidecar() {
    let project = pl_project();
    let sidecar = pl(&project, ".leafpress-status.toml");
    let before = std::fs::read_to_string(&sidecar).unwrap();
    assert!(
        before.contains("ui-phone = { status = \"translated\", source = \""),
        "{before}"
    );

    let out = run(
        project.path(),
        &[
            "review",
            "pl",
            "--messages",
            "ui-phone,ui-web",
            "--by",
            "Ann \"AJ\" Reviewer",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let after = std::fs::read_to_string(&sidecar).unwrap();
    let line = after.lines().find(|l| l.starts_with("ui-phone =")).unwrap();
    assert!(line.contains("status = \"reviewed\""), "{line}");
    assert!(line.contains(r#"Ann "AJ" Reviewer"#), "{line}");
    assert!(line.contains("date = 2026-11-25"), "{line}");
    // Git-friendly: only the two reviewed lines changed.
    let changed = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(changed, 2, "{after}");

    let table = stdout(&run(project.path(), &["status"]));
    let row = table.lines().find(|l| l.starts_with("pl ")).unwrap();
    let cols: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cols[5], "2", "two reviewed:\n{table}");

    let bad = run(
        project.path(),
        &["review", "pl", "--messages", "no-such-message", "--by", "X"],
    );
    assert_eq!(bad.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(&sidecar).unwrap(),
        after,
        "nothing written on error"
    );
}

#[test]
fn status_table_counts_each_state() {
    let project = pl_project();
    edit(&pl(&project, "ui.ftl"), "ui-hours = Hours\n", "");
    let out = run(project.path(), &["status"]);
    let table = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        [
            "locale",
            "locale.toml",
            "messages",
            "translated",
            "reviewed",
            "draft",
            "outdated",
            "missing",
            "untranslated"
        ]
    );
    let en = table.lines().find(|l| l.starts_with("en-GB")).unwrap();
    assert!(en.contains("source") && en.contains("(100%)"), "{table}");
    let row: Vec<&str> = table
        .lines()
        .find(|l| l.starts_with("pl "))
        .unwrap()
        .split_whitespace()
        .collect();
    let total: usize = row[2].parse().unwrap();
    assert_eq!(row[1], "translated");
    assert_eq!(row[3], (total - 1).to_string(), "{table}");
    assert_eq!(row[8], "1", "one missing:\n{table}");

    let json: serde_json::Value =
        serde_json::from_slice(&run(project.path(), &["status", "--json"]).stdout).unwrap();
    let pl = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["locale"] == "pl")
        .unwrap();
    assert_eq!(pl["missing"], 1);
    assert_eq!(pl["translated"].as_u64().unwrap() as usize, total - 1);
}

#[test]
fn overflowing_card_text_reports_panel_and_millimetres() {
    let project = pl_project();
    let long = std::fs::read_to_string(fixture("overflow-short-answer.ftl")).unwrap();
    let file = pl(&project, "guide.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let old = text
        .lines()
        .find(|l| l.starts_with("short-answer-body ="))
        .unwrap();
    edit(&file, &format!("{old}\n"), &long);
    let out = run(project.path(), &["check", "--locales", "pl"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    for venue in ["clinic", "police"] {
        let re = Regex::new(&format!(
            r"pl card \({venue}\): panel `front` overflows by \d+\.\d mm"
        ))
        .unwrap();
        assert!(re.is_match(&err), "{err}");
    }
    assert!(
        err.contains("messages pinned to panel `front`: short-answer-heading, short-answer-body"),
        "{err}"
    );
    assert_at(&err, "locales/pl/guide.ftl");

    let report = json(&run(
        project.path(),
        &["check", "--locales", "pl", "--json"],
    ));
    let fit = findings(&report, "fit");
    assert!(fit.iter().any(|f| f["locale"] == "pl" && f["message"].as_str().unwrap().contains("overflows by")), "{report:#}");
}

#[test]
fn json_output_has_positions_and_counts() {
    let project = pl_project();
    edit(
        &pl(&project, "guide.ftl"),
        "call { $emergency }.\n",
        "call the police.\n",
    );
    let out = check_pl(&project, &["--json"]);
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out);
    assert_eq!(report["ok"], false);
    assert_eq!(report["errors"], 1);
    let f = &findings(&report, "parity")[0];
    assert_eq!(f["severity"], "error");
    assert_eq!(f["locale"], "pl");
    assert_eq!(f["file"], "locales/pl/guide.ftl");
    assert!(
        f["line"].as_u64().unwrap() > 1 && f["column"].as_u64() == Some(1),
        "{f:#}"
    );
    assert!(f["range"]["start"].is_u64());
}

#[test]
fn exit_code_2_when_check_cannot_run() {
    let out = leafpress()
        .args(["check", "--project", "/no/such/project"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let project = pl_project();
    let out = check_pl(&project, &["--locales", "xx"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("unknown locale `xx`"));
    std::fs::remove_dir_all(project.path().join("locales/en-GB")).unwrap();
    let out = check_pl(&project, &[]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "no en-GB to compare with: {}",
        stderr(&out)
    );
}

#[test]
fn publish_refuses_drafts_unless_allowed() {
    let project = pl_project();
    edit(
        &pl(&project, "locale.toml"),
        "status = \"translated\"",
        "status = \"draft\"",
    );
    let out_dir = tempfile::tempdir().unwrap();
    let args = [
        "--locales",
        "pl,en-GB",
        "--formats",
        "card",
        "--venues",
        "clinic",
        "--publish",
    ];
    let out = build(project.path(), out_dir.path(), &args);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("pl: not published: locale.toml says `status = \"draft\"`"),
        "{err}"
    );
    assert!(
        out_dir.path().join("en-GB/clinic/card.pdf").exists(),
        "en-GB is still published"
    );
    assert!(!out_dir.path().join("pl").exists(), "no pl output");

    let mut allowed = args.to_vec();
    allowed.push("--allow-draft");
    let out = build(project.path(), out_dir.path(), &allowed);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(out_dir.path().join("pl/clinic/card.pdf").exists());

    // A reviewed locale publishes; outdated messages block it again.
    edit(
        &pl(&project, "locale.toml"),
        "status = \"draft\"",
        "status = \"reviewed\"",
    );
    assert!(
        run(project.path(), &["review", "pl", "--by", "Ann Reviewer"])
            .status
            .success()
    );
    let out = build(project.path(), out_dir.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    edit(
        &project.path().join("locales/en-GB/ui.ftl"),
        "ui-phone = Phone",
        "ui-phone = Telephone",
    );
    let out = build(project.path(), out_dir.path(), &args);
    assert!(
        stderr(&out).contains("pl: not published: 1 outdated message(s)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn pseudo_locales_build_from_english_and_keep_placeables() {
    let out_dir = tempfile::tempdir().unwrap();
    let out = build(
        &project_root(),
        out_dir.path(),
        &[
            "--locales",
            "en-XA,ar-XB",
            // The handout flows: en-XA's 40 % longer text runs over the card's panels,
            // which the proof stage rightly refuses (a forecast for real translations).
            "--formats",
            "handout",
            "--venues",
            "police",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let xa = read_pdf(&out_dir.path().join("en-XA/police/handout.pdf"));
    let text = compact(&xa.pages.iter().map(|p| p.text.as_str()).collect::<String>());
    assert!(
        text.contains("Ƈaaŀŀ999") && text.contains("[Iƞ"),
        "accented and bracketed: {text}"
    );
    assert!(
        text.contains("999") && text.contains("0800555111"),
        "placeables untouched: {text}"
    );
    assert!(
        text.contains("ŧẇō") || text.contains("ōƞē"),
        "padded: {text}"
    );
    let xb = read_pdf(&out_dir.path().join("ar-XB/police/handout.pdf"));
    assert_eq!(xb.direction.as_deref(), Some("R2L"), "right to left");
    assert!(
        !project_root().join("locales/en-XA").exists(),
        "never written as a locale folder"
    );

    let publish = build(
        &project_root(),
        out_dir.path(),
        &["--locales", "en-XA", "--publish", "--allow-draft"],
    );
    assert_eq!(
        publish.status.code(),
        Some(1),
        "pseudo-locales are never published"
    );
}

#[test]
fn pseudo_locale_fit_forecast_is_a_warning() {
    let project = pl_project();
    let out = run(project.path(), &["check", "--locales", "en-XA", "--json"]);
    let report = json(&out);
    assert_eq!(out.status.code(), Some(0), "{report:#}");
    for f in findings(&report, "fit") {
        assert_eq!(f["severity"], "warning", "{f:#}");
    }
}

/// The Fluent spec's parser fixtures (shared/fixtures/fluent-reference): every one must
/// give positioned diagnostics or none, never a panic — in the library and the binary.
#[test]
fn fluent_reference_corpus_never_panics() {
    let corpus = project_root().join("../shared/fixtures/fluent-reference");
    let Ok(entries) = std::fs::read_dir(&corpus) else {
        eprintln!("SKIPPED: {} not found", corpus.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    assert!(files.len() > 30, "corpus has its files");
    let project = pl_project();
    for path in &files {
        let text = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
        let (index, diags) = leafpress::i18n::ftl::index(path, &text);
        for d in &diags {
            assert!(
                d.line.is_some() && d.column.is_some(),
                "{}: unpositioned {d:?}",
                path.display()
            );
        }
        let _ = leafpress::i18n::pseudo::pseudo_ftl(&text, "en-XA").unwrap();
        for entry in &index.entries {
            assert_eq!(entry.source_hash().len(), 64);
        }
        let name = format!("corpus-{}", path.file_name().unwrap().to_string_lossy());
        std::fs::write(pl(&project, &name), &text).unwrap();
    }
    let out = check_pl(&project, &["--json"]);
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert!(matches!(out.status.code(), Some(0 | 1)), "{err}");
    for f in json(&out)["findings"].as_array().unwrap() {
        let in_corpus = f["file"].as_str().is_some_and(|p| p.contains("corpus-"));
        if in_corpus && f["check"] != "missing" {
            assert!(f["line"].is_u64(), "positioned: {f:#}");
        }
    }
}

#[test]
fn new_locale_scaffolds_every_message_as_missing() {
    let project = pl_project();
    let out = run(
        project.path(),
        &[
            "new-locale",
            "cy",
            "--name",
            "Welsh",
            "--native-name",
            "Cymraeg",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let cy = project.path().join("locales/cy");
    let ui = std::fs::read_to_string(cy.join("ui.ftl")).unwrap();
    assert!(
        ui.contains("# ui-in-danger = In immediate danger? Call { $emergency }."),
        "{ui}"
    );
    assert!(
        ui.contains("# Strip on every cover and card."),
        "context kept: {ui}"
    );
    let table = stdout(&run(project.path(), &["status", "--locales", "cy"]));
    let row: Vec<&str> = table
        .lines()
        .find(|l| l.starts_with("cy "))
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(row.get(8), row.get(2), "all missing: {table}");
    assert_eq!(row.last(), Some(&"0"), "nothing in English yet: {table}");

    // Translating one message makes it a draft; the scaffold itself checks clean.
    edit(&cy.join("ui.ftl"), "# ui-phone = Phone", "ui-phone = Ffôn");
    let out = run(project.path(), &["check", "--locales", "cy", "--no-fit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&run(project.path(), &["status", "--locales", "cy"]));
    let row: Vec<&str> = table
        .lines()
        .find(|l| l.starts_with("cy "))
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(row[6], "1", "one draft: {table}");
    assert_eq!(
        run(project.path(), &["new-locale", "cy"]).status.code(),
        Some(2),
        "refuses an existing folder"
    );
}

#[test]
fn a_discreet_message_that_gives_the_card_away_is_an_error_at_the_message() {
    let project = pl_project();
    let file = pl(&project, "ui.ftl");
    let old = line_starting(&file, "discreet-keep =");
    edit(
        &file,
        &old,
        "discreet-keep = Schowaj tę kartę: zdjęcia intymne.",
    );
    check_pl_fails(
        &project,
        "`discreet-keep` contains `intymne`, `zdjęcia`",
        "locales/pl/ui.ftl",
    );

    // Without a Polish word list nothing could be checked: an error in locale.toml.
    let meta = pl(&project, "locale.toml");
    let list = line_starting(&meta, "discreet-avoid-words");
    edit(&meta, &list, "");
    edit(
        &file,
        "discreet-keep = Schowaj tę kartę: zdjęcia intymne.",
        &old,
    );
    let report = json(&check_pl(&project, &["--json"]));
    let discreet = findings(&report, "discreet");
    assert_eq!(discreet.len(), 1, "{report:#}");
    assert!(
        discreet[0]["message"]
            .as_str()
            .unwrap()
            .contains("lists no `discreet-avoid-words`"),
        "{report:#}"
    );
    assert!(
        discreet[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("locales/pl/locale.toml"),
        "{report:#}"
    );
}
