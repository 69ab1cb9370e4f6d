//! The interface's languages: which ones there are, every interface string in each (one table
//! per language: [`en`], [`zh_hans`], [`zh_hant`]), numbers and lists in each, and one-pass
//! placeholder filling. A leaf: it imports no other module of the domain; labels made from
//! data live in [`crate::domain::present`].
//!
//! A table is an exhaustive `match` over [`Key`], so a key missing from any language stops the
//! build; the tests below also check that every text is filled in and keeps its placeholders.
//! A message that counts something ("1 event", "12 events") is a [`Counted`] key instead: each
//! table gives its [`Forms`], and [`Locale::count`] picks the one the number takes, so no
//! caller writes a plural rule of its own.

mod en;
mod zh_hans;
mod zh_hant;

/// A language the interface is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    /// Simplified Chinese (简体中文).
    ZhHans,
    /// Traditional Chinese (繁體中文).
    ZhHant,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::ZhHans, Locale::ZhHant];

    /// The BCP 47 tag: the value of `lang=` in links and of the page's `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhHans => "zh-Hans",
            Locale::ZhHant => "zh-Hant",
        }
    }

    /// The language's name in itself, as the language switch shows it.
    pub fn autonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::ZhHans => "简体中文",
            Locale::ZhHant => "繁體中文",
        }
    }

    /// The interface language for a BCP 47 tag: `zh-TW`, `zh-HK` and `zh-Hant…` are
    /// Traditional, any other `zh` is Simplified, `en…` is English; others have none.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
        let mut parts = tag.split('-');
        match parts.next()? {
            "en" => Some(Locale::En),
            "zh" => {
                let traditional = parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo"));
                Some(if traditional {
                    Locale::ZhHant
                } else {
                    Locale::ZhHans
                })
            }
            _ => None,
        }
    }

    /// The first of the browser's preferred languages the interface has, else English.
    pub fn preferred<'a>(tags: impl IntoIterator<Item = &'a str>) -> Locale {
        tags.into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }

    pub fn is_chinese(self) -> bool {
        self != Locale::En
    }

    /// The interface text for `key`.
    pub fn text(self, key: Key) -> &'static str {
        match self {
            Locale::En => en::text(key),
            Locale::ZhHans => zh_hans::text(key),
            Locale::ZhHant => zh_hant::text(key),
        }
    }

    /// The text for `key` with each `{name}` replaced by its value.
    pub fn fill(self, key: Key, values: &[(&str, &str)]) -> String {
        fill(self.text(key), values)
    }

    /// The counted message `key` for `n`, in the form the language gives that number, with
    /// `{count}` filled by `n` (grouped, as [`Locale::number`] writes it).
    pub fn count(self, key: Counted, n: usize) -> String {
        self.count_with(key, n, &[])
    }

    /// [`Locale::count`] with other placeholders filled from `values` too.
    pub fn count_with(self, key: Counted, n: usize, values: &[(&str, &str)]) -> String {
        let forms = match self {
            Locale::En => en::counted(key),
            Locale::ZhHans => zh_hans::counted(key),
            Locale::ZhHant => zh_hant::counted(key),
        };
        // English says "1 event" and "0 events"; Chinese has one form for every number.
        let form = match (self, n) {
            (Locale::En, 1) => forms.one,
            _ => forms.other,
        };
        let number = self.number(n);
        let mut all = Vec::with_capacity(values.len() + 1);
        all.push(("count", number.as_str()));
        all.extend_from_slice(values);
        fill(form, &all)
    }

    /// A count with digit grouping ("12,345"; Chinese groups by thousands with commas too).
    pub fn number(self, n: usize) -> String {
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(digit);
        }
        out
    }

    /// What separates the items of a list of names: "、" in Chinese, ", " in English.
    pub fn list_separator(self) -> &'static str {
        if self.is_chinese() {
            "、"
        } else {
            ", "
        }
    }
}

/// A text to be put in words in whichever language the reader chose: a key and the values of
/// its placeholders (for messages made where no language is known, such as dataset checks).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: Key,
    pub values: Vec<(&'static str, String)>,
}

impl Message {
    pub fn new(key: Key, values: &[(&'static str, &str)]) -> Message {
        Message {
            key,
            values: values.iter().map(|(k, v)| (*k, v.to_string())).collect(),
        }
    }

    /// The message in `locale`.
    pub fn text(&self, locale: Locale) -> String {
        let values: Vec<(&str, &str)> = self.values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        locale.fill(self.key, &values)
    }
}

impl std::fmt::Display for Message {
    /// The English text (logs and tests).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Locale::En))
    }
}

/// Replaces each `{name}` in `template` by its value, in one pass: a value that itself holds
/// `{name}` is left as it is. Unknown placeholders stay as written.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * values.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Splits `template` around its `{name}` placeholder, for markup around the value.
pub fn split_at<'a>(template: &'a str, name: &str) -> (&'a str, &'a str) {
    let placeholder = format!("{{{name}}}");
    template
        .split_once(placeholder.as_str())
        .unwrap_or((template, ""))
}

/// The forms of a counted message: for one, and for any other number. A language without
/// plurals (Chinese) gives one text for both ([`Forms::same`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Forms {
    pub one: &'static str,
    pub other: &'static str,
}

impl Forms {
    pub const fn same(text: &'static str) -> Forms {
        Forms {
            one: text,
            other: text,
        }
    }
}

/// Messages that count something, each with `{count}` in both of its [`Forms`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Counted {
    /// "12 events": a number of events, on its own or inside a longer message.
    Events,
    /// "4 partners" of a network node.
    Partners,
    /// "Filters (2)": the filter button with its active filters.
    ShowFilters,
    /// "Show 7 events": the drawer's closing button.
    CloseFilters,
    /// "7 of 25 events" (counted by the total; `{shown}` is the part kept).
    ResultCount,
    /// "+2 more" organizations after the first few.
    MoreOrganizations,
    /// "The 100 latest are shown; the list below has all 1,234."
    UnplacedCapped,
    /// "and 3 more" events under a marker's tooltip.
    AndMore,
    /// A cluster's accessible name: "5 events in 2 places (…)".
    MarkerCluster,
    /// A place's accessible name with several events: "3 events in Beijing. Choose one."
    MarkerMany,
    /// The Export menu button: "Export 1 event", "Export 25 events".
    Export,
    /// "CAS and CNRS: 3 shared events".
    EdgeLabel,
    /// A break in the timeline's axis: "1 month", "14 months".
    GapMonths,
    /// A break of two years or more: "3 years".
    GapYears,
    /// atlas-check's summary of a good file: "48 events, no problems".
    CheckPassed,
    /// atlas-check's summary of a bad file: "2 problems".
    ProblemsFound,
}

impl Counted {
    pub const ALL: &'static [Counted] = &[
        Counted::Events,
        Counted::Partners,
        Counted::ShowFilters,
        Counted::CloseFilters,
        Counted::ResultCount,
        Counted::MoreOrganizations,
        Counted::UnplacedCapped,
        Counted::AndMore,
        Counted::MarkerCluster,
        Counted::MarkerMany,
        Counted::Export,
        Counted::EdgeLabel,
        Counted::GapMonths,
        Counted::GapYears,
        Counted::CheckPassed,
        Counted::ProblemsFound,
    ];
}

macro_rules! keys {
    ($($key:ident),* $(,)?) => {
        /// One interface string; each language's table has a text for every key.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),*];
        }
    };
}

keys! {
    Product, Tagline, LanguageSwitch, OpenDatasetFile, FilePickerHint, Loading, Reading,
    ReadingSize, Checking, FileUnreadable, FetchFailed, FetchNoResponse, FetchStatus, FetchNotText,
    DatasetFailedNamed, DatasetFailed, DatasetNeedsValid, DatasetJsonAt, OpenBundled,
    LinkIgnored, Dismiss, NoticeBrokenEscape, NoticeNotUtf8, NoticeNotSameSite, NoticeNotMode,
    NoticeNotDate, NoticeNotLanguage, NoticeUnknown, NoticeWindowReversed, NoticeNotInDataset,
    SkipToList, EventNotFoundTitle,
    FiltersTitle, CollapseFilters, SearchEvents, SearchPlaceholder, Country,
    CountryHint, Organization, FindOrganization, Topic, Mode, Dates, DatesHint, From, To,
    SearchChip, RemoveFilter, ActiveFilters, ClearAllFilters, InPerson, Online,
    Hybrid, HybridLong,
    EventsTitle, ListOrder, NewestFirst, OldestFirst, NoEventsMatch, PlaceNotGiven,
    InEnglish,
    EventTitle, Close, SelectPrompt, NotFoundText, ShowAllEvents, KnownToMonth, KnownToYear,
    When, Where, Countries, PartOf, Organizations, People, Topics, PartsOfEvent, Source,
    PublisherNotGiven, Published, TopicChipTitle, CopyLink, LinkCopied, ClipboardFailed,
    NeighbouringEvents, Earlier, Later, EarlierEvent, LaterEvent, NoNeighbour, ContentSimplified,
    ContentTraditional,
    AddToCalendar,
    MapTitle, MapControls, ZoomIn, ZoomOut, FitToEvents, CooperationLines, MapDescription,
    MapKeys, MapFailed, Unplaced, UnplacedNone, EventsIn, MarkerOne,
    TimelineTitle, TimelineControls, ZoomTimelineIn, ZoomTimelineOut, Fit, ClearDates,
    Play, Pause, PlayNext, PlaySpeed, PlayHint, PeriodYear, PeriodQuarter, PeriodMonth,
    LegendDay, LegendDays, LegendUncertain, LegendBrush, TimelineDescription, TimelineCursor,
    Quarter,
    ExportHint, ExportIcs, ExportCsv, ExportGeoJson, ExportDone, ExportFailed, MonthSpanNote,
    YearSpanNote,
    ProblemInEvent, ProblemInFile, MustNotBeEmpty, DuplicateEventId, DuplicateId, NotKebabCase,
    NotADate, NoSuchMonth, MonthDays, EndBeforeStart, OnlineWithVenue, NotLatitude,
    NotLongitude, NoCountry, NotCountryCode, NotCountryCodeUse, ListedTwice,
    UnknownOrganization, UnknownTopic, OwnParent, UnknownEvent, ParentLoop, PinyinFragment,
    OriginWithoutChineseName,
    ProblemInCell, MissingColumn, ColumnTwice, AmbiguousDate, NotTableDate, NotANumber, NotModeValue,
    NotPrecision, HalfCoordinates, OnlineWithPlace, NotTextEncoding, ColumnsIgnored,
    ReadAsGb18030, ReadAsBig5, ReadAsWindows1252, ReadAsEncoding, NotInEncoding,
    ProblemInRow, UnclosedQuote, MoreCellsThanColumns, NoEventRows,
    ProblemInSheet, WorkbookUnreadable, WorkbookNoSheet, WorkerFailed, DownloadWorkbookTemplate,
    DownloadTemplate, TemplateHint,
    NotTypedDate, DateAfterWindowEnd, DateBeforeWindowStart, NotCountryName, NotCountryNameSuggest,
    NotCountryNoSeparator, NotCountryInList, NotCountryInListSuggest,
    NoticeNotView, NoticeNotNodes,
    ViewSwitch, ViewMap, ViewNetwork, NetworkTitle, NodesSwitch, NodesOrganizations, NodesCountries,
    NetworkControls, NetworkDescription, NodeLabel, NodeLabelCountry, NetworkEmpty, NetworkTable, ColumnName,
    ColumnEvents, ColumnPartners, SortBy, ExportGexf, ExportGraphml, CountryUnknown,
    TrueScale, TrueScaleHint, NoticeNotScale, TimelineLegend, GapTitle, ResizeTimeline, LegendBreak,
    GapMonthsShort, GapYearsShort,
    DatasetLabel, DatasetBundled, DatasetAddress, DatasetFile, BackToBundled, FileLinkNote,
    NotFoundOtherDataset, NoticeFileNotCarried, ResizeSheet,
    NetworkLegend, OtherCountries,
    // Publishing: embed, pictures, print.
    NoticeNotEmbed, ViewEventCount, ViewOneEvent, ViewOr, WindowFrom, WindowUntil, Embed,
    EmbedTitle, EmbedIntro, EmbedSize, EmbedFullWidth, EmbedCode, EmbedPreview, CopyCode,
    CodeCopied, CodeCopyFailed, OpenInAtlas, OpenShort, OpensNewTab, EmbedEvents, SavePicture,
    PicturePng, PictureSvg, PictureDates, PictureAllDates, PictureMapData, LegendPlace,
    LegendCluster, LegendShaded, LegendSelected, LegendOrganization, LegendCountryNode,
    LegendLink, LegendGap, Print, PrintLeftOut,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeholders(text: &str) -> Vec<&str> {
        let mut names: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn every_key_has_a_text_in_every_language_with_the_same_placeholders() {
        for &key in Key::ALL {
            let english = placeholders(Locale::En.text(key));
            for locale in Locale::ALL {
                let text = locale.text(key);
                assert!(!text.trim().is_empty(), "{key:?} is empty in {locale:?}");
                assert_eq!(
                    placeholders(text),
                    english,
                    "{key:?} in {locale:?} has other placeholders than in English"
                );
            }
        }
    }

    #[test]
    fn every_counted_message_counts_in_every_form_of_every_language() {
        for &key in Counted::ALL {
            let english = en::counted(key);
            let expected = placeholders(english.other);
            assert!(expected.contains(&"count"), "{key:?} has no {{count}}");
            for locale in Locale::ALL {
                for n in [0, 1, 2, 1234] {
                    let text = locale.count(key, n);
                    assert!(
                        text.contains(&locale.number(n)),
                        "{key:?} {locale:?} {n}: {text}"
                    );
                    assert!(!text.contains("{count}"), "{key:?} {locale:?}: {text}");
                }
                let forms = match locale {
                    Locale::En => english,
                    Locale::ZhHans => zh_hans::counted(key),
                    Locale::ZhHant => zh_hant::counted(key),
                };
                for form in [forms.one, forms.other] {
                    assert_eq!(
                        placeholders(form),
                        expected,
                        "{key:?} in {locale:?}: {form}"
                    );
                }
            }
        }
    }

    #[test]
    fn english_counts_one_apart_and_chinese_does_not() {
        assert_eq!(Locale::En.count(Counted::Events, 1), "1 event");
        assert_eq!(Locale::En.count(Counted::Events, 0), "0 events");
        assert_eq!(Locale::En.count(Counted::Partners, 12), "12 partners");
        assert_eq!(
            Locale::En.count_with(Counted::ResultCount, 1, &[("shown", "1")]),
            "1 of 1 event"
        );
        assert_eq!(
            Locale::En.count(Counted::Export, 1_234),
            "Export 1,234 events"
        );
        assert_eq!(Locale::ZhHans.count(Counted::Events, 1), "1 个活动");
        assert_eq!(Locale::ZhHans.count(Counted::Events, 2), "2 个活动");
        assert_eq!(Locale::ZhHant.count(Counted::Partners, 1), "1 個合作方");
        // Nouns tell one from many in English; the rest read the same either way.
        for &key in [Counted::Events, Counted::Partners, Counted::Export].iter() {
            assert_ne!(en::counted(key).one, en::counted(key).other, "{key:?}");
        }
    }

    #[test]
    fn chinese_counted_messages_are_written_in_their_script() {
        use crate::domain::script::{script_of, to_simplified, Script};
        for &key in Counted::ALL {
            let hans = zh_hans::counted(key).other;
            assert!(
                hans.chars().all(|c| to_simplified(c) == c),
                "{key:?}: {hans}"
            );
            assert_ne!(
                script_of(zh_hant::counted(key).other),
                Script::Simplified,
                "{key:?}"
            );
        }
    }

    #[test]
    fn chinese_tables_are_written_in_their_script() {
        use crate::domain::script::{script_of, to_simplified, Script};
        for &key in Key::ALL {
            let hans = Locale::ZhHans.text(key);
            assert!(
                hans.chars().all(|c| to_simplified(c) == c),
                "{key:?} in Simplified has Traditional characters: {hans}"
            );
            let hant = Locale::ZhHant.text(key);
            assert_ne!(script_of(hant), Script::Simplified, "{key:?}: {hant}");
        }
    }

    #[test]
    fn english_has_no_han_characters_and_chinese_has_some() {
        use crate::domain::pronunciation::is_cjk;
        let mut chinese_keys = 0;
        for &key in Key::ALL {
            let quotes_chinese = matches!(
                key,
                Key::SearchPlaceholder | Key::PinyinFragment | Key::NotTableDate
            );
            assert!(
                !Locale::En.text(key).chars().any(is_cjk) || quotes_chinese,
                "{key:?}"
            );
            if Locale::ZhHans.text(key).chars().any(is_cjk) {
                chinese_keys += 1;
            }
        }
        // Every key but symbols-only ones ("+", "←") is written in Chinese.
        assert!(
            chinese_keys * 10 >= Key::ALL.len() * 9,
            "{chinese_keys} of {}",
            Key::ALL.len()
        );
    }

    #[test]
    fn tags_map_to_languages() {
        assert_eq!(Locale::from_tag("zh-TW"), Some(Locale::ZhHant));
        assert_eq!(Locale::from_tag("zh-Hant-HK"), Some(Locale::ZhHant));
        assert_eq!(Locale::from_tag("zh-CN"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("zh"), Some(Locale::ZhHans));
        assert_eq!(Locale::from_tag("en-GB"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr-FR"), None);
        assert_eq!(Locale::preferred(["fr", "zh-HK", "en"]), Locale::ZhHant);
        assert_eq!(Locale::preferred(["de"]), Locale::En);
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
    }

    #[test]
    fn numbers_group_thousands() {
        assert_eq!(Locale::En.number(0), "0");
        assert_eq!(Locale::En.number(999), "999");
        assert_eq!(Locale::ZhHans.number(100_000), "100,000");
        assert_eq!(Locale::En.number(1_234_567), "1,234,567");
    }

    #[test]
    fn fill_and_split_place_values() {
        assert_eq!(
            fill("{shown} of {total}", &[("shown", "3"), ("total", "25")]),
            "3 of 25"
        );
        // One pass: a value holding a placeholder is not itself rewritten.
        assert_eq!(
            fill(
                "“{id}” in {place}",
                &[("id", "{place}"), ("place", "Lanxi")]
            ),
            "“{place}” in Lanxi"
        );
        assert_eq!(fill("{unknown} {x", &[("x", "1")]), "{unknown} {x");
        assert_eq!(
            split_at("No event has the id “{id}”.", "id"),
            ("No event has the id “", "”.")
        );
    }
}
