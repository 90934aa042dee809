//! `leafpress serve`: loopback only, serves the site with the right types, refuses paths
//! outside the output folder and foreign Host names, answers HEAD and byte ranges (206,
//! 416), several clients at once, and survives malformed requests.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::*;

/// A `leafpress serve` of `out`; killed when dropped, also when an assertion fails.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(out: &Path, extra: &[&str]) -> Server {
    let mut child = leafpress()
        .args(["serve", "--port", "0"])
        .args(extra)
        .arg("--out")
        .arg(out)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // "serving DIR at http://127.0.0.1:PORT/ (Ctrl-C to stop)"
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .and_then(|port| port.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    Server { child, port }
}

/// Sends `raw` and reads the answer to the end (requests say `Connection: close`).
fn request(port: u16, raw: &str) -> String {
    String::from_utf8_lossy(&request_bytes(port, raw)).into_owned()
}

fn request_bytes(port: u16, raw: &str) -> Vec<u8> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.write_all(raw.as_bytes()).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    out
}

/// A GET (or another method) with the server's own Host, closing after the answer.
fn get(server: &Server, method: &str, path: &str, headers: &str) -> String {
    request(
        server.port,
        &format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n{headers}Connection: close\r\n\r\n",
            server.port
        ),
    )
}

/// The value of a response header (case-insensitive name).
fn header<'a>(response: &'a str, name: &str) -> Option<&'a str> {
    let head = response.split("\r\n\r\n").next()?;
    head.lines().skip(1).find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

fn body(response: &str) -> &str {
    response.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

#[test]
fn serves_the_site_and_refuses_traversal() {
    let out = tempfile::tempdir().unwrap();
    let b = build(
        &project_root(),
        out.path(),
        &[
            "--locales",
            "en-GB",
            "--venues",
            "clinic",
            "--formats",
            "card",
        ],
    );
    assert!(b.status.success(), "{}", stderr(&b));
    std::fs::write(out.path().parent().unwrap().join("secret.txt"), "secret").ok();

    // Answered requests; the garbage line below is refused before it is one.
    let requests = 5;
    let mut server = start(out.path(), &["--max-requests", &requests.to_string()]);
    let port = server.port;

    let index = get(&server, "GET", "/", "");
    assert!(
        index.starts_with("HTTP/1.1 200") && index.contains("text/html"),
        "{index}"
    );
    let pdf = request(
        port,
        "GET /en-GB/clinic/card.pdf HTTP/1.1\r\nConnection: close\r\n\r\n",
    );
    assert!(pdf.starts_with("HTTP/1.1 200"), "{pdf}");
    assert_eq!(header(&pdf, "Content-Type"), Some("application/pdf"));
    for bad in ["/../secret.txt", "/%2e%2e/secret.txt"] {
        let r = get(&server, "GET", bad, "");
        assert!(
            r.starts_with("HTTP/1.1 404") && !r.contains("secret\n") && !r.ends_with("secret"),
            "{bad}: {r}"
        );
    }
    let garbage = request(port, "\x00\x01garbage\r\n\r\n");
    // 400, though the connection may be reset before the client reads it (the server
    // closes it with the rest of the garbage unread).
    assert!(
        garbage.is_empty() || garbage.starts_with("HTTP/1.1 400"),
        "{garbage}"
    );
    let still = get(&server, "GET", "/manifest.json", "");
    assert!(
        still.starts_with("HTTP/1.1 200"),
        "survives malformed requests"
    );
    assert_eq!(header(&still, "Content-Type"), Some("application/json"));
    assert!(server.child.wait().unwrap().success());
}

/// A small site without a build: a page, a "PDF" of known bytes, a secret beside it.
fn small_site() -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("dist");
    std::fs::create_dir_all(out.join("en-GB/clinic")).unwrap();
    std::fs::write(out.join("index.html"), "<!doctype html><title>x</title>").unwrap();
    let pdf: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
    std::fs::write(out.join("en-GB/clinic/card.pdf"), &pdf).unwrap();
    std::fs::write(out.join("en-GB/clinic/card.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("secret.txt"), out.join("link.txt")).unwrap();
    (dir, pdf)
}

#[test]
fn head_and_byte_ranges_as_pdf_viewers_ask() {
    let (dir, pdf) = small_site();
    let server = start(&dir.path().join("dist"), &[]);
    let path = "/en-GB/clinic/card.pdf";

    // HEAD: the GET's headers, no body.
    let head = get(&server, "HEAD", path, "");
    assert!(head.starts_with("HTTP/1.1 200"), "{head}");
    assert_eq!(header(&head, "Content-Length"), Some("100000"));
    assert_eq!(header(&head, "Accept-Ranges"), Some("bytes"));
    assert_eq!(header(&head, "Content-Type"), Some("application/pdf"));
    assert!(
        body(&head).is_empty(),
        "no body: {} bytes",
        body(&head).len()
    );

    // One range: 206 with exactly those bytes.
    let raw = request_bytes(
        server.port,
        &format!(
            "GET {path} HTTP/1.1\r\nHost: localhost:{}\r\nRange: bytes=1000-1999\r\nConnection: close\r\n\r\n",
            server.port
        ),
    );
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&raw[..split + 4]).into_owned();
    assert!(head.starts_with("HTTP/1.1 206"), "{head}");
    assert_eq!(
        header(&head, "Content-Range"),
        Some("bytes 1000-1999/100000")
    );
    assert_eq!(header(&head, "Content-Length"), Some("1000"));
    assert_eq!(&raw[split + 4..], &pdf[1000..2000]);

    // Open-ended and suffix ranges.
    let tail = get(&server, "GET", path, "Range: bytes=-10\r\n");
    assert!(tail.starts_with("HTTP/1.1 206"), "{tail}");
    assert_eq!(
        header(&tail, "Content-Range"),
        Some("bytes 99990-99999/100000")
    );
    let rest = get(&server, "GET", path, "Range: bytes=99000-\r\n");
    assert_eq!(
        header(&rest, "Content-Range"),
        Some("bytes 99000-99999/100000")
    );

    // Past the end: 416, naming the size.
    let past = get(&server, "GET", path, "Range: bytes=100000-100010\r\n");
    assert!(past.starts_with("HTTP/1.1 416"), "{past}");
    assert_eq!(header(&past, "Content-Range"), Some("bytes */100000"));

    // Several ranges, or a validator: the whole file.
    let several = get(&server, "GET", path, "Range: bytes=0-1,5-9\r\n");
    assert!(several.starts_with("HTTP/1.1 200"), "{several}");
    assert_eq!(header(&several, "Content-Length"), Some("100000"));
    let if_range = get(
        &server,
        "GET",
        path,
        "Range: bytes=0-1\r\nIf-Range: \"x\"\r\n",
    );
    assert!(if_range.starts_with("HTTP/1.1 200"), "{if_range}");

    // Read-only.
    let post = get(&server, "POST", path, "Content-Length: 0\r\n");
    assert!(post.starts_with("HTTP/1.1 405"), "{post}");
    assert_eq!(header(&post, "Allow"), Some("GET, HEAD"));
    let png = get(&server, "GET", "/en-GB/clinic/card.png", "");
    assert_eq!(header(&png, "Content-Type"), Some("image/png"));
    assert_eq!(header(&png, "X-Content-Type-Options"), Some("nosniff"));
}

#[test]
fn refuses_traversal_and_foreign_hosts() {
    let (dir, _) = small_site();
    let server = start(&dir.path().join("dist"), &[]);
    for bad in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/en-GB/../../secret.txt",
        "/%2e%2e%5csecret.txt",
        "//secret.txt",
        "/link.txt",
    ] {
        let r = get(&server, "GET", bad, "");
        assert!(
            r.starts_with("HTTP/1.1 404") && !r.contains("secret\n") && !r.ends_with("secret"),
            "{bad}: {r}"
        );
    }
    // DNS rebinding: a page elsewhere naming 127.0.0.1 under its own host name.
    for host in [
        "evil.example",
        "evil.example:80",
        "127.0.0.1:1",
        "localhost.evil.example",
    ] {
        let r = request(
            server.port,
            &format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        );
        assert!(r.starts_with("HTTP/1.1 403"), "{host}: {r}");
        assert!(!r.contains("<title>"), "{host}: {r}");
    }
    for host in [
        format!("127.0.0.1:{}", server.port),
        format!("LOCALHOST:{}", server.port),
    ] {
        let r = request(
            server.port,
            &format!("GET / HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
        );
        assert!(r.starts_with("HTTP/1.1 200"), "{host}: {r}");
    }
}

#[test]
fn answers_several_clients_at_once() {
    let (dir, pdf) = small_site();
    let server = start(&dir.path().join("dist"), &[]);
    let port = server.port;
    // A client that sends half a request and waits must not hold up the others.
    let mut stalled = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stalled
        .write_all(b"GET /index.html HTTP/1.1\r\nHost: ")
        .unwrap();
    // A keep-alive connection: two requests, two answers, one connection.
    let mut kept = TcpStream::connect(("127.0.0.1", port)).unwrap();
    let host = format!("Host: 127.0.0.1:{port}\r\n");
    write!(kept, "HEAD /index.html HTTP/1.1\r\n{host}\r\n").unwrap();

    let started = Instant::now();
    let clients: Vec<_> = (0..8)
        .map(|_| {
            std::thread::spawn(move || {
                request_bytes(
                    port,
                    &format!(
                        "GET /en-GB/clinic/card.pdf HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
                    ),
                )
            })
        })
        .collect();
    for client in clients {
        let raw = client.join().unwrap();
        let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        assert!(raw.starts_with(b"HTTP/1.1 200"));
        assert_eq!(&raw[split + 4..], &pdf[..]);
    }
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "eight downloads beside a stalled client took {:?}",
        started.elapsed()
    );

    write!(
        kept,
        "GET /index.html HTTP/1.1\r\n{host}Connection: close\r\n\r\n"
    )
    .unwrap();
    kept.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut both = Vec::new();
    let _ = kept.read_to_end(&mut both);
    let both = String::from_utf8_lossy(&both);
    assert_eq!(both.matches("HTTP/1.1 200").count(), 2, "{both}");
    assert!(both.ends_with("<title>x</title>"), "{both}");

    // The stalled client finishes its request and is answered too.
    write!(stalled, "127.0.0.1:{port}\r\nConnection: close\r\n\r\n").unwrap();
    stalled
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut late = Vec::new();
    let _ = stalled.read_to_end(&mut late);
    assert!(late.starts_with(b"HTTP/1.1 200"));
}
