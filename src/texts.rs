//! Tables of short texts in Dutch and English, shared by the interface (`ui::i18n`, the error
//! and guard sentences) and the printed documents (`report::words`): one macro makes a key
//! enum whose `get` gives the text in a language, so a key without both texts does not
//! compile.

macro_rules! strings {
    (enum $name:ident; $($key:ident => $nl:literal, $en:literal;)*) => {
        /// A piece of text in both languages.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $name { $(#[allow(missing_docs)] $key),* }

        impl $name {
            /// Every key, for tests.
            #[cfg(test)]
            pub const ALL: &'static [$name] = &[$($name::$key),*];

            /// The text in a language.
            pub fn get(self, lang: $crate::content::Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$key, $crate::content::Lang::Nl) => $nl, ($name::$key, $crate::content::Lang::En) => $en,)*
                }
            }
        }
    };
    ($($key:ident => $nl:literal, $en:literal;)*) => {
        strings! { enum S; $($key => $nl, $en;)* }
    };
}

/// The table form, for each set of texts.
pub(crate) use strings;

/// Fills `{}` placeholders in order.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut parts = template.split("{}");
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push_str(args.get(i).copied().unwrap_or(""));
        out.push_str(part);
    }
    out
}
