//! Reading questionnaire files and checking them, reporting every problem at once.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::dimension::Dimension;
use super::model::{Item, Questionnaire};
use crate::content::{Content, Text};
use crate::source::{Diagnostic, Locator, Pos, decode_utf8, parse_ron};

/// The questionnaire that ships with the app.
const DEFAULT: (&str, &str) = (
    "questionnaires/default.ron",
    include_str!("../../questionnaires/default.ron"),
);

/// Files larger than this are refused before parsing: no questionnaire comes near it.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Every dimension needs at least this many items for a score to mean something.
const MIN_ITEMS_PER_DIMENSION: usize = 4;

/// Where a questionnaire came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the app.
    Builtin,
    /// A file in the user's questionnaire folder.
    File(PathBuf),
}

/// A valid questionnaire and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// Its source.
    pub origin: Origin,
    /// The questionnaire itself.
    pub questionnaire: Questionnaire,
}

/// The questionnaires the app offers, and the problems of the files it could not use.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    /// Valid questionnaires: the built-in one first, then the user's by file name.
    pub questionnaires: Vec<Loaded>,
    /// Problems per broken file; the other files still load.
    pub errors: Vec<Diagnostic>,
}

impl Catalogue {
    /// The built-in questionnaire plus every `*.ron` file in `dir` (if given and present).
    pub fn load(dir: Option<&Path>, content: &Content) -> Self {
        let mut cat = Catalogue::default();
        match parse_questionnaire(DEFAULT.0, DEFAULT.1, content) {
            Ok(q) => cat.questionnaires.push(Loaded {
                origin: Origin::Builtin,
                questionnaire: q,
            }),
            Err(e) => cat.errors.extend(e),
        }
        if let Some(dir) = dir {
            let (found, errors) = load_dir(dir, content);
            for l in found {
                let id = &l.questionnaire.id;
                if cat.questionnaires.iter().any(|o| &o.questionnaire.id == id) {
                    let file = display_origin(&l.origin);
                    cat.errors.push(Diagnostic::whole(
                        &file,
                        format!(
                            "another questionnaire already uses the id {id:?}; this one is skipped"
                        ),
                    ));
                } else {
                    cat.questionnaires.push(l);
                }
            }
            cat.errors.extend(errors);
        }
        cat
    }

    /// A questionnaire by id.
    pub fn get(&self, id: &str) -> Option<&Loaded> {
        self.questionnaires
            .iter()
            .find(|l| l.questionnaire.id == id)
    }
}

fn display_origin(origin: &Origin) -> String {
    match origin {
        Origin::Builtin => DEFAULT.0.to_owned(),
        Origin::File(p) => p.display().to_string(),
    }
}

/// Loads every `*.ron` in `dir`, sorted by file name. A missing folder is simply empty.
pub fn load_dir(dir: &Path, content: &Content) -> (Vec<Loaded>, Vec<Diagnostic>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (found, errors),
        Err(e) => {
            errors.push(Diagnostic::whole(
                &dir.display().to_string(),
                format!("cannot read folder: {e}"),
            ));
            return (found, errors);
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .collect();
    paths.sort();
    for path in paths {
        match load_file(&path, content) {
            Ok(q) => found.push(Loaded {
                origin: Origin::File(path),
                questionnaire: q,
            }),
            Err(e) => errors.extend(e),
        }
    }
    (found, errors)
}

/// Reads and checks one questionnaire file.
pub fn load_file(path: &Path, content: &Content) -> Result<Questionnaire, Vec<Diagnostic>> {
    let name = path.display().to_string();
    let bytes = crate::source::read_source(path, MAX_FILE_BYTES).map_err(|e| vec![e])?;
    let text = decode_utf8(&name, &bytes).map_err(|e| vec![e])?;
    parse_questionnaire(&name, text, content)
}

/// Parses and checks a questionnaire's text; `file` names it in diagnostics.
pub fn parse_questionnaire(
    file: &str,
    text: &str,
    content: &Content,
) -> Result<Questionnaire, Vec<Diagnostic>> {
    let q: Questionnaire = parse_ron(file, text).map_err(|e| vec![e])?;
    let errors = Checker::new(file, text, content).check(&q);
    if errors.is_empty() {
        Ok(q)
    } else {
        Err(errors)
    }
}

struct Checker<'a> {
    file: &'a str,
    loc: Locator,
    content: &'a Content,
    errors: Vec<Diagnostic>,
}

impl<'a> Checker<'a> {
    fn new(file: &'a str, text: &str, content: &'a Content) -> Self {
        Self {
            file,
            loc: Locator::new(text),
            content,
            errors: Vec::new(),
        }
    }

    fn push(&mut self, pos: Option<Pos>, message: String) {
        self.errors.push(match pos {
            Some(p) => Diagnostic::at(self.file, p, message),
            None => Diagnostic::whole(self.file, message),
        });
    }

    fn text(&mut self, pos: Option<Pos>, what: &str, text: &Text) {
        for (lang, s) in [("nl", &text.nl), ("en", &text.en)] {
            if s.trim().is_empty() {
                self.push(
                    pos,
                    format!("missing translation: {what} has no {lang} text"),
                );
            }
        }
    }

    fn check(mut self, q: &Questionnaire) -> Vec<Diagnostic> {
        let top = self.loc.word_after(Pos::default(), "Questionnaire", 0);
        if q.id.trim().is_empty() {
            self.push(
                self.loc.word_after(Pos::default(), "id", 0),
                "the questionnaire has an empty id".into(),
            );
        }
        self.text(
            self.loc.word_after(Pos::default(), "title", 0).or(top),
            "the title",
            &q.title,
        );
        self.text(
            self.loc
                .word_after(Pos::default(), "description", 0)
                .or(top),
            "the description",
            &q.description,
        );
        let mut counts = [0usize; Dimension::ALL.len()];
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for item in &q.items {
            let id = item.id();
            let nth = seen.entry(id).or_insert(0);
            let pos = self.loc.field_value("id", id, *nth);
            if *nth > 0 {
                self.push(pos, format!("duplicate item id {id:?}"));
            }
            *nth += 1;
            for d in self.item(item, pos) {
                counts[d.index()] += 1;
            }
        }
        let items_pos = self.loc.word_after(Pos::default(), "items", 0);
        if q.items.is_empty() {
            self.push(items_pos, "the questionnaire has no items".into());
        } else {
            for d in Dimension::ALL {
                let n = counts[d.index()];
                if n < MIN_ITEMS_PER_DIMENSION {
                    self.push(
                        items_pos,
                        format!("dimension {d:?} is measured by {n} item(s); it needs at least {MIN_ITEMS_PER_DIMENSION}", d = d.key()),
                    );
                }
            }
        }
        self.errors
    }

    /// Checks one item; returns the dimensions it measures (each once).
    fn item(&mut self, item: &Item, pos: Option<Pos>) -> Vec<Dimension> {
        match item {
            Item::Likert {
                id,
                text,
                dimension,
                ..
            } => {
                self.text(pos, &format!("item {id:?}"), text);
                match Dimension::from_key(dimension) {
                    Some(d) => vec![d],
                    None => {
                        let at = pos
                            .and_then(|p| self.loc.string_after(p, dimension))
                            .or(pos);
                        self.push(
                            at,
                            format!("unknown dimension {dimension:?} (known: {})", known_keys()),
                        );
                        Vec::new()
                    }
                }
            }
            Item::Scenario {
                id,
                case,
                situation,
                options,
            } => {
                self.text(pos, &format!("scenario {id:?}"), situation);
                if let Some(case) = case
                    && self.content.case(case).is_none()
                {
                    let at = pos.and_then(|p| self.loc.string_after(p, case)).or(pos);
                    self.push(
                        at,
                        format!(
                            "unknown case {case:?} (known: amerdoorn, hertogenburg, wassenberg)"
                        ),
                    );
                }
                if !(3..=5).contains(&options.len()) {
                    self.push(
                        pos,
                        format!(
                            "scenario {id:?} has {} options; give it 3 to 5",
                            options.len()
                        ),
                    );
                }
                let mut dims = HashSet::new();
                for (k, option) in options.iter().enumerate() {
                    let opos = pos.and_then(|p| self.loc.word_after(p, "text", k)).or(pos);
                    self.text(
                        opos,
                        &format!("option {} of scenario {id:?}", k + 1),
                        &option.text,
                    );
                    if option.scores.is_empty() {
                        self.push(
                            opos,
                            format!("option {} of scenario {id:?} scores nothing", k + 1),
                        );
                    }
                    let mut in_option = HashSet::new();
                    for (key, weight) in &option.scores {
                        let at = opos.and_then(|p| self.loc.string_after(p, key)).or(opos);
                        match Dimension::from_key(key) {
                            Some(d) => {
                                dims.insert(d);
                                if !in_option.insert(d) {
                                    self.push(
                                        at,
                                        format!(
                                            "option {} of scenario {id:?} scores {key:?} twice",
                                            k + 1
                                        ),
                                    );
                                }
                            }
                            None => self.push(
                                at,
                                format!("unknown dimension {key:?} (known: {})", known_keys()),
                            ),
                        }
                        if !(1..=3).contains(weight) {
                            self.push(
                                at,
                                format!("weight {weight} for {key:?} is out of range; use 1 to 3"),
                            );
                        }
                    }
                }
                let mut dims: Vec<_> = dims.into_iter().collect();
                dims.sort();
                dims
            }
        }
    }
}

fn known_keys() -> String {
    Dimension::ALL.map(Dimension::key).join(", ")
}

impl Item {
    /// The item's id.
    pub fn id(&self) -> &str {
        match self {
            Item::Likert { id, .. } | Item::Scenario { id, .. } => id,
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod reading_time;
