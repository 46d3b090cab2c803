//! Choosing and ordering entries: a filter by board, tactic, status, tag, date range and free
//! text; sort orders; and the counts behind the repertoire heat grid and the tag list.
//!
//! Text search ignores case and diacritics ([`search::fold`]) and needs every word to occur
//! somewhere in the entry. [`super::Journal`] keeps each entry's folded text beside it, so a
//! search over thousands of entries is a plain substring scan.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use super::date::Date;
use super::entry::{Entry, Status};
use crate::content::Board;
use crate::search;

/// A filter over the journal; `None` fields and empty strings match everything.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct JournalFilter {
    /// Only entries that name this board.
    pub board: Option<Board>,
    /// Only entries linked to this tactic id.
    pub tactic: Option<String>,
    /// Only entries with this status.
    pub status: Option<Status>,
    /// Only entries with this tag (ignoring case and diacritics).
    pub tag: Option<String>,
    /// Only entries dated on or after this day.
    pub from: Option<Date>,
    /// Only entries dated on or before this day.
    pub to: Option<Date>,
    /// Words that must all occur in the entry's text (see [`Entry::search_text`]).
    pub text: String,
}

impl JournalFilter {
    /// Whether any field is set.
    pub fn is_active(&self) -> bool {
        *self != Self::default()
    }

    /// Whether one entry passes. Folds the entry's text on every call: for many entries use
    /// [`super::Journal::query`], which folds once per entry.
    pub fn matches(&self, entry: &Entry) -> bool {
        Query::new(self).accepts(entry, &Indexed::of(entry))
    }
}

/// The order of a list of entries. Ties fall back to newest first, then the entry id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum SortBy {
    /// Newest date first.
    #[default]
    DateNewest,
    /// Oldest date first.
    DateOldest,
    /// Alphabetically by title, ignoring case and diacritics.
    Title,
    /// Open, then decided, then closed.
    Status,
}

impl SortBy {
    /// All orders, as the UI offers them.
    pub const ALL: [SortBy; 4] = [
        SortBy::DateNewest,
        SortBy::DateOldest,
        SortBy::Title,
        SortBy::Status,
    ];
}

/// How often each tactic is linked, counting an entry once per tactic: the repertoire heat
/// grid. Practice entries (exercises) are not real practice and do not count. Ids that are
/// not in the catalogue are counted too; the caller decides what to show.
pub fn tactic_counts<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for entry in entries.into_iter().filter(|e| !e.practice) {
        let unique: BTreeSet<&str> = entry.tactics.iter().map(String::as_str).collect();
        for id in unique {
            *counts.entry(id.to_owned()).or_insert(0) += 1;
        }
    }
    counts
}

/// Every tag in use, trimmed, each once, sorted ignoring case and diacritics. Tags that differ
/// only in case or diacritics count as one, spelled as first seen (they filter alike too).
pub fn all_tags<'a>(entries: impl IntoIterator<Item = &'a Entry>) -> Vec<String> {
    let mut unique: BTreeMap<String, &str> = BTreeMap::new();
    for tag in entries.into_iter().flat_map(|e| e.tags.iter()) {
        let tag = tag.trim();
        if !tag.is_empty() {
            unique.entry(search::fold(tag)).or_insert(tag);
        }
    }
    unique.into_values().map(str::to_owned).collect()
}

/// An entry's text folded for search, built once when the entry is stored or changed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct Indexed {
    /// All of [`Entry::search_text`], folded, one field per line.
    text: String,
    /// The title, folded, for sorting.
    pub(super) title: String,
    /// The tags, trimmed and folded.
    tags: Vec<String>,
}

impl Indexed {
    /// Folds an entry's text.
    pub(super) fn of(entry: &Entry) -> Indexed {
        let mut text = String::new();
        for part in entry.search_text() {
            text.push_str(&search::fold(part));
            text.push('\n');
        }
        Indexed {
            text,
            title: search::fold(&entry.title),
            tags: entry.tags.iter().map(|t| search::fold(t.trim())).collect(),
        }
    }
}

impl Zeroize for Indexed {
    fn zeroize(&mut self) {
        self.text.zeroize();
        self.title.zeroize();
        self.tags.zeroize();
    }
}

/// A filter prepared for running over many entries: its words and tag folded once.
pub(super) struct Query<'f> {
    filter: &'f JournalFilter,
    words: Vec<String>,
    tag: Option<String>,
}

impl<'f> Query<'f> {
    /// Prepares a filter.
    pub(super) fn new(filter: &'f JournalFilter) -> Query<'f> {
        let words = search::fold(&filter.text)
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let tag = filter
            .tag
            .as_deref()
            .map(|t| search::fold(t.trim()))
            .filter(|t| !t.is_empty());
        Query { filter, words, tag }
    }

    /// Whether an entry, with its folded text, passes.
    pub(super) fn accepts(&self, entry: &Entry, indexed: &Indexed) -> bool {
        let f = self.filter;
        f.board.is_none_or(|b| entry.boards.contains(&b))
            && f.tactic
                .as_deref()
                .is_none_or(|id| id.is_empty() || entry.tactics.iter().any(|t| t == id))
            && f.status.is_none_or(|s| entry.status == s)
            && f.from.is_none_or(|from| entry.date >= from)
            && f.to.is_none_or(|to| entry.date <= to)
            && self
                .tag
                .as_ref()
                .is_none_or(|tag| indexed.tags.contains(tag))
            && self.words.iter().all(|w| indexed.text.contains(w.as_str()))
    }
}

/// Compares two `(id, entry, folded)` triples for `sort`. Within one day the record id decides:
/// ids are ULIDs, which sort by the moment the entry was first saved, so "newest first" also
/// holds within a day.
pub(super) fn compare(
    sort: SortBy,
    (a_id, a, a_ix): (&str, &Entry, &Indexed),
    (b_id, b, b_ix): (&str, &Entry, &Indexed),
) -> Ordering {
    let newest = b.date.cmp(&a.date).then_with(|| b_id.cmp(a_id));
    match sort {
        SortBy::DateNewest => newest,
        SortBy::DateOldest => a.date.cmp(&b.date).then_with(|| a_id.cmp(b_id)),
        SortBy::Title => a_ix.title.cmp(&b_ix.title).then(newest),
        SortBy::Status => a.status.cmp(&b.status).then(newest),
    }
}

#[cfg(test)]
mod tests;
