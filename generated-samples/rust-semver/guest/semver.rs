//! sample:semver/semver in Rust: semantic versions and requirements, built with rustc for
//! wasm32-unknown-unknown (no WASI). The library is plain Rust over `Version`/`Requirement`; the
//! Canonical ABI glue at the bottom is written by hand: exports named `sample:semver/semver#<name>`,
//! `cabi_realloc` over Rust's allocator, results through a static return area, `cabi_post_*` to free
//! what a result pointed to.
#![crate_type = "cdylib"]

use std::alloc::{alloc, dealloc, realloc, Layout};
use std::cmp::Ordering;

// ------------------------------------------------------------------ library
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    major: u64,
    minor: u64,
    patch: u64,
    pre: Vec<String>,
    build: Vec<String>,
}

pub struct ParseError {
    position: u32,
    message: String,
}

fn err<T>(position: usize, message: String) -> Result<T, ParseError> {
    Err(ParseError { position: position as u32, message })
}

fn number(text: &str, at: usize) -> Result<u64, ParseError> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return err(at, format!("expected a number, found `{}`", text));
    }
    if text.len() > 1 && text.starts_with('0') {
        return err(at, format!("number `{}` has a leading zero", text));
    }
    text.parse().or_else(|_| err(at, format!("number `{}` is too large", text)))
}

fn identifiers(text: &str, at: usize, what: &str) -> Result<Vec<String>, ParseError> {
    let mut out = Vec::new();
    let mut pos = at;
    for id in text.split('.') {
        if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return err(pos, format!("invalid {} identifier `{}`", what, id));
        }
        if what == "pre-release" && id.len() > 1 && id.starts_with('0') && id.bytes().all(|b| b.is_ascii_digit()) {
            return err(pos, format!("numeric identifier `{}` has a leading zero", id));
        }
        out.push(id.to_string());
        pos += id.len() + 1;
    }
    Ok(out)
}

/// Parses `major[.minor[.patch]]` (partial when `partial`), returning the numbers given.
fn numbers(text: &str, at: usize, partial: bool) -> Result<Vec<u64>, ParseError> {
    let mut out = Vec::new();
    let mut pos = at;
    for part in text.split('.') {
        out.push(number(part, pos)?);
        pos += part.len() + 1;
    }
    if out.len() > 3 || (!partial && out.len() != 3) {
        return err(at, format!("expected major.minor.patch, found `{}`", text));
    }
    Ok(out)
}

impl Version {
    fn parse(text: &str) -> Result<Version, ParseError> {
        if text.is_empty() {
            return err(0, "empty version".to_string());
        }
        let (rest, build) = match text.find('+') {
            Some(i) => (&text[..i], identifiers(&text[i + 1..], i + 1, "build")?),
            None => (text, Vec::new()),
        };
        let (core, pre) = match rest.find('-') {
            Some(i) => (&rest[..i], identifiers(&rest[i + 1..], i + 1, "pre-release")?),
            None => (rest, Vec::new()),
        };
        let n = numbers(core, 0, false)?;
        Ok(Version { major: n[0], minor: n[1], patch: n[2], pre, build })
    }

    fn render(&self) -> String {
        let mut s = format!("{}.{}.{}", self.major, self.minor, self.patch);
        if !self.pre.is_empty() {
            s.push('-');
            s.push_str(&self.pre.join("."));
        }
        if !self.build.is_empty() {
            s.push('+');
            s.push_str(&self.build.join("."));
        }
        s
    }

    fn precedence(&self, other: &Version) -> Ordering {
        let core = (self.major, self.minor, self.patch).cmp(&(other.major, other.minor, other.patch));
        if core != Ordering::Equal {
            return core;
        }
        match (self.pre.is_empty(), other.pre.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Greater, // a release ranks above its pre-releases
            (false, true) => return Ordering::Less,
            _ => {}
        }
        for (a, b) in self.pre.iter().zip(other.pre.iter()) {
            let o = match (a.parse::<u64>(), b.parse::<u64>()) {
                (Ok(x), Ok(y)) => x.cmp(&y),
                (Ok(_), Err(_)) => Ordering::Less, // numeric identifiers rank below alphanumeric ones
                (Err(_), Ok(_)) => Ordering::Greater,
                _ => a.cmp(b),
            };
            if o != Ordering::Equal {
                return o;
            }
        }
        self.pre.len().cmp(&other.pre.len())
    }

    fn bump(&self, part: u8) -> Version {
        let (major, minor, patch) = match part {
            0 => (self.major + 1, 0, 0),
            1 => (self.major, self.minor + 1, 0),
            _ => (self.major, self.minor, self.patch + 1),
        };
        Version { major, minor, patch, pre: Vec::new(), build: Vec::new() }
    }

    fn release(major: u64, minor: u64, patch: u64) -> Version {
        Version { major, minor, patch, pre: Vec::new(), build: Vec::new() }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Op { Eq, Gt, Ge, Lt, Le }

pub struct Requirement {
    comparators: Vec<(Op, Version)>, // all must hold; empty matches everything
}

impl Requirement {
    fn parse(text: &str) -> Result<Requirement, ParseError> {
        let mut comparators = Vec::new();
        let mut at = 0;
        for piece in text.split(',') {
            let start = at + (piece.len() - piece.trim_start().len());
            at += piece.len() + 1;
            let c = piece.trim();
            if c.is_empty() {
                return err(start, "empty comparator".to_string());
            }
            if c == "*" {
                continue;
            }
            let (op, rest) = ["^", "~", ">=", "<=", ">", "<", "="]
                .iter()
                .find(|p| c.starts_with(**p))
                .map(|p| (*p, c[p.len()..].trim_start()))
                .unwrap_or(("^", c));
            let vat = start + (c.len() - rest.len());
            let (core, pre) = match rest.find('-') {
                Some(i) => (&rest[..i], identifiers(&rest[i + 1..], vat + i + 1, "pre-release")?),
                None => (rest, Vec::new()),
            };
            let n = numbers(core, vat, true)?;
            let (major, minor, patch) = (n[0], *n.get(1).unwrap_or(&0), *n.get(2).unwrap_or(&0));
            let lower = Version { major, minor, patch, pre, build: Vec::new() };
            // the first version past a partial or caret/tilde range, as an exclusive upper bound
            let upper = |level: usize| match level {
                0 => Version::release(major + 1, 0, 0),
                1 => Version::release(major, minor + 1, 0),
                _ => Version::release(major, minor, patch + 1),
            };
            match op {
                "^" => {
                    // compatible: up to the next change of the first non-zero part given
                    let level = if major > 0 || n.len() == 1 { 0 } else if minor > 0 || n.len() == 2 { 1 } else { 2 };
                    comparators.push((Op::Ge, lower));
                    comparators.push((Op::Lt, upper(level)));
                }
                "~" => {
                    comparators.push((Op::Ge, lower));
                    comparators.push((Op::Lt, upper(if n.len() == 1 { 0 } else { 1 })));
                }
                "=" if n.len() < 3 => {
                    comparators.push((Op::Ge, lower));
                    comparators.push((Op::Lt, upper(n.len() - 1)));
                }
                ">" if n.len() < 3 => comparators.push((Op::Ge, upper(n.len() - 1))),
                "<=" if n.len() < 3 => comparators.push((Op::Lt, upper(n.len() - 1))),
                _ => comparators.push((
                    match op { "=" => Op::Eq, ">" => Op::Gt, ">=" => Op::Ge, "<" => Op::Lt, _ => Op::Le },
                    lower,
                )),
            }
        }
        Ok(Requirement { comparators })
    }

    fn matches(&self, v: &Version) -> bool {
        // as npm and Cargo do: a pre-release only matches a requirement that names a pre-release of
        // the same major.minor.patch, so `^1.2` never picks `1.11.0-rc.1`
        let core = (v.major, v.minor, v.patch);
        if !v.pre.is_empty() && !self.comparators.iter().any(|(_, b)| !b.pre.is_empty() && (b.major, b.minor, b.patch) == core) {
            return false;
        }
        self.comparators.iter().all(|(op, bound)| {
            let o = v.precedence(bound);
            match op {
                Op::Eq => o == Ordering::Equal,
                Op::Gt => o == Ordering::Greater,
                Op::Ge => o != Ordering::Less,
                Op::Lt => o == Ordering::Less,
                Op::Le => o != Ordering::Greater,
            }
        })
    }

    fn render(&self) -> String {
        if self.comparators.is_empty() {
            return "*".to_string();
        }
        let parts: Vec<String> = self.comparators.iter().map(|(op, v)| {
            let sign = match op { Op::Eq => "=", Op::Gt => ">", Op::Ge => ">=", Op::Lt => "<", Op::Le => "<=" };
            format!("{}{}", sign, v.render())
        }).collect();
        parts.join(", ")
    }
}

// ------------------------------------------------------------------ Canonical ABI glue
#[no_mangle]
pub unsafe extern "C" fn cabi_realloc(old: *mut u8, old_size: usize, align: usize, new_size: usize) -> *mut u8 {
    if new_size == 0 {
        if old_size != 0 {
            dealloc(old, Layout::from_size_align_unchecked(old_size, align));
        }
        return align as *mut u8; // a dangling, aligned pointer for empty lists
    }
    let p = if old_size == 0 {
        alloc(Layout::from_size_align_unchecked(new_size, align))
    } else {
        realloc(old, Layout::from_size_align_unchecked(old_size, align), new_size)
    };
    if p.is_null() {
        std::process::abort();
    }
    p
}

unsafe fn free(ptr: *mut u8, size: usize, align: usize) {
    if size != 0 {
        dealloc(ptr, Layout::from_size_align_unchecked(size, align));
    }
}

/// Takes ownership of a string argument (allocated by the host through cabi_realloc with align 1).
unsafe fn take_string(ptr: *mut u8, len: usize) -> String {
    let s = std::str::from_utf8_unchecked(std::slice::from_raw_parts(ptr, len)).to_string();
    free(ptr, len, 1);
    s
}

/// Takes ownership of a list<string> argument: `len` (ptr, len) pairs, align 4.
unsafe fn take_strings(ptr: *mut u8, len: usize) -> Vec<String> {
    let pairs = ptr as *const u32;
    let out = (0..len)
        .map(|i| take_string(*pairs.add(2 * i) as *mut u8, *pairs.add(2 * i + 1) as usize))
        .collect();
    free(ptr, len * 8, 4);
    out
}

/// Copies bytes into a fresh allocation for a result (freed by free_bytes in cabi_post_*).
unsafe fn give_bytes(bytes: &[u8]) -> (u32, u32) {
    let p = cabi_realloc(std::ptr::null_mut(), 0, 1, bytes.len());
    std::ptr::copy_nonoverlapping(bytes.as_ptr(), p, bytes.len());
    (p as u32, bytes.len() as u32)
}

unsafe fn give_strings(items: &[String]) -> (u32, u32) {
    let p = cabi_realloc(std::ptr::null_mut(), 0, 4, items.len() * 8) as *mut u32;
    for (i, s) in items.iter().enumerate() {
        let (sp, sl) = give_bytes(s.as_bytes());
        *p.add(2 * i) = sp;
        *p.add(2 * i + 1) = sl;
    }
    (p as u32, items.len() as u32)
}

unsafe fn free_strings(ptr: u32, len: u32) {
    let pairs = ptr as *mut u32;
    for i in 0..len as usize {
        free(*pairs.add(2 * i) as *mut u8, *pairs.add(2 * i + 1) as usize, 1);
    }
    free(ptr as *mut u8, len as usize * 8, 4);
}

// Return area: 8-aligned, large enough for result<version, parse-error> (48 bytes).
#[repr(C, align(8))]
struct RetArea([u8; 48]);
static mut RET: RetArea = RetArea([0; 48]);

unsafe fn ret() -> *mut u8 {
    std::ptr::addr_of_mut!(RET.0) as *mut u8
}
unsafe fn put<T>(base: *mut u8, off: usize, v: T) {
    (base.add(off) as *mut T).write(v)
}
unsafe fn get<T: Copy>(base: *const u8, off: usize) -> T {
    (base.add(off) as *const T).read()
}

// version = { major: u64 @0, minor @8, patch @16, pre: list<string> @24, build @32 }: size 40, align 8.
unsafe fn store_version(at: *mut u8, v: &Version) {
    put(at, 0, v.major);
    put(at, 8, v.minor);
    put(at, 16, v.patch);
    let (p, l) = give_strings(&v.pre);
    put(at, 24, p);
    put(at, 28, l);
    let (p, l) = give_strings(&v.build);
    put(at, 32, p);
    put(at, 36, l);
}
unsafe fn free_version(at: *const u8) {
    free_strings(get(at, 24), get(at, 28));
    free_strings(get(at, 32), get(at, 36));
}
unsafe fn load_version(at: *const u8) -> Version {
    Version {
        major: get(at, 0),
        minor: get(at, 8),
        patch: get(at, 16),
        pre: take_strings(get::<u32>(at, 24) as *mut u8, get::<u32>(at, 28) as usize),
        build: take_strings(get::<u32>(at, 32) as *mut u8, get::<u32>(at, 36) as usize),
    }
}

/// A version argument, flattened to (major, minor, patch, pre ptr, pre len, build ptr, build len).
unsafe fn version_arg(major: i64, minor: i64, patch: i64, pp: *mut u8, pl: usize, bp: *mut u8, bl: usize) -> Version {
    Version {
        major: major as u64,
        minor: minor as u64,
        patch: patch as u64,
        pre: take_strings(pp, pl),
        build: take_strings(bp, bl),
    }
}

// parse-error = { position: u32 @0, message: string @4 }: size 12, align 4.
unsafe fn store_error(at: *mut u8, e: &ParseError) {
    put(at, 0, e.position);
    let (p, l) = give_bytes(e.message.as_bytes());
    put(at, 4, p);
    put(at, 8, l);
}

// result<version, parse-error>: tag u8 @0, payload @8.
#[export_name = "sample:semver/semver#parse"]
pub unsafe extern "C" fn export_parse(ptr: *mut u8, len: usize) -> *mut u8 {
    let r = ret();
    match Version::parse(&take_string(ptr, len)) {
        Ok(v) => { put(r, 0, 0u8); store_version(r.add(8), &v); }
        Err(e) => { put(r, 0, 1u8); store_error(r.add(8), &e); }
    }
    r
}
#[export_name = "cabi_post_sample:semver/semver#parse"]
pub unsafe extern "C" fn post_parse(r: *mut u8) {
    if get::<u8>(r, 0) == 0 {
        free_version(r.add(8));
    } else {
        free(get::<u32>(r, 12) as *mut u8, get::<u32>(r, 16) as usize, 1);
    }
}

#[export_name = "sample:semver/semver#render"]
pub unsafe extern "C" fn export_render(a: i64, b: i64, c: i64, pp: *mut u8, pl: usize, bp: *mut u8, bl: usize) -> *mut u8 {
    let s = version_arg(a, b, c, pp, pl, bp, bl).render();
    let (p, l) = give_bytes(s.as_bytes());
    let r = ret();
    put(r, 0, p);
    put(r, 4, l);
    r
}
#[export_name = "cabi_post_sample:semver/semver#render"]
pub unsafe extern "C" fn post_render(r: *mut u8) {
    free(get::<u32>(r, 0) as *mut u8, get::<u32>(r, 4) as usize, 1);
}

#[export_name = "sample:semver/semver#compare"]
pub unsafe extern "C" fn export_compare(
    a1: i64, a2: i64, a3: i64, ap: *mut u8, al: usize, ab: *mut u8, abl: usize,
    b1: i64, b2: i64, b3: i64, bp: *mut u8, bl: usize, bb: *mut u8, bbl: usize,
) -> i32 {
    let a = version_arg(a1, a2, a3, ap, al, ab, abl);
    let b = version_arg(b1, b2, b3, bp, bl, bb, bbl);
    a.precedence(&b) as i32
}

#[export_name = "sample:semver/semver#bump"]
pub unsafe extern "C" fn export_bump(a: i64, b: i64, c: i64, pp: *mut u8, pl: usize, bp: *mut u8, bl: usize, part: i32) -> *mut u8 {
    let v = version_arg(a, b, c, pp, pl, bp, bl).bump(part as u8);
    let r = ret();
    store_version(r, &v);
    r
}
#[export_name = "cabi_post_sample:semver/semver#bump"]
pub unsafe extern "C" fn post_bump(r: *mut u8) {
    free_version(r);
}

// The requirement resource: its representation is a leaked Box, the component keeps the handles.
#[link(wasm_import_module = "[export]sample:semver/semver")]
extern "C" {
    #[link_name = "[resource-new]requirement"]
    fn requirement_handle(rep: *mut u8) -> u32;
}

// result<requirement, parse-error>: tag u8 @0, payload @4 (handle, or the error record).
#[export_name = "sample:semver/semver#[static]requirement.parse"]
pub unsafe extern "C" fn export_requirement_parse(ptr: *mut u8, len: usize) -> *mut u8 {
    let r = ret();
    match Requirement::parse(&take_string(ptr, len)) {
        Ok(q) => { put(r, 0, 0u8); put(r, 4, requirement_handle(Box::into_raw(Box::new(q)) as *mut u8)); }
        Err(e) => { put(r, 0, 1u8); store_error(r.add(4), &e); }
    }
    r
}
#[export_name = "cabi_post_sample:semver/semver#[static]requirement.parse"]
pub unsafe extern "C" fn post_requirement_parse(r: *mut u8) {
    if get::<u8>(r, 0) == 1 {
        free(get::<u32>(r, 8) as *mut u8, get::<u32>(r, 12) as usize, 1);
    }
}

#[export_name = "sample:semver/semver#[dtor]requirement"]
pub unsafe extern "C" fn requirement_dtor(q: *mut Requirement) {
    drop(Box::from_raw(q));
}

#[export_name = "sample:semver/semver#[method]requirement.matches"]
pub unsafe extern "C" fn export_matches(q: *mut Requirement, a: i64, b: i64, c: i64, pp: *mut u8, pl: usize, bp: *mut u8, bl: usize) -> i32 {
    (*q).matches(&version_arg(a, b, c, pp, pl, bp, bl)) as i32
}

// option<version>: tag u8 @0, payload @8.
#[export_name = "sample:semver/semver#[method]requirement.highest"]
pub unsafe extern "C" fn export_highest(q: *mut Requirement, ptr: *mut u8, len: usize) -> *mut u8 {
    let candidates: Vec<Version> = (0..len).map(|i| load_version(ptr.add(40 * i))).collect();
    free(ptr, len * 40, 8);
    let best = candidates
        .iter()
        .filter(|v| (*q).matches(v))
        .max_by(|a, b| a.precedence(b));
    let r = ret();
    match best {
        Some(v) => { put(r, 0, 1u8); store_version(r.add(8), v); }
        None => put(r, 0, 0u8),
    }
    r
}
#[export_name = "cabi_post_sample:semver/semver#[method]requirement.highest"]
pub unsafe extern "C" fn post_highest(r: *mut u8) {
    if get::<u8>(r, 0) == 1 {
        free_version(r.add(8));
    }
}

#[export_name = "sample:semver/semver#[method]requirement.render"]
pub unsafe extern "C" fn export_requirement_render(q: *mut Requirement) -> *mut u8 {
    let (p, l) = give_bytes((*q).render().as_bytes());
    let r = ret();
    put(r, 0, p);
    put(r, 4, l);
    r
}
#[export_name = "cabi_post_sample:semver/semver#[method]requirement.render"]
pub unsafe extern "C" fn post_requirement_render(r: *mut u8) {
    post_render(r);
}
