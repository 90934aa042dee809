//! `leafpress serve`: serves the built site (`dist/`) on 127.0.0.1 so staff and translators
//! can open the download page and HTML editions in a browser. Read-only, loopback only,
//! refuses any path outside the output folder.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

use super::exit;

#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// The built output folder.
    #[arg(long, default_value = "dist")]
    pub out: PathBuf,
    /// Port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Stop after this many requests (for tests); default: serve until interrupted.
    #[arg(long, hide = true)]
    pub max_requests: Option<usize>,
}

pub fn run(args: ServeArgs) -> u8 {
    let Ok(root) = args.out.canonicalize() else {
        eprintln!(
            "error: {} does not exist\n  = hint: run `leafpress build` first",
            args.out.display()
        );
        return exit::CANNOT_RUN;
    };
    let listener = match TcpListener::bind(("127.0.0.1", args.port)) {
        Ok(l) => l,
        Err(err) => {
            eprintln!("error: cannot listen on 127.0.0.1:{}: {err}", args.port);
            return exit::CANNOT_RUN;
        }
    };
    let addr = listener
        .local_addr()
        .map(|a| a.to_string())
        .unwrap_or_default();
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
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        _ => "Method Not Allowed",
    };
    write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    if !head {
        stream.write_all(body)?;
    }
    stream.flush()
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
