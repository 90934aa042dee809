//! Load stage: a venue-details file (`leafpress build --venue-details FILE`) — each venue's
//! own name, phone, address, opening hours and logo, one `[[venue]]` table per venue. Every
//! problem is reported at its file:line:col; a venue with a problem is left out (a wrong
//! phone number must never be printed), the others still build.

use std::path::{Component, Path, PathBuf};

use serde::Serialize;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::{is_uk_phone, read_text, Nation, SourceFile};
use crate::diag::{display_path, Diagnostic};

/// The largest logo file accepted (it is embedded in every output).
const MAX_LOGO_BYTES: u64 = 2 * 1024 * 1024;

/// The keys a `[[venue]]` table may have.
const VENUE_KEYS: [&str; 8] = [
    "id", "profile", "name", "phone", "address", "hours", "logo", "nation",
];

/// The keys of the file itself, above the first `[[venue]]`.
const FILE_KEYS: [&str; 2] = ["nation", "venue"];

/// One `[[venue]]` table as written, each value with its place in the file.
#[derive(Debug)]
struct RawVenue {
    id: Spanned<String>,
    profile: Spanned<String>,
    name: Spanned<String>,
    phone: Option<Spanned<String>>,
    address: Vec<Spanned<String>>,
    hours: Option<Spanned<String>>,
    logo: Option<Spanned<String>>,
    nation: Option<Spanned<String>>,
}

/// One venue of a details file, validated: what its outputs print in the venue block.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VenueSite {
    /// Folder name of its outputs: `dist/<locale>/<profile>/<id>/`.
    #[serde(skip)]
    pub id: String,
    /// The venue profile (content/venues/<profile>.toml) its outputs use.
    #[serde(skip)]
    pub profile: String,
    pub name: String,
    pub phone: Option<String>,
    pub address: Vec<String>,
    pub hours: Option<String>,
    pub logo: Option<Logo>,
    /// The nation the venue is in (`england`, `wales`), when the file says: its outputs use
    /// that nation's terms (a school in Wales: Designated Safeguarding Person). Unset, the
    /// locale's own (locale.toml's `nation`, else England).
    pub nation: Option<Nation>,
}

/// A logo as layouts receive it: SVG text, or PNG bytes.
#[derive(Clone, PartialEq, Serialize)]
pub struct Logo {
    /// `svg` or `png` (typst's image format names).
    pub format: String,
    pub svg: Option<String>,
    pub png: Option<Vec<u8>>,
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let size = self.svg.as_ref().map_or(0, String::len) + self.png.as_ref().map_or(0, Vec::len);
        write!(f, "Logo({}, {size} bytes)", self.format)
    }
}

/// Reads `path` and validates each venue against the project at `root` (profiles are the
/// project's venue ids). Returns the valid venues and every problem found.
pub fn load(root: &Path, path: &Path, profiles: &[&str]) -> (Vec<VenueSite>, Vec<Diagnostic>) {
    let (board, diags) = load_board(root, path, profiles);
    let sites = board
        .into_iter()
        .filter(|v| v.problem.is_none())
        .map(|v| v.site)
        .collect();
    (sites, diags)
}

/// One venue of a details file, in the file's order: valid, or left out with its problem.
#[derive(Debug, Clone)]
pub struct BoardVenue {
    /// The venue as validated; for one left out, its details as written (see
    /// [`load_board`]), which only say which earlier outputs were its and what they printed.
    pub site: VenueSite,
    /// Why it was left out (its first error); `None` for a valid venue.
    pub problem: Option<String>,
}

/// Like [`load`], but keeps the venues left out for an error, with their details as written
/// (a misspelt key read as the key its hint names, values not checked, no logo), when their
/// `id` and `profile` are readable and no other venue has that id: a build keeps a left-out
/// venue's last good outputs while the facts they print are those written now.
pub fn load_board(
    root: &Path,
    path: &Path,
    profiles: &[&str],
) -> (Vec<BoardVenue>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let text = match read_text(root, path) {
        Ok(text) => text,
        Err(diag) => {
            return (
                Vec::new(),
                vec![diag.with_hint("pass --venue-details FILE, a TOML file of [[venue]] tables")],
            );
        }
    };
    let file = SourceFile {
        path: display_path(root, path),
        text,
    };
    // Only a file that is not TOML at all fails as a whole: every other problem belongs to
    // one venue (or to the file's own `nation`) and leaves out only what it touches.
    let doc = match DeTable::parse(&file.text) {
        Ok(doc) => doc,
        Err(err) => {
            let message = format!(
                "the venue details file is not valid TOML, so no venue of it is built: {}",
                err.message().trim_end()
            );
            let diag = match err.span() {
                Some(span) => file.error_at(span, message).with_label("here"),
                None => Diagnostic::error(message).in_file(&file.path),
            };
            let hint = "fix the syntax here; each venue is a [[venue]] table with id, profile, name and optionally phone, address, hours, logo, nation";
            return (Vec::new(), vec![diag.with_hint(hint)]);
        }
    };
    let mut file_nation = None;
    let mut venues: &[Spanned<DeValue>] = &[];
    let mut entries: Vec<_> = doc.get_ref().iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    for (key, value) in entries {
        match key.get_ref().as_ref() {
            "nation" => {
                file_nation = Some(
                    string(&file, key, value, &mut diags)
                        .and_then(|n| nation(&file, &n, &mut diags)),
                );
            }
            "venue" => match value.get_ref() {
                DeValue::Array(array) => venues = array,
                _ => diags.push(
                    file.error_at(key.span(), "`venue` must be a list of [[venue]] tables")
                        .with_label("not a list")
                        .with_hint(
                            "start each venue with a line [[venue]] (two brackets), then its keys",
                        ),
                ),
            },
            other => {
                // Most likely a file-wide setting misspelt, or a venue's key above the first
                // [[venue]]: the venues that take the file's settings are left out with it.
                diags.push(unknown_key(
                    &file,
                    key,
                    other,
                    &FILE_KEYS,
                    "not a setting of the file: the venues without a nation of their own are left out",
                ));
                file_nation = Some(None);
            }
        }
    }
    if venues.is_empty() {
        diags.push(
            Diagnostic::error("the venue details file lists no venue")
                .in_file(&file.path)
                .with_hint("add a [[venue]] table: id = \"my-clinic\", profile = \"clinic\", name = \"…\", phone = \"…\""),
        );
    }
    let mut seen = std::collections::BTreeSet::new();
    let mut board = Vec::new();
    for venue in venues {
        let before = diags.len();
        let site = read_venue(&file, venue, &mut diags)
            .and_then(|raw| check(root, &file, &raw, profiles, &mut seen, &mut diags));
        if diags.len() == before {
            // A venue without its own nation takes the file's; if that one is wrong
            // (reported once, above), the venue is left out with it.
            let site = site.and_then(|mut site| {
                match (site.nation, file_nation) {
                    (None, Some(None)) => return None,
                    (None, Some(nation)) => site.nation = nation,
                    _ => {}
                }
                Some(site)
            });
            match site {
                Some(site) => board.push(BoardVenue {
                    site,
                    problem: None,
                }),
                None => {
                    board.extend(
                        as_written(venue, profiles, file_nation).map(|site| BoardVenue {
                            site,
                            problem: Some("the file's `nation` is not england or wales".into()),
                        }),
                    )
                }
            }
        } else {
            board.extend(
                as_written(venue, profiles, file_nation).map(|site| BoardVenue {
                    site,
                    problem: Some(diags[before].message.clone()),
                }),
            );
        }
    }
    // A left-out venue whose id another venue has (listed twice) is no venue's own.
    let mut ids: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for v in &board {
        *ids.entry(v.site.id.as_str()).or_default() += 1;
    }
    let shared: std::collections::BTreeSet<String> = ids
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(id, _)| id.to_owned())
        .collect();
    board.retain(|v| v.problem.is_none() || !shared.contains(&v.site.id));
    (board, diags)
}

/// A left-out `[[venue]]`'s details as written, leniently: each key as written or, misspelt,
/// as the one key its hint names (`phnoe` → `phone`); text values only, trimmed as a valid
/// venue's are; no logo (it prints no fact). `None` without a readable folder-safe `id` and
/// a known `profile`: then no earlier output can be told to be its.
fn as_written(
    venue: &Spanned<DeValue>,
    profiles: &[&str],
    file_nation: Option<Option<Nation>>,
) -> Option<VenueSite> {
    let table = venue.get_ref().as_table()?;
    let mut fields: std::collections::BTreeMap<&str, &DeValue> = Default::default();
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    for (key, value) in entries {
        let name = key.get_ref().as_ref();
        let exact = VENUE_KEYS.contains(&name);
        let known = if exact {
            VENUE_KEYS.iter().find(|k| **k == name).copied()
        } else {
            VENUE_KEYS
                .iter()
                .map(|k| (crate::check::text::edit_distance(name, k), *k))
                .filter(|(d, _)| *d <= 2)
                .min()
                .map(|(_, k)| k)
        };
        // A key written right wins over a misspelt one, wherever each is.
        if let Some(k) = known {
            if exact || !fields.contains_key(k) {
                fields.insert(k, value.get_ref());
            }
        }
    }
    let text = |key: &str| match fields.get(key) {
        Some(DeValue::String(s)) => Some(s.to_string()),
        _ => None,
    };
    let id = text("id")?;
    let profile = text("profile")?;
    let folder_safe = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !folder_safe || !profiles.contains(&profile.as_str()) {
        return None;
    }
    let address = match fields.get("address") {
        Some(DeValue::Array(lines)) => lines
            .iter()
            .filter_map(|l| match l.get_ref() {
                DeValue::String(s) => Some(s.trim().to_owned()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let nation = match text("nation") {
        Some(n) => Nation::parse(n.trim()),
        None => file_nation.flatten(),
    };
    Some(VenueSite {
        id,
        profile,
        name: text("name")
            .map(|n| n.trim().to_owned())
            .unwrap_or_default(),
        phone: text("phone"),
        address,
        hours: text("hours").map(|h| h.trim().to_owned()),
        logo: None,
        nation,
    })
}

/// An unknown key, at its place, naming the closest known one.
fn unknown_key(
    file: &SourceFile,
    key: &Spanned<std::borrow::Cow<str>>,
    name: &str,
    known: &[&str],
    label: &str,
) -> Diagnostic {
    let close = known
        .iter()
        .map(|k| (crate::check::text::edit_distance(name, k), *k))
        .filter(|(d, _)| *d <= 2)
        .min();
    let list = known.join(", ");
    let hint = match close {
        Some((_, k)) => format!("did you mean `{k}`? known keys: {list}"),
        None => format!("known keys: {list}"),
    };
    file.error_at(key.span(), format!("unknown key `{name}`"))
        .with_label(label.to_owned())
        .with_hint(hint)
}

/// A value that must be a string, else an error at it.
fn string(
    file: &SourceFile,
    key: &Spanned<std::borrow::Cow<str>>,
    value: &Spanned<DeValue>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Spanned<String>> {
    match value.get_ref() {
        DeValue::String(s) => Some(Spanned::new(value.span(), s.to_string())),
        other => {
            diags.push(
                file.error_at(
                    value.span(),
                    format!("`{}` must be text, not {}", key.get_ref(), other.type_str()),
                )
                .with_hint(format!("write it in quotes: {} = \"…\"", key.get_ref())),
            );
            None
        }
    }
}

/// One `[[venue]]` table: every key known and of its type, `id`, `profile` and `name`
/// present. Every problem is reported; `None` when there was one.
fn read_venue(
    file: &SourceFile,
    venue: &Spanned<DeValue>,
    diags: &mut Vec<Diagnostic>,
) -> Option<RawVenue> {
    let Some(table) = venue.get_ref().as_table() else {
        diags.push(
            file.error_at(venue.span(), "a venue must be a [[venue]] table")
                .with_hint("start each venue with a line [[venue]], then its keys"),
        );
        return None;
    };
    let before = diags.len();
    let (mut id, mut profile, mut name) = (None, None, None);
    let (mut phone, mut hours, mut logo, mut nation) = (None, None, None, None);
    let mut address = Vec::new();
    // In the order written (the parsed table is sorted by key).
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    // The `[[venue]]` line above the first key, for a key that is missing.
    let first = entries
        .first()
        .map_or(venue.span().start, |(key, _)| key.span().start);
    let header = file.text[..first.min(file.text.len())]
        .rfind("[[")
        .map_or(venue.span(), |at| at..at + 2);
    for (key, value) in entries {
        let slot = match key.get_ref().as_ref() {
            "id" => &mut id,
            "profile" => &mut profile,
            "name" => &mut name,
            "phone" => &mut phone,
            "hours" => &mut hours,
            "logo" => &mut logo,
            "nation" => &mut nation,
            "address" => {
                match value.get_ref() {
                    DeValue::Array(lines) => {
                        for line in lines.iter() {
                            address.extend(string(file, key, line, diags));
                        }
                    }
                    other => diags.push(
                        file.error_at(
                            value.span(),
                            format!("`address` must be a list of lines, not {}", other.type_str()),
                        )
                        .with_hint("give the address as a list of lines: address = [\"1 High St\", \"Leeds\"]"),
                    ),
                }
                continue;
            }
            other => {
                diags.push(unknown_key(
                    file,
                    key,
                    other,
                    &VENUE_KEYS,
                    "this venue is left out until it is fixed",
                ));
                continue;
            }
        };
        *slot = string(file, key, value, diags);
    }
    let mut require = |value: Option<Spanned<String>>, key: &str| {
        let written = table.keys().any(|k| k.get_ref() == key);
        if value.is_none() && !written {
            diags.push(
                file.error_at(header.clone(), format!("this venue has no `{key}`"))
                    .with_label("this venue is left out until it is fixed")
                    .with_hint("every venue needs id, profile and name, e.g. id = \"leeds-central\", profile = \"clinic\", name = \"Leeds Central Clinic\""),
            );
        }
        value
    };
    let (id, profile, name) = (
        require(id, "id"),
        require(profile, "profile"),
        require(name, "name"),
    );
    if diags.len() != before {
        return None;
    }
    Some(RawVenue {
        id: id?,
        profile: profile?,
        name: name?,
        phone,
        address,
        hours,
        logo,
        nation,
    })
}

/// A `nation = "…"` value: `england` or `wales`.
fn nation(
    file: &SourceFile,
    value: &Spanned<String>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Nation> {
    let name = value.get_ref();
    let found = Nation::parse(name.trim());
    if found.is_none() {
        let known: Vec<&str> = Nation::ALL.iter().map(|n| n.as_str()).collect();
        diags.push(
            file.error_at(value.span(), format!("unknown nation `{name}`"))
                .with_label("decides e.g. Designated Safeguarding Person (wales) or Lead (england)")
                .with_hint(format!("write one of: {}", known.join(", "))),
        );
    }
    found
}

fn check(
    root: &Path,
    file: &SourceFile,
    v: &RawVenue,
    profiles: &[&str],
    seen: &mut std::collections::BTreeSet<String>,
    diags: &mut Vec<Diagnostic>,
) -> Option<VenueSite> {
    let id = v.id.get_ref();
    if id.is_empty()
        || !id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        diags.push(
            file.error_at(
                v.id.span(),
                format!("venue id `{id}` is not a folder-safe name"),
            )
            .with_label("used as the output folder")
            .with_hint("use lower-case letters, digits and hyphens, e.g. \"leeds-central\""),
        );
    } else if !seen.insert(id.clone()) {
        diags.push(
            file.error_at(v.id.span(), format!("venue id `{id}` is listed twice"))
                .with_hint("every venue needs its own id: it names its output folder"),
        );
    }
    if !profiles.contains(&v.profile.get_ref().as_str()) {
        diags.push(
            file.error_at(
                v.profile.span(),
                format!("unknown venue profile `{}`", v.profile.get_ref()),
            )
            .with_label("no content/venues/<profile>.toml has this id")
            .with_hint(format!("known profiles: {}", profiles.join(", "))),
        );
    }
    let text_fields = std::iter::once(&v.name).chain(&v.address).chain(&v.hours);
    for field in text_fields {
        let value = field.get_ref();
        if value.trim().is_empty() || value.chars().any(char::is_control) {
            diags.push(
                file.error_at(field.span(), "empty text, or text with a line break or control character")
                    .with_hint("write one line of text; give the address as a list of lines: address = [\"1 High St\", \"Leeds\"]"),
            );
        }
    }
    if let Some(phone) = &v.phone {
        if !is_uk_phone(phone.get_ref()) {
            diags.push(
                file.error_at(
                    phone.span(),
                    format!("`{}` does not look like a UK phone number", phone.get_ref()),
                )
                .with_label("this number would be printed on every output")
                .with_hint(
                    "write digits in groups separated by single spaces, e.g. \"0113 496 0000\"",
                ),
            );
        }
    }
    let logo = v
        .logo
        .as_ref()
        .and_then(|logo| load_logo(root, file, logo, diags));
    let nation = v.nation.as_ref().and_then(|n| nation(file, n, diags));
    Some(VenueSite {
        id: id.clone(),
        profile: v.profile.get_ref().clone(),
        name: v.name.get_ref().trim().to_owned(),
        phone: v.phone.as_ref().map(|p| p.get_ref().clone()),
        address: v
            .address
            .iter()
            .map(|a| a.get_ref().trim().to_owned())
            .collect(),
        hours: v.hours.as_ref().map(|h| h.get_ref().trim().to_owned()),
        logo,
        nation,
    })
}

/// A logo path: relative to the project folder, inside it, an existing SVG or PNG.
fn load_logo(
    root: &Path,
    file: &SourceFile,
    logo: &Spanned<String>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Logo> {
    let raw = logo.get_ref();
    let error = |message: String, hint: &str| {
        file.error_at(logo.span(), message)
            .with_label("logo")
            .with_hint(hint.to_owned())
    };
    let rel = PathBuf::from(raw);
    let looks_absolute = rel.is_absolute()
        || raw.starts_with('/')
        || raw.starts_with('\\')
        || rel.has_root()
        || rel.components().any(|c| matches!(c, Component::Prefix(_)));
    if looks_absolute {
        diags.push(error(
            format!("logo path `{raw}` is absolute"),
            "give the logo's path relative to the project folder, e.g. \"content/logos/clinic.svg\"",
        ));
        return None;
    }
    if rel.components().any(|c| matches!(c, Component::ParentDir)) {
        diags.push(error(
            format!("logo path `{raw}` leaves the project folder (`..`)"),
            "copy the logo into the project (e.g. content/logos/) and give that path",
        ));
        return None;
    }
    let format = match rel
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => "svg",
        Some("png") => "png",
        _ => {
            diags.push(error(
                format!("logo `{raw}` is not an .svg or .png file"),
                "use an SVG (best for print) or a PNG of at least 300 dpi",
            ));
            return None;
        }
    };
    let path = root.join(&rel);
    if !path.is_file() {
        diags.push(error(
            format!("logo file `{raw}` not found in the project folder"),
            "check the path: it is relative to the project folder (--project)",
        ));
        return None;
    }
    // A symbolic link may still point outside: compare the real paths.
    let inside = match (path.canonicalize(), root.canonicalize()) {
        (Ok(real), Ok(base)) => real.starts_with(base),
        _ => false,
    };
    if !inside {
        diags.push(error(
            format!("logo `{raw}` resolves to a file outside the project folder"),
            "copy the logo into the project instead of linking to it",
        ));
        return None;
    }
    let too_big = std::fs::metadata(&path)
        .map(|m| m.len() > MAX_LOGO_BYTES)
        .unwrap_or(false);
    if too_big {
        diags.push(error(
            format!("logo `{raw}` is larger than 2 MiB"),
            "export a smaller file; an SVG or a 600 px PNG is plenty for print",
        ));
        return None;
    }
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(err) => {
            diags.push(error(
                format!("cannot read logo `{raw}`: {err}"),
                "check the file's permissions",
            ));
            return None;
        }
    };
    match format {
        "png" if bytes.starts_with(b"\x89PNG\r\n\x1a\n") => Some(Logo {
            format: "png".into(),
            svg: None,
            png: Some(bytes),
        }),
        "svg" => match String::from_utf8(bytes) {
            Ok(text) if text.contains("<svg") => Some(Logo {
                format: "svg".into(),
                svg: Some(text),
                png: None,
            }),
            _ => {
                diags.push(error(
                    format!("logo `{raw}` is not an SVG file"),
                    "save the logo as plain SVG (UTF-8 text starting with <svg or <?xml)",
                ));
                None
            }
        },
        _ => {
            diags.push(error(
                format!("logo `{raw}` is not a PNG file"),
                "save the logo as PNG, or use an SVG",
            ));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn good_file_loads_and_bad_fields_point_at_their_line() {
        let dir = tempfile::tempdir().unwrap();
        write(
            dir.path(),
            "logo.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>",
        );
        let path = write(
            dir.path(),
            "venues.toml",
            "[[venue]]\nid = \"a\"\nprofile = \"clinic\"\nname = \"A Clinic\"\nphone = \"0113 496 0000\"\nlogo = \"logo.svg\"\n\n\
             [[venue]]\nid = \"b\"\nprofile = \"clinic\"\nname = \"B\"\nphone = \"0113-496\"\n\n\
             [[venue]]\nid = \"c\"\nprofile = \"clinic\"\nname = \"C\"\nlogo = \"../x.png\"\n\n\
             [[venue]]\nid = \"d\"\nprofile = \"clinic\"\nname = \"D\"\nlogo = \"/etc/x.png\"\n\n\
             [[venue]]\nid = \"e\"\nprofile = \"clinic\"\nname = \"E\"\nlogo = \"missing.png\"\n",
        );
        let (sites, diags) = load(dir.path(), &path, &["clinic", "police"]);
        assert_eq!(sites.len(), 1, "{diags:?}");
        assert_eq!(sites[0].logo.as_ref().unwrap().format, "svg");
        let lines: Vec<usize> = diags.iter().map(|d| d.line.unwrap()).collect();
        assert_eq!(lines, vec![12, 18, 24, 30], "{diags:?}");
        assert!(diags[1].message.contains("leaves the project"));
        assert!(diags[2].message.contains("absolute"));
        assert!(diags[3].message.contains("not found"));
    }

    #[test]
    fn a_venue_takes_its_own_nation_else_the_files_and_a_wrong_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "venues.toml",
            "nation = \"wales\"\n\n\
             [[venue]]\nid = \"a\"\nprofile = \"school\"\nname = \"A\"\n\n\
             [[venue]]\nid = \"b\"\nprofile = \"school\"\nname = \"B\"\nnation = \"england\"\n\n\
             [[venue]]\nid = \"c\"\nprofile = \"school\"\nname = \"C\"\nnation = \"Cymru\"\n",
        );
        let (sites, diags) = load(dir.path(), &path, &["school"]);
        let nations: Vec<_> = sites.iter().map(|s| (s.id.as_str(), s.nation)).collect();
        assert_eq!(
            nations,
            [("a", Some(Nation::Wales)), ("b", Some(Nation::England))]
        );
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert_eq!((diags[0].line, diags[0].column), (Some(18), Some(10)));
        assert!(diags[0].message.contains("unknown nation `Cymru`"));
        assert!(diags[0].hints[0].contains("england, wales"), "{diags:?}");

        // Without a nation anywhere, none: the locale's own applies.
        let path = write(
            dir.path(),
            "plain.toml",
            "[[venue]]\nid = \"a\"\nprofile = \"school\"\nname = \"A\"\n",
        );
        let (sites, diags) = load(dir.path(), &path, &["school"]);
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(sites[0].nation, None);
    }

    /// (line, column, message, first hint) of each diagnostic.
    fn places(diags: &[Diagnostic]) -> Vec<(usize, usize, String, String)> {
        diags
            .iter()
            .map(|d| {
                (
                    d.line.unwrap_or(0),
                    d.column.unwrap_or(0),
                    d.message.clone(),
                    d.hints.first().cloned().unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn each_venue_stands_alone_a_misspelt_key_leaves_out_only_its_venue() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "board.toml",
            "[[venue]]\nid = \"a\"\nprofile = \"clinic\"\nname = \"A\"\nphnoe = \"0113 496 0000\"\n\n\
             [[venue]]\nid = \"b\"\nprofile = \"clinic\"\nname = \"B\"\nphone = \"0113 496 0000\"\n\n\
             [[venue]]\nid = \"c\"\nprofile = \"clinic\"\nname = \"C\"\nphone = 1134960000\naddress = \"1 High St\"\n\n\
             [[venue]]\n  id = \"d\"\nname = \"D\"\ncolour = \"red\"\n\n\
             [[venue]]\nid = \"e\"\nprofile = \"clinic\"\nname = \"E\"\naddress = [\"1 High St\", 7]\n",
        );
        let (sites, diags) = load(dir.path(), &path, &["clinic"]);
        let ids: Vec<&str> = sites.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["b"], "{diags:?}");
        let found = places(&diags);
        let expected = [
            (5, 1, "unknown key `phnoe`", "did you mean `phone`?"),
            (
                17,
                9,
                "`phone` must be text, not integer",
                "write it in quotes",
            ),
            (
                18,
                11,
                "`address` must be a list of lines, not string",
                "give the address as a list",
            ),
            (23, 1, "unknown key `colour`", "known keys: id, profile"),
            (
                20,
                1,
                "this venue has no `profile`",
                "every venue needs id, profile and name",
            ),
            (
                29,
                25,
                "`address` must be text, not integer",
                "write it in quotes",
            ),
        ];
        assert_eq!(found.len(), expected.len(), "{found:#?}");
        for ((line, col, message, hint), (l, c, m, h)) in expected.iter().zip(&found) {
            assert_eq!((*line, *col), (*l, *c), "{m}");
            assert!(m.contains(message), "{m:?} should say {message:?}");
            assert!(h.starts_with(hint), "{h:?} should start {hint:?}");
        }
    }

    #[test]
    fn a_left_out_venue_keeps_its_details_as_written_a_misspelt_key_read_as_its_hint() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "board.toml",
            "[[venue]]\nid = \"a\"\nprofile = \"clinic\"\nname = \" A \"\nphnoe = \"0113 496 0000\"\naddress = [\"1 High St\"]\n\n\
             [[venue]]\nid = \"b\"\nprofile = \"clinic\"\nname = \"B\"\n\n\
             [[venue]]\nid = \"b\"\nprofile = \"clinic\"\nname = \"B2\"\n\n\
             [[venue]]\nid = \"c\"\nprofile = \"surgery\"\nname = \"C\"\n\n\
             [[venue]]\nid = \"d\"\nprofile = \"clinic\"\nname = \"D\"\n",
        );
        let (board, diags) = load_board(dir.path(), &path, &["clinic"]);
        assert_eq!(diags.len(), 3, "{diags:?}");
        let found: Vec<(&str, bool)> = board
            .iter()
            .map(|v| (v.site.id.as_str(), v.problem.is_none()))
            .collect();
        // `b` twice: the first, valid, stays; the second is not its own; `c`'s profile is unknown.
        assert_eq!(found, [("a", false), ("b", true), ("d", true)], "{board:?}");
        let a = &board[0];
        assert_eq!(a.site.phone.as_deref(), Some("0113 496 0000"));
        assert_eq!(a.site.name, "A");
        assert_eq!(a.site.address, ["1 High St"]);
        assert!(a
            .problem
            .as_deref()
            .unwrap()
            .contains("unknown key `phnoe`"));
    }

    #[test]
    fn only_a_file_that_is_not_toml_fails_as_a_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "board.toml",
            "[[venue]]\nid = \"a\"\nprofile = \"clinic\"\nname = \"A\n",
        );
        let (sites, diags) = load(dir.path(), &path, &["clinic"]);
        assert!(sites.is_empty());
        assert_eq!(diags.len(), 1, "{diags:?}");
        assert!(diags[0]
            .message
            .contains("not valid TOML, so no venue of it is built"));
        assert_eq!((diags[0].line, diags[0].column), (Some(4), Some(10)));

        // `[venue]` for `[[venue]]`; a misspelt file-wide key leaves out the venues that
        // would take the file's nation, not one that names its own.
        let path = write(
            dir.path(),
            "single.toml",
            "[venue]\nid = \"a\"\nprofile = \"clinic\"\nname = \"A\"\n",
        );
        let (sites, diags) = load(dir.path(), &path, &["clinic"]);
        assert!(sites.is_empty());
        assert!(
            diags[0]
                .message
                .contains("must be a list of [[venue]] tables"),
            "{diags:?}"
        );
        let path = write(
            dir.path(),
            "naton.toml",
            "naton = \"wales\"\n\n[[venue]]\nid = \"a\"\nprofile = \"clinic\"\nname = \"A\"\n\n\
             [[venue]]\nid = \"b\"\nprofile = \"clinic\"\nname = \"B\"\nnation = \"wales\"\n",
        );
        let (sites, diags) = load(dir.path(), &path, &["clinic"]);
        let ids: Vec<&str> = sites.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["b"]);
        let found = places(&diags);
        assert_eq!((found[0].0, found[0].1), (1, 1));
        assert!(
            found[0].3.starts_with("did you mean `nation`?"),
            "{found:?}"
        );
    }
}
