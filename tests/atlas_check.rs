//! The `atlas-check` command, run as a team would run it in its own CI.

use std::path::PathBuf;
use std::process::{Command, Output};

use cooperation_atlas::domain::dataset::Dataset;
use cooperation_atlas::BUNDLED_DATASET_JSON;

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_atlas-check"))
        .args(args)
        .output()
        .expect("atlas-check runs")
}

fn scratch(name: &str, contents: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("atlas-check");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_good_file_passes_and_a_bad_one_prints_every_problem_with_its_place() {
    let good = run(&["assets/data/events.json"]);
    assert!(good.status.success(), "{}", text(&good.stderr));
    assert!(text(&good.stdout).contains("25 events, no problems"));

    let bad = scratch(
        "bad.csv",
        "title_en,start,countries,notes\nLeap,2024-02-30,UK,x\nFine,2024,CN,\n",
    );
    let out = run(&[bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let printed = text(&out.stdout);
    assert!(
        printed
            .contains("bad.csv: row 2, column start: \"2024-02-30\": month 2 of 2024 has 29 days"),
        "{printed}"
    );
    assert!(
        printed.contains("row 2, column countries: \"UK\""),
        "{printed}"
    );
    assert!(text(&out.stderr).contains("bad.csv: 2 problems"));

    let chinese = run(&[bad.to_str().unwrap(), "--lang", "zh-Hans"]);
    assert!(text(&chinese.stdout).contains("第 2 行，start 列"));
    assert!(text(&chinese.stderr).contains("bad.csv: 2 个问题"));
}

#[test]
fn to_json_writes_a_dataset_that_reads_back_as_the_same_events() {
    let table = scratch(
        "sheet.csv",
        "title_en,start,countries,organizations,notes\nVisit,2024-05-26,CN;FR,CAS;New Lab,x\n",
    );
    let json = table.with_extension("json");
    let out = run(&[table.to_str().unwrap(), "--to-json", json.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("these columns were not read: notes"));
    let written = Dataset::from_json(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(written.events()[0].organizations, ["cas", "new-lab"]);

    // The bundled dataset, written out, is the same dataset.
    let bundled = Dataset::from_json(BUNDLED_DATASET_JSON).unwrap();
    let again = Dataset::from_json(&bundled.to_json()).unwrap();
    assert_eq!(again.events(), bundled.events());
    assert_eq!(again.organizations(), bundled.organizations());
}

#[test]
fn a_wrong_command_or_a_missing_file_is_status_2() {
    assert_eq!(run(&[]).status.code(), Some(2));
    assert_eq!(run(&["--frobnicate", "x"]).status.code(), Some(2));
    let missing = run(&["no/such/file.csv"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(text(&missing.stderr).contains("cannot read no/such/file.csv"));
}

/// The events' titles in a dataset JSON file, sorted.
fn titles(json: &std::path::Path) -> Vec<String> {
    let dataset = Dataset::from_json(&std::fs::read_to_string(json).unwrap()).unwrap();
    let mut titles: Vec<String> = dataset
        .events()
        .iter()
        .map(|e| format!("{:?}", e.title))
        .collect();
    titles.sort();
    titles
}

/// Converts a table under tests/fixtures/encodings/ to JSON: what it printed, and the file.
fn convert(name: &str, extra: &[&str]) -> (String, PathBuf) {
    let table = PathBuf::from("tests/fixtures/encodings").join(name);
    let json = scratch(&format!("{name}.json"), "");
    let mut args = vec![table.to_str().unwrap(), "--to-json", json.to_str().unwrap()];
    args.extend(extra);
    let out = run(&args);
    assert!(out.status.success(), "{name}: {}", text(&out.stdout));
    (text(&out.stdout), json)
}

#[test]
fn each_encoding_converts_to_the_titles_of_its_utf8_source_and_names_its_code_page() {
    let cases = [
        ("gb18030.csv", "simplified.csv", Some("GB18030")),
        ("gb18030-short.csv", "simplified-short.csv", Some("GB18030")),
        ("big5.csv", "traditional.csv", Some("Big5")),
        ("big5-short.csv", "traditional-short.csv", Some("Big5")),
        ("windows-1252.csv", "western.csv", Some("Windows-1252")),
        ("utf-8.csv", "simplified.csv", None),
        ("utf-8-bom.csv", "traditional.csv", None),
        ("utf-16le.csv", "western.csv", None),
        ("utf-16be.csv", "traditional.csv", None),
    ];
    for (name, source, code_page) in cases {
        let (printed, json) = convert(name, &[]);
        let (_, expected) = convert(source, &[]);
        assert_eq!(titles(&json), titles(&expected), "{name}");
        match code_page {
            Some(code_page) => assert!(
                printed.contains(&format!("{name} was read as {code_page}")),
                "{name}: {printed}"
            ),
            None => assert!(!printed.contains("was read as"), "{name}: {printed}"),
        }
    }
    // Told to, it reads the Big5 table as GB18030: other characters, so other titles.
    let big5 = PathBuf::from("tests/fixtures/encodings/big5-short.csv");
    let out = run(&[
        big5.to_str().unwrap(),
        "--encoding",
        "gbk",
        "--lang",
        "zh-Hans",
    ]);
    let printed = text(&out.stdout);
    assert!(printed.contains("已按 GB18030 读取"), "{printed}");
    assert!(printed.contains("--encoding big5"), "{printed}");
    let (_, chosen) = convert("big5-short.csv", &["--encoding", "gb18030"]);
    let (_, source) = convert("traditional-short.csv", &[]);
    assert_ne!(titles(&chosen), titles(&source));
    assert_eq!(
        run(&[big5.to_str().unwrap(), "--encoding", "ebcdic"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn a_workbook_is_checked_and_converted_and_its_problems_name_the_sheet() {
    let good = "tests/fixtures/workbooks/dates-as-cells.xlsx";
    let json = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("atlas-check-workbook.json");
    let out = run(&[good, "--to-json", json.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stdout));
    let lines = std::fs::read_to_string("tests/fixtures/workbooks/visits.csv").unwrap();
    let rows = lines.trim().lines().count() - 1;
    assert!(text(&out.stdout).contains(&format!("{rows} events, no problems")));
    let converted = Dataset::from_json(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(converted.events().len(), rows);

    let out = run(&[
        "tests/fixtures/workbooks/problems.xlsx",
        "--lang",
        "zh-Hant",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let printed = text(&out.stdout);
    assert!(
        printed.contains("problems.xlsx: 工作表「visits」，第 4 列，start 欄"),
        "{printed}"
    );
}
