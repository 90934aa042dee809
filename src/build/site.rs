//! Build stage, site: the PNG preview each job adds beside its PDF, and — after every job —
//! the HTML editions (one per locale × venue) and the download pages (`index.html` of the
//! site and of each locale), made from the documents and artifacts the jobs produced. With
//! `--venue-details`, also a page per venue, the board index that lists them
//! (`<locale>/venues.html`), and `venues.json` / `venues.csv` for print shops and web teams.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use sha2::{Digest, Sha256};
use typst_layout::PagedDocument;

use super::output::Staging;
use super::{hex, Artifact, BuildReport};
use crate::diag::Diagnostic;
use crate::i18n::{Localizer, SOURCE_LOCALE};
use crate::render::html::{
    self, BoardPage, BoardVenue, Download, EditionPage, FontFace, IndexPage, LanguageLink, Preview,
    PrintMaster, SiteContext, Templates, VenueDownloads, VenuePage,
};
use crate::render::render_png;
use crate::resolve::Document;
use crate::source::venue_details::VenueSite;
use crate::source::{self, Direction, Project, ReviewStatus};

/// Where the site's copies of the vendored script fonts go.
const FONTS_DIR: &str = "fonts";

/// The longer side of a preview image, in pixels: a thumbnail, cheap to encode.
pub const PREVIEW_PX: f64 = 320.0;

/// Interface messages of the site pages (`site-<key>` in `ui.ftl`).
pub const SITE_STRINGS: &[&str] = &[
    "name",
    "title",
    "edition-title",
    "skip",
    "exit",
    "exit-hint",
    "intro",
    "choose-language",
    "choose-venue",
    "read-online",
    "downloads",
    "download-pdf",
    "download-mp3",
    "download-epub",
    "download-brf",
    "page-size",
    "pages",
    "file-size",
    "other-languages",
    "all-downloads",
    "print-master",
    "braille-file",
];

mod media;

/// Kinds of file a download page lists besides PDFs (each with its words in
/// [`Site::downloads`]): a braille file (`brf`).
/// An audio edition's MP3 and EPUB audio book (`mp3`, `epub`; their words in `site/media.rs`).
pub const OTHER_DOWNLOADS: &[&str] = &["brf", "mp3", "epub"];

/// Whether a download page lists files of this kind.
fn listed(kind: &str) -> bool {
    kind == "pdf" || OTHER_DOWNLOADS.contains(&kind)
}

/// Interface messages of the venue board's pages (key, message ID), loaded only with venue
/// details: the venue's phone and hours are labelled as in the PDFs' venue block.
pub const BOARD_STRINGS: &[(&str, &str)] = &[
    ("venues", "site-venues"),
    ("board-title", "site-board-title"),
    ("board-intro", "site-board-intro"),
    ("filter", "site-filter"),
    ("filter-none", "site-filter-none"),
    ("address", "site-address"),
    ("venue-files", "site-venue-files"),
    ("phone", "ui-phone"),
    ("hours", "ui-hours"),
];

/// The machine-readable lists of every venue's files, at the top of the site.
pub const VENUES_JSON: &str = "venues.json";
pub const VENUES_CSV: &str = "venues.csv";

/// The preview of a job's PDF: its first page as a thumbnail PNG, beside the PDF.
pub fn preview(pdf: &Artifact, layout: &PagedDocument) -> Option<(Artifact, Vec<u8>)> {
    let [w, h] = *pdf.page_size_mm.first()?;
    let dpi = (PREVIEW_PX * 25.4 / w.max(h)).clamp(20.0, 150.0) as f32;
    let png = render_png(layout, 0, dpi)?;
    let artifact = Artifact {
        kind: "png".into(),
        path: with_extension(&pdf.path, "png"),
        sha256: hex(&Sha256::digest(&png)),
        pages: 1,
        bytes: png.len(),
        page_size_mm: vec![[w, h]],
        ..pdf.clone()
    };
    Some((artifact, png))
}

/// Writes the HTML editions and the download pages, recording each file in the report.
pub fn write(
    project: &Project,
    staging: &Staging,
    localizers: &BTreeMap<&str, Localizer>,
    documents: &[Document],
    sites: &[VenueSite],
    report: &mut BuildReport,
) {
    if documents.is_empty() {
        return;
    }
    let templates = match Templates::load(&project.root, &project.layouts_dir) {
        Ok(t) => t,
        Err(diags) => {
            report.diagnostics.extend(diags);
            report.failed.push("site".into());
            return;
        }
    };
    let artifacts = report.artifacts.clone();
    let site = Site::new(project, staging, documents, &artifacts, sites);
    let mut pages = Vec::new();
    for locale in &site.locales {
        let Some(l10n) = localizers.get(locale.code.as_str()) else {
            continue;
        };
        let (t, fallback) = site_strings(l10n, !sites.is_empty(), &mut report.diagnostics);
        pages.extend(site.editions(&templates, locale, &t, &fallback));
        pages.extend(site.download_pages(&templates, locale, &t, &fallback));
        pages.extend(site.venue_pages(&templates, locale, &t, &fallback));
        pages.extend(site.board_page(&templates, locale, &t, &fallback));
    }
    pages.extend(site.font_files());
    pages.extend(site.venue_lists());
    for (artifact, result) in pages {
        save(staging, artifact, result, report);
    }
}

/// A page or file rendered for the site: its manifest entry (hash and size filled on write)
/// and its bytes, or why it could not be made.
type SiteFile = (Artifact, Result<Vec<u8>, Diagnostic>);

/// Writes one file of the site atomically and records it, or reports why it is missing.
fn save(
    staging: &Staging,
    mut artifact: Artifact,
    result: Result<Vec<u8>, Diagnostic>,
    report: &mut BuildReport,
) {
    let bytes = match result {
        Ok(bytes) => bytes,
        Err(diag) => {
            report.diagnostics.push(diag);
            report.failed.push(artifact.path);
            return;
        }
    };
    artifact.sha256 = hex(&Sha256::digest(&bytes));
    artifact.bytes = bytes.len();
    match staging.write(&artifact.path, &bytes) {
        Ok(()) => report.artifacts.push(artifact),
        Err(err) => {
            report.diagnostics.push(Diagnostic::error(format!(
                "cannot write {}: {err}",
                artifact.path
            )));
            report.failed.push(artifact.path);
        }
    }
}

/// One locale of the site, as the documents describe it.
struct SiteLocale {
    code: String,
    native_name: String,
    dir: &'static str,
    fonts: Vec<String>,
    script: String,
    tall_lines: bool,
    status: ReviewStatus,
    guide_title: String,
    draft: Option<String>,
    version: String,
}

/// What the site is made from: the documents (one per job) and the files written.
struct Site<'a> {
    project: &'a Project,
    staging: &'a Staging,
    documents: &'a [Document],
    artifacts: &'a [Artifact],
    locales: Vec<SiteLocale>,
    /// Script fonts the pages use: family → (weight, file name under `layouts/fonts/`).
    fonts: BTreeMap<String, Vec<(u16, String)>>,
    /// The venues of a `--venue-details` file, in its order (empty without one).
    sites: &'a [VenueSite],
    /// Every file by its path (a board has thousands: no linear search per download).
    by_path: HashMap<&'a str, &'a Artifact>,
    /// Each venue's PDFs by `(locale as built, profile, venue id)`, from
    /// `<locale>/<profile>/<id>/<format>.pdf`.
    venue_pdfs: HashMap<(&'a str, &'a str, &'a str), Vec<&'a Artifact>>,
    /// `(locale, format)` → the format's name in that language.
    format_names: HashMap<(&'a str, &'a str), &'a str>,
    /// `(locale, profile)` → the profile's name in that language (e.g. "Clinic").
    profile_names: HashMap<(&'a str, &'a str), &'a str>,
    /// The bilingual editions' codes (`cy+en-GB`) among the venues' outputs.
    bilingual_codes: Vec<&'a str>,
}

impl<'a> Site<'a> {
    fn new(
        project: &'a Project,
        staging: &'a Staging,
        documents: &'a [Document],
        artifacts: &'a [Artifact],
        sites: &'a [VenueSite],
    ) -> Self {
        let mut locales: Vec<SiteLocale> = Vec::new();
        for doc in documents {
            if locales.iter().any(|l| l.code == doc.locale.code) {
                continue;
            }
            locales.push(SiteLocale {
                code: doc.locale.code.clone(),
                native_name: doc.locale.native_name.clone(),
                dir: direction(doc.locale.direction),
                fonts: doc.locale.fonts.clone(),
                script: doc.locale.script.clone(),
                tall_lines: doc.locale.tall_lines,
                status: doc.locale.status,
                guide_title: format!("{} {}", doc.guide.title, doc.guide.subtitle),
                draft: (doc.locale.status == ReviewStatus::Draft)
                    .then(|| doc.strings["draft-mark"].clone()),
                version: doc.strings["version"].clone(),
            });
        }
        // In the project's order (folder names), not the order jobs finished in.
        let rank = |code: &str| {
            project
                .locales
                .iter()
                .position(|l| l.code() == code)
                .unwrap_or(usize::MAX)
        };
        locales.sort_by_key(|l| rank(&l.code));
        let fonts = vendored_fonts(project, &locales);
        let by_path = artifacts.iter().map(|a| (a.path.as_str(), a)).collect();
        let mut venue_pdfs: HashMap<(&str, &str, &str), Vec<&Artifact>> = HashMap::new();
        for a in artifacts.iter().filter(|a| listed(&a.kind)) {
            let parts: Vec<&str> = a.path.split('/').collect();
            if let [code, profile, id, file] = parts[..] {
                if code == a.locale
                    && profile == a.venue
                    && *file == format!("{}.{}", a.format, a.kind)
                {
                    venue_pdfs.entry((code, profile, id)).or_default().push(a);
                }
            }
        }
        let mut bilingual_codes: Vec<&str> = venue_pdfs
            .keys()
            .map(|(code, _, _)| *code)
            .filter(|code| code.contains('+'))
            .collect();
        bilingual_codes.sort_unstable();
        bilingual_codes.dedup();
        let mut format_names = HashMap::new();
        let mut profile_names = HashMap::new();
        for d in documents {
            let code = d.locale.code.as_str();
            format_names
                .entry((code, d.format.geometry.id.as_str()))
                .or_insert(d.format.name.as_str());
            profile_names
                .entry((code, d.venue.id.as_str()))
                .or_insert(d.venue.name.as_str());
        }
        Self {
            project,
            staging,
            documents,
            artifacts,
            locales,
            fonts,
            sites,
            by_path,
            venue_pdfs,
            format_names,
            profile_names,
            bilingual_codes,
        }
    }

    /// The HTML edition of every venue the locale has a document for.
    fn editions(
        &self,
        templates: &Templates,
        locale: &SiteLocale,
        t: &BTreeMap<String, String>,
        fallback: &[String],
    ) -> Vec<SiteFile> {
        let mut files = Vec::new();
        for venue in &self.venues_of(&locale.code) {
            let doc = self
                .document(&locale.code, venue)
                .expect("venues_of lists documented venues");
            let dir = format!("{}/{}", locale.code, venue);
            let ctx = self.context(locale, &dir, t, fallback, |code| {
                self.edition_or_index(code, venue)
            });
            let page = EditionPage {
                site: &ctx,
                doc,
                downloads: self.downloads(&locale.code, venue, None, &dir),
                dialable: dialable(doc),
            };
            files.push((
                self.artifact(&index_path(&dir), locale, venue, "html", &ctx),
                templates.render_edition(&page),
            ));
            // The Easy Read edition, when the locale has one (issue 19).
            if let Some((er_doc, er)) = self.easy_read_of(&locale.code, venue) {
                let page = crate::easy_read::html::EasyReadPage {
                    site: &ctx,
                    doc: er_doc,
                    er,
                    pictures: crate::easy_read::html::pictures(&self.project.layouts_dir, er),
                    downloads: self.downloads(&locale.code, venue, None, &dir),
                    dialable: dialable(er_doc),
                };
                let mut artifact = self.artifact(
                    &crate::easy_read::html::page_path(&locale.code, venue),
                    locale,
                    venue,
                    "html",
                    &ctx,
                );
                artifact.format = er_doc.format.geometry.id.clone();
                files.push((artifact, templates.render_easy_read(&page)));
            }
        }
        files
    }

    /// The Easy Read document of a locale and venue, when one was built.
    fn easy_read_of(
        &self,
        code: &str,
        venue: &str,
    ) -> Option<(&'a Document, &'a crate::easy_read::EasyRead)> {
        self.documents
            .iter()
            .filter(|d| d.locale.code == code && d.venue.id == venue)
            .find_map(|d| d.easy_read.as_ref().map(|er| (d, er)))
    }

    /// The locale's download page, and the site's own `index.html` for the home locale.
    fn download_pages(
        &self,
        templates: &Templates,
        locale: &SiteLocale,
        t: &BTreeMap<String, String>,
        fallback: &[String],
    ) -> Vec<SiteFile> {
        let mut dirs = vec![locale.code.clone()];
        if locale.code == self.home_locale() {
            dirs.push(String::new());
        }
        dirs.iter()
            .map(|dir| {
                let ctx = self.context(locale, dir, t, fallback, |code| {
                    format!("{code}/index.html")
                });
                let page = IndexPage {
                    site: &ctx,
                    guide_title: locale.guide_title.clone(),
                    draft: locale.draft.clone(),
                    version: locale.version.clone(),
                    venues: self.venue_downloads(&locale.code, dir),
                    board: self
                        .has_board(&locale.code)
                        .then(|| relative(dir, &board_path(&locale.code))),
                };
                (
                    self.artifact(&index_path(dir), locale, "", "index", &ctx),
                    templates.render_index(&page),
                )
            })
            .collect()
    }

    /// Each venue's own page in this locale: its details, languages and PDFs.
    fn venue_pages(
        &self,
        templates: &Templates,
        locale: &SiteLocale,
        t: &BTreeMap<String, String>,
        fallback: &[String],
    ) -> Vec<SiteFile> {
        let code = locale.code.as_str();
        let mut files = Vec::new();
        for venue in self.sites.iter().filter(|v| self.venue_built_in(code, v)) {
            let dir = venue_dir(code, venue);
            let mut ctx = self.context(locale, &dir, t, fallback, |other| {
                index_path(&venue_dir(other, venue))
            });
            // Only the languages this venue has outputs in.
            ctx.languages
                .retain(|l| self.venue_built_in(&l.code, venue));
            let page = VenuePage {
                site: &ctx,
                guide_title: locale.guide_title.clone(),
                draft: locale.draft.clone(),
                version: locale.version.clone(),
                venue: self.board_venue(code, venue, &dir),
                edition: self
                    .document(code, &venue.profile)
                    .map(|_| relative(&dir, &format!("{code}/{}/index.html", venue.profile))),
                board: relative(&dir, &board_path(code)),
                downloads: self.downloads(code, &venue.profile, Some(&venue.id), &dir),
            };
            files.push((
                self.artifact(&index_path(&dir), locale, &venue.profile, "index", &ctx),
                templates.render_venue(&page),
            ));
        }
        files
    }

    /// The board index of this locale: every venue it has outputs for, filterable by name
    /// or town. None without venue details.
    fn board_page(
        &self,
        templates: &Templates,
        locale: &SiteLocale,
        t: &BTreeMap<String, String>,
        fallback: &[String],
    ) -> Option<SiteFile> {
        let code = locale.code.as_str();
        if !self.has_board(code) {
            return None;
        }
        let dir = code;
        let venues = self
            .sites
            .iter()
            .filter(|v| self.venue_built_in(code, v))
            .map(|v| self.board_venue(code, v, dir))
            .collect();
        let ctx = self.context(locale, dir, t, fallback, |other| {
            if self.has_board(other) {
                board_path(other)
            } else {
                format!("{other}/index.html")
            }
        });
        let page = BoardPage {
            site: &ctx,
            guide_title: locale.guide_title.clone(),
            draft: locale.draft.clone(),
            version: locale.version.clone(),
            venues,
            json: relative(dir, VENUES_JSON),
            csv: relative(dir, VENUES_CSV),
        };
        let mut artifact = self.artifact(&board_path(code), locale, "", "index", &ctx);
        artifact.title = ctx.t["board_title"].clone();
        Some((artifact, templates.render_board(&page)))
    }

    /// A venue as its page and the board show it, with links relative to `page_dir`.
    fn board_venue(&self, code: &str, venue: &VenueSite, page_dir: &str) -> BoardVenue {
        let mut search = venue.name.clone();
        for line in &venue.address {
            search.push(' ');
            search.push_str(line);
        }
        BoardVenue {
            id: venue.id.clone(),
            name: venue.name.clone(),
            profile: self
                .profile_names
                .get(&(code, venue.profile.as_str()))
                .map_or_else(|| venue.profile.clone(), |n| (*n).to_owned()),
            address: venue.address.clone(),
            phone: venue.phone.clone(),
            hours: venue.hours.clone(),
            href: relative(page_dir, &index_path(&venue_dir(code, venue))),
            search: search.to_lowercase(),
            languages: self
                .locales
                .iter()
                .filter(|l| l.code != code && self.venue_built_in(&l.code, venue))
                .map(|l| LanguageLink {
                    code: l.code.clone(),
                    native_name: l.native_name.clone(),
                    dir: l.dir.into(),
                    href: relative(page_dir, &index_path(&venue_dir(&l.code, venue))),
                    current: false,
                })
                .collect(),
        }
    }

    /// Whether a venue has PDFs in `code` (its own, or bilingual editions led by it).
    fn venue_built_in(&self, code: &str, venue: &VenueSite) -> bool {
        !self.venue_pdfs_in(code, venue).is_empty()
    }

    /// A venue's PDFs in `code`, bilingual editions led by `code` included.
    fn venue_pdfs_in(&self, code: &str, venue: &VenueSite) -> Vec<&'a Artifact> {
        let bilingual = format!("{code}+");
        let built = std::iter::once(code).chain(
            self.bilingual_codes
                .iter()
                .copied()
                .filter(|c| c.starts_with(&bilingual)),
        );
        let mut pdfs: Vec<&Artifact> = built
            .filter_map(|c| {
                self.venue_pdfs
                    .get(&(c, venue.profile.as_str(), venue.id.as_str()))
            })
            .flatten()
            .copied()
            .collect();
        // The order of the build (locale, then format), not the hash map's.
        pdfs.sort_by_key(|a| {
            (
                a.locale != code,
                a.locale.clone(),
                self.format_rank(&a.format),
            )
        });
        pdfs
    }

    fn format_rank(&self, format: &str) -> usize {
        self.project
            .formats
            .iter()
            .position(|f| f.data.id == format)
            .unwrap_or(usize::MAX)
    }

    /// Whether this locale has a board index (some venue has outputs in it).
    fn has_board(&self, code: &str) -> bool {
        self.sites.iter().any(|v| self.venue_built_in(code, v))
    }

    /// `venues.json` and `venues.csv`: every venue's PDFs, print masters, braille and audio
    /// files with their hashes and sizes, for a print shop or a web team. None without venue
    /// details.
    fn venue_lists(&self) -> Vec<SiteFile> {
        if self.sites.is_empty() || self.locales.is_empty() {
            return Vec::new();
        }
        let mut rows: Vec<VenueFileRow> = Vec::new();
        let mut venues = Vec::new();
        for venue in self.sites {
            let mut pages = BTreeMap::new();
            let mut bilingual = Vec::new();
            for locale in &self.locales {
                // Every file a reader takes away: PDFs (with their masters, below), braille,
                // audio — a web team publishes them all.
                let pdfs = self.venue_pdfs_in(&locale.code, venue);
                if pdfs.is_empty() {
                    continue;
                }
                pages.insert(
                    locale.code.clone(),
                    index_path(&venue_dir(&locale.code, venue)),
                );
                let (own, led): (Vec<&Artifact>, Vec<&Artifact>) =
                    pdfs.into_iter().partition(|a| a.locale == locale.code);
                bilingual.extend(led);
                for pdf in own {
                    rows.extend(self.with_master(pdf).map(|f| VenueFileRow::new(venue, f)));
                }
            }
            // Bilingual editions (`cy+en-GB/...`), after the single languages.
            for pdf in bilingual {
                rows.extend(self.with_master(pdf).map(|f| VenueFileRow::new(venue, f)));
            }
            venues.push(VenueEntry {
                id: &venue.id,
                name: &venue.name,
                profile: &venue.profile,
                address: &venue.address,
                phone: venue.phone.as_deref(),
                hours: venue.hours.as_deref(),
                pages,
            });
        }
        let list = VenueList {
            guide: &self.project.guide.data.guide.id,
            version: &self.project.guide.data.guide.version,
            columns: VenueFileRow::COLUMNS,
            venues,
            files: &rows,
        };
        let json = serde_json::to_vec_pretty(&list)
            .map(|mut bytes| {
                bytes.push(b'\n');
                bytes
            })
            .map_err(|err| Diagnostic::error(format!("cannot write {VENUES_JSON}: {err}")));
        let mut csv = VenueFileRow::COLUMNS.join(",");
        csv.push_str("\r\n");
        for row in &rows {
            csv.push_str(&row.csv());
            csv.push_str("\r\n");
        }
        // Recorded under the least reviewed locale: the lists cover every one.
        let status = self
            .locales
            .iter()
            .map(|l| l.status)
            .min()
            .unwrap_or(ReviewStatus::Draft);
        let entry = |path: &str| Artifact {
            job: String::new(),
            locale: String::new(),
            venue: String::new(),
            format: String::new(),
            kind: "venues".into(),
            path: path.to_owned(),
            sha256: String::new(),
            pages: 0,
            bytes: 0,
            page_size_mm: Vec::new(),
            title: String::new(),
            status,
            fallbacks: Vec::new(),
            fit: Vec::new(),
            seconds: None,
        };
        vec![
            (entry(VENUES_JSON), json),
            (entry(VENUES_CSV), Ok(csv.into_bytes())),
        ]
    }

    /// A PDF and its print master, when the build made one.
    fn with_master(&self, pdf: &'a Artifact) -> impl Iterator<Item = &'a Artifact> {
        let master = with_extension(&pdf.path, "print.pdf");
        let master = self
            .by_path
            .get(master.as_str())
            .filter(|a| a.kind == "print-pdf")
            .copied();
        std::iter::once(pdf).chain(master)
    }

    /// The locale the site's own `index.html` shows: en-GB when it was built.
    fn home_locale(&self) -> &str {
        let has_source = self.locales.iter().any(|l| l.code == SOURCE_LOCALE);
        if has_source {
            SOURCE_LOCALE
        } else {
            &self.locales[0].code
        }
    }

    fn document(&self, code: &str, venue: &str) -> Option<&'a Document> {
        self.documents
            .iter()
            .find(|d| d.locale.code == code && d.venue.id == venue)
    }

    /// The venues a locale has documents for, in the project's order.
    fn venues_of(&self, code: &str) -> Vec<String> {
        self.project
            .venues
            .iter()
            .map(|v| v.data.id.clone())
            .filter(|v| self.document(code, v).is_some())
            .collect()
    }

    /// The edition of `venue` in `code`, or that locale's download page when it has none.
    fn edition_or_index(&self, code: &str, venue: &str) -> String {
        match self.document(code, venue) {
            Some(_) => format!("{code}/{venue}/index.html"),
            None => format!("{code}/index.html"),
        }
    }

    /// The context every page of `locale` shares; `link(code)` is the same page in `code`.
    fn context(
        &self,
        locale: &SiteLocale,
        page_dir: &str,
        t: &BTreeMap<String, String>,
        fallback: &[String],
        link: impl Fn(&str) -> String,
    ) -> SiteContext {
        let languages = self
            .locales
            .iter()
            .map(|l| LanguageLink {
                code: l.code.clone(),
                native_name: l.native_name.clone(),
                dir: l.dir.into(),
                href: relative(page_dir, &link(&l.code)),
                current: l.code == locale.code,
            })
            .collect();
        SiteContext {
            t: t.clone(),
            fallback: fallback.to_vec(),
            lang: locale.code.clone(),
            dir: locale.dir.into(),
            font_stack: html::font_stack(&locale.fonts),
            font_faces: self.font_faces(locale, page_dir),
            tall_lines: locale.tall_lines,
            home: relative(page_dir, &format!("{}/index.html", locale.code)),
            languages,
        }
    }

    /// `@font-face` rules for the locale's script fonts, linking the copies in `fonts/`.
    fn font_faces(&self, locale: &SiteLocale, page_dir: &str) -> Vec<FontFace> {
        locale
            .fonts
            .iter()
            .filter_map(|family| Some((family, self.fonts.get(family)?)))
            .flat_map(|(family, files)| {
                files.iter().map(move |(weight, file)| FontFace {
                    family: css_name(family),
                    weight: *weight,
                    src: relative(page_dir, &format!("{FONTS_DIR}/{file}")),
                    unicode_range: unicode_range(&locale.script).to_owned(),
                })
            })
            .collect()
    }

    /// The vendored script fonts the pages use, with their licences, copied into `fonts/`.
    /// Each is recorded under the first locale that uses it (the manifest is per locale).
    fn font_files(&self) -> Vec<SiteFile> {
        let mut names: Vec<(&str, String, &SiteLocale)> = Vec::new();
        for (family, files) in &self.fonts {
            let Some(locale) = self.locales.iter().find(|l| l.fonts.contains(family)) else {
                continue;
            };
            for (_, file) in files {
                names.push(("font", file.clone(), locale));
            }
            if let Some((_, file)) = files.first() {
                let stem = file.split('-').next().unwrap_or(file);
                names.push(("licence", format!("OFL-{stem}.txt"), locale));
            }
        }
        names
            .into_iter()
            .filter(|(_, file, _)| self.project.fonts_dir.join(file).is_file())
            .map(|(kind, file, locale)| {
                let source = self.project.fonts_dir.join(&file);
                let bytes = std::fs::read(&source).map_err(|err| {
                    Diagnostic::error(format!("cannot read {}: {err}", source.display()))
                        .with_hint("the site serves the vendored fonts from layouts/fonts/")
                });
                let artifact = Artifact {
                    job: String::new(),
                    locale: locale.code.clone(),
                    venue: String::new(),
                    format: String::new(),
                    kind: kind.into(),
                    path: format!("{FONTS_DIR}/{file}"),
                    sha256: String::new(),
                    pages: 0,
                    bytes: 0,
                    page_size_mm: Vec::new(),
                    title: String::new(),
                    status: locale.status,
                    fallbacks: Vec::new(),
                    fit: Vec::new(),
                    seconds: None,
                };
                (artifact, bytes)
            })
            .collect()
    }

    /// Every venue of a locale with its edition and its downloads, for a download page.
    fn venue_downloads(&self, code: &str, page_dir: &str) -> Vec<VenueDownloads> {
        self.venues_of(code)
            .into_iter()
            .map(|venue| {
                let doc = self
                    .document(code, &venue)
                    .expect("listed venues have documents");
                VenueDownloads {
                    edition: Some(relative(page_dir, &format!("{code}/{venue}/index.html"))),
                    easy_read: self.easy_read_of(code, &venue).map(|(d, _)| {
                        (
                            relative(page_dir, &crate::easy_read::html::page_path(code, &venue)),
                            d.format.name.clone(),
                        )
                    }),
                    downloads: self.downloads(code, &venue, None, page_dir),
                    name: doc.venue.name.clone(),
                    id: venue,
                }
            })
            .collect()
    }

    /// The PDFs of one locale and venue (bilingual editions led by the locale included):
    /// the public editions, or with `site` the editions made for that venue's details.
    fn downloads(
        &self,
        code: &str,
        venue: &str,
        site: Option<&str>,
        page_dir: &str,
    ) -> Vec<Download> {
        let bilingual_prefix = format!("{code}+");
        let pdfs: Vec<&Artifact> = match site {
            Some(id) => self
                .sites
                .iter()
                .find(|s| s.id == id && s.profile == venue)
                .map(|s| self.venue_pdfs_in(code, s))
                .unwrap_or_default(),
            None => self
                .artifacts
                .iter()
                .filter(|a| listed(&a.kind) && a.venue == venue)
                .filter(|a| a.locale == code || a.locale.starts_with(&bilingual_prefix))
                // Only the public edition of each format (not one made for a venue's details).
                .filter(|a| a.path == format!("{}/{}/{}.{}", a.locale, a.venue, a.format, a.kind))
                .collect(),
        };
        // PDFs first, then the other formats (braille), each in the build's order.
        let mut pdfs = pdfs;
        pdfs.sort_by_key(|a| a.kind != "pdf");
        pdfs.into_iter()
            .map(|a| {
                let name = self
                    .format_names
                    .get(&(code, a.format.as_str()))
                    .map_or_else(|| a.format.clone(), |n| (*n).to_owned());
                let also = a
                    .locale
                    .strip_prefix(&bilingual_prefix)
                    .and_then(|second| self.language(second));
                let [w, h] = a.page_size_mm.first().copied().unwrap_or([0.0, 0.0]);
                Download {
                    kind: a.kind.clone(),
                    what: self.media_words(code, a),
                    format: a.format.clone(),
                    name,
                    also,
                    href: relative(page_dir, &a.path),
                    size_mm: format!("{} × {} mm", mm(w), mm(h)),
                    pages: a.pages,
                    file_size: file_size(a.bytes),
                    preview: self.preview_of(a, page_dir),
                    print_master: self.print_master_of(a, page_dir),
                }
            })
            .collect()
    }

    /// A locale named in its own language (for bilingual editions), if the project has it.
    fn language(&self, code: &str) -> Option<LanguageLink> {
        let meta = &self
            .project
            .locales
            .iter()
            .find(|l| l.code() == code)?
            .meta
            .data;
        Some(LanguageLink {
            code: code.to_owned(),
            native_name: meta.native_name.clone(),
            dir: direction(meta.direction).into(),
            href: String::new(),
            current: false,
        })
    }

    /// The print-shop master of a PDF (bleed, crop boxes), when the build made one.
    fn print_master_of(&self, pdf: &Artifact, page_dir: &str) -> Option<PrintMaster> {
        let path = with_extension(&pdf.path, "print.pdf");
        let master = self
            .by_path
            .get(path.as_str())
            .filter(|a| a.kind == "print-pdf")?;
        Some(PrintMaster {
            href: relative(page_dir, &master.path),
            file_size: file_size(master.bytes),
        })
    }

    fn preview_of(&self, pdf: &Artifact, page_dir: &str) -> Option<Preview> {
        let path = with_extension(&pdf.path, "png");
        self.by_path
            .get(path.as_str())
            .filter(|a| a.kind == "png")?;
        let (width, height) = png_size(&self.staging.current(&path))?;
        Some(Preview {
            src: relative(page_dir, &path),
            width,
            height,
        })
    }

    /// The manifest entry of the page at `path` (hash and size filled on write).
    fn artifact(
        &self,
        path: &str,
        locale: &SiteLocale,
        venue: &str,
        kind: &str,
        ctx: &SiteContext,
    ) -> Artifact {
        let path = path.to_owned();
        let title = if kind == "html" {
            &ctx.t["edition_title"]
        } else {
            &ctx.t["title"]
        };
        let mut fallbacks: Vec<String> = ctx.fallback.iter().map(|k| message_id(k)).collect();
        if let Some(doc) = self.document(&locale.code, venue) {
            fallbacks.extend(doc.fallbacks.iter().cloned());
        }
        Artifact {
            job: String::new(),
            locale: locale.code.clone(),
            venue: venue.to_owned(),
            format: String::new(),
            kind: kind.to_owned(),
            path,
            sha256: String::new(),
            pages: 0,
            bytes: 0,
            page_size_mm: Vec::new(),
            title: title.clone(),
            status: locale.status,
            fallbacks,
            fit: Vec::new(),
            seconds: None,
        }
    }
}

/// Script fonts (every listed family but Noto Sans, whose Latin the system fonts cover) that
/// exist in `layouts/fonts/` as `<Family>-Regular.ttf` / `-Bold.ttf`.
fn vendored_fonts(
    project: &Project,
    locales: &[SiteLocale],
) -> BTreeMap<String, Vec<(u16, String)>> {
    let mut fonts = BTreeMap::new();
    for family in locales
        .iter()
        .flat_map(|l| &l.fonts)
        .filter(|f| f.as_str() != "Noto Sans")
    {
        let stem: String = family.chars().filter(char::is_ascii_alphanumeric).collect();
        let files: Vec<(u16, String)> = [(400, "Regular"), (700, "Bold")]
            .into_iter()
            .map(|(weight, style)| (weight, format!("{stem}-{style}.ttf")))
            .filter(|(_, file)| project.fonts_dir.join(file).is_file())
            .collect();
        if !files.is_empty() {
            fonts.insert(family.clone(), files);
        }
    }
    fonts
}

/// The characters of an ISO 15924 script (with the joiners and marks its shaping needs).
fn unicode_range(script: &str) -> &'static str {
    match script {
        "Arab" => "U+0600-06FF, U+0750-077F, U+0870-08FF, U+FB50-FDFF, U+FE70-FEFF, U+200C-200D",
        "Beng" => "U+0980-09FF, U+200C-200D, U+25CC",
        "Deva" => "U+0900-097F, U+A8E0-A8FF, U+200C-200D, U+25CC",
        "Guru" => "U+0A00-0A7F, U+200C-200D, U+25CC",
        "Gujr" => "U+0A80-0AFF, U+200C-200D, U+25CC",
        "Hebr" => "U+0590-05FF, U+FB1D-FB4F",
        _ => "",
    }
}

/// A font family name reduced to letters, digits, spaces and hyphens (safe inside CSS quotes).
fn css_name(family: &str) -> String {
    family
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ' || *c == '-')
        .collect()
}

/// The `site-*` messages of a locale (and the venue board's, with `board`), and the keys
/// shown in en-GB instead (warned once).
fn site_strings(
    l10n: &Localizer,
    board: bool,
    diags: &mut Vec<Diagnostic>,
) -> (BTreeMap<String, String>, Vec<String>) {
    let mut strings = BTreeMap::new();
    let mut fallback = Vec::new();
    let mut keys: Vec<(&str, String)> = SITE_STRINGS
        .iter()
        .map(|key| (*key, format!("site-{key}")))
        .collect();
    if board {
        keys.extend(
            BOARD_STRINGS
                .iter()
                .map(|(key, id)| (*key, (*id).to_owned())),
        );
    }
    let total = keys.len();
    for (key, id) in keys {
        let name = key.replace('-', "_");
        match l10n.text(&id) {
            Ok(text) => {
                if text.fallback {
                    fallback.push(name.clone());
                }
                strings.insert(name, text.text);
            }
            Err(err) => {
                diags.push(
                    Diagnostic::error(err.to_string())
                        .with_hint("the site's messages are in locales/en-GB/ui.ftl; every locale falls back to them"),
                );
                strings.insert(name, id);
            }
        }
    }
    if !fallback.is_empty() {
        let ids: Vec<String> = fallback.iter().map(|k| message_id(k)).collect();
        let which = if ids.len() == total {
            "all".to_owned()
        } else {
            ids.join(", ")
        };
        diags.push(
            Diagnostic::warning(format!(
                "{}: {} site message(s) not translated yet, shown in English: {which}",
                l10n.code,
                ids.len()
            ))
            .with_hint(format!(
                "translate the `site-*` messages of locales/en-GB/ui.ftl in locales/{}/ui.ftl",
                l10n.code
            )),
        );
    }
    (strings, fallback)
}

/// The message a site string's key (`choose_language`, `phone`) comes from.
fn message_id(key: &str) -> String {
    let key = key.replace('_', "-");
    BOARD_STRINGS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or_else(|| format!("site-{key}"), |(_, id)| (*id).to_owned())
}

/// Where a venue's outputs and page are: `<locale>/<profile>/<id>`.
fn venue_dir(code: &str, venue: &VenueSite) -> String {
    format!("{code}/{}/{}", venue.profile, venue.id)
}

/// The board index of a locale.
fn board_path(code: &str) -> String {
    format!("{code}/venues.html")
}

/// The page of a folder (`index.html` of the site for the empty folder).
fn index_path(dir: &str) -> String {
    if dir.is_empty() {
        "index.html".to_owned()
    } else {
        format!("{dir}/index.html")
    }
}

/// `venues.json`: the venues, their pages per locale, and every file made for them.
#[derive(Serialize)]
struct VenueList<'a> {
    guide: &'a str,
    version: &'a str,
    columns: &'static [&'static str],
    venues: Vec<VenueEntry<'a>>,
    files: &'a [VenueFileRow<'a>],
}

#[derive(Serialize)]
struct VenueEntry<'a> {
    id: &'a str,
    name: &'a str,
    profile: &'a str,
    address: &'a [String],
    phone: Option<&'a str>,
    hours: Option<&'a str>,
    /// Locale → the venue's page in it.
    pages: BTreeMap<String, String>,
}

/// One file of one venue: a row of `venues.csv` and of `files` in `venues.json`.
#[derive(Serialize)]
struct VenueFileRow<'a> {
    venue: &'a str,
    name: &'a str,
    profile: &'a str,
    locale: &'a str,
    format: &'a str,
    kind: &'a str,
    path: &'a str,
    sha256: &'a str,
    bytes: usize,
}

impl<'a> VenueFileRow<'a> {
    const COLUMNS: &'static [&'static str] = &[
        "venue", "name", "profile", "locale", "format", "kind", "path", "sha256", "bytes",
    ];

    fn new(venue: &'a VenueSite, file: &'a Artifact) -> Self {
        Self {
            venue: &venue.id,
            name: &venue.name,
            profile: &venue.profile,
            locale: &file.locale,
            format: &file.format,
            kind: &file.kind,
            path: &file.path,
            sha256: &file.sha256,
            bytes: file.bytes,
        }
    }

    fn csv(&self) -> String {
        let bytes = self.bytes.to_string();
        [
            self.venue,
            self.name,
            self.profile,
            self.locale,
            self.format,
            self.kind,
            self.path,
            self.sha256,
            &bytes,
        ]
        .iter()
        .map(|field| csv_field(field))
        .collect::<Vec<_>>()
        .join(",")
    }
}

/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field a
/// spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is quoted with a leading `'`.
fn csv_field(field: &str) -> String {
    let formula = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let field = if formula {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if formula || field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

/// Numbers a reader may dial from the page: 999, 101 and every service's phone.
fn dialable(doc: &Document) -> Vec<String> {
    let mut numbers: Vec<String> = doc
        .numbers
        .values()
        .filter(|n| source::is_uk_phone(n))
        .cloned()
        .collect();
    for service in doc.services.iter().chain(&doc.card_services) {
        if let Some(phone) = &service.phone {
            if !numbers.contains(phone) {
                numbers.push(phone.clone());
            }
        }
    }
    numbers
}

fn direction(d: Direction) -> &'static str {
    match d {
        Direction::Ltr => "ltr",
        Direction::Rtl => "rtl",
    }
}

/// `a/b/c.pdf` → `a/b/c.png`.
fn with_extension(path: &str, ext: &str) -> String {
    match path.rsplit_once('.') {
        Some((stem, _)) => format!("{stem}.{ext}"),
        None => format!("{path}.{ext}"),
    }
}

/// The link from a page in folder `from_dir` (relative to the output folder) to `to`.
fn relative(from_dir: &str, to: &str) -> String {
    let from: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
    let to: Vec<&str> = to.split('/').collect();
    let common = from
        .iter()
        .zip(&to[..to.len() - 1])
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(from.len() - common);
    out.push_str(&to[common..].join("/"));
    out
}

/// `85.0` → `85`, `97.5` → `97.5`.
pub(crate) fn mm(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    }
}

/// `123456` → `121 KB`; a megabyte or more with one decimal.
fn file_size(bytes: usize) -> String {
    let kb = bytes as f64 / 1024.0;
    if kb < 1024.0 {
        format!("{} KB", kb.round().max(1.0))
    } else {
        format!("{:.1} MB", kb / 1024.0)
    }
}

/// Width and height from a PNG's header.
fn png_size(path: &std::path::Path) -> Option<(u32, u32)> {
    use std::io::Read;
    let mut header = [0u8; 24];
    std::fs::File::open(path)
        .ok()?
        .read_exact(&mut header)
        .ok()?;
    if &header[..8] != b"\x89PNG\r\n\x1a\n" || &header[12..16] != b"IHDR" {
        return None;
    }
    let be = |b: &[u8]| u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
    Some((be(&header[16..20]), be(&header[20..24])))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_links_between_site_folders() {
        assert_eq!(
            relative("", "en-GB/clinic/card.pdf"),
            "en-GB/clinic/card.pdf"
        );
        assert_eq!(
            relative("en-GB", "en-GB/clinic/card.pdf"),
            "clinic/card.pdf"
        );
        assert_eq!(
            relative("en-GB/clinic", "en-GB/clinic/card.pdf"),
            "card.pdf"
        );
        assert_eq!(
            relative("en-GB/clinic", "cy/clinic/index.html"),
            "../../cy/clinic/index.html"
        );
        assert_eq!(
            relative("en-GB/clinic", "en-GB/index.html"),
            "../index.html"
        );
        assert_eq!(relative("cy", "en-GB/index.html"), "../en-GB/index.html");
    }

    #[test]
    fn csv_fields_are_quoted_only_when_needed_and_never_run_as_formulas() {
        assert_eq!(csv_field("riverside"), "riverside");
        assert_eq!(csv_field("Smith, Jones & Co"), "\"Smith, Jones & Co\"");
        assert_eq!(csv_field("The \"Hill\""), "\"The \"\"Hill\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(mm(85.0), "85");
        assert_eq!(mm(97.54), "97.5");
        assert_eq!(file_size(100), "1 KB");
        assert_eq!(file_size(123_456), "121 KB");
        assert_eq!(file_size(3 * 1024 * 1024 + 200_000), "3.2 MB");
    }
}
