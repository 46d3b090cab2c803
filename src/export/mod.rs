//! Sharing with a coach by consent: the scope of a summary, its rendering, encryption to the
//! coach, the consent receipt, and the coach's feedback coming back. No egui here.

mod model;

pub use model::{Consent, ConsentRecord, FeedbackRecord, Output, Parts, Scope, Selection};
