//! `leafpress new-locale CODE`: scaffolds `locales/<CODE>/` — a locale.toml to fill in,
//! every en-GB message as a comment to translate, and a review status file (all missing).

use std::path::Path;

use super::{exit, ProjectArgs};
use crate::i18n::ftl::LocaleIndex;
use crate::i18n::scaffold::scaffold_ftl;
use crate::i18n::status::{MessageStatus, Record, Sidecar};
use crate::i18n::{pseudo, SOURCE_LOCALE};
use crate::source::{self, Direction, LocaleMeta, ReviewStatus};

#[derive(Debug, Clone, clap::Args)]
pub struct NewLocaleArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// BCP 47 tag of the new locale (cy, pl, pa, ur…).
    pub code: String,
    /// English name of the language, for staff.
    #[arg(long)]
    pub name: Option<String>,
    /// The language's own name, in its own script.
    #[arg(long)]
    pub native_name: Option<String>,
    /// ISO 15924 script code (Latn, Arab, Guru…).
    #[arg(long, default_value = "Latn")]
    pub script: String,
    /// Writing direction.
    #[arg(long, default_value = "ltr", value_parser = ["ltr", "rtl"])]
    pub direction: String,
}

pub fn run(args: NewLocaleArgs) -> u8 {
    let root = &args.project.project;
    let code = args.code.as_str();
    if code.parse::<unic_langid::LanguageIdentifier>().is_err()
        || pseudo::is_pseudo(code)
        || code == SOURCE_LOCALE
    {
        eprintln!("leafpress: `{code}` is not a new locale code: use a BCP 47 tag such as cy, pl, pa or ur");
        return exit::CANNOT_RUN;
    }
    let dir = root.join("locales").join(code);
    if dir.exists() {
        eprintln!("leafpress: {} already exists", dir.display());
        return exit::CANNOT_RUN;
    }
    let loaded = source::load(root);
    let Some(project) = loaded.project else {
        eprintln!("leafpress: cannot scaffold: the project did not load (run `leafpress check`)");
        return exit::CANNOT_RUN;
    };
    let Some(english) = project.locales.iter().find(|l| l.code() == SOURCE_LOCALE) else {
        eprintln!("leafpress: the project has no {SOURCE_LOCALE} locale to start from");
        return exit::CANNOT_RUN;
    };
    match write(&args, &dir, english) {
        Ok(()) => {
            println!(
                "created {}: fill in locale.toml, then translate the .ftl files",
                dir.display()
            );
            println!("  `leafpress check --locales {code}` checks your work; `leafpress status` shows progress");
            exit::OK
        }
        Err(err) => {
            eprintln!("error: {err}");
            exit::FAILED
        }
    }
}

fn write(
    args: &NewLocaleArgs,
    dir: &Path,
    english: &crate::source::LocaleSource,
) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let meta = LocaleMeta {
        code: args.code.clone(),
        name: args.name.clone().unwrap_or_else(|| args.code.clone()),
        native_name: args
            .native_name
            .clone()
            .unwrap_or_else(|| args.code.clone()),
        script: args.script.clone(),
        direction: if args.direction == "rtl" {
            Direction::Rtl
        } else {
            Direction::Ltr
        },
        fonts: vec!["Noto Sans".to_owned()],
        status: ReviewStatus::Draft,
        tall_lines: false,
        skip_formats: Vec::new(),
        discreet_avoid_words: Vec::new(),
        nation: None,
        voice: None,
        braille: None,
    };
    let toml = toml::to_string(&meta).map_err(|e| e.to_string())?;
    let header = "# Locale metadata: check name and native-name; list the script's font first in `fonts`\n\
                  # (see layouts/fonts/); keep status = \"draft\" until a qualified translator has checked it.\n";
    write_file(&dir.join("locale.toml"), &format!("{header}{toml}"))?;
    for file in &english.files {
        let name = file.path.file_name().ok_or("an en-GB file has no name")?;
        write_file(&dir.join(name), &scaffold_ftl(&file.text))?;
    }
    let mut sidecar = Sidecar::default();
    for (id, hash) in LocaleIndex::new(english).source_hashes() {
        sidecar.messages.insert(
            id,
            Record {
                status: MessageStatus::Missing,
                source: hash,
                by: None,
                date: None,
            },
        );
    }
    let root = dir
        .parent()
        .and_then(Path::parent)
        .ok_or("locales/ has no parent")?;
    sidecar.save(root, &args.code).map_err(|e| e.to_string())
}

fn write_file(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
