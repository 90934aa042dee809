//! Build stage, site: the PNG preview each job adds beside its PDF, and — after every job —
//! the HTML editions (one per locale × venue) and the download pages (`index.html` of the
//! site and of each locale), made from the documents and artifacts the jobs produced.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};
use typst_layout::PagedDocument;

use super::output::Staging;
use super::{hex, Artifact, BuildReport};
use crate::diag::Diagnostic;
use crate::i18n::{Localizer, SOURCE_LOCALE};
use crate::render::html::{
    self, Download, EditionPage, FontFace, IndexPage, LanguageLink, Preview, PrintMaster,
    SiteContext, Templates, VenueDownloads,
};
use crate::render::render_png;
use crate::resolve::Document;
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
    "page-size",
    "pages",
    "file-size",
    "other-languages",
    "all-downloads",
    "print-master",
];

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
    let site = Site::new(project, staging, documents, &artifacts);
    let mut pages = Vec::new();
    for locale in &site.locales {
        let Some(l10n) = localizers.get(locale.code.as_str()) else {
            continue;
        };
        let (t, fallback) = site_strings(l10n, &mut report.diagnostics);
        pages.extend(site.editions(&templates, locale, &t, &fallback));
        pages.extend(site.download_pages(&templates, locale, &t, &fallback));
    }
    pages.extend(site.font_files());
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
}

impl<'a> Site<'a> {
    fn new(
        project: &'a Project,
        staging: &'a Staging,
        documents: &'a [Document],
        artifacts: &'a [Artifact],
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
        Self {
            project,
            staging,
            documents,
            artifacts,
            locales,
            fonts,
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
                downloads: self.downloads(&locale.code, venue, &dir),
                dialable: dialable(doc),
            };
            files.push((
                self.artifact(&dir, locale, venue, "html", &ctx),
                templates.render_edition(&page),
            ));
        }
        files
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
                };
                (
                    self.artifact(dir, locale, "", "index", &ctx),
                    templates.render_index(&page),
                )
            })
            .collect()
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
                    downloads: self.downloads(code, &venue, page_dir),
                    name: doc.venue.name.clone(),
                    id: venue,
                }
            })
            .collect()
    }

    /// The PDFs of one locale and venue (bilingual editions led by the locale included).
    fn downloads(&self, code: &str, venue: &str, page_dir: &str) -> Vec<Download> {
        let bilingual_prefix = format!("{code}+");
        self.artifacts
            .iter()
            .filter(|a| a.kind == "pdf" && a.venue == venue)
            .filter(|a| a.locale == code || a.locale.starts_with(&bilingual_prefix))
            // Only the public edition of each format (not one made for a single venue's details).
            .filter(|a| a.path == format!("{}/{}/{}.pdf", a.locale, a.venue, a.format))
            .map(|a| {
                let name = self
                    .documents
                    .iter()
                    .find(|d| d.locale.code == code && d.format.geometry.id == a.format)
                    .map_or_else(|| a.format.clone(), |d| d.format.name.clone());
                let also = a
                    .locale
                    .strip_prefix(&bilingual_prefix)
                    .and_then(|second| self.language(second));
                let [w, h] = a.page_size_mm.first().copied().unwrap_or([0.0, 0.0]);
                Download {
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
            .artifacts
            .iter()
            .find(|a| a.kind == "print-pdf" && a.path == path)?;
        Some(PrintMaster {
            href: relative(page_dir, &master.path),
            file_size: file_size(master.bytes),
        })
    }

    fn preview_of(&self, pdf: &Artifact, page_dir: &str) -> Option<Preview> {
        let path = with_extension(&pdf.path, "png");
        self.artifacts
            .iter()
            .find(|a| a.kind == "png" && a.path == path)?;
        let (width, height) = png_size(&self.staging.current(&path))?;
        Some(Preview {
            src: relative(page_dir, &path),
            width,
            height,
        })
    }

    /// The manifest entry of the page at `<page_dir>/index.html` (hash and size filled on write).
    fn artifact(
        &self,
        page_dir: &str,
        locale: &SiteLocale,
        venue: &str,
        kind: &str,
        ctx: &SiteContext,
    ) -> Artifact {
        let path = if page_dir.is_empty() {
            "index.html".to_owned()
        } else {
            format!("{page_dir}/index.html")
        };
        let title = if kind == "html" {
            &ctx.t["edition_title"]
        } else {
            &ctx.t["title"]
        };
        let mut fallbacks: Vec<String> = ctx
            .fallback
            .iter()
            .map(|k| format!("site-{}", k.replace('_', "-")))
            .collect();
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

/// The `site-*` messages of a locale, and the keys shown in en-GB instead (warned once).
fn site_strings(
    l10n: &Localizer,
    diags: &mut Vec<Diagnostic>,
) -> (BTreeMap<String, String>, Vec<String>) {
    let mut strings = BTreeMap::new();
    let mut fallback = Vec::new();
    for key in SITE_STRINGS {
        let id = format!("site-{key}");
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
        let ids: Vec<String> = fallback
            .iter()
            .map(|k| format!("site-{}", k.replace('_', "-")))
            .collect();
        let which = if ids.len() == SITE_STRINGS.len() {
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
    fn sizes_read_as_people_write_them() {
        assert_eq!(mm(85.0), "85");
        assert_eq!(mm(97.54), "97.5");
        assert_eq!(file_size(100), "1 KB");
        assert_eq!(file_size(123_456), "121 KB");
        assert_eq!(file_size(3 * 1024 * 1024 + 200_000), "3.2 MB");
    }
}
