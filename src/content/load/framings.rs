//! Checks on `assets/framings.ron`: every text in both languages, the report section named,
//! and the checklist with its points.

use super::Validator;
use crate::content::framing::{Framing, FramingId};
use crate::source::Diagnostic;

impl Validator {
    pub(super) fn framings(&mut self, src: (&str, &str), framings: &[Framing]) {
        for f in framings {
            let id = f.id;
            self.text(src, None, &format!("framing {id:?} title"), &f.title);
            self.text(src, None, &format!("framing {id:?} body"), &f.body);
            self.text(src, None, &format!("framing {id:?} section"), &f.section);
            for (i, point) in f.points.iter().enumerate() {
                self.text(src, None, &format!("framing {id:?} point {}", i + 1), point);
            }
        }
        let lists = [FramingId::Checklist, FramingId::Leaders];
        for f in framings.iter().filter(|f| lists.contains(&f.id)) {
            if f.points.is_empty() {
                self.errors.push(Diagnostic::whole(
                    src.0,
                    format!("framing {:?} needs its points", f.id),
                ));
            }
        }
    }
}
