//! Checks on the framework, tactics, cases, boundaries and glossary: every text in both
//! languages, ids unique, four tactics per pole, case references that exist.

use std::collections::HashSet;

use super::Validator;
use crate::content::model::{BoardInfo, Boundary, Case, Pole, PoleInfo, StanceInfo, Tactic, Term};
use crate::source::{Diagnostic, Locator};

impl Validator {
    pub(super) fn framework_texts(
        &mut self,
        src: (&str, &str),
        stances: &[StanceInfo],
        boards: &[BoardInfo],
        poles: &[PoleInfo],
    ) {
        for s in stances {
            self.text(src, None, &format!("stance {:?} name", s.id), &s.name);
            self.text(src, None, &format!("stance {:?} summary", s.id), &s.summary);
        }
        for b in boards {
            self.text(src, None, &format!("board {:?} name", b.id), &b.name);
            self.text(src, None, &format!("board {:?} summary", b.id), &b.summary);
            self.text(
                src,
                None,
                &format!("board {:?} question", b.id),
                &b.question,
            );
        }
        for p in poles {
            self.text(src, None, &format!("pole {:?} name", p.id), &p.name);
            self.text(src, None, &format!("pole {:?} summary", p.id), &p.summary);
        }
    }

    pub(super) fn tactics(&mut self, src: (&str, &str), tactics: &[Tactic]) {
        let loc = Locator::new(src.1);
        let mut seen = HashSet::new();
        for t in tactics {
            let at = loc.field_value("id", &t.id, 0);
            if !seen.insert(t.id.as_str()) {
                let p = loc.field_value("id", &t.id, 1).or(at).unwrap_or_default();
                self.errors.push(Diagnostic::at(
                    src.0,
                    p,
                    format!("tactic id {:?} is used twice", t.id),
                ));
            }
            for (what, text) in [
                ("name", &t.name),
                ("summary", &t.summary),
                ("example", &t.example),
                ("prompt", &t.prompt),
            ] {
                self.text(src, at, &format!("tactic {:?} {what}", t.id), text);
            }
        }
        for pole in Pole::ALL {
            let n = tactics.iter().filter(|t| t.pole == pole).count();
            if n != 4 {
                self.errors.push(Diagnostic::whole(
                    src.0,
                    format!("pole {pole:?} has {n} tactics; Bijlage 1 gives every pole four"),
                ));
            }
        }
    }

    pub(super) fn cases(&mut self, src: (&str, &str), cases: &[Case], tactics: &[Tactic]) {
        let loc = Locator::new(src.1);
        for c in cases {
            let at = loc.field_value("id", &c.id, 0);
            for (what, text) in [
                ("title", &c.title),
                ("summary", &c.summary),
                ("question", &c.question),
                ("considerations", &c.considerations),
            ] {
                self.text(src, at, &format!("case {:?} {what}", c.id), text);
            }
            for id in &c.tactics {
                if !tactics.iter().any(|t| &t.id == id) {
                    let p = at.and_then(|a| loc.string_after(a, id)).unwrap_or_default();
                    self.errors.push(Diagnostic::at(
                        src.0,
                        p,
                        format!("unknown tactic id {id:?}"),
                    ));
                }
            }
        }
    }

    pub(super) fn boundaries(&mut self, src: (&str, &str), boundaries: &[Boundary]) {
        for b in boundaries {
            self.text(src, None, &format!("boundary {:?} name", b.id), &b.name);
            self.text(
                src,
                None,
                &format!("boundary {:?} summary", b.id),
                &b.summary,
            );
            self.text(src, None, &format!("boundary {:?} prompt", b.id), &b.prompt);
        }
    }

    pub(super) fn glossary(&mut self, src: (&str, &str), terms: &[Term]) {
        let loc = Locator::new(src.1);
        let mut seen = HashSet::new();
        for t in terms {
            let at = loc.field_value("id", &t.id, 0);
            if !seen.insert(t.id.as_str()) {
                let p = loc.field_value("id", &t.id, 1).or(at).unwrap_or_default();
                self.errors.push(Diagnostic::at(
                    src.0,
                    p,
                    format!("term id {:?} is used twice", t.id),
                ));
            }
            self.text(src, at, &format!("term {:?}", t.id), &t.term);
            self.text(
                src,
                at,
                &format!("term {:?} definition", t.id),
                &t.definition,
            );
        }
    }
}
