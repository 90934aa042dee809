//! Render stage, braille: the bridge to liblouis (LGPL-2.1+), opened at run time with
//! `libloading`, so leafpress starts and builds everything else on a machine without it.
//! liblouis keeps global state (compiled tables, its log), so every call is serialized.

use std::ffi::{c_char, c_int, c_uint, c_ushort, CStr, CString};
use std::sync::{Mutex, OnceLock};

/// The Debian packages that provide the library and its tables.
pub const APT_PACKAGES: &str = "liblouis20 liblouis-data";

/// File names tried, in order (Debian's runtime package has no unversioned `.so`).
const LIBRARY_NAMES: &[&str] = &[
    "liblouis.so.20",
    "liblouis.so",
    "liblouis.20.dylib",
    "liblouis.dylib",
    "liblouis.dll",
];

/// `translationModes` of liblouis.h: dot patterns out, as Unicode braille (U+2800 + dots).
const DOTS_IO: c_int = 4;
const UC_BRL: c_int = 64;
/// Undefined characters are dropped instead of written as `\xhhhh` in braille.
const NO_UNDEFINED: c_int = 128;
/// `typeforms` of liblouis.h: no contractions in this stretch (web addresses).
pub const NO_CONTRACT: u16 = 0x1000;

type TranslateFn = unsafe extern "C" fn(
    table_list: *const c_char,
    inbuf: *const c_uint,
    inlen: *mut c_int,
    outbuf: *mut c_uint,
    outlen: *mut c_int,
    typeform: *mut c_ushort,
    spacing: *mut c_char,
    mode: c_int,
) -> c_int;
type CheckTableFn = unsafe extern "C" fn(table_list: *const c_char) -> c_int;
type VersionFn = unsafe extern "C" fn() -> *const c_char;
type CharSizeFn = unsafe extern "C" fn() -> c_int;
type LogLevelFn = unsafe extern "C" fn(level: c_int);
type LogCallbackFn =
    unsafe extern "C" fn(callback: Option<unsafe extern "C" fn(c_int, *const c_char)>);

/// The opened library: its functions, kept with the library that owns them.
pub struct Louis {
    translate: TranslateFn,
    check_table: CheckTableFn,
    /// Bytes per `widechar`: 2 (UTF-16) or 4 (UTF-32), as liblouis was built.
    char_size: usize,
    pub version: String,
    _lib: libloading::Library,
}

static LOUIS: OnceLock<Result<Mutex<Louis>, String>> = OnceLock::new();
/// liblouis's log lines during the current call (collected, not printed to stderr).
static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());

unsafe extern "C" fn collect_log(_level: c_int, message: *const c_char) {
    if message.is_null() {
        return;
    }
    let text = unsafe { CStr::from_ptr(message) }
        .to_string_lossy()
        .into_owned();
    if let Ok(mut log) = LOG.lock() {
        log.push(text);
    }
}

/// The library, opened once per process; `Err` says why it is not there.
pub fn get() -> Result<&'static Mutex<Louis>, String> {
    LOUIS
        .get_or_init(|| open().map(Mutex::new))
        .as_ref()
        .map_err(Clone::clone)
}

fn open() -> Result<Louis, String> {
    let mut last = String::new();
    for name in LIBRARY_NAMES {
        // SAFETY: liblouis's initialisers only set up its own state.
        match unsafe { libloading::Library::new(name) } {
            Ok(lib) => return unsafe { Louis::from_library(lib) },
            // The first name's error is the one to show (the platform's usual file name).
            Err(err) if last.is_empty() => last = err.to_string(),
            Err(_) => {}
        }
    }
    Err(format!(
        "liblouis is not installed ({last}); install the Debian packages {APT_PACKAGES}"
    ))
}

impl Louis {
    /// SAFETY: `lib` must be liblouis 3.x, whose functions have the signatures above.
    unsafe fn from_library(lib: libloading::Library) -> Result<Self, String> {
        let missing = |err: libloading::Error| format!("liblouis lacks a function: {err}");
        let translate: TranslateFn =
            *unsafe { lib.get(b"lou_translateString\0") }.map_err(missing)?;
        let check_table: CheckTableFn =
            *unsafe { lib.get(b"lou_checkTable\0") }.map_err(missing)?;
        let version: VersionFn = *unsafe { lib.get(b"lou_version\0") }.map_err(missing)?;
        let char_size: CharSizeFn = *unsafe { lib.get(b"lou_charSize\0") }.map_err(missing)?;
        let log_level: LogLevelFn = *unsafe { lib.get(b"lou_setLogLevel\0") }.map_err(missing)?;
        let log_callback: LogCallbackFn =
            *unsafe { lib.get(b"lou_registerLogCallback\0") }.map_err(missing)?;
        let char_size = unsafe { char_size() } as usize;
        if char_size != 2 && char_size != 4 {
            return Err(format!(
                "liblouis uses {char_size}-byte characters; leafpress knows 2 and 4"
            ));
        }
        let version = unsafe { CStr::from_ptr(version()) }
            .to_string_lossy()
            .into_owned();
        unsafe {
            log_callback(Some(collect_log));
            // LOU_LOG_WARN: table errors and warnings, not every rule tried.
            log_level(30000);
        }
        Ok(Self {
            translate,
            check_table,
            char_size,
            version,
            _lib: lib,
        })
    }

    /// Whether `table` (a liblouis table list) compiles; the log lines when it does not.
    pub fn check_table(&self, table: &str) -> Result<(), String> {
        let name = CString::new(table).map_err(|_| format!("bad table name `{table}`"))?;
        take_log();
        // SAFETY: a valid C string; liblouis compiles and caches the table.
        let ok = unsafe { (self.check_table)(name.as_ptr()) } != 0;
        let log = take_log();
        if ok {
            Ok(())
        } else {
            Err(format!(
                "liblouis cannot compile the table `{table}`: {}",
                log.join("; ")
            ))
        }
    }

    /// `text` in braille with `table`: one dot pattern (bits 0–7 = dots 1–8) per cell.
    /// `no_contract` marks, per `char`, the stretches to leave uncontracted (web addresses).
    /// With `drop_undefined`, characters the table does not define are left out (used to
    /// find them); otherwise liblouis writes them as `\xhhhh` in braille.
    pub fn translate(
        &self,
        table: &str,
        text: &str,
        no_contract: Option<&[bool]>,
        drop_undefined: bool,
    ) -> Result<Vec<u8>, String> {
        let name = CString::new(table).map_err(|_| format!("bad table name `{table}`"))?;
        // The input as liblouis's widechars, with a typeform per widechar.
        let mut input: Vec<c_uint> = Vec::with_capacity(text.len());
        let mut forms: Vec<c_ushort> = Vec::with_capacity(text.len());
        for (i, ch) in text.chars().enumerate() {
            let form = match no_contract {
                Some(marks) if marks.get(i).copied().unwrap_or(false) => NO_CONTRACT,
                _ => 0,
            };
            if self.char_size == 4 {
                input.push(ch as c_uint);
                forms.push(form);
            } else {
                let mut units = [0u16; 2];
                for unit in ch.encode_utf16(&mut units) {
                    input.push(c_uint::from(*unit));
                    forms.push(form);
                }
            }
        }
        if input.is_empty() {
            return Ok(Vec::new());
        }
        let mode = DOTS_IO | UC_BRL | if drop_undefined { NO_UNDEFINED } else { 0 };
        let mut capacity = input.len() * 4 + 64;
        let narrow: Vec<u16> = input.iter().map(|&w| w as u16).collect();
        loop {
            let mut inlen = input.len() as c_int;
            let mut outlen = capacity as c_int;
            // Buffers of the library's own widechar type (aligned for it).
            let mut wide_out = vec![0u32; if self.char_size == 4 { capacity } else { 0 }];
            let mut narrow_out = vec![0u16; if self.char_size == 2 { capacity } else { 0 }];
            let (in_ptr, out_ptr): (*const c_uint, *mut c_uint) = if self.char_size == 4 {
                (input.as_ptr(), wide_out.as_mut_ptr())
            } else {
                (narrow.as_ptr().cast(), narrow_out.as_mut_ptr().cast())
            };
            // liblouis may write typeforms back, up to the output's length.
            let mut typeform: Vec<c_ushort> = forms.clone();
            typeform.resize(capacity.max(input.len()), 0);
            take_log();
            // SAFETY: buffers sized as the lengths passed say, of the library's widechar
            // size; liblouis writes at most `outlen` widechars and `typeform` holds as many.
            let ok = unsafe {
                (self.translate)(
                    name.as_ptr(),
                    in_ptr,
                    &mut inlen,
                    out_ptr,
                    &mut outlen,
                    if no_contract.is_some() {
                        typeform.as_mut_ptr()
                    } else {
                        std::ptr::null_mut()
                    },
                    std::ptr::null_mut(),
                    mode,
                )
            };
            let log = take_log();
            if ok == 0 {
                return Err(format!(
                    "liblouis could not translate with `{table}`: {}",
                    if log.is_empty() {
                        "no reason given".into()
                    } else {
                        log.join("; ")
                    }
                ));
            }
            // The output filled up before the input was used: try again with more room.
            if (inlen as usize) < input.len() && outlen as usize >= capacity {
                capacity *= 2;
                continue;
            }
            let n = outlen as usize;
            let out: Vec<u32> = if self.char_size == 4 {
                wide_out[..n].to_vec()
            } else {
                narrow_out[..n].iter().map(|&w| u32::from(w)).collect()
            };
            // A table may map a character to itself (Debian's Ukrainian table does so for
            // і ї є ґ): that is print, not braille.
            if let Some(w) = out.iter().find(|w| !(0x2800..=0x28ff).contains(*w)) {
                let shown = char::from_u32(*w).map_or_else(String::new, |c| format!("«{c}» "));
                return Err(format!(
                    "the braille table {table} wrote the print character {shown}U+{w:04X}, not braille"
                ));
            }
            return Ok(out.iter().map(|&w| (w & 0xff) as u8).collect());
        }
    }
}

fn take_log() -> Vec<String> {
    LOG.lock()
        .map(|mut log| std::mem::take(&mut *log))
        .unwrap_or_default()
}
