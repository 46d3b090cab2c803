//! The only thing the app stores unencrypted: how it looks and which language it speaks.

use serde::{Deserialize, Serialize};

use crate::content::Lang;

/// Light, dark or follow the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Settings kept in eframe's storage. Never answers, drafts or anything personal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The language, once the user chose one; until then the OS locale decides.
    pub lang: Option<Lang>,
    /// The theme.
    pub theme: ThemeChoice,
    /// Zoom factor for all text and widgets, 0.8 to 2.0.
    pub text_scale: f32,
    /// Lock the vault after this many minutes without input, 1 to 120.
    pub auto_lock_minutes: u32,
    /// Use the app's own file picker instead of the platform's dialog.
    pub own_file_dialog: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            lang: None,
            theme: ThemeChoice::System,
            text_scale: 1.0,
            auto_lock_minutes: 10,
            own_file_dialog: false,
        }
    }
}

/// The storage key.
pub const KEY: &str = "settings";

/// Allowed text scale range.
pub const TEXT_SCALE: std::ops::RangeInclusive<f32> = 0.8..=2.0;

impl Settings {
    /// Clamps values that came from a file into range.
    pub fn sanitised(mut self) -> Self {
        self.text_scale = if self.text_scale.is_finite() {
            self.text_scale
                .clamp(*TEXT_SCALE.start(), *TEXT_SCALE.end())
        } else {
            1.0
        };
        self.auto_lock_minutes = self.auto_lock_minutes.clamp(1, 120);
        self
    }
}

/// The language the OS prefers: English for an English locale, otherwise Dutch.
pub fn os_lang() -> Lang {
    lang_for_locale(sys_locale::get_locale().as_deref())
}

/// Maps a BCP 47 locale to one of our languages; anything but English is Dutch.
pub fn lang_for_locale(locale: Option<&str>) -> Lang {
    match locale {
        Some(l) if l.to_ascii_lowercase().starts_with("en") => Lang::En,
        _ => Lang::Nl,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_maps_to_language_with_dutch_as_fallback() {
        assert_eq!(lang_for_locale(Some("en-GB")), Lang::En);
        assert_eq!(lang_for_locale(Some("nl-NL")), Lang::Nl);
        assert_eq!(lang_for_locale(Some("de-DE")), Lang::Nl);
        assert_eq!(lang_for_locale(None), Lang::Nl);
    }

    #[test]
    fn odd_stored_values_are_clamped() {
        let s = Settings {
            text_scale: f32::NAN,
            ..Settings::default()
        }
        .sanitised();
        assert_eq!(s.text_scale, 1.0);
        let s = Settings {
            text_scale: 40.0,
            ..Settings::default()
        }
        .sanitised();
        assert_eq!(s.text_scale, 2.0);
    }

    #[test]
    fn settings_hold_no_personal_fields() {
        let text = ron::to_string(&Settings::default()).expect("serialises");
        assert_eq!(
            text,
            "(lang:None,theme:System,text_scale:1.0,auto_lock_minutes:10,own_file_dialog:false)"
        );
    }
}
