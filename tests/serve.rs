//! `leafpress serve`: loopback only, serves the site with the right types, refuses paths
//! outside the output folder and survives malformed requests.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;

use common::*;

fn request(port: u16, raw: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.write_all(raw.as_bytes()).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
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

    let requests = 6;
    let mut child = leafpress()
        .args([
            "serve",
            "--port",
            "0",
            "--max-requests",
            &requests.to_string(),
            "--out",
        ])
        .arg(out.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // "serving DIR at http://127.0.0.1:PORT/ (Ctrl-C to stop)"
    let port: u16 = line
        .split("127.0.0.1:")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .parse()
        .unwrap();

    let index = request(port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    assert!(
        index.starts_with("HTTP/1.1 200") && index.contains("text/html"),
        "{index}"
    );
    let pdf = request(port, "GET /en-GB/clinic/card.pdf HTTP/1.1\r\n\r\n");
    assert!(pdf.starts_with("HTTP/1.1 200") && pdf.contains("Content-Type: application/pdf"));
    for bad in ["/../secret.txt", "/%2e%2e/secret.txt"] {
        let r = request(port, &format!("GET {bad} HTTP/1.1\r\n\r\n"));
        assert!(
            r.starts_with("HTTP/1.1 404") && !r.contains("secret\n") && !r.ends_with("secret"),
            "{bad}: {r}"
        );
    }
    let garbage = request(port, "\x00\x01garbage\r\n\r\n");
    assert!(garbage.starts_with("HTTP/1.1 405"), "{garbage}");
    let still = request(port, "GET /manifest.json HTTP/1.1\r\n\r\n");
    assert!(
        still.starts_with("HTTP/1.1 200"),
        "survives malformed requests"
    );
    assert!(child.wait().unwrap().success());
}
