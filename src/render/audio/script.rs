//! What an audio edition says, in order: the same [`Document`] text the HTML edition shows,
//! walked the same way (opening, the venue's lead, each section, the contacts), split into
//! sentences. Each sentence keeps the text a reader sees (the audio book highlights it) and
//! the text the voice reads: phone numbers digit by digit, web addresses in their short form,
//! no bidi isolation marks.

use crate::resolve::Document;

/// One language part's recording: chapters in reading order.
#[derive(Debug, Clone)]
pub struct Script {
    pub chapters: Vec<Chapter>,
}

/// A navigable part: an MP3 chapter (CHAP frame), a section of the audio book.
#[derive(Debug, Clone)]
pub struct Chapter {
    /// Stable id (the section id of guide.toml, `opening`, `lead`, `contacts`).
    pub id: String,
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The chapter's heading (the opening's is the guide's title).
    Heading,
    /// A service's name in the contacts.
    Subheading,
    Paragraph,
    Item,
    SubItem,
}

/// A heading, paragraph or list item: sentences shown and read together.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// The language of the block when it is not the part's (English shown as a fallback,
    /// a service's English name): read in that language's voice.
    pub lang: Option<String>,
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// As a reader sees it.
    pub shown: String,
    /// As the voice reads it.
    pub spoken: String,
    /// Bold opening words of an item (the message's `.lead`).
    pub strong: bool,
    /// A web address the shown text links to.
    pub href: Option<String>,
}

/// Facts the voice reads specially.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    /// Phone numbers as content/ writes them (`0345 6000 459`, `999`).
    pub numbers: Vec<String>,
    /// (full URL, short form): the short form is read instead.
    pub urls: Vec<(String, String)>,
    /// (as printed, as content/ says it is read): every service's name and short web
    /// address, and the names of content/'s `[names]` ("stopncii.org" → "stop NCII.org",
    /// "StopNCII" → "Stop NCII", "Childline" → itself), longest first.
    pub terms: Vec<(String, String)>,
    /// The words for a web address's marks.
    pub words: AddressWords,
    /// The language's word for the digit 0 in a phone number (`audio-zero`), when the
    /// voice's own is not the one people use ("dim" in Welsh, not espeak-ng's "nwl").
    pub zero: Option<String>,
    /// Whether the English words of names and addresses are marked for the English voice
    /// (in every language but English: Welsh's voice says "police" as "pol-ick-eh").
    pub mark_english: bool,
}

/// The language's words for the marks in a web address (`audio-dot`, `audio-dash`,
/// `audio-slash`): said aloud, since some voices drop them ("police.uk" read "police U K").
#[derive(Debug, Clone)]
pub struct AddressWords {
    pub dot: String,
    pub dash: String,
    pub slash: String,
}

impl Default for AddressWords {
    fn default() -> Self {
        Self {
            dot: "dot".into(),
            dash: "dash".into(),
            slash: "slash".into(),
        }
    }
}

impl Facts {
    /// Every number, web address and name `doc` may print, with the words `added` reads
    /// them with.
    pub fn of(doc: &Document, venue_phone: Option<&str>, added: &Added) -> Self {
        let mut numbers: Vec<String> = doc.numbers.values().cloned().collect();
        let mut urls = Vec::new();
        for s in doc.services.iter().chain(&doc.card_services) {
            numbers.extend(s.phone.clone());
            if let (Some(url), Some(short)) = (&s.url, &s.short_url) {
                urls.push((url.clone(), short.clone()));
            }
        }
        // Longest first: "ceop.police.uk" before "police.uk".
        let mut terms: Vec<(String, String)> = doc
            .readings
            .iter()
            .filter(|(printed, _)| !printed.is_empty())
            .map(|(printed, said)| (printed.clone(), said.clone()))
            .collect();
        terms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
        numbers.extend(venue_phone.map(str::to_owned));
        numbers.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        numbers.dedup();
        // Longest first, so a deep link is never read as its home page plus a path.
        urls.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.cmp(b)));
        urls.dedup();
        Self {
            numbers,
            urls,
            terms,
            words: added.address_words.clone(),
            zero: added.zero.clone(),
            mark_english: !crate::i18n::SOURCE_LOCALE.starts_with(&format!("{}-", doc.locale.lang)),
        }
    }

    /// The same facts for text read in the English voice (a service's name, English shown as
    /// a fallback): English words for the marks, nothing marked.
    pub fn in_english(&self) -> Self {
        Self {
            words: AddressWords::default(),
            zero: None,
            mark_english: false,
            ..self.clone()
        }
    }
}

/// A stretch of spoken text: English words of a name or address (read in the English voice
/// inside another language), or the language's own.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stretch {
    english: bool,
    text: String,
}

/// A name or web address as content/ says it is read: `.`, `-` and `/` as the language's
/// words, capitals letter by letter (not one that starts a word), the words and letters
/// English ("crimestoppers-UK.org" → "crimestoppers" + "dash" + "U K" + "dot" + "org").
fn read_term(written: &str, words: &AddressWords) -> Vec<Stretch> {
    let mut out: Vec<Stretch> = Vec::new();
    let mut push = |english: bool, text: &str| match out.last_mut() {
        Some(last) if last.english == english => {
            last.text.push(' ');
            last.text.push_str(text);
        }
        _ => out.push(Stretch {
            english,
            text: text.to_owned(),
        }),
    };
    let chars: Vec<char> = written.chars().collect();
    // A capital is spelt, unless it starts a word ("Stop").
    let spelt =
        |i: usize| chars[i].is_uppercase() && !chars.get(i + 1).is_some_and(|n| n.is_lowercase());
    // Where a word ends: a mark, a space or a spelt capital.
    let ends_word =
        |i: usize| matches!(chars[i], '.' | '-' | '/') || chars[i].is_whitespace() || spelt(i);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mark = match c {
            '.' => Some(&words.dot),
            '-' => Some(&words.dash),
            '/' => Some(&words.slash),
            _ => None,
        };
        if let Some(word) = mark {
            push(false, word);
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if spelt(i) {
            // Capitals to spell: each its own letter, named as English names it (the letters
            // of an English address: Welsh would say U "u bedol" and has no K).
            push(true, &c.to_string());
            i += 1;
        } else {
            // A word, read in English.
            let start = i;
            i += 1;
            while i < chars.len() && !ends_word(i) {
                i += 1;
            }
            push(true, &chars[start..i].iter().collect::<String>());
        }
    }
    out
}

/// Wording the recording adds (the `audio-*` messages, in the part's language).
#[derive(Debug, Clone, Default)]
pub struct Added {
    /// "This recording lasts about 7 minutes." (`audio-duration`).
    pub duration: String,
    /// How to move around it (`audio-parts`).
    pub parts: String,
    /// "End of the recording." (`audio-end`).
    pub end: String,
    /// The audio book's navigation heading (`audio-contents`).
    pub contents: String,
    /// Those shown in English because the language lacks them.
    pub fallback: Vec<String>,
    /// The words for a web address's marks.
    pub address_words: AddressWords,
    /// `audio-zero`, when the language has it.
    pub zero: Option<String>,
}

/// The part's script. `venue_name`: with venue details, the venue the recording is from.
pub fn script(doc: &Document, facts: &Facts, added: &Added, venue_name: Option<&str>) -> Script {
    let source = crate::i18n::SOURCE_LOCALE;
    let lang_of = |text: &str| {
        doc.fallback_text.get(text).cloned().or_else(|| {
            added
                .fallback
                .iter()
                .any(|f| f == text)
                .then(|| source.to_owned())
        })
    };
    // Text read in the English voice reads its names and addresses in English.
    let english = facts.in_english();
    let facts_for = |lang: &Option<String>| if lang.is_some() { &english } else { facts };
    let block = |kind: BlockKind, text: &str| {
        let lang = lang_of(text);
        Block {
            kind,
            sentences: sentences(text, facts_for(&lang)),
            lang,
        }
    };
    let mut chapters = Vec::new();

    // The opening (UKAAF MS01): title, who it is from, whether it is a draft, how long it
    // lasts and how to move around it; then the emergency line every edition opens with.
    let title = join_title(&doc.guide.title, &doc.guide.subtitle);
    let title_lang = lang_of(&doc.guide.title);
    let mut opening = vec![Block {
        kind: BlockKind::Heading,
        sentences: vec![plain(&title, facts_for(&title_lang))],
        lang: title_lang,
    }];
    opening.push(block(BlockKind::Paragraph, &doc.venue.name));
    if let Some(name) = venue_name {
        opening.push(block(BlockKind::Paragraph, name));
    }
    if doc.locale.status == crate::source::ReviewStatus::Draft {
        if let Some(mark) = doc.strings.get("draft-mark") {
            opening.push(block(BlockKind::Paragraph, mark));
        }
    }
    for text in [&added.duration, &added.parts] {
        if !text.is_empty() {
            opening.push(block(BlockKind::Paragraph, text));
        }
    }
    if let Some(danger) = doc.strings.get("in-danger") {
        opening.push(block(BlockKind::Paragraph, danger));
    }
    chapters.push(Chapter {
        id: "opening".into(),
        title: doc.guide.title.clone(),
        blocks: opening,
    });

    let mut lead = vec![block(BlockKind::Heading, &doc.lead.heading)];
    lead.extend(
        doc.lead
            .paragraphs
            .iter()
            .map(|p| block(BlockKind::Paragraph, p)),
    );
    chapters.push(Chapter {
        id: "lead".into(),
        title: doc.lead.heading.clone(),
        blocks: lead,
    });

    for section in &doc.sections {
        let mut blocks = vec![block(BlockKind::Heading, &section.heading)];
        blocks.extend(
            section
                .paragraphs
                .iter()
                .map(|p| block(BlockKind::Paragraph, p)),
        );
        for item in &section.items {
            let mut sentences = Vec::new();
            let lang = lang_of(&item.text);
            let item_facts = facts_for(&lang);
            if let Some(lead) = &item.lead {
                sentences.extend(sentences_of(lead, item_facts).into_iter().map(|mut s| {
                    s.strong = true;
                    s
                }));
            }
            sentences.extend(sentences_of(&item.text, item_facts));
            blocks.push(Block {
                kind: BlockKind::Item,
                lang,
                sentences,
            });
            blocks.extend(item.items.iter().map(|s| block(BlockKind::SubItem, s)));
        }
        chapters.push(Chapter {
            id: section.id.clone(),
            title: section.heading.clone(),
            blocks,
        });
    }

    let label = |key: &str| doc.strings.get(key).cloned().unwrap_or_default();
    let mut contacts = vec![block(BlockKind::Heading, &label("contacts-heading"))];
    for s in &doc.services {
        // Service names are proper names, in English (read in the English voice).
        contacts.push(Block {
            kind: BlockKind::Subheading,
            lang: (doc.locale.lang != "en").then(|| source.to_owned()),
            sentences: vec![plain(&s.name, &english)],
        });
        contacts.push(block(BlockKind::Paragraph, &s.description));
        if let Some(phone) = &s.phone {
            contacts.push(fact_line(&label("phone"), phone, None, facts));
        }
        if let Some(hours) = &s.hours {
            let lang = lang_of(hours);
            let mut b = fact_line(&label("hours"), hours, None, facts_for(&lang));
            b.lang = lang;
            contacts.push(b);
        }
        if let Some(url) = &s.url {
            let short = s.short_url.as_deref().unwrap_or(url);
            contacts.push(fact_line(&label("web"), short, Some(url), facts));
        }
    }
    contacts.push(block(BlockKind::Paragraph, &label("other-languages")));
    if !added.end.is_empty() {
        contacts.push(block(BlockKind::Paragraph, &added.end));
    }
    chapters.push(Chapter {
        id: "contacts".into(),
        title: label("contacts-heading"),
        blocks: contacts,
    });
    Script { chapters }
}

/// "What to do if… you discover …": title and subtitle read as one heading.
fn join_title(title: &str, subtitle: &str) -> String {
    if subtitle.is_empty() {
        title.to_owned()
    } else {
        format!("{title} {subtitle}")
    }
}

/// "Phone: 0345 6000 459" as one sentence, its value read as a fact.
fn fact_line(label: &str, value: &str, href: Option<&str>, facts: &Facts) -> Block {
    let shown = format!("{label}: {value}");
    Block {
        kind: BlockKind::Paragraph,
        lang: None,
        sentences: vec![Sentence {
            spoken: spoken(&shown, facts),
            shown,
            strong: false,
            href: href.map(str::to_owned),
        }],
    }
}

fn plain(text: &str, facts: &Facts) -> Sentence {
    Sentence {
        shown: text.to_owned(),
        spoken: spoken(text, facts),
        strong: false,
        href: None,
    }
}

fn sentences(text: &str, facts: &Facts) -> Vec<Sentence> {
    sentences_of(text, facts)
}

/// `text` split after each sentence's final mark (. ! ? … and the Arabic, Urdu and Indic
/// ones) that a space follows, so web addresses and numbers stay whole.
pub fn sentences_of(text: &str, facts: &Facts) -> Vec<Sentence> {
    const ENDS: &[char] = &['.', '!', '?', '…', '؟', '۔', '।', '॥'];
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if ENDS.contains(&c) {
            // Closing quotes and brackets stay with their sentence.
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = chars.peek() {
                if matches!(q, '”' | '’' | '"' | '\'' | ')' | '»' | '\u{2069}') || ENDS.contains(&q)
                {
                    end = j + q.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            if chars.peek().is_some_and(|&(_, n)| n.is_whitespace()) {
                out.push(text[start..end].trim().to_owned());
                start = end;
            }
        }
    }
    out.push(text[start..].trim().to_owned());
    out.into_iter()
        .filter(|s| !s.is_empty())
        .map(|s| plain(&s, facts))
        .collect()
}

/// The text as the voice is given it, as SSML text (the [`Speech`](super::speech::Speech)
/// engine's input): bidi marks out, each full web address as its short form, each name and
/// short address as content/ says it is read (its English words in the English voice,
/// `<voice xml:lang="en-gb">`, inside another language), each phone number of content/ digit
/// by digit in its groups ("0 3 4 5, 6 0 0 0, 4 5 9": "zero three four five", never "three
/// hundred and forty-five"), and `&`, `<`, `>` escaped.
pub fn spoken(text: &str, facts: &Facts) -> String {
    let mut s: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'))
        .collect();
    for (url, short) in &facts.urls {
        s = s.replace(url.as_str(), short);
    }
    let mut out = String::with_capacity(s.len() + 32);
    for stretch in stretches(&s, facts) {
        if stretch.english && facts.mark_english {
            out.push_str("<voice xml:lang=\"en-gb\">");
            out.push_str(&super::epub::esc(&stretch.text));
            out.push_str("</voice>");
        } else {
            out.push_str(&super::epub::esc(&numbers_read(&stretch.text, facts)));
        }
    }
    out
}

/// Each phone number of content/ in `text` digit by digit.
fn numbers_read(s: &str, facts: &Facts) -> String {
    // Digit runs (digits with single spaces between), each compared with the numbers.
    let mut out = String::with_capacity(s.len() + 16);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let after_word = k > 0 && chars[k - 1].1.is_alphanumeric();
        if !c.is_ascii_digit() || after_word {
            out.push(c);
            k += 1;
            continue;
        }
        // Longest run from here that is a known number.
        let mut end = k;
        let mut best = None;
        while end < chars.len() {
            let (_, d) = chars[end];
            if d.is_ascii_digit() {
                end += 1;
                let j = chars.get(end).map_or(s.len(), |&(j, _)| j);
                let next_is_digit = chars.get(end).is_some_and(|&(_, n)| n.is_ascii_digit());
                if !next_is_digit && facts.numbers.iter().any(|n| *n == s[i..j]) {
                    best = Some((end, j));
                }
            } else if d == ' ' && chars.get(end + 1).is_some_and(|&(_, n)| n.is_ascii_digit()) {
                end += 1;
            } else {
                break;
            }
        }
        match best {
            Some((end, j)) if !chars.get(end).is_some_and(|&(_, n)| n.is_alphanumeric()) => {
                out.push_str(&digit_by_digit(&s[i..j], facts.zero.as_deref()));
                k = end;
            }
            _ => {
                out.push(c);
                k += 1;
            }
        }
    }
    out
}

/// `text` cut into the language's own stretches and the names and short web addresses of
/// content/, each as it is read. A name or address counts as a whole word: not inside a
/// longer address ("ceop.police.uk" is not "ceop." and "police.uk"), nor a longer word.
fn stretches(text: &str, facts: &Facts) -> Vec<Stretch> {
    let part_of_address = |c: char| c.is_alphanumeric() || matches!(c, '-' | '/' | '_');
    let mut out: Vec<Stretch> = Vec::new();
    let mut plain = String::new();
    let mut i = 0;
    'scan: while i < text.len() {
        let before = text[..i].chars().next_back();
        if !before.is_some_and(|c| part_of_address(c) || c == '.') {
            for (printed, said) in &facts.terms {
                if let Some(rest) = text[i..].strip_prefix(printed.as_str()) {
                    let mut after = rest.chars();
                    // "police.uk." ends a sentence; "police.uk.gov" would be another address.
                    let ends = match after.next() {
                        None => true,
                        Some('.') => !after.next().is_some_and(char::is_alphanumeric),
                        Some(c) => !part_of_address(c),
                    };
                    if ends {
                        if !plain.is_empty() {
                            out.push(Stretch {
                                english: false,
                                text: std::mem::take(&mut plain),
                            });
                        }
                        let read = read_term(said, &facts.words);
                        // Spaces around the term, as the language's text had them.
                        for (n, mut stretch) in read.into_iter().enumerate() {
                            if n > 0 {
                                stretch.text.insert(0, ' ');
                            }
                            out.push(stretch);
                        }
                        i += printed.len();
                        continue 'scan;
                    }
                }
            }
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        plain.push(c);
        i += c.len_utf8();
    }
    if !plain.is_empty() {
        out.push(Stretch {
            english: false,
            text: plain,
        });
    }
    out
}

/// "0345 6000 459" → "0 3 4 5, 6 0 0 0, 4 5 9"; with `zero`, "dim 3 4 5, …".
fn digit_by_digit(number: &str, zero: Option<&str>) -> String {
    number
        .split(' ')
        .filter(|g| !g.is_empty())
        .map(|g| {
            g.chars()
                .map(|d| match (d, zero) {
                    ('0', Some(z)) => z.to_owned(),
                    _ => String::from(d),
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A web address (or a name) as the voice reads it, as one text: "crimestoppers-UK.org" →
    /// "crimestoppers dash U K dot org", "Stop NCII" → "Stop N C I I".
    fn read_address(written: &str, words: &AddressWords) -> String {
        read_term(written, words)
            .into_iter()
            .map(|s| s.text)
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn facts() -> Facts {
        Facts {
            numbers: vec![
                "0345 6000 459".into(),
                "0800 1111".into(),
                "999".into(),
                "55".into(),
            ],
            urls: vec![("https://www.police.uk/advice/x/".into(), "police.uk".into())],
            ..Facts::default()
        }
    }

    #[test]
    fn numbers_digit_by_digit() {
        let f = facts();
        assert_eq!(
            spoken("Call 0345 6000 459 (Mon–Fri).", &f),
            "Call 0 3 4 5, 6 0 0 0, 4 5 9 (Mon–Fri)."
        );
        assert_eq!(
            spoken("Call \u{2068}999\u{2069}, then press 55.", &f),
            "Call 9 9 9, then press 5 5."
        );
        // Other numbers are left to the voice: ages, years, times.
        assert_eq!(
            spoken("Adults (18+), since 2024, 10am", &f),
            "Adults (18+), since 2024, 10am"
        );
        assert_eq!(spoken("a 9990 b", &f), "a 9990 b");
        assert_eq!(
            spoken("see https://www.police.uk/advice/x/ now", &f),
            "see police.uk now"
        );
    }

    #[test]
    fn web_addresses_are_read_with_their_marks_and_spelt_letters() {
        let words = AddressWords::default();
        assert_eq!(
            read_address("stop NCII.org", &words),
            "stop N C I I dot org"
        );
        assert_eq!(
            read_address("crimestoppers-UK.org", &words),
            "crimestoppers dash U K dot org"
        );
        assert_eq!(
            read_address("CEOP.police.UK", &words),
            "C E O P dot police dot U K"
        );
        assert_eq!(read_address("Stop NCII", &words), "Stop N C I I");
        let f = Facts {
            terms: vec![
                ("ceop.police.uk".into(), "CEOP.police.UK".into()),
                ("police.uk".into(), "police.UK".into()),
            ],
            ..facts()
        };
        // The long address is never read as a word plus the short one; a sentence's full
        // stop is not part of the address.
        assert_eq!(
            spoken("Visit ceop.police.uk or police.uk.", &f),
            "Visit C E O P dot police dot U K or police dot U K."
        );
        assert_eq!(
            spoken("see https://www.police.uk/advice/x/ now", &f),
            "see police dot U K now"
        );
        // Not inside another word or address.
        assert_eq!(
            spoken("mypolice.uk police.uk2", &f),
            "mypolice.uk police.uk2"
        );
    }

    #[test]
    fn english_names_and_addresses_are_marked_for_the_english_voice() {
        let f = Facts {
            terms: vec![
                ("crimestoppers-uk.org".into(), "crimestoppers-UK.org".into()),
                ("Childline".into(), "Childline".into()),
            ],
            words: AddressWords {
                dot: "dot".into(),
                dash: "cysylltnod".into(),
                slash: "slaes".into(),
            },
            mark_english: true,
            ..facts()
        };
        let en = |t: &str| format!("<voice xml:lang=\"en-gb\">{t}</voice>");
        assert_eq!(
            spoken(
                "Ffoniwch Childline’s line & <Gwe>: crimestoppers-uk.org.",
                &f
            ),
            format!(
                "Ffoniwch {}’s line &amp; &lt;Gwe&gt;: {} cysylltnod{} dot{}.",
                en("Childline"),
                en("crimestoppers"),
                en(" U K"),
                en(" org")
            )
        );
        // Read in the English voice, nothing is marked and the marks are English words.
        assert_eq!(
            spoken("Web: crimestoppers-uk.org", &f.in_english()),
            "Web: crimestoppers dash U K dot org"
        );
    }

    #[test]
    fn a_language_can_name_its_zero() {
        let f = Facts {
            zero: Some("dim".into()),
            ..facts()
        };
        assert_eq!(
            spoken("Ffoniwch 0800 1111.", &f),
            "Ffoniwch dim 8 dim dim, 1 1 1 1."
        );
    }

    #[test]
    fn sentences_split_after_marks() {
        let f = Facts::default();
        let got: Vec<String> = sentences_of(
            "Stop. Think “now.” Then visit stopncii.org. ما هذا؟ نعم",
            &f,
        )
        .into_iter()
        .map(|s| s.shown)
        .collect();
        assert_eq!(
            got,
            [
                "Stop.",
                "Think “now.”",
                "Then visit stopncii.org.",
                "ما هذا؟",
                "نعم"
            ]
        );
    }
}
