//! `leafpress serve`'s HTTP layer, on tiny_http: the loopback listener, the Host check
//! against DNS rebinding, request targets mapped to files, and answers with the headers
//! every response carries — `HEAD` without a body and single byte ranges (206 / 416), which
//! browsers' PDF viewers ask for.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};

use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

/// Listens on 127.0.0.1 only: the site and the preview are for this computer.
pub fn listen(port: u16) -> Option<(Server, SocketAddr)> {
    match Server::http(("127.0.0.1", port)) {
        Ok(server) => match server.server_addr().to_ip() {
            Some(addr) => Some((server, addr)),
            None => {
                eprintln!("error: cannot listen on 127.0.0.1:{port}: no IP address");
                None
            }
        },
        Err(err) => {
            eprintln!("error: cannot listen on 127.0.0.1:{port}: {err}");
            if port != 0 {
                eprintln!("  = hint: another program uses the port: pick another with --port, or --port 0 for any free one");
            }
            None
        }
    }
}

/// The value of a request header, if sent.
pub fn header<'r>(req: &'r Request, name: &'static str) -> Option<&'r str> {
    req.headers()
        .iter()
        .find(|h| h.field.equiv(name))
        .map(|h| h.value.as_str())
}

/// Whether the request is addressed to this server by loopback name or number. A page
/// elsewhere could point a name it controls at 127.0.0.1 (DNS rebinding) and read what is
/// served: its requests carry that name. A request without Host (not a browser's) passes.
pub fn host_allowed(req: &Request, port: u16) -> bool {
    let Some(host) = header(req, "Host") else {
        return true;
    };
    let host = host.trim().to_ascii_lowercase();
    [format!("127.0.0.1:{port}"), format!("localhost:{port}")].contains(&host)
}

/// The 403 for a foreign Host, naming the address to use instead.
pub fn refuse_host(req: Request, port: u16) {
    let body = format!("forbidden: open http://127.0.0.1:{port}/ instead\n");
    send(
        req,
        403,
        "text/plain; charset=utf-8",
        &[],
        body.into_bytes(),
    );
}

/// Whether the method is one the servers answer (both are read-only).
pub fn readable(req: &Request) -> bool {
    matches!(req.method(), Method::Get | Method::Head)
}

/// The request target split into its decoded path and decoded query pairs; `None` when the
/// path is not valid percent-encoded UTF-8.
pub fn target(req: &Request) -> Option<(String, Vec<(String, String)>)> {
    let target = req.url().split('#').next().unwrap_or("");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let query = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter_map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| percent_decode(&s.replace('+', " "));
            Some((decode(k)?, decode(v)?))
        })
        .collect();
    Some((percent_decode(path)?, query))
}

/// Maps a request target to a file inside `root`, or `None` for anything that could leave it
/// (`..`, encoded separators, absolute paths, symlinks pointing out).
pub fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
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
    (real.starts_with(root) && real.is_file()).then_some(real)
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

/// The Content-Type of a served file, by its extension.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "pdf" => "application/pdf",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        "csv" => "text/csv; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Which part of a body of `len` bytes a `Range` header asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Part {
    /// No range, or one the server ignores (another unit, several ranges, bad syntax).
    Whole,
    /// Bytes `start..=end`.
    Bytes(u64, u64),
    /// A range that lies past the end (416).
    Unsatisfiable,
}

/// Reads a `Range` header (RFC 9110 §14.1). Only one range is served; a request for several
/// gets the whole body, which the RFC allows.
pub fn part(range: Option<&str>, len: u64) -> Part {
    let Some(spec) = range.and_then(|r| {
        let (unit, spec) = r.trim().split_once('=')?;
        unit.trim()
            .eq_ignore_ascii_case("bytes")
            .then_some(spec.trim())
    }) else {
        return Part::Whole;
    };
    if spec.contains(',') {
        return Part::Whole;
    }
    let Some((first, last)) = spec.split_once('-') else {
        return Part::Whole;
    };
    let number = |s: &str| {
        let s = s.trim();
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u64>().ok())
            .flatten()
    };
    if first.trim().is_empty() {
        // The last `n` bytes.
        return match number(last) {
            None => Part::Whole,
            Some(0) => Part::Unsatisfiable,
            Some(_) if len == 0 => Part::Unsatisfiable,
            Some(n) => Part::Bytes(len.saturating_sub(n), len - 1),
        };
    }
    let Some(start) = number(first) else {
        return Part::Whole;
    };
    let end = if last.trim().is_empty() {
        None
    } else {
        match number(last) {
            Some(end) if end >= start => Some(end),
            _ => return Part::Whole,
        }
    };
    if start >= len {
        return Part::Unsatisfiable;
    }
    Part::Bytes(start, end.map_or(len - 1, |e| e.min(len - 1)))
}

/// What a ranged answer serves: a file on disk, or bytes in memory.
pub enum Body {
    File(File),
    Bytes(Vec<u8>),
}

impl Body {
    fn len(&self) -> std::io::Result<u64> {
        match self {
            Body::File(f) => Ok(f.metadata()?.len()),
            Body::Bytes(b) => Ok(b.len() as u64),
        }
    }
}

/// Answers a GET or HEAD for a whole resource, honouring a single byte range: 200 with the
/// whole body, 206 with `Content-Range` for one part, 416 for a range past the end. A
/// file is streamed from disk, never read whole into memory.
pub fn send_ranged(req: Request, ctype: &str, headers: &[(&str, &str)], body: Body) {
    let Ok(len) = body.len() else {
        return send(
            req,
            404,
            "text/plain; charset=utf-8",
            &[],
            b"not found\n".to_vec(),
        );
    };
    // Ranges are defined for GET only; with If-Range (a validator this server does not
    // issue) the whole body is the safe answer.
    let asked = (*req.method() == Method::Get && header(&req, "If-Range").is_none())
        .then(|| header(&req, "Range"))
        .flatten();
    let mut all: Vec<(&str, String)> = headers.iter().map(|(n, v)| (*n, v.to_string())).collect();
    all.push(("Accept-Ranges", "bytes".into()));
    let (status, start, count) = match part(asked, len) {
        Part::Whole => (200, 0, len),
        Part::Bytes(start, end) => {
            all.push(("Content-Range", format!("bytes {start}-{end}/{len}")));
            (206, start, end - start + 1)
        }
        Part::Unsatisfiable => {
            all.push(("Content-Range", format!("bytes */{len}")));
            let named: Vec<(&str, &str)> = all.iter().map(|(n, v)| (*n, v.as_str())).collect();
            let text = format!("range not satisfiable: the resource has {len} bytes\n");
            return send(
                req,
                416,
                "text/plain; charset=utf-8",
                &named,
                text.into_bytes(),
            );
        }
    };
    let named: Vec<(&str, &str)> = all.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let reader: Box<dyn Read + Send> = match body {
        Body::File(mut file) => {
            if file.seek(SeekFrom::Start(start)).is_err() {
                return send(
                    req,
                    500,
                    "text/plain; charset=utf-8",
                    &[],
                    b"cannot read\n".to_vec(),
                );
            }
            Box::new(file.take(count))
        }
        Body::Bytes(bytes) => {
            let mut cursor = std::io::Cursor::new(bytes);
            cursor.set_position(start);
            Box::new(cursor.take(count))
        }
    };
    respond(req, status, ctype, &named, reader, count);
}

/// Answers with a whole body held in memory (HEAD: the same headers, no body).
pub fn send(req: Request, status: u16, ctype: &str, headers: &[(&str, &str)], body: Vec<u8>) {
    let len = body.len() as u64;
    respond(req, status, ctype, headers, std::io::Cursor::new(body), len);
}

fn respond<R: Read>(
    req: Request,
    status: u16,
    ctype: &str,
    headers: &[(&str, &str)],
    body: R,
    len: u64,
) {
    let mut all = vec![
        ("Server", "leafpress"),
        ("Content-Type", ctype),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ];
    all.extend_from_slice(headers);
    let headers = all
        .iter()
        .filter_map(|(n, v)| Header::from_bytes(n.as_bytes(), v.as_bytes()).ok())
        .collect();
    let response = Response::new(
        StatusCode(status),
        headers,
        body,
        usize::try_from(len).ok(),
        None,
    )
    // Always a Content-Length (PDF viewers need it to ask for ranges), never chunked.
    .with_chunked_threshold(usize::MAX);
    // A client that went away is no error of the server's.
    let _ = req.respond(response);
}
