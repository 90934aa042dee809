//! Downloads that are neither PDFs nor braille (issue 18): an audio edition's MP3 and EPUB
//! audio book, said in plain words in the page's language ("Audio, 7 minutes", "Audio book
//! (EPUB)"), from the `site-audio*` messages.

use super::Site;
use crate::build::Artifact;

impl Site<'_> {
    /// What an audio file is, in the page's language; `None` for other kinds.
    pub(super) fn media_words(&self, code: &str, a: &Artifact) -> Option<String> {
        let id = match a.kind.as_str() {
            "mp3" => "site-audio",
            "epub" => "site-audio-book",
            _ => return None,
        };
        let locale = self.project.locales.iter().find(|l| l.code() == code)?;
        let l10n = crate::i18n::Localizer::new(self.project, locale);
        // Whole minutes, as the recording itself says them (at least 1).
        let minutes = ((f64::from(a.seconds.unwrap_or(0)) / 60.0).round() as i64).max(1);
        l10n.text_with(id, l10n.nation(), &[("minutes", minutes)])
            .ok()
            .map(|t| t.text)
    }
}
