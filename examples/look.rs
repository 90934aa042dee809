//! Renders one job's pages to PNG as typst lays them out, before the proof and the fit
//! ladder, for looking at a layout that fails:
//! `cargo run --release --example look -- ur police card /tmp/look [dpi] [body-pt]`.
//! `LOOK_FROM=N` shows the fit ladder's step N; `LOOK_DETAILS=venues.toml` lays out the
//! first venue of that file with this profile.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (locale, venue, format, out) = (&args[1], &args[2], &args[3], &args[4]);
    let dpi: f32 = args.get(5).map_or(200.0, |d| d.parse().expect("dpi"));
    let loaded = leafpress::source::load(std::path::Path::new("."));
    let project = loaded.project.expect("the project loads");
    let ts =
        leafpress::render::Typesetter::new(&project.root, &project.layouts_dir, &project.fonts_dir)
            .ok()
            .expect("fonts load");
    let opts = leafpress::build::BuildOptions {
        locales: vec![locale.clone()],
        venues: vec![venue.clone()],
        formats: vec![format.clone()],
        ..Default::default()
    };
    let jobs = leafpress::build::plan(&project, &opts, &mut Vec::new());
    // LOOK_DETAILS=venues.toml: the job of that file's first venue with this profile.
    let sites = std::env::var("LOOK_DETAILS").map_or(Vec::new(), |path| {
        let profiles: Vec<&str> = project.venues.iter().map(|v| v.data.id.as_str()).collect();
        leafpress::source::venue_details::load(&project.root, path.as_ref(), &profiles).0
    });
    let jobs = if sites.is_empty() {
        jobs
    } else {
        leafpress::build::print::site_jobs(jobs, &sites)
    };
    let job = jobs.first().expect("the job exists");
    let l = project.locales.iter().find(|l| l.code() == locale).unwrap();
    let localizers = [(l.code(), leafpress::i18n::Localizer::new(&project, l))].into();
    let mut docs = leafpress::build::documents(&project, &localizers, job)
        .ok()
        .expect("the documents resolve");
    if let Some(pt) = args.get(6).filter(|a| *a != "-") {
        docs[0].format.geometry.body_pt = pt.parse().expect("body pt");
        docs[0].format.geometry.spacing = 0.5;
    }
    if args.get(7).is_some_and(|a| a == "noqr") {
        docs[0].format.geometry.qr_mm = None;
    }
    let mut edition = leafpress::build::edition(job, &docs).ok().expect("edition");
    if args.get(8).is_some_and(|a| a == "master") {
        edition.production = edition.production.master(false);
    }
    // The pages shown are the fitted ones when the build would accept them, else typst's
    // own at the ladder's step LOOK_FROM (0: none).
    let from: usize = std::env::var("LOOK_FROM")
        .ok()
        .map_or(0, |v| v.parse().unwrap());
    let fitted_docs = leafpress::render::fitted_documents(&edition, from);
    let mut at_step = leafpress::resolve::Edition::new(fitted_docs.iter().collect());
    at_step.title = edition.title.clone();
    at_step.production = edition.production.clone();
    let unchecked =
        match leafpress::render::layout_unchecked(&ts, if from == 0 { &edition } else { &at_step })
        {
            Ok(layout) => layout,
            Err(errors) => {
                for e in errors {
                    eprintln!("{}", e.message);
                }
                std::process::exit(1);
            }
        };
    // What the build would say (the fit ladder and the proof included).
    let export = leafpress::render::PdfExport {
        ident: "look".into(),
        timestamp: typst::foundations::Datetime::from_ymd(2026, 1, 1).unwrap(),
    };
    let layout = match leafpress::render::render_pdf_from(&ts, &edition, &export, from) {
        Ok(r) => {
            for w in &r.warnings {
                println!("warning: {}", w.message);
            }
            println!("ok: {} page(s)", r.pages);
            r.layout
        }
        Err(errors) => {
            for e in errors {
                println!("error: {}", e.message);
            }
            unchecked
        }
    };
    std::fs::create_dir_all(out).unwrap();
    for page in 0..layout.pages().len() {
        let png = leafpress::render::render_png(&layout, page, dpi).unwrap();
        let path = format!("{out}/{locale}-{venue}-{format}-{}.png", page + 1);
        std::fs::write(&path, png).unwrap();
        println!("{path}");
    }
}
