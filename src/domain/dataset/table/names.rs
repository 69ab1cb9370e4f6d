//! Organizations and topics named in a table's cells, matched to those of a known dataset by
//! id, name (English or Chinese, either script) or short name; a name that matches none
//! becomes a new record with an id derived from the name, the same on every import.

use std::collections::HashMap;

use crate::domain::model::{Localized, Organization, Topic};
use crate::domain::pronunciation::is_cjk;
use crate::domain::random::fnv1a;
use crate::domain::search::fold;

/// A record a cell can name.
pub trait Named: Clone {
    /// The start of ids made for names with no Latin letters or digits.
    const PREFIX: &'static str;
    fn id(&self) -> &str;
    /// Every name it may be called by.
    fn names(&self) -> Vec<&str>;
    fn named(id: String, name: &str) -> Self;
}

impl Named for Organization {
    const PREFIX: &'static str = "organization";
    fn id(&self) -> &str {
        &self.id
    }
    fn names(&self) -> Vec<&str> {
        self.name.texts().chain(self.abbr.as_deref()).collect()
    }
    fn named(id: String, name: &str) -> Self {
        Organization {
            id,
            name: one_text(name),
            abbr: None,
            country: None,
            name_zh_outside_sources: None,
        }
    }
}

impl Named for Topic {
    const PREFIX: &'static str = "topic";
    fn id(&self) -> &str {
        &self.id
    }
    fn names(&self) -> Vec<&str> {
        self.name.texts().collect()
    }
    fn named(id: String, name: &str) -> Self {
        Topic {
            id,
            name: one_text(name),
        }
    }
}

/// A text given in one language only: it serves as the English text (which every record
/// needs), and as the Chinese one too when it is written in Chinese.
pub fn one_text(text: &str) -> Localized {
    Localized {
        en: text.to_string(),
        zh: text.chars().any(is_cjk).then(|| text.to_string()),
    }
}

/// A name folded for matching: case, width, accents and script set aside, spaces collapsed.
fn key(name: &str) -> String {
    fold(name).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The records of one kind, known and made, with which of them the table uses.
pub struct Registry<R> {
    records: Vec<R>,
    by_name: HashMap<String, usize>,
    ids: HashMap<String, usize>,
    used: Vec<bool>,
}

impl<R: Named> Registry<R> {
    pub fn new(known: &[R]) -> Self {
        let mut registry = Registry {
            records: Vec::new(),
            by_name: HashMap::new(),
            ids: HashMap::new(),
            used: Vec::new(),
        };
        for record in known {
            registry.add(record.clone());
        }
        registry
    }

    fn add(&mut self, record: R) -> usize {
        let at = self.records.len();
        self.ids.insert(record.id().to_string(), at);
        for name in record.names() {
            self.by_name.entry(key(name)).or_insert(at);
        }
        self.records.push(record);
        self.used.push(false);
        at
    }

    /// The id of the record called `name`, made when none is.
    pub fn resolve(&mut self, name: &str) -> String {
        let at = match self.ids.get(name).or_else(|| self.by_name.get(&key(name))) {
            Some(&at) => at,
            None => {
                let id = self.free_id(name);
                self.add(R::named(id, name))
            }
        };
        self.used[at] = true;
        self.records[at].id().to_string()
    }

    /// Whether a record (known, or made for an earlier row) is called `name`.
    pub fn knows(&self, name: &str) -> bool {
        self.ids.contains_key(name) || self.by_name.contains_key(&key(name))
    }

    /// An id for a new record: the name in kebab-case, or for a name with no Latin letters
    /// or digits the prefix and a hash of the name; numbered on when taken.
    fn free_id(&self, name: &str) -> String {
        let key = key(name);
        let base = match slug(&key) {
            slug if slug.is_empty() => format!("{}-{:08x}", R::PREFIX, fnv1a(&key)),
            slug => slug,
        };
        let mut id = base.clone();
        let mut n = 2;
        while self.ids.contains_key(&id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }

    /// The records the table named, in the order known first, then made.
    pub fn into_used(self) -> Vec<R> {
        self.records
            .into_iter()
            .zip(self.used)
            .filter_map(|(record, used)| used.then_some(record))
            .collect()
    }
}

/// Lower-case ASCII letters and digits of `text`, each other run of characters one hyphen,
/// at most 60 characters: "Joint Lab (2024)" → `joint-lab-2024`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.truncate(60);
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<Organization> {
        vec![Organization {
            id: "cas".into(),
            name: Localized {
                en: "Chinese Academy of Sciences".into(),
                zh: Some("中国科学院".into()),
            },
            abbr: Some("CAS".into()),
            country: Some("CN".into()),
            name_zh_outside_sources: None,
        }]
    }

    #[test]
    fn matches_by_id_name_short_name_and_either_script() {
        let mut registry = Registry::new(&known());
        for name in [
            "cas",
            "CAS",
            "Chinese Academy of Sciences",
            " chinese  academy of sciences ",
            "中国科学院",
            "中國科學院",
        ] {
            assert_eq!(registry.resolve(name), "cas", "{name}");
        }
        assert_eq!(registry.into_used().len(), 1);
    }

    #[test]
    fn makes_new_records_with_stable_ids() {
        let mut registry = Registry::new(&known());
        assert_eq!(
            registry.resolve("Université de Strasbourg"),
            "universite-de-strasbourg"
        );
        assert_eq!(
            registry.resolve("universite de strasbourg"),
            "universite-de-strasbourg"
        );
        let chinese = registry.resolve("蘭溪市科協");
        assert_eq!(chinese, format!("organization-{:08x}", fnv1a("兰溪市科协")));
        assert_eq!(
            registry.resolve("兰溪市科协"),
            chinese,
            "the other script is the same name"
        );
        let used = registry.into_used();
        assert_eq!(used.len(), 2, "CAS was not named");
        assert_eq!(used[1].name.zh.as_deref(), Some("蘭溪市科協"));
        assert_eq!(used[0].name.zh, None);
    }

    #[test]
    fn numbers_an_id_on_when_it_is_taken() {
        let mut registry: Registry<Topic> = Registry::new(&[Topic {
            id: "physics".into(),
            name: one_text("Physics of matter"),
        }]);
        assert_eq!(registry.resolve("Physics"), "physics-2");
        assert_eq!(registry.resolve("Physics of matter"), "physics");
    }
}
