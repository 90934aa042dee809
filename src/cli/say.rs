//! `leafpress say LOCALE VENUE`: every sentence of a venue's audio edition as the voice will
//! be given it (numbers digit by digit, web addresses as words, English names marked
//! `<voice xml:lang="en-gb">` in SSML), chapter by chapter, with `--phonemes` espeak-ng's
//! phonemes for each: what a translator checks before recording.

use std::collections::BTreeMap;

use super::{exit, ProjectArgs};
use crate::build::{self, BuildOptions};
use crate::i18n::Localizer;
use crate::source;

#[derive(Debug, Clone, clap::Args)]
pub struct SayArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// The locale (e.g. cy).
    pub locale: String,
    /// The venue (clinic, school, police).
    pub venue: String,
    /// Also print espeak-ng's phonemes for each sentence (`espeak-ng -q -x`).
    #[arg(long)]
    pub phonemes: bool,
}

pub fn run(args: SayArgs) -> u8 {
    let loaded = source::load(&args.project.project);
    let Some(project) = loaded.project else {
        for d in &loaded.diagnostics {
            eprint!("{}", d.render());
        }
        eprintln!("leafpress: cannot say: the guide or its resources did not load");
        return exit::CANNOT_RUN;
    };
    let opts = BuildOptions {
        locales: vec![args.locale.clone()],
        venues: vec![args.venue.clone()],
        formats: vec!["audio".into()],
        ..Default::default()
    };
    let mut diags = Vec::new();
    let jobs = build::plan(&project, &opts, &mut diags);
    let Some(job) = jobs.first() else {
        for d in &diags {
            eprint!("{}", d.render());
        }
        eprintln!(
            "leafpress: no audio edition for {} at the {} (unknown locale or venue?)",
            args.locale, args.venue
        );
        return exit::CANNOT_RUN;
    };
    let localizers: BTreeMap<&str, Localizer> = [job.locale]
        .into_iter()
        .chain(job.second)
        .map(|l| (l.code(), Localizer::new(&project, l)))
        .collect();
    let said = build::documents(&project, &localizers, job).and_then(|docs| {
        let edition = build::edition(job, &docs)?;
        crate::render::audio::said(&project, &localizers, job, &edition)
            .map_err(|e| vec![crate::diag::Diagnostic::error(e)])
    });
    let (said, measured) = match said {
        Ok(said) => said,
        Err(diags) => {
            for d in &diags {
                eprint!("{}", d.render());
            }
            return exit::FAILED;
        }
    };
    println!(
        "# {}: {} sentences, as the voice is given them{}",
        job.name(),
        said.len(),
        if measured {
            ""
        } else {
            " (espeak-ng is not installed: the length said is estimated from the words)"
        }
    );
    let mut chapter = None;
    for s in &said {
        if chapter != Some(&s.chapter) {
            println!("\n## {}", s.chapter);
            chapter = Some(&s.chapter);
        }
        println!("[{}] {}", s.voice, s.spoken);
        if args.phonemes {
            match crate::render::audio::speech::phonemes(&s.spoken, &s.voice) {
                Ok(p) => println!("    /{p}/"),
                Err(e) => {
                    eprintln!("leafpress: {e}");
                    return exit::CANNOT_RUN;
                }
            }
        }
    }
    exit::OK
}
