//! `leafpress serve --preview`: the live preview for translators. A saved Polish message
//! reaches the rendered card (the served PDF's text) within a second, announced on the
//! event stream; an FTL syntax error shows in the page at `file:line:col` with the last good
//! pages kept; fixing it recovers. Plain std HTTP over TcpStream.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::*;

/// The preview server; killed when dropped, also when an assertion fails.
struct Server {
    child: Child,
    port: u16,
    /// The server's stderr lines (one per rebuild, with its timing).
    log: Arc<Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!("server log:\n{}", self.log.lock().unwrap().join("\n"));
        }
    }
}

fn start(project: &Path) -> Server {
    let mut child = leafpress()
        .args(["serve", "--preview", "--port", "0", "--project"])
        .arg(project)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("leafpress runs");
    let log = Arc::new(Mutex::new(Vec::new()));
    let stderr = child.stderr.take().unwrap();
    let sink = Arc::clone(&log);
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            sink.lock().unwrap().push(line);
        }
    });
    let mut server = Server {
        child,
        port: 0,
        log,
    };
    let mut line = String::new();
    BufReader::new(server.child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // "previewing DIR at http://127.0.0.1:PORT/ (Ctrl-C to stop)"
    server.port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|port| port.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    server
}

/// One response: status line, headers (lower-cased names), body.
struct Response {
    status: String,
    headers: String,
    body: Vec<u8>,
}

impl Response {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn request(port: u16, path: &str, host: &str) -> Response {
    send(port, "GET", path, &format!("Host: {host}\r\n"))
}

/// A request with `method` and extra header lines (each ending in CRLF).
fn send(port: u16, method: &str, path: &str, headers: &str) -> Response {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\n{headers}Connection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete response");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let (status, headers) = head.split_once("\r\n").unwrap_or((&head, ""));
    Response {
        status: status.to_owned(),
        headers: headers.to_ascii_lowercase(),
        body: raw[split + 4..].to_vec(),
    }
}

fn get(server: &Server, path: &str) -> Response {
    request(server.port, path, &format!("127.0.0.1:{}", server.port))
}

const VIEW: &str = "locale=pl&venue=clinic&format=card";

/// The text of the PDF the preview serves for the view, whitespace removed (lines break
/// anywhere on a card).
fn served_pdf_text(server: &Server) -> String {
    let pdf = get(server, &format!("/preview.pdf?{VIEW}"));
    assert!(pdf.status.contains("200"), "{}", pdf.status);
    assert!(pdf.headers.contains("content-type: application/pdf"));
    compact(&inspect(&pdf.body).expect("a readable PDF").text())
}

/// Whether the served card has `text` on it.
fn on_card(server: &Server, text: &str) -> bool {
    served_pdf_text(server).contains(&compact(text))
}

/// The short answer, on the card's front.
const BEFORE: &str = "short-answer-body = Zatrzymaj się";
const AFTER: &str = "short-answer-body = Najpierw zatrzymaj się";
const BROKEN: &str = "short-answer-body Najpierw zatrzymaj się";
const FIXED: &str = "short-answer-body = Przede wszystkim zatrzymaj się";

/// An open event stream on the view.
struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    fn open(server: &Server, since: u64) -> Self {
        let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        write!(
            s,
            "GET /events?{VIEW}&since={since} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n",
            server.port
        )
        .unwrap();
        let mut reader = BufReader::new(s);
        let mut status = String::new();
        reader.read_line(&mut status).unwrap();
        assert!(status.contains("200"), "{status}");
        let mut headers = String::new();
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if line.trim().is_empty() {
                break;
            }
            headers.push_str(&line.to_ascii_lowercase());
        }
        assert!(
            headers.contains("content-type: text/event-stream"),
            "{headers}"
        );
        Self { reader }
    }

    /// Waits, event by event, until the page shows what `done` looks for (true) or
    /// `deadline` passes (panics). Returns the page.
    fn until(&mut self, server: &Server, deadline: Instant, done: impl Fn(&str) -> bool) -> String {
        loop {
            self.next_update(deadline);
            let html = get(server, &format!("/?{VIEW}")).text();
            if done(&html) {
                return html;
            }
        }
    }

    /// Waits for the next `update` event until `deadline`; returns its generation.
    fn next_update(&mut self, deadline: Instant) -> u64 {
        let mut event = false;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(!left.is_zero(), "no update event in time");
            self.reader.get_ref().set_read_timeout(Some(left)).unwrap();
            let mut line = String::new();
            match self.reader.read_line(&mut line) {
                Ok(0) => panic!("the event stream closed"),
                Ok(_) => {}
                Err(err) => panic!("no update event in time: {err}"),
            }
            let line = line.trim_end();
            if line == "event: update" {
                event = true;
            } else if let Some(data) = line.strip_prefix("data: ").filter(|_| event) {
                return data.parse().unwrap();
            }
        }
    }
}

/// `since=N` of the page's event stream: the generation the page shows.
fn generation(page: &str) -> u64 {
    page.split("since=")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|n| n.parse().ok())
        .expect("the page names its generation")
}

#[test]
fn a_saved_translation_reaches_the_card_and_errors_show_in_the_page() {
    let copy = project_copy();
    let ftl = copy.path().join("locales/pl/guide.ftl");
    let server = start(copy.path());

    // The page: form, pages at paper size, same-origin only.
    let page = get(&server, &format!("/?{VIEW}"));
    assert!(page.status.contains("200"), "{}", page.status);
    assert!(page
        .headers
        .contains("content-security-policy: default-src 'none'"));
    let html = page.text();
    assert!(html.contains("<option value=\"pl\" selected>"), "{html}");
    assert!(
        html.contains("style=\"width: 85mm; height: 55mm\""),
        "{html}"
    );
    assert!(
        !html.contains("http://") && !html.contains("https://"),
        "no external resources"
    );
    let png = get(&server, &format!("/page.png?{VIEW}&page=1"));
    assert!(png.headers.contains("content-type: image/png"));
    assert!(png.body.starts_with(b"\x89PNG"));
    let script = get(&server, "/preview.js");
    assert!(script.text().contains("EventSource"));
    assert!(on_card(&server, "Zatrzymaj się i skup"));

    let mut events = Events::open(&server, generation(&html));

    // 1. A new translation: announced within a second, and in the rendered card.
    edit(&ftl, BEFORE, AFTER);
    let saved = Instant::now();
    // The page's text (alt text, read back from the PDF) is new.
    let html = events.until(&server, saved + Duration::from_secs(1), |html| {
        html.contains("Najpierw zatrzymaj się")
    });
    let took = saved.elapsed();
    assert!(html.contains("Updated in"), "{html}");
    assert!(on_card(&server, "Najpierw zatrzymaj się"));
    assert!(!on_card(&server, "Zatrzymaj się i skup"));
    eprintln!("save → update event: {} ms", took.as_millis());

    // 2. A syntax error: shown in the page at its line and column, last good pages kept.
    edit(&ftl, AFTER, BROKEN);
    let line = std::fs::read_to_string(&ftl)
        .unwrap()
        .lines()
        .position(|l| l.starts_with(BROKEN))
        .unwrap()
        + 1;
    let at = format!("locales/pl/guide.ftl:{line}:");
    let html = events.until(&server, Instant::now() + Duration::from_secs(1), |html| {
        html.contains(&at)
    });
    assert!(html.contains("FTL syntax error"), "{html}");
    assert!(
        html.contains("class=\"pages old\"") && html.contains("Najpierw zatrzymaj się"),
        "the last good pages stay: {html}"
    );
    assert!(on_card(&server, "Najpierw zatrzymaj się"));
    // The terminal says what failed, as `leafpress check` does: file:line:col and message.
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let log = server.log.lock().unwrap().join("\n");
        if log.contains(&at) && log.contains("FTL syntax error") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the diagnostic is not on the terminal:\n{log}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    // 3. Fixed: the error goes, the pages are current again.
    edit(&ftl, BROKEN, FIXED);
    let html = events.until(&server, Instant::now() + Duration::from_secs(1), |html| {
        !html.contains("FTL syntax error")
    });
    assert!(!html.contains("class=\"pages old\""), "{html}");
    assert!(on_card(&server, "Przede wszystkim zatrzymaj się"));

    let log = server.log.lock().unwrap().join("\n");
    assert!(
        log.contains("preview: pl/clinic/card rendered in"),
        "one line per rebuild on stderr:\n{log}"
    );
}

#[test]
fn refuses_other_hosts_unknown_views_and_paths() {
    let copy = project_copy();
    let server = start(copy.path());
    // DNS rebinding: a page elsewhere naming 127.0.0.1 under its own host name.
    let r = request(server.port, "/", "evil.example");
    assert!(r.status.contains("403"), "{}", r.status);
    let r = get(&server, "/?locale=xx&venue=clinic&format=card");
    assert!(
        r.status.contains("404") && r.text().contains("pick one"),
        "{}",
        r.status
    );
    let r = get(&server, "/?locale=%3Cscript%3E&venue=clinic&format=card");
    assert!(!r.text().contains("<script>"), "escaped");
    for bad in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/page.png?locale=pl&page=99",
    ] {
        let r = get(&server, bad);
        assert!(r.status.contains("404"), "{bad}: {}", r.status);
    }
    let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    s.write_all(b"\x00\x01garbage\r\n\r\n").unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    assert!(!String::from_utf8_lossy(&out).contains("200 OK"));
    // Still serving.
    assert!(get(&server, "/preview.js").status.contains("200"));
    answers_head_and_byte_ranges(&server);
}

/// Where a bare `/` sends the browser.
fn opens_on(server: &Server) -> String {
    let r = get(server, "/");
    assert!(r.status.contains("303"), "{}", r.status);
    r.headers
        .lines()
        .find_map(|l| l.strip_prefix("location: "))
        .expect("a location")
        .trim()
        .to_owned()
}

#[test]
fn the_preview_opens_on_the_last_view_shown_also_after_a_restart() {
    let copy = project_copy();
    let server = start(copy.path());
    // Nothing shown yet: the first translation's clinic card.
    assert_eq!(opens_on(&server), "/?locale=ar&venue=clinic&format=card");
    let view = "locale=pl&venue=school&format=card";
    let page = get(&server, &format!("/?{view}"));
    assert!(page.status.contains("200"), "{}", page.status);
    assert_eq!(opens_on(&server), format!("/?{view}"));
    drop(server);

    // The next preview of the project opens where the last one was left.
    let saved = std::fs::read_to_string(copy.path().join(".leafpress-preview.toml")).unwrap();
    assert!(saved.contains("locale = \"pl\""), "{saved}");
    let server = start(copy.path());
    assert_eq!(opens_on(&server), format!("/?{view}"));
    let page = get(&server, &format!("/?{view}")).text();
    assert!(page.contains("<option value=\"pl\" selected>"), "{page}");
    assert!(
        page.contains("<option value=\"school\" selected>"),
        "{page}"
    );
}

/// The previewed PDF answers HEAD and byte ranges (browsers' PDF viewers read it in parts).
/// Called from a test that already has a server: another one rendering beside the timed
/// test would slow it on two cores.
fn answers_head_and_byte_ranges(server: &Server) {
    assert!(get(server, &format!("/?{VIEW}")).status.contains("200"));
    let host = format!("Host: 127.0.0.1:{}\r\n", server.port);
    let path = format!("/preview.pdf?{VIEW}");
    let whole = get(server, &path);
    assert!(whole.status.contains("200"), "{}", whole.status);
    assert!(whole.headers.contains("accept-ranges: bytes"));
    let len = whole.body.len();

    let head = send(server.port, "HEAD", &path, &host);
    assert!(head.status.contains("200"), "{}", head.status);
    assert!(
        head.headers.contains(&format!("content-length: {len}")),
        "{}",
        head.headers
    );
    assert!(head.body.is_empty());

    // A browser's PDF viewer reads the file in parts.
    let part = send(
        server.port,
        "GET",
        &path,
        &format!("{host}Range: bytes=100-199\r\n"),
    );
    assert!(part.status.contains("206"), "{}", part.status);
    assert!(
        part.headers
            .contains(&format!("content-range: bytes 100-199/{len}")),
        "{}",
        part.headers
    );
    assert_eq!(part.body, whole.body[100..200]);
    let past = send(
        server.port,
        "GET",
        &path,
        &format!("{host}Range: bytes={len}-\r\n"),
    );
    assert!(past.status.contains("416"), "{}", past.status);
    assert!(past
        .headers
        .contains(&format!("content-range: bytes */{len}")));

    // The event stream answers HEAD without holding the connection open.
    let events = send(server.port, "HEAD", &format!("/events?{VIEW}"), &host);
    assert!(
        events.headers.contains("content-type: text/event-stream"),
        "{}",
        events.headers
    );
    assert!(events.body.is_empty());
    // Read-only.
    let post = send(
        server.port,
        "POST",
        "/",
        &format!("{host}Content-Length: 0\r\n"),
    );
    assert!(post.status.contains("405"), "{}", post.status);
}
