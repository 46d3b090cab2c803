//! The unlocked journal in memory: entries by record id, each with its folded search text kept
//! beside it and rebuilt whenever the entry changes.

use std::collections::{BTreeMap, HashMap};

use zeroize::Zeroize;

use super::entry::Entry;
use super::filter::{self, Indexed, JournalFilter, Query, SortBy};

/// The entries of an unlocked vault, keyed by record id, ready to filter and search.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Journal {
    items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Item {
    id: String,
    entry: Entry,
    indexed: Indexed,
}

impl Item {
    fn new(id: String, entry: Entry) -> Item {
        let indexed = Indexed::of(&entry);
        Item { id, entry, indexed }
    }
}

impl Journal {
    /// An empty journal.
    pub fn new() -> Journal {
        Journal::default()
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.position(id)
            .and_then(|i| self.items.get(i))
            .map(|it| &it.entry)
    }

    /// All entries with their ids, in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Entry)> {
        self.items.iter().map(|it| (it.id.as_str(), &it.entry))
    }

    /// All entries, in insertion order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.items.iter().map(|it| &it.entry)
    }

    /// Stores an entry under an id, replacing (and wiping) any entry with that id. Returns
    /// whether one was replaced.
    pub fn upsert(&mut self, id: impl Into<String>, entry: Entry) -> bool {
        let item = Item::new(id.into(), entry);
        match self.position(&item.id).and_then(|i| self.items.get_mut(i)) {
            Some(old) => {
                old.entry.zeroize();
                old.indexed.zeroize();
                *old = item;
                true
            }
            None => {
                self.items.push(item);
                false
            }
        }
    }

    /// Changes an entry in place and refreshes its search text. Returns whether it existed.
    pub fn update(&mut self, id: &str, change: impl FnOnce(&mut Entry)) -> bool {
        let Some(item) = self.position(id).and_then(|i| self.items.get_mut(i)) else {
            return false;
        };
        change(&mut item.entry);
        item.indexed.zeroize();
        item.indexed = Indexed::of(&item.entry);
        true
    }

    /// Takes an entry out of the journal.
    pub fn remove(&mut self, id: &str) -> Option<Entry> {
        let mut item = self.items.remove(self.position(id)?);
        item.indexed.zeroize();
        Some(item.entry)
    }

    /// The ids and entries that pass `filter`, in `sort` order.
    pub fn query(&self, filter: &JournalFilter, sort: SortBy) -> Vec<(&str, &Entry)> {
        let query = Query::new(filter);
        let mut hits: Vec<&Item> = self
            .items
            .iter()
            .filter(|it| query.accepts(&it.entry, &it.indexed))
            .collect();
        hits.sort_by(|a, b| {
            filter::compare(
                sort,
                (&a.id, &a.entry, &a.indexed),
                (&b.id, &b.entry, &b.indexed),
            )
        });
        hits.into_iter()
            .map(|it| (it.id.as_str(), &it.entry))
            .collect()
    }

    /// How often each tactic is linked (see [`filter::tactic_counts`]).
    pub fn tactic_counts(&self) -> BTreeMap<String, usize> {
        filter::tactic_counts(self.entries())
    }

    /// Every tag in use, sorted (see [`filter::all_tags`]).
    pub fn all_tags(&self) -> Vec<String> {
        filter::all_tags(self.entries())
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|it| it.id == id)
    }
}

impl FromIterator<(String, Entry)> for Journal {
    /// Builds a journal from loaded records; a later duplicate id replaces an earlier one.
    fn from_iter<I: IntoIterator<Item = (String, Entry)>>(iter: I) -> Journal {
        let mut positions: HashMap<String, usize> = HashMap::new();
        let mut items: Vec<Item> = Vec::new();
        for (id, entry) in iter {
            let item = Item::new(id, entry);
            match positions.get(&item.id).and_then(|&i| items.get_mut(i)) {
                Some(old) => *old = item,
                None => {
                    positions.insert(item.id.clone(), items.len());
                    items.push(item);
                }
            }
        }
        Journal { items }
    }
}

impl Zeroize for Journal {
    /// Wipes every entry, id and search text and empties the journal, for lock.
    fn zeroize(&mut self) {
        for item in &mut self.items {
            item.id.zeroize();
            item.entry.zeroize();
            item.indexed.zeroize();
        }
        self.items.clear();
    }
}
