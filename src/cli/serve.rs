//! `leafpress serve`: serves the built site (`dist/`) on 127.0.0.1 so staff and translators
//! can open the download page and HTML editions in a browser; with `--preview`, a live
//! preview of the project instead, re-rendered as its files are saved (`crate::preview`).
//! Read-only, loopback only, refuses any path outside the output folder.

mod http;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use tiny_http::{Request, Server};

use self::http::{send, send_ranged, Body};
use super::exit;
use crate::preview::{self, Preview, View};

#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// The built output folder (without --preview).
    #[arg(long, default_value = "dist")]
    pub out: PathBuf,
    /// Live preview for translators and designers: every page of one output (locale, venue,
    /// format) at its printed size, rebuilt as you save a .ftl, content or layout file.
    #[arg(long, conflicts_with = "out")]
    pub preview: bool,
    /// The project to preview (holding content/, locales/ and layouts/); implies --preview.
    #[arg(long, conflicts_with = "out")]
    pub project: Option<PathBuf>,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Stop after this many requests (for tests); default: serve until interrupted.
    #[arg(long, hide = true)]
    pub max_requests: Option<usize>,
}

pub fn run(args: ServeArgs) -> u8 {
    if args.preview || args.project.is_some() {
        let project = args.project.clone().unwrap_or_else(|| PathBuf::from("."));
        return run_preview(&project, &args);
    }
    let Ok(root) = args.out.canonicalize() else {
        eprintln!(
            "error: {} does not exist\n  = hint: run `leafpress build` first, or `leafpress serve --preview` for a live preview",
            args.out.display()
        );
        return exit::CANNOT_RUN;
    };
    let Some((server, addr)) = http::listen(args.port) else {
        return exit::CANNOT_RUN;
    };
    println!(
        "serving {} at http://{addr}/ (Ctrl-C to stop)",
        root.display()
    );
    let _ = std::io::stdout().flush();
    let root = Arc::new(root);
    let port = addr.port();
    serve(&server, args.max_requests, move |req| {
        answer_site(&root, req, port)
    });
    exit::OK
}

/// Answers every request on its own thread, so one slow download or open event stream
/// never holds up another client. With `max_requests`, stops after that many and waits for
/// their answers.
fn serve<F>(server: &Server, max_requests: Option<usize>, answer: F)
where
    F: Fn(Request) + Send + Sync + 'static,
{
    let answer = Arc::new(answer);
    let mut running: Vec<JoinHandle<()>> = Vec::new();
    for (n, req) in server.incoming_requests().enumerate() {
        let answer = Arc::clone(&answer);
        let spawned = std::thread::Builder::new()
            .name("leafpress-http".into())
            .spawn(move || answer(req));
        match spawned {
            Ok(handle) => running.push(handle),
            Err(err) => eprintln!("serve: cannot answer a request: {err}"),
        }
        running.retain(|h| !h.is_finished());
        if max_requests.is_some_and(|max| n + 1 >= max) {
            break;
        }
    }
    if max_requests.is_some() {
        for handle in running {
            let _ = handle.join();
        }
    }
}

/// One request for the built site: a file inside `root`, read-only.
fn answer_site(root: &Path, req: Request, port: u16) {
    if !http::readable(&req) {
        let allow = [("Allow", "GET, HEAD")];
        return send(
            req,
            405,
            "text/plain; charset=utf-8",
            &allow,
            b"method not allowed\n".to_vec(),
        );
    }
    if !http::host_allowed(&req, port) {
        return http::refuse_host(req, port);
    }
    let not_found = |req| {
        send(
            req,
            404,
            "text/plain; charset=utf-8",
            &[],
            b"not found\n".to_vec(),
        )
    };
    let Some(path) = http::resolve(root, req.url()) else {
        return not_found(req);
    };
    match std::fs::File::open(&path) {
        Ok(file) => send_ranged(
            req,
            http::content_type(&path),
            &[("Cache-Control", "no-cache")],
            Body::File(file),
        ),
        Err(_) => not_found(req),
    }
}

// --- The live preview -------------------------------------------------------------------

/// How long a page request waits for its output to be rendered before showing "rendering…"
/// (the page then updates itself when it is ready).
const RENDER_WAIT: Duration = Duration::from_secs(20);

/// An event stream sends a comment this often, so a closed tab is noticed and let go.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

fn run_preview(project: &Path, args: &ServeArgs) -> u8 {
    let preview = match Preview::start(project) {
        Ok(preview) => preview,
        Err(diags) => {
            for d in &diags {
                eprint!("{}", d.render());
            }
            eprintln!(
                "leafpress: cannot preview {}: fix the errors above",
                project.display()
            );
            return exit::CANNOT_RUN;
        }
    };
    let Some((server, addr)) = http::listen(args.port) else {
        return exit::CANNOT_RUN;
    };
    let port = addr.port();
    println!(
        "previewing {} at http://{addr}/ (Ctrl-C to stop)",
        project
            .canonicalize()
            .as_deref()
            .unwrap_or(project)
            .display()
    );
    let _ = std::io::stdout().flush();
    // An event stream stays open as long as its page: its thread with it.
    serve(&server, args.max_requests, move |req| {
        answer_preview(&preview, req, port)
    });
    exit::OK
}

/// A preview request's decoded path and query.
struct Target {
    path: String,
    query: Vec<(String, String)>,
}

impl Target {
    fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn answer_preview(preview: &Arc<Preview>, req: Request, port: u16) {
    let text = "text/plain; charset=utf-8";
    if !http::readable(&req) {
        return send(
            req,
            405,
            text,
            &[("Allow", "GET, HEAD")],
            b"method not allowed\n".to_vec(),
        );
    }
    if !http::host_allowed(&req, port) {
        return http::refuse_host(req, port);
    }
    let Some((path, query)) = http::target(&req) else {
        return send(req, 400, text, &[], b"bad request\n".to_vec());
    };
    let target = Target { path, query };
    let default = preview.default_view();
    let view = View {
        locale: target.param("locale").unwrap_or(&default.locale).to_owned(),
        venue: target.param("venue").unwrap_or(&default.venue).to_owned(),
        format: target.param("format").unwrap_or(&default.format).to_owned(),
    };
    let html = "text/html; charset=utf-8";
    let page_headers = [
        ("Content-Security-Policy", preview::page::CSP_HEADER),
        ("Cache-Control", "no-store"),
    ];
    match target.path.as_str() {
        "/" | "/index.html" => {
            // The bare address opens on the last view shown (kept across restarts), named
            // in the address so a reload or a bookmark keeps it.
            let named = ["locale", "venue", "format"]
                .iter()
                .any(|k| target.param(k).is_some());
            if !named {
                let location = format!("/?{}", view.query());
                let headers = [
                    ("Location", location.as_str()),
                    ("Cache-Control", "no-store"),
                ];
                return send(req, 303, text, &headers, Vec::new());
            }
            let choices = preview.choices();
            match preview.get(&view, RENDER_WAIT) {
                Some(state) => {
                    preview.remember(&view);
                    let body = preview::page::render(&view, &state, &choices);
                    send(req, 200, html, &page_headers, body.into_bytes())
                }
                None => {
                    let body = preview::page::unknown(&view, &choices);
                    send(req, 404, html, &page_headers, body.into_bytes())
                }
            }
        }
        "/preview.js" => send(
            req,
            200,
            "text/javascript; charset=utf-8",
            &[("Cache-Control", "no-cache")],
            preview::page::SCRIPT.as_bytes().to_vec(),
        ),
        "/page.png" | "/preview.pdf" => {
            let good = preview.peek(&view).and_then(|state| state.good);
            let Some(good) = good else {
                return send(req, 404, text, &[], b"not rendered\n".to_vec());
            };
            // The URL names the generation, so the bytes behind it never change.
            let cache = if target.param("v") == Some(good.generation.to_string().as_str()) {
                "private, max-age=3600"
            } else {
                "no-store"
            };
            if target.path == "/preview.pdf" {
                let disposition = format!(
                    "inline; filename=\"{}\"",
                    view.name()
                        .replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "-")
                        + ".pdf"
                );
                let headers = [
                    ("Cache-Control", cache),
                    ("Content-Disposition", disposition.as_str()),
                ];
                // The browser's PDF viewer asks for ranges.
                return send_ranged(
                    req,
                    "application/pdf",
                    &headers,
                    Body::Bytes(good.pdf.clone()),
                );
            }
            let index = target.param("page").and_then(|p| p.parse::<usize>().ok());
            match index.and_then(|i| good.pages.get(i.checked_sub(1)?)) {
                Some(page) => send(
                    req,
                    200,
                    "image/png",
                    &[("Cache-Control", cache)],
                    page.png.clone(),
                ),
                None => send(req, 404, text, &[], b"no such page\n".to_vec()),
            }
        }
        // Browsers ask for it; an empty answer keeps their consoles free of 404s.
        "/favicon.ico" => send(req, 204, "image/x-icon", &[], Vec::new()),
        "/events" => {
            let since = target
                .param("since")
                .and_then(|s| s.parse().ok())
                .unwrap_or(0);
            events(preview, &view, since, req)
        }
        _ => send(req, 404, text, &[], b"not found\n".to_vec()),
    }
}

/// Server-Sent Events: an `update` event each time the view is rebuilt, until the page is
/// closed (noticed at the next keep-alive). Chosen over long-polling because EventSource
/// reconnects by itself and needs one request per page, not one per change. The stream is
/// written straight to the connection (tiny_http would buffer a body of unknown length in
/// chunks), and the connection closes with it.
fn events(preview: &Arc<Preview>, view: &View, mut since: u64, req: Request) {
    if preview.get(view, RENDER_WAIT).is_none() {
        return send(
            req,
            404,
            "text/plain; charset=utf-8",
            &[],
            b"not found\n".to_vec(),
        );
    }
    let head = *req.method() == tiny_http::Method::Head;
    let _watching = preview.watch(view);
    let mut stream = req.into_writer();
    let mut run = || -> std::io::Result<()> {
        stream.write_all(
            b"HTTP/1.1 200 OK\r\nServer: leafpress\r\nContent-Type: text/event-stream\r\n\
              Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\
              Referrer-Policy: no-referrer\r\nConnection: close\r\n\r\n",
        )?;
        if head {
            return stream.flush();
        }
        stream.write_all(b"retry: 1000\n\n")?;
        stream.flush()?;
        loop {
            match preview.wait_newer(view, since, KEEP_ALIVE) {
                Some(generation) => {
                    write!(stream, "event: update\ndata: {generation}\n\n")?;
                    since = generation;
                }
                None => stream.write_all(b": keep-alive\n\n")?,
            }
            stream.flush()?;
        }
    };
    let _ = run();
}

#[cfg(test)]
mod tests {
    use super::http::{part, resolve, Part};

    #[test]
    fn traversal_and_encoded_forms_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("index.html"), "x").unwrap();
        assert!(resolve(&root, "/").is_some());
        assert!(resolve(&root, "/index.html?x=1").is_some());
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/..%2fetc%2fpasswd",
            "/a/../../x",
            "/%00",
            "/%zz",
            "//etc/passwd",
        ] {
            assert!(
                resolve(&root, bad).is_none_or(|p| p.starts_with(&root)),
                "{bad}"
            );
        }
        assert!(resolve(&root, "/../etc/passwd").is_none());
        assert!(resolve(&root, "/%2e%2e/etc/passwd").is_none());
    }

    #[test]
    fn ranges_are_read_as_rfc_9110_says() {
        let len = 1000;
        assert_eq!(part(None, len), Part::Whole);
        assert_eq!(part(Some("bytes=0-99"), len), Part::Bytes(0, 99));
        assert_eq!(part(Some("bytes=900-"), len), Part::Bytes(900, 999));
        assert_eq!(part(Some("bytes=900-5000"), len), Part::Bytes(900, 999));
        assert_eq!(part(Some("bytes=-100"), len), Part::Bytes(900, 999));
        assert_eq!(part(Some("bytes=-5000"), len), Part::Bytes(0, 999));
        assert_eq!(part(Some("Bytes = 5-5"), len), Part::Bytes(5, 5));
        assert_eq!(part(Some("bytes=1000-"), len), Part::Unsatisfiable);
        assert_eq!(part(Some("bytes=-0"), len), Part::Unsatisfiable);
        assert_eq!(part(Some("bytes=0-"), 0), Part::Unsatisfiable);
        // Ignored: the whole body.
        for ignored in [
            "items=0-1",
            "bytes=5-1",
            "bytes=a-b",
            "bytes=0-1,5-9",
            "bytes=",
            "bytes=+1-2",
        ] {
            assert_eq!(part(Some(ignored), len), Part::Whole, "{ignored}");
        }
    }
}
