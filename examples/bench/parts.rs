//! What each part of the first load's wasm costs: the main module as the
//! splitter left it (before wasm-bindgen and wasm-opt, so with its function
//! names), its function bodies grouped by the part of Savoir they serve (the
//! innermost `savoir::…` module a function's name mentions, generic library
//! code included) or else by crate, and its data.

use std::collections::HashMap;
use std::path::Path;

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A part and the bytes of code it holds.
pub struct Part {
    pub name: String,
    pub bytes: usize,
}

/// The parts of a wasm module, largest first, the bytes of all its code and
/// of its data segments. An error when the module has no function names.
pub fn parts(file: &Path) -> Result<(Vec<Part>, usize, usize), BoxError> {
    let wasm = std::fs::read(file)?;
    if wasm.get(..4) != Some(b"\0asm") {
        return Err(format!("{} is not a wasm module", file.display()).into());
    }
    let mut r = Reader { b: &wasm, i: 8 };
    let mut imported = 0usize;
    let mut bodies: Vec<usize> = Vec::new();
    let mut names: HashMap<usize, String> = HashMap::new();
    let mut data = 0usize;
    while r.i < wasm.len() {
        let id = r.byte()?;
        let size = r.leb()?;
        let end = r.i + size;
        let mut s = Reader {
            b: wasm.get(..end).ok_or("wasm: section past the end")?,
            i: r.i,
        };
        match id {
            2 => {
                for _ in 0..s.leb()? {
                    s.name()?;
                    s.name()?;
                    match s.byte()? {
                        0 => {
                            s.leb()?;
                            imported += 1;
                        }
                        1 => {
                            s.byte()?;
                            s.limits()?;
                        }
                        2 => s.limits()?,
                        3 => {
                            s.byte()?;
                            s.byte()?;
                        }
                        _ => {
                            s.byte()?;
                            s.leb()?;
                        }
                    }
                }
            }
            10 => {
                for _ in 0..s.leb()? {
                    let len = s.leb()?;
                    bodies.push(len);
                    s.i += len;
                }
            }
            11 => data += size,
            0 if s.name()? == "name" => {
                while s.i < end {
                    let sub = s.byte()?;
                    let len = s.leb()?;
                    let next = s.i + len;
                    if sub == 1 {
                        for _ in 0..s.leb()? {
                            let index = s.leb()?;
                            names.insert(index, s.name()?.to_owned());
                        }
                    }
                    s.i = next;
                }
            }
            _ => {}
        }
        r.i = end;
    }
    if names.is_empty() {
        return Err(format!("{} has no function names", file.display()).into());
    }
    let mut code = 0;
    let mut by_part: HashMap<String, usize> = HashMap::new();
    for (i, len) in bodies.into_iter().enumerate() {
        let name = names
            .get(&(imported + i))
            .map(|n| format!("{:#}", rustc_demangle::demangle(n)))
            .unwrap_or_default();
        // wasm-bindgen runs these to write the JS glue, then removes them.
        if name.starts_with("__wbindgen_describe")
            || name.starts_with("wasm_bindgen::describe::")
            || name.contains(" as wasm_bindgen::describe::WasmDescribe>::describe")
        {
            continue;
        }
        code += len;
        *by_part.entry(part_of(&name)).or_default() += len;
    }
    let mut parts: Vec<Part> = by_part
        .into_iter()
        .map(|(name, bytes)| Part { name, bytes })
        .collect();
    parts.sort_by(|a, b| b.bytes.cmp(&a.bytes).then(a.name.cmp(&b.name)));
    Ok((parts, code, data))
}

/// The part a function belongs to: the innermost `savoir::` module (up to
/// three levels below the crate) its demangled name mentions, else its
/// crate.
fn part_of(name: &str) -> String {
    if let Some(at) = name.rfind("savoir::") {
        let path: Vec<&str> = name[at + "savoir::".len()..]
            .split("::")
            .take(3)
            .take_while(|seg| {
                !seg.is_empty()
                    && !seg.starts_with("__")
                    && seg
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            })
            .collect();
        return if path.is_empty() {
            "savoir".to_owned()
        } else {
            format!("savoir::{}", path.join("::"))
        };
    }
    // `<_ as tachys::…>::build`: a library's trait, for a type of ours
    // that the name leaves out.
    let name = name.strip_prefix("<_ as ").unwrap_or(name);
    let crate_name: String = name
        .trim_start_matches(['<', '&', '(', ' ', '*'])
        .trim_start_matches("mut ")
        .trim_start_matches("dyn ")
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if crate_name.is_empty() {
        "(unnamed)".to_owned()
    } else {
        format!("crate {crate_name}")
    }
}

struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Result<u8, BoxError> {
        let b = *self.b.get(self.i).ok_or("wasm: unexpected end")?;
        self.i += 1;
        Ok(b)
    }

    fn leb(&mut self) -> Result<usize, BoxError> {
        let (mut value, mut shift) = (0usize, 0);
        loop {
            let b = self.byte()?;
            value |= usize::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(value);
            }
            shift += 7;
            if shift > 63 {
                return Err("wasm: LEB128 too long".into());
            }
        }
    }

    fn name(&mut self) -> Result<&'a str, BoxError> {
        let len = self.leb()?;
        let bytes = self
            .b
            .get(self.i..self.i + len)
            .ok_or("wasm: name past the end")?;
        self.i += len;
        Ok(std::str::from_utf8(bytes)?)
    }

    fn limits(&mut self) -> Result<(), BoxError> {
        let flags = self.byte()?;
        self.leb()?;
        if flags & 1 == 1 {
            self.leb()?;
        }
        Ok(())
    }
}
