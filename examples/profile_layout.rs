//! Where one document's compile time goes, by typst span (layout file:line), inclusive.
//! `cargo run --release --example profile_layout -- en-GB clinic leaflet [master]` from the
//! project.

use std::collections::BTreeMap;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (locale, venue, format) = (&args[1], &args[2], &args[3]);
    let loaded = leafpress::source::load(std::path::Path::new("."));
    let project = loaded.project.unwrap();
    let ts =
        leafpress::render::Typesetter::new(&project.root, &project.layouts_dir, &project.fonts_dir)
            .ok()
            .unwrap();
    let l = project.locales.iter().find(|l| l.code() == locale).unwrap();
    let v = project.venues.iter().find(|v| &v.data.id == venue).unwrap();
    let f = project
        .formats
        .iter()
        .find(|f| &f.data.id == format)
        .unwrap();
    // The job as the build makes it: QR codes and production data included; `master` as
    // a fourth argument profiles the print master.
    let opts = leafpress::build::BuildOptions {
        locales: vec![l.code().to_owned()],
        venues: vec![v.data.id.clone()],
        formats: vec![f.data.id.clone()],
        ..Default::default()
    };
    let jobs = leafpress::build::plan(&project, &opts, &mut Vec::new());
    let job = jobs.first().expect("the job exists");
    let localizers = [(l.code(), leafpress::i18n::Localizer::new(&project, l))].into();
    let docs = leafpress::build::documents(&project, &localizers, job)
        .ok()
        .unwrap();
    let mut edition = leafpress::build::edition(job, &docs).ok().unwrap();
    if args.get(4).is_some_and(|a| a == "master") {
        edition.production = edition.production.master(false);
    }
    let export = leafpress::render::PdfExport {
        ident: "x".into(),
        timestamp: typst::foundations::Datetime::from_ymd(2026, 1, 1).unwrap(),
    };
    let n = 10;
    let mut c = std::time::Duration::ZERO;
    let mut e = std::time::Duration::ZERO;
    for i in 0..n {
        typst::comemo::evict(0);
        if i == n - 1 {
            typst_timing::enable();
        }
        let r = leafpress::render::render_pdf(&ts, &edition, &export)
            .ok()
            .unwrap();
        if i > 0 {
            c += r.compile_time;
            e += r.export_time;
        }
    }
    typst_timing::disable();
    println!("compile {:?} export {:?}", c / (n - 1), e / (n - 1));
    let mut buf = Vec::new();
    typst_timing::export_json(&mut buf, |s| {
        let span = typst::syntax::Span::from_raw(s);
        ts.span_location(span).unwrap_or_default()
    })
    .unwrap();
    let events: Vec<serde_json::Value> = serde_json::from_slice(&buf).unwrap();
    let mut stack: Vec<(String, f64)> = Vec::new();
    let mut totals: BTreeMap<String, (f64, u32)> = BTreeMap::new();
    for ev in events {
        let key = format!(
            "{} {}:{}",
            ev["name"].as_str().unwrap(),
            ev["args"]["file"].as_str().unwrap_or(""),
            ev["args"]["line"].as_u64().unwrap_or(0)
        );
        let ts = ev["ts"].as_f64().unwrap();
        if ev["ph"] == "B" {
            stack.push((key, ts));
        } else if let Some((k, t0)) = stack.pop() {
            // inclusive, counted once per outermost occurrence of the key
            if !stack.iter().any(|(k2, _)| *k2 == k) {
                let e = totals.entry(k).or_default();
                e.0 += ts - t0;
                e.1 += 1;
            }
        }
    }
    let mut v: Vec<_> = totals.into_iter().collect();
    v.sort_by(|a, b| b.1 .0.total_cmp(&a.1 .0));
    for (k, (t, n)) in v.iter().take(40) {
        println!("{:>9.2} ms {:>5}x {}", t / 1000.0, n, k);
    }
}
