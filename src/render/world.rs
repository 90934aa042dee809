//! Render stage: the one small typst `World`. Fonts, the standard library and the layout
//! files are loaded once and shared; each job adds only its `Document` as the virtual file
//! `/document.json`, which layouts read with `json(..)` — data, never markup.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::diag::{display_path, Diagnostic};

/// The virtual path every job's document is served at (constant, so FileIds stay few).
pub const DOCUMENT_PATH: &str = "/document.json";

/// Shared, read-only typst state: library, fonts and layout files.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// Layout files by virtual path: `.typ` as sources, everything else as bytes.
    files: HashMap<FileId, LayoutFile>,
    /// Where layouts live on disk, for diagnostics.
    pub layouts_dir: PathBuf,
    pub root: PathBuf,
    document_id: FileId,
}

enum LayoutFile {
    Source(Source),
    Bytes(Bytes),
}

/// One job's view of the world: the shared typesetter plus its document.
pub struct JobWorld<'a> {
    typesetter: &'a Typesetter,
    main: FileId,
    document: Bytes,
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("leafpress builds only valid virtual paths");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl Typesetter {
    /// Loads every font under `fonts_dir` and every file under `layouts_dir` (fonts excluded).
    pub fn new(root: &Path, layouts_dir: &Path, fonts_dir: &Path) -> Result<Self, Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let fonts = load_fonts(root, fonts_dir, &mut diags);
        let mut files = HashMap::new();
        collect_layout_files(
            root,
            layouts_dir,
            layouts_dir,
            fonts_dir,
            &mut files,
            &mut diags,
        );
        if !diags.is_empty() {
            return Err(diags);
        }
        let book = FontBook::from_fonts(&fonts);
        Ok(Self {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            files,
            layouts_dir: layouts_dir.to_path_buf(),
            root: root.to_path_buf(),
            document_id: file_id(DOCUMENT_PATH),
        })
    }

    /// Whether `layouts/<name>` exists.
    pub fn has_layout(&self, name: &str) -> bool {
        self.files.contains_key(&file_id(&format!("/{name}")))
    }

    /// A world whose main file is `layouts/<layout>` and whose `/document.json` is `document`.
    pub fn world(&self, layout: &str, document: Vec<u8>) -> JobWorld<'_> {
        JobWorld {
            typesetter: self,
            main: file_id(&format!("/{layout}")),
            document: Bytes::new(document),
        }
    }

    /// The disk path shown for a virtual file in diagnostics.
    pub fn shown_path(&self, id: FileId) -> PathBuf {
        let vpath = id.vpath().get_without_slash().to_owned();
        if id == self.document_id {
            PathBuf::from("<document.json>")
        } else {
            display_path(&self.root, &self.layouts_dir.join(vpath))
        }
    }

    /// The text of a virtual file, for quoting it in diagnostics.
    /// Layout file and 1-based line of a span (for profiles of the layouts).
    pub fn span_location(&self, span: typst::syntax::Span) -> Option<(String, u32)> {
        let id = span.id()?;
        let LayoutFile::Source(source) = self.files.get(&id)? else {
            return None;
        };
        let range = source.find(span)?.range();
        let line = source.lines().byte_to_line(range.start)?;
        Some((self.shown_path(id).display().to_string(), line as u32 + 1))
    }

    pub fn text_of(&self, id: FileId, document: &[u8]) -> Option<String> {
        if id == self.document_id {
            return Some(String::from_utf8_lossy(document).into_owned());
        }
        match self.files.get(&id)? {
            LayoutFile::Source(s) => Some(s.text().to_owned()),
            LayoutFile::Bytes(b) => Some(String::from_utf8_lossy(b.as_slice()).into_owned()),
        }
    }
}

fn load_fonts(root: &Path, dir: &Path, diags: &mut Vec<Diagnostic>) -> Vec<Font> {
    let mut fonts = Vec::new();
    let entries = crate::source::sorted_entries(dir).unwrap_or_default();
    for path in entries.iter().filter(|p| {
        p.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "ttf" | "otf" | "ttc"))
    }) {
        match std::fs::read(path) {
            Ok(data) => {
                let before = fonts.len();
                fonts.extend(Font::iter(Bytes::new(data)));
                if fonts.len() == before {
                    diags.push(
                        Diagnostic::error("not a usable font file")
                            .in_file(display_path(root, path))
                            .with_hint("vendor TrueType/OpenType files (.ttf/.otf) only"),
                    );
                }
            }
            Err(err) => diags.push(
                Diagnostic::error(format!("cannot read font: {err}"))
                    .in_file(display_path(root, path)),
            ),
        }
    }
    if fonts.is_empty() {
        diags.push(
            Diagnostic::error("no fonts found")
                .in_file(display_path(root, dir))
                .with_hint("leafpress uses only vendored fonts: put Noto Sans .ttf files in layouts/fonts/"),
        );
    }
    fonts
}

fn collect_layout_files(
    root: &Path,
    base: &Path,
    dir: &Path,
    fonts_dir: &Path,
    files: &mut HashMap<FileId, LayoutFile>,
    diags: &mut Vec<Diagnostic>,
) {
    let Ok(entries) = crate::source::sorted_entries(dir) else {
        diags
            .push(Diagnostic::error("cannot read layouts folder").in_file(display_path(root, dir)));
        return;
    };
    for path in entries {
        if path == fonts_dir {
            continue;
        }
        if path.is_dir() {
            collect_layout_files(root, base, &path, fonts_dir, files, diags);
            continue;
        }
        let rel = path
            .strip_prefix(base)
            .expect("walked from base")
            .to_string_lossy()
            .replace('\\', "/");
        let id = file_id(&format!("/{rel}"));
        let Ok(bytes) = std::fs::read(&path) else {
            diags.push(
                Diagnostic::error("cannot read layout file").in_file(display_path(root, &path)),
            );
            continue;
        };
        let file = if rel.ends_with(".typ") {
            match String::from_utf8(bytes) {
                Ok(text) => LayoutFile::Source(Source::new(id, text)),
                Err(_) => {
                    diags.push(
                        Diagnostic::error("layout is not valid UTF-8")
                            .in_file(display_path(root, &path)),
                    );
                    continue;
                }
            }
        } else {
            LayoutFile::Bytes(Bytes::new(bytes))
        };
        files.insert(id, file);
    }
}

impl World for JobWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.typesetter.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.typesetter.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        match self.typesetter.files.get(&id) {
            Some(LayoutFile::Source(source)) => Ok(source.clone()),
            Some(LayoutFile::Bytes(_)) => Err(FileError::NotSource),
            None => Err(not_found(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.typesetter.document_id {
            return Ok(self.document.clone());
        }
        match self.typesetter.files.get(&id) {
            Some(LayoutFile::Bytes(bytes)) => Ok(bytes.clone()),
            Some(LayoutFile::Source(source)) => Ok(Bytes::from_string(source.text().to_owned())),
            None => Err(not_found(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.typesetter.fonts.get(index).cloned()
    }

    /// Layouts never read the clock: dates come from content/ so builds are reproducible.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}

/// Keeps `Arc` handy for callers sharing one typesetter across threads.
pub type SharedTypesetter = Arc<Typesetter>;
