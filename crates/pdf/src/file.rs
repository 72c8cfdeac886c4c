//! A PDF file's objects: the cross-reference table or stream (and the
//! older ones `Prev` names), object streams, references followed, streams
//! decoded. A file whose cross-references do not hold up, or that is
//! encrypted, is declined: pdf.js rebuilds and decrypts.

use std::collections::{HashMap, HashSet};

use crate::budget::Budget;
use crate::filters;
use crate::syntax::{Dict, Lexer, Object, Token};
use crate::Declined;

/// How many references in a row are followed before it is called a loop.
const MAX_CHAIN: usize = 32;
/// Most cross-reference sections read through `Prev`.
const MAX_SECTIONS: usize = 64;
/// The work one file may ask for, in units of about a byte read, a byte
/// decoded, an operator run or an entry written into a table (a 200-page
/// report takes about ten million, `tests/bench/pdf.mjs`'s two 200-page
/// PDFs 9.6 and 10.6 million). Past it the file is declined: what was
/// written to take long is pdf.js's to refuse or time out on.
const MAX_WORK: usize = 100_000_000;

#[derive(Debug, Clone, Copy)]
enum Entry {
    /// At this byte offset.
    At(usize),
    /// In object stream `stream` (its own table says where).
    InStream { stream: u32 },
}

/// An object stream's decoded data and where each of its objects starts.
struct ObjectStream {
    data: Vec<u8>,
    objects: HashMap<u32, usize>,
}

pub struct File<'a> {
    bytes: &'a [u8],
    entries: HashMap<u32, Entry>,
    pub trailer: Dict,
    cache: HashMap<u32, Object>,
    streams: HashMap<u32, ObjectStream>,
    work: Budget,
    /// The objects being read, innermost last.
    reading: Vec<u32>,
}

impl<'a> File<'a> {
    /// Reads the cross-references; declines an encrypted file.
    pub fn open(bytes: &'a [u8]) -> Result<Self, Declined> {
        let tail = &bytes[bytes.len().saturating_sub(2048)..];
        let at = rfind(tail, b"startxref").ok_or(Declined::Damaged("没有 startxref"))?;
        let mut lexer = Lexer::new(tail, at + b"startxref".len());
        let Ok(Some(Token::Int(offset))) = lexer.token() else {
            return Err(Declined::Damaged("startxref 后没有位置"));
        };
        let mut file = File {
            bytes,
            entries: HashMap::new(),
            trailer: Dict::default(),
            cache: HashMap::new(),
            streams: HashMap::new(),
            work: Budget::new(MAX_WORK, "文件要求的计算量过大"),
            reading: Vec::new(),
        };
        let mut next = Some(offset);
        let mut seen = Vec::new();
        while let Some(offset) = next.take() {
            let offset = usize::try_from(offset).map_err(|_| Declined::Damaged("交叉引用位置"))?;
            if seen.contains(&offset) || seen.len() >= MAX_SECTIONS {
                break;
            }
            seen.push(offset);
            let trailer = file.section(offset)?;
            // A hybrid file's table names its stream too: read after the
            // table, so the table's entries win.
            if let Some(Object::Int(stream_at)) = trailer.get(b"XRefStm") {
                if let Ok(at) = usize::try_from(*stream_at) {
                    if !seen.contains(&at) {
                        seen.push(at);
                        file.section(at)?;
                    }
                }
            }
            next = trailer.get(b"Prev").and_then(Object::as_int);
            if file.trailer.0.is_empty() {
                file.trailer = trailer;
            }
        }
        if file
            .trailer
            .get(b"Encrypt")
            .is_some_and(|e| *e != Object::Null)
        {
            return Err(Declined::Encrypted);
        }
        Ok(file)
    }

    /// One cross-reference section at `offset`, its entries added where
    /// not already known; its trailer.
    fn section(&mut self, offset: usize) -> Result<Dict, Declined> {
        if offset >= self.bytes.len() {
            return Err(Declined::Damaged("交叉引用位置越界"));
        }
        let mut lexer = Lexer::new(self.bytes, offset);
        lexer.skip_blank();
        if self.bytes[lexer.pos..].starts_with(b"xref") {
            lexer.pos += 4;
            return self.table(lexer);
        }
        // A cross-reference stream: `n g obj <<…/Type/XRef…>> stream`.
        let (_, object, _) = self.indirect_at(offset)?;
        let Object::Stream(dict, start) = object else {
            return Err(Declined::Damaged("交叉引用不是流"));
        };
        if dict.name(b"Type") != Some(b"XRef") {
            return Err(Declined::Damaged("交叉引用流类型"));
        }
        let data = self.stream_data(&dict, start)?;
        let widths: Vec<usize> = dict
            .get(b"W")
            .and_then(Object::as_array)
            .map(|w| {
                w.iter()
                    .map(|x| x.as_int().unwrap_or(0).clamp(0, 8) as usize)
                    .collect()
            })
            .unwrap_or_default();
        if widths.len() != 3 {
            return Err(Declined::Damaged("交叉引用流的 W"));
        }
        let size = dict.get(b"Size").and_then(Object::as_int).unwrap_or(0);
        let index: Vec<i64> = match dict.get(b"Index").and_then(Object::as_array) {
            Some(a) => a.iter().filter_map(Object::as_int).collect(),
            None => vec![0, size],
        };
        let row: usize = widths.iter().sum();
        if row == 0 {
            return Err(Declined::Damaged("交叉引用流的 W"));
        }
        let mut rows = data.chunks_exact(row);
        for pair in index.chunks_exact(2) {
            let (first, count) = (pair[0], pair[1]);
            for n in 0..count.max(0) {
                let Some(r) = rows.next() else { break };
                let field = |i: usize| -> usize {
                    let s: usize = widths[..i].iter().sum();
                    r[s..s + widths[i]]
                        .iter()
                        .fold(0usize, |v, &b| v << 8 | usize::from(b))
                };
                let kind = if widths[0] == 0 { 1 } else { field(0) };
                let Ok(number) = u32::try_from(first.saturating_add(n)) else {
                    continue;
                };
                let entry = match kind {
                    // A free entry still hides an older one of that number.
                    0 => Entry::At(usize::MAX),
                    1 => Entry::At(field(1)),
                    2 => Entry::InStream {
                        stream: field(1) as u32,
                    },
                    _ => continue,
                };
                self.entries.entry(number).or_insert(entry);
            }
        }
        Ok(dict)
    }

    /// A classic `xref` table from after its keyword; its trailer.
    fn table(&mut self, mut lexer: Lexer<'a>) -> Result<Dict, Declined> {
        loop {
            match lexer.token()? {
                Some(Token::Int(first)) => {
                    let Ok(Some(Token::Int(count))) = lexer.token() else {
                        return Err(Declined::Damaged("交叉引用表"));
                    };
                    for n in 0..count.max(0) {
                        let (
                            Ok(Some(Token::Int(offset))),
                            Ok(Some(Token::Int(_))),
                            Ok(Some(Token::Keyword(kind))),
                        ) = (lexer.token(), lexer.token(), lexer.token())
                        else {
                            return Err(Declined::Damaged("交叉引用表的行"));
                        };
                        let (Ok(number), Ok(offset)) = (
                            u32::try_from(first.saturating_add(n)),
                            usize::try_from(offset),
                        ) else {
                            continue;
                        };
                        if kind == b"n" {
                            self.entries.entry(number).or_insert(Entry::At(offset));
                        } else {
                            // A free entry still hides an older one of that number.
                            self.entries.entry(number).or_insert(Entry::At(usize::MAX));
                        }
                    }
                }
                Some(Token::Keyword(b"trailer")) => {
                    return match lexer.object()? {
                        Object::Dict(d) => Ok(d),
                        _ => Err(Declined::Damaged("trailer 不是字典")),
                    };
                }
                _ => return Err(Declined::Damaged("交叉引用表")),
            }
        }
    }

    /// The object `n g obj … endobj` at `offset`: its number and value,
    /// and how many bytes it took.
    fn indirect_at(&self, offset: usize) -> Result<(u32, Object, usize), Declined> {
        let mut lexer = Lexer::new(self.bytes, offset);
        let (Ok(Some(Token::Int(n))), Ok(Some(Token::Int(_))), Ok(Some(Token::Keyword(b"obj")))) =
            (lexer.token(), lexer.token(), lexer.token())
        else {
            return Err(Declined::Damaged("对象位置不对"));
        };
        let number = u32::try_from(n).map_err(|_| Declined::Damaged("对象号"))?;
        let object = lexer.object()?;
        Ok((number, object, lexer.pos - offset))
    }

    /// Counts `units` of work against [`MAX_WORK`].
    pub fn spend(&mut self, units: usize) -> Result<(), Declined> {
        self.work.spend(units)
    }

    /// Object `number`, read once and kept.
    pub fn get(&mut self, number: u32) -> Result<Object, Declined> {
        if let Some(o) = self.cache.get(&number) {
            return Ok(o.clone());
        }
        // Reading an object can read others (a stream's `Length`, the
        // object stream it is in): an object asked for while it is being
        // read, or a chain too deep, is a loop.
        if self.reading.contains(&number) || self.reading.len() >= MAX_CHAIN {
            return Err(Declined::Damaged("引用成环"));
        }
        self.reading.push(number);
        let read = self.read(number);
        self.reading.pop();
        let object = read?;
        self.cache.insert(number, object.clone());
        Ok(object)
    }

    fn read(&mut self, number: u32) -> Result<Object, Declined> {
        match self.entries.get(&number).copied() {
            None | Some(Entry::At(usize::MAX)) => Ok(Object::Null),
            Some(Entry::At(offset)) => {
                let (n, object, used) = self.indirect_at(offset)?;
                self.spend(used)?;
                if n != number {
                    return Err(Declined::Damaged("对象号与交叉引用不符"));
                }
                Ok(object)
            }
            Some(Entry::InStream { stream }) => self.in_object_stream(stream, number),
        }
    }

    fn in_object_stream(&mut self, stream: u32, number: u32) -> Result<Object, Declined> {
        if !self.streams.contains_key(&stream) {
            let Some(Entry::At(offset)) = self.entries.get(&stream).copied() else {
                return Err(Declined::Damaged("对象流不在文件中"));
            };
            let (_, object, _) = self.indirect_at(offset)?;
            let Object::Stream(dict, start) = object else {
                return Err(Declined::Damaged("对象流不是流"));
            };
            let data = self.stream_data(&dict, start)?;
            let count = dict
                .get(b"N")
                .and_then(Object::as_int)
                .unwrap_or(0)
                .clamp(0, 1 << 20);
            let first = dict
                .get(b"First")
                .and_then(Object::as_int)
                .unwrap_or(0)
                .max(0) as usize;
            let mut lexer = Lexer::new(&data, 0);
            let mut objects = HashMap::new();
            let mut offsets = HashSet::new();
            for _ in 0..count {
                let (Ok(Some(Token::Int(n))), Ok(Some(Token::Int(at)))) =
                    (lexer.token(), lexer.token())
                else {
                    break;
                };
                if let (Ok(n), Ok(at)) = (u32::try_from(n), usize::try_from(at)) {
                    // Objects never share a place: that is a file written to be read many times over.
                    if !offsets.insert(at) {
                        return Err(Declined::Damaged("对象流中的对象重叠"));
                    }
                    objects.entry(n).or_insert(first.saturating_add(at));
                }
            }
            self.streams.insert(stream, ObjectStream { data, objects });
        }
        let s = &self.streams[&stream];
        let Some(&at) = s.objects.get(&number) else {
            return Ok(Object::Null);
        };
        if at >= s.data.len() {
            return Err(Declined::Damaged("对象流中的位置越界"));
        }
        let mut lexer = Lexer::new(&s.data, at);
        let object = lexer.object()?;
        let used = lexer.pos - at;
        self.spend(used)?;
        // A stream inside an object stream is not allowed.
        Ok(match object {
            Object::Stream(..) => Object::Null,
            o => o,
        })
    }

    /// `object` with references followed.
    pub fn resolve(&mut self, object: &Object) -> Result<Object, Declined> {
        let mut object = object.clone();
        for _ in 0..MAX_CHAIN {
            match object {
                Object::Ref(n) => object = self.get(n)?,
                o => return Ok(o),
            }
        }
        Err(Declined::Damaged("引用成环"))
    }

    /// `dict[key]` with references followed (`Null` when missing).
    pub fn lookup(&mut self, dict: &Dict, key: &[u8]) -> Result<Object, Declined> {
        match dict.get(key) {
            Some(o) => self.resolve(o),
            None => Ok(Object::Null),
        }
    }

    /// A stream's data, decoded.
    pub fn stream_data(&mut self, dict: &Dict, start: usize) -> Result<Vec<u8>, Declined> {
        let declared = match dict.get(b"Length") {
            Some(Object::Int(n)) => usize::try_from(*n).ok(),
            Some(Object::Ref(r)) => {
                let r = *r;
                self.get(r)?.as_int().and_then(|n| usize::try_from(n).ok())
            }
            _ => None,
        };
        let bytes = self.bytes;
        let rest = bytes.get(start..).ok_or(Declined::Damaged("流位置越界"))?;
        // The length is trusted when `endstream` follows it; else the data
        // runs to the next `endstream`.
        let length = declared
            .filter(|&n| n <= rest.len() && ends_stream(&rest[n..]))
            .or_else(|| find(rest, b"endstream").map(|at| trim_eol(&rest[..at]).len()))
            .ok_or(Declined::Damaged("流没有结束"))?;
        self.spend(length)?;
        let data = filters::decode(dict, &rest[..length])?;
        self.spend(data.len())?;
        Ok(data)
    }

    /// A stream object's data, decoded (`Null` and non-streams give nothing).
    pub fn stream_of(&mut self, object: &Object) -> Result<Vec<u8>, Declined> {
        match self.resolve(object)? {
            Object::Stream(dict, start) => self.stream_data(&dict, start),
            _ => Ok(Vec::new()),
        }
    }
}

fn ends_stream(after: &[u8]) -> bool {
    let at = after
        .iter()
        .position(|&b| !matches!(b, b'\r' | b'\n' | b' '))
        .unwrap_or(after.len());
    after[at..].starts_with(b"endstream")
}

fn trim_eol(data: &[u8]) -> &[u8] {
    let data = data.strip_suffix(b"\n").unwrap_or(data);
    data.strip_suffix(b"\r").unwrap_or(data)
}

pub fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}
