//! `leafpress inspect FILE..`: reads finished PDFs back and prints what they declare
//! (pages and sizes in mm, title, language, PDF/UA, tagging, fonts) and, with --text, their text.

use std::path::PathBuf;

use super::exit;
use crate::inspect;

#[derive(Debug, Clone, clap::Args)]
pub struct InspectArgs {
    /// PDF files to read.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Also print each page's text layer.
    #[arg(long)]
    pub text: bool,
}

pub fn run(args: InspectArgs) -> u8 {
    let mut code = exit::OK;
    for path in &args.files {
        let info = std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|b| inspect::inspect(&b));
        let info = match info {
            Ok(info) => info,
            Err(err) => {
                eprintln!("error: {}: {err}", path.display());
                code = exit::FAILED;
                continue;
            }
        };
        println!("{}", path.display());
        println!("  title:    {}", info.title.as_deref().unwrap_or("(none)"));
        println!("  language: {}", info.lang.as_deref().unwrap_or("(none)"));
        println!(
            "  PDF/UA-1: {}   tagged: {}   direction: {}",
            info.pdf_ua,
            info.tagged,
            info.direction.as_deref().unwrap_or("L2R")
        );
        let fonts: Vec<String> = info
            .fonts
            .iter()
            .map(|f| {
                format!(
                    "{}{}",
                    f.name,
                    if f.embedded { "" } else { " (NOT embedded)" }
                )
            })
            .collect();
        println!("  fonts:    {}", fonts.join(", "));
        for (i, page) in info.pages.iter().enumerate() {
            println!(
                "  page {}: {:.1} × {:.1} mm",
                i + 1,
                page.size_mm.0,
                page.size_mm.1
            );
            if args.text {
                for line in page.text.lines() {
                    println!("    | {line}");
                }
            }
        }
    }
    code
}
