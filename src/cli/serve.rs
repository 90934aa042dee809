//! `leafpress serve`: serves the built site (`dist/`) on 127.0.0.1 so staff and translators
//! can open the download page and HTML editions in a browser; with `--preview`, a live
//! preview of the project instead, re-rendered as its files are saved (`crate::preview`).
//! Read-only, loopback only, refuses any path outside the output folder.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

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
    let Some((listener, addr)) = listen(args.port) else {
        return exit::CANNOT_RUN;
    };
    println!(
        "serving {} at http://{addr}/ (Ctrl-C to stop)",
        root.display()
    );
    let _ = std::io::stdout().flush();
    for (n, stream) in listener.incoming().enumerate() {
        if let Ok(stream) = stream {
            let _ = handle(&root, stream);
        }
        if args.max_requests.is_some_and(|max| n + 1 >= max) {
            break;
        }
    }
    exit::OK
}

fn listen(port: u16) -> Option<(TcpListener, String)> {
    match TcpListener::bind(("127.0.0.1", port)) {
        Ok(listener) => {
            let addr = listener
                .local_addr()
                .map(|a| a.to_string())
                .unwrap_or_default();
            Some((listener, addr))
        }
        Err(err) => {
            eprintln!("error: cannot listen on 127.0.0.1:{port}: {err}");
            if port != 0 {
                eprintln!("  = hint: another program uses the port: pick another with --port, or --port 0 for any free one");
            }
            None
        }
    }
}

fn handle(root: &Path, mut stream: TcpStream) -> std::io::Result<()> {
    stream.set_read_timeout(Some(std::time::Duration::from_secs(5)))?;
    let mut line = String::new();
    BufReader::new(&stream).take(8192).read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method != "GET" && method != "HEAD" {
        return respond(
            &mut stream,
            405,
            "text/plain",
            b"method not allowed\n",
            method == "HEAD",
        );
    }
    match resolve(root, target) {
        Some(path) => match std::fs::read(&path) {
            Ok(body) => respond(
                &mut stream,
                200,
                content_type(&path),
                &body,
                method == "HEAD",
            ),
            Err(_) => respond(
                &mut stream,
                404,
                "text/plain",
                b"not found\n",
                method == "HEAD",
            ),
        },
        None => respond(
            &mut stream,
            404,
            "text/plain",
            b"not found\n",
            method == "HEAD",
        ),
    }
}

use std::io::Read as _;

/// Maps a request target to a file inside `root`, or `None` for anything that could leave it
/// (`..`, encoded separators, absolute paths, symlinks pointing out).
fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    let decoded = percent_decode(path)?;
    if decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut full = root.to_path_buf();
    for component in Path::new(decoded.trim_start_matches('/')).components() {
        match component {
            Component::Normal(c) => full.push(c),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if full.is_dir() {
        full.push("index.html");
    }
    let real = full.canonicalize().ok()?;
    real.starts_with(root).then_some(real)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "json" => "application/json",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "ttf" => "font/ttf",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(
    stream: &mut TcpStream,
    status: u16,
    ctype: &str,
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    send(stream, status, ctype, &[], body, head)
}

/// Writes a whole response and closes the connection.
fn send(
    stream: &mut TcpStream,
    status: u16,
    ctype: &str,
    headers: &[(&str, &str)],
    body: &[u8],
    head: bool,
) -> std::io::Result<()> {
    let reason = match status {
        200 => "OK",
        204 => "No Content",
        303 => "See Other",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    let mut extra = String::new();
    for (name, value) in headers {
        extra.push_str(&format!("{name}: {value}\r\n"));
    }
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n{extra}Connection: close\r\n\r\n",
        body.len()
    )?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
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
    let Some((listener, addr)) = listen(args.port) else {
        return exit::CANNOT_RUN;
    };
    let port = listener.local_addr().map_or(args.port, |a| a.port());
    println!(
        "previewing {} at http://{addr}/ (Ctrl-C to stop)",
        project
            .canonicalize()
            .as_deref()
            .unwrap_or(project)
            .display()
    );
    let _ = std::io::stdout().flush();
    // Every connection on its own thread: an event stream stays open as long as its page.
    for (n, stream) in listener.incoming().enumerate() {
        if let Ok(stream) = stream {
            let preview = Arc::clone(&preview);
            let spawned = std::thread::Builder::new()
                .name("leafpress-http".into())
                .spawn(move || {
                    let _ = handle_preview(&preview, stream, port);
                });
            if let Err(err) = spawned {
                eprintln!("preview: cannot answer a request: {err}");
            }
        }
        if args.max_requests.is_some_and(|max| n + 1 >= max) {
            break;
        }
    }
    exit::OK
}

/// A parsed request: method, path, query pairs (decoded) and the Host header.
struct Request {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    host: Option<String>,
}

impl Request {
    fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn read_request(stream: &TcpStream) -> std::io::Result<Request> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream).take(16 * 1024);
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("").to_owned();
    let target = parts.next().unwrap_or("");
    // Read the headers up to the blank line: closing a socket with unread bytes resets it,
    // and the browser may then lose the response.
    let mut host = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 {
            break;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("host") {
                host = Some(value.trim().to_ascii_lowercase());
            }
        }
    }
    let target = target.split('#').next().unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let query = query
        .split('&')
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| percent_decode(&s.replace('+', " "));
            Some((decode(k)?, decode(v)?))
        })
        .collect();
    Ok(Request {
        method,
        path: percent_decode(path).unwrap_or_default(),
        query,
        host,
    })
}

fn handle_preview(preview: &Arc<Preview>, mut stream: TcpStream, port: u16) -> std::io::Result<()> {
    let Ok(req) = read_request(&stream) else {
        return send(&mut stream, 400, "text/plain", &[], b"bad request\n", false);
    };
    let head = req.method == "HEAD";
    if req.method != "GET" && !head {
        return send(
            &mut stream,
            405,
            "text/plain",
            &[],
            b"method not allowed\n",
            head,
        );
    }
    // A page elsewhere could point a name it controls at 127.0.0.1 (DNS rebinding) and
    // read the preview: only answer requests addressed to the loopback by name or number.
    let allowed = [format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    if req.host.as_ref().is_some_and(|h| !allowed.contains(h)) {
        let body = format!("forbidden: open the preview at http://127.0.0.1:{port}/\n");
        return send(&mut stream, 403, "text/plain", &[], body.as_bytes(), head);
    }
    let default = preview.default_view();
    let view = View {
        locale: req.param("locale").unwrap_or(&default.locale).to_owned(),
        venue: req.param("venue").unwrap_or(&default.venue).to_owned(),
        format: req.param("format").unwrap_or(&default.format).to_owned(),
    };
    let html = "text/html; charset=utf-8";
    let page_headers = [
        ("Content-Security-Policy", preview::page::CSP_HEADER),
        ("Cache-Control", "no-store"),
    ];
    match req.path.as_str() {
        "/" | "/index.html" => {
            // The bare address opens on the last view shown (kept across restarts), named
            // in the address so a reload or a bookmark keeps it.
            let named = ["locale", "venue", "format"]
                .iter()
                .any(|k| req.param(k).is_some());
            if !named {
                let location = format!("/?{}", view.query());
                return send(
                    &mut stream,
                    303,
                    "text/plain",
                    &[
                        ("Location", location.as_str()),
                        ("Cache-Control", "no-store"),
                    ],
                    b"",
                    head,
                );
            }
            let choices = preview.choices();
            match preview.get(&view, RENDER_WAIT) {
                Some(state) => {
                    preview.remember(&view);
                    let body = preview::page::render(&view, &state, &choices);
                    send(&mut stream, 200, html, &page_headers, body.as_bytes(), head)
                }
                None => {
                    let body = preview::page::unknown(&view, &choices);
                    send(&mut stream, 404, html, &page_headers, body.as_bytes(), head)
                }
            }
        }
        "/preview.js" => send(
            &mut stream,
            200,
            "text/javascript; charset=utf-8",
            &[("Cache-Control", "no-cache")],
            preview::page::SCRIPT.as_bytes(),
            head,
        ),
        "/page.png" | "/preview.pdf" => {
            let good = preview.peek(&view).and_then(|state| state.good);
            let Some(good) = good else {
                return send(&mut stream, 404, "text/plain", &[], b"not rendered\n", head);
            };
            // The URL names the generation, so the bytes behind it never change.
            let cache = if req.param("v") == Some(good.generation.to_string().as_str()) {
                "private, max-age=3600"
            } else {
                "no-store"
            };
            if req.path == "/preview.pdf" {
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
                return send(
                    &mut stream,
                    200,
                    "application/pdf",
                    &headers,
                    &good.pdf,
                    head,
                );
            }
            let index = req.param("page").and_then(|p| p.parse::<usize>().ok());
            match index.and_then(|i| good.pages.get(i.checked_sub(1)?)) {
                Some(page) => send(
                    &mut stream,
                    200,
                    "image/png",
                    &[("Cache-Control", cache)],
                    &page.png,
                    head,
                ),
                None => send(&mut stream, 404, "text/plain", &[], b"no such page\n", head),
            }
        }
        // Browsers ask for it; an empty answer keeps their consoles free of 404s.
        "/favicon.ico" => send(&mut stream, 204, "image/x-icon", &[], b"", head),
        "/events" => {
            let since = req.param("since").and_then(|s| s.parse().ok()).unwrap_or(0);
            events(preview, &view, since, stream)
        }
        _ => send(&mut stream, 404, "text/plain", &[], b"not found\n", head),
    }
}

/// Server-Sent Events: an `update` event each time the view is rebuilt, until the page is
/// closed (noticed at the next keep-alive). Chosen over long-polling because EventSource
/// reconnects by itself and needs one request per page, not one per change.
fn events(
    preview: &Arc<Preview>,
    view: &View,
    mut since: u64,
    mut stream: TcpStream,
) -> std::io::Result<()> {
    if preview.get(view, RENDER_WAIT).is_none() {
        return send(&mut stream, 404, "text/plain", &[], b"not found\n", false);
    }
    let _watching = preview.watch(view);
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\
          X-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\nretry: 1000\n\n",
    )?;
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
}

#[cfg(test)]
mod tests {
    use super::resolve;

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
}
