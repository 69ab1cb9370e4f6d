//! `atlas-check FILE [--to-json OUT] [--lang TAG] [--encoding LABEL]`: checks a dataset file
//! (JSON, a CSV or tab-separated table, or an Excel workbook) as the atlas would open it, prints every problem with
//! its place, and exits with 1 when there is one; with `--to-json`, writes the dataset in the
//! JSON format. A table in a Windows code page is read in the most plausible one, or in the one
//! `--encoding` names.

use std::process::ExitCode;

use cooperation_atlas::domain::bundled;
#[cfg(not(target_arch = "wasm32"))]
use cooperation_atlas::domain::dataset::table::encoding::decode_natively;
use cooperation_atlas::domain::dataset::workbook::is_workbook;
use cooperation_atlas::domain::dataset::{self, Dataset, Decoding, LegacyEncoding, Reading};
use cooperation_atlas::domain::i18n::{Counted, Key, Locale};

const USAGE: &str = "usage: atlas-check FILE [--to-json OUT] [--lang en|zh-Hans|zh-Hant]
                   [--encoding gb18030|big5|windows-1252]
  Checks FILE (a dataset in JSON, a table in CSV or TSV, or an .xlsx workbook: its sheet
  named events, else its first) and prints every problem.
  A table that is not UTF-8 or UTF-16 is read in the most plausible of GB18030, Big5 and
  Windows-1252, or in the one --encoding names.
  Exit status: 0 no problem, 1 problems, 2 the command or a file could not be used.";

struct Options {
    file: String,
    to_json: Option<String>,
    locale: Locale,
    encoding: Option<LegacyEncoding>,
}

/// `encoding_rs` is a native dependency only; this command is never run as wasm, but the wasm
/// lints build it.
#[cfg(target_arch = "wasm32")]
fn decode_natively(_: LegacyEncoding, _: &[u8]) -> Option<String> {
    None
}

fn options(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let (mut file, mut to_json, mut locale, mut encoding) = (None, None, Locale::En, None);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--to-json" => to_json = Some(args.next().ok_or("--to-json needs a path")?),
            "--lang" => {
                let tag = args.next().ok_or("--lang needs a language")?;
                locale = Locale::from_tag(&tag).ok_or(format!("no language {tag}"))?;
            }
            "--encoding" => {
                let label = args.next().ok_or("--encoding needs an encoding")?;
                let named = LegacyEncoding::from_label(&label);
                encoding = Some(named.ok_or(format!("no encoding {label}"))?);
            }
            "-h" | "--help" => return Err(String::new()),
            other if other.starts_with('-') => return Err(format!("unknown option {other}")),
            other if file.is_none() => file = Some(other.to_string()),
            other => return Err(format!("one file at a time ({other})")),
        }
    }
    Ok(Options {
        file: file.ok_or("which file?")?,
        to_json,
        locale,
        encoding,
    })
}

fn main() -> ExitCode {
    let options = match options(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(why) => {
            if !why.is_empty() {
                eprintln!("atlas-check: {why}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let Options {
        file,
        to_json,
        locale,
        encoding,
    } = options;
    let bytes = match std::fs::read(&file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("atlas-check: cannot read {file}: {e}");
            return ExitCode::from(2);
        }
    };
    // Tables name organizations and topics; those of the bundled dataset are matched by name.
    let known = Dataset::from_json(&bundled::files().events).expect("the bundled dataset is valid");
    let name = std::path::Path::new(&file)
        .file_name()
        .map_or(file.clone(), |n| n.to_string_lossy().into_owned());
    let known = (known.organizations(), known.topics());
    let decoding = Decoding {
        decoder: &decode_natively,
        chosen: encoding,
    };
    let Reading { result, decoded_as } = if is_workbook(&name, &bytes) {
        dataset::open_workbook(bytes, &name, known)
    } else {
        let size = bytes.len();
        dataset::open(bytes.as_slice(), size, &name, known, decoding)
    };
    if let Some(decoded_as) = decoded_as {
        println!("{}", decoded_as.notice(&file).text(locale));
        let others: Vec<String> = decoded_as
            .alternatives
            .iter()
            .map(|e| format!("--encoding {}", e.label()))
            .collect();
        if !others.is_empty() {
            println!("{file}: to read it in another, {}", others.join(" or "));
        }
    }
    match result {
        Ok(opened) => {
            if !opened.ignored_columns.is_empty() {
                let columns = opened.ignored_columns.join(locale.list_separator());
                println!(
                    "{}",
                    locale.fill(
                        Key::ColumnsIgnored,
                        &[("name", &file), ("columns", &columns)]
                    )
                );
            }
            let n_events = opened.dataset.events().len();
            println!("{file}: {}", locale.count(Counted::CheckPassed, n_events));
            match to_json {
                Some(out) => match std::fs::write(&out, opened.dataset.to_json()) {
                    Ok(()) => {
                        println!("wrote {out}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("atlas-check: cannot write {out}: {e}");
                        ExitCode::from(2)
                    }
                },
                None => ExitCode::SUCCESS,
            }
        }
        Err(error) => {
            let lines = error.lines(locale);
            for line in &lines {
                println!("{file}: {line}");
            }
            eprintln!(
                "{file}: {}",
                locale.count(Counted::ProblemsFound, lines.len())
            );
            ExitCode::FAILURE
        }
    }
}
