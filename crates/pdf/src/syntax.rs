//! PDF's object syntax: the tokens of a file or a content stream, and the
//! objects they make (numbers, names, strings, arrays, dictionaries,
//! references, streams). Nothing here follows a reference.

use crate::Declined;

/// Deepest nesting of arrays and dictionaries read; deeper is damage.
const MAX_DEPTH: usize = 32;

/// A PDF object. A stream keeps where its data starts in the bytes it was
/// read from; its length is read when it is decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum Object {
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    Name(Vec<u8>),
    String(Vec<u8>),
    Array(Vec<Object>),
    Dict(Dict),
    Ref(u32),
    Stream(Dict, usize),
}

impl Object {
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            Object::Int(n) => Some(n as f64),
            Object::Real(x) if x.is_finite() => Some(x),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match *self {
            Object::Int(n) => Some(n),
            _ => None,
        }
    }

    pub fn as_name(&self) -> Option<&[u8]> {
        match self {
            Object::Name(n) => Some(n),
            _ => None,
        }
    }

    pub fn as_dict(&self) -> Option<&Dict> {
        match self {
            Object::Dict(d) | Object::Stream(d, _) => Some(d),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Object]> {
        match self {
            Object::Array(a) => Some(a),
            _ => None,
        }
    }
}

/// A dictionary: few keys, kept in order, looked up one by one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dict(pub Vec<(Vec<u8>, Object)>);

impl Dict {
    pub fn get(&self, key: &[u8]) -> Option<&Object> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn name(&self, key: &[u8]) -> Option<&[u8]> {
        self.get(key).and_then(Object::as_name)
    }
}

/// One token.
#[derive(Debug, Clone, PartialEq)]
pub enum Token<'a> {
    Int(i64),
    Real(f64),
    Name(Vec<u8>),
    String(Vec<u8>),
    ArrayStart,
    ArrayEnd,
    DictStart,
    DictEnd,
    /// `obj`, `R`, `stream`, `true`, an operator: any other run of regular characters.
    Keyword(&'a [u8]),
}

pub fn is_whitespace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\0')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_whitespace(b) && !is_delimiter(b)
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Hex digits up to a `>` (blanks and other bytes skipped, an odd last
/// digit read as its high half), decoded; and how many bytes that took,
/// the `>` included. A hex string's body and the ASCIIHex filter.
pub fn hex_decode(data: &[u8]) -> (Vec<u8>, usize) {
    let mut out = Vec::new();
    let mut high: Option<u8> = None;
    let mut used = data.len();
    for (i, &c) in data.iter().enumerate() {
        if c == b'>' {
            used = i + 1;
            break;
        }
        if let Some(v) = hex_value(c) {
            match high.take() {
                Some(h) => out.push(h << 4 | v),
                None => high = Some(v),
            }
        }
    }
    if let Some(h) = high {
        out.push(h << 4);
    }
    (out, used)
}

/// Reads tokens and objects from bytes, from a position on.
pub struct Lexer<'a> {
    pub bytes: &'a [u8],
    pub pos: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(bytes: &'a [u8], pos: usize) -> Self {
        Lexer { bytes, pos }
    }

    /// Skips blanks and comments.
    pub fn skip_blank(&mut self) {
        while let Some(&b) = self.bytes.get(self.pos) {
            if is_whitespace(b) {
                self.pos += 1;
            } else if b == b'%' {
                while let Some(&c) = self.bytes.get(self.pos) {
                    if c == b'\n' || c == b'\r' {
                        break;
                    }
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    /// The next token, or `None` at the end.
    pub fn token(&mut self) -> Result<Option<Token<'a>>, Declined> {
        self.skip_blank();
        let Some(&b) = self.bytes.get(self.pos) else {
            return Ok(None);
        };
        let token = match b {
            b'[' => {
                self.pos += 1;
                Token::ArrayStart
            }
            b']' => {
                self.pos += 1;
                Token::ArrayEnd
            }
            b'<' if self.bytes.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                Token::DictStart
            }
            b'>' if self.bytes.get(self.pos + 1) == Some(&b'>') => {
                self.pos += 2;
                Token::DictEnd
            }
            b'<' => Token::String(self.hex_string()),
            b'(' => Token::String(self.literal_string()),
            b'/' => Token::Name(self.name()),
            b'+' | b'-' | b'.' | b'0'..=b'9' => self.number(),
            b')' | b'>' | b'{' | b'}' => {
                // Stray closers (PostScript braces in a function): one byte, no meaning here.
                self.pos += 1;
                Token::Keyword(&self.bytes[self.pos - 1..self.pos])
            }
            _ => {
                let start = self.pos;
                while self.bytes.get(self.pos).is_some_and(|&c| is_regular(c)) {
                    self.pos += 1;
                }
                Token::Keyword(&self.bytes[start..self.pos])
            }
        };
        Ok(Some(token))
    }

    fn number(&mut self) -> Token<'a> {
        let start = self.pos;
        while self.bytes.get(self.pos).is_some_and(|&c| is_regular(c)) {
            self.pos += 1;
        }
        let text = &self.bytes[start..self.pos];
        // Hand-read: `-.5`, `1.`, `--3` (a writer's slip read as -3) all occur.
        let mut negative = false;
        let mut int: i64 = 0;
        let mut frac: f64 = 0.0;
        let mut scale = 1.0;
        let mut dot = false;
        let mut digits = 0;
        for &c in text {
            match c {
                b'-' if digits == 0 && !dot => negative = true,
                b'+' if digits == 0 && !dot => {}
                b'.' if !dot => dot = true,
                b'0'..=b'9' => {
                    digits += 1;
                    if dot {
                        scale /= 10.0;
                        frac += f64::from(c - b'0') * scale;
                    } else {
                        int = int.saturating_mul(10).saturating_add(i64::from(c - b'0'));
                    }
                }
                // `1e5` is no PDF number; what came before stands.
                _ => break,
            }
        }
        if dot {
            let value = int as f64 + frac;
            Token::Real(if negative { -value } else { value })
        } else {
            Token::Int(if negative { -int } else { int })
        }
    }

    fn name(&mut self) -> Vec<u8> {
        self.pos += 1;
        let mut out = Vec::new();
        while let Some(&c) = self.bytes.get(self.pos) {
            if !is_regular(c) {
                break;
            }
            self.pos += 1;
            if c == b'#' {
                let hi = self.bytes.get(self.pos).copied().and_then(hex_value);
                let lo = self.bytes.get(self.pos + 1).copied().and_then(hex_value);
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(hi << 4 | lo);
                    self.pos += 2;
                    continue;
                }
            }
            out.push(c);
        }
        out
    }

    fn hex_string(&mut self) -> Vec<u8> {
        let (bytes, used) = hex_decode(&self.bytes[self.pos + 1..]);
        self.pos += 1 + used;
        bytes
    }

    fn literal_string(&mut self) -> Vec<u8> {
        self.pos += 1;
        let mut out = Vec::new();
        let mut depth = 1usize;
        while let Some(&c) = self.bytes.get(self.pos) {
            self.pos += 1;
            match c {
                b'(' => {
                    depth += 1;
                    out.push(c);
                }
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                    out.push(c);
                }
                // An unescaped line end (CR, CRLF or LF) is read as LF.
                b'\r' => {
                    if self.bytes.get(self.pos) == Some(&b'\n') {
                        self.pos += 1;
                    }
                    out.push(b'\n');
                }
                b'\\' => {
                    let Some(&e) = self.bytes.get(self.pos) else {
                        break;
                    };
                    self.pos += 1;
                    match e {
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'0'..=b'7' => {
                            let mut v = u32::from(e - b'0');
                            for _ in 0..2 {
                                match self.bytes.get(self.pos) {
                                    Some(&d @ b'0'..=b'7') => {
                                        v = v * 8 + u32::from(d - b'0');
                                        self.pos += 1;
                                    }
                                    _ => break,
                                }
                            }
                            out.push(v as u8);
                        }
                        // A line end after a backslash continues the string.
                        b'\r' => {
                            if self.bytes.get(self.pos) == Some(&b'\n') {
                                self.pos += 1;
                            }
                        }
                        b'\n' => {}
                        other => out.push(other),
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }

    /// The next object of a file (references `n g R` read as such); a
    /// keyword that is no object (`endobj`, an operator) reads as `Null`.
    pub fn object(&mut self) -> Result<Object, Declined> {
        let token = self
            .token()?
            .ok_or(Declined::Damaged("对象在文件末尾中断"))?;
        self.object_from(token, 0, true)
    }

    /// An object from its first token; `refs`: `n g R` is a reference (in a
    /// file, not in a content stream).
    pub fn object_from(
        &mut self,
        token: Token<'a>,
        depth: usize,
        refs: bool,
    ) -> Result<Object, Declined> {
        if depth > MAX_DEPTH {
            return Err(Declined::Damaged("嵌套过深"));
        }
        Ok(match token {
            Token::Int(n) => {
                if refs {
                    if let Some(r) = self.reference_after(n) {
                        return Ok(r);
                    }
                }
                Object::Int(n)
            }
            Token::Real(x) => Object::Real(x),
            Token::Name(n) => Object::Name(n),
            Token::String(s) => Object::String(s),
            Token::ArrayStart => {
                let mut items = Vec::new();
                loop {
                    match self.token()? {
                        None => return Err(Declined::Damaged("数组未结束")),
                        Some(Token::ArrayEnd) => break,
                        Some(t) => items.push(self.object_from(t, depth + 1, refs)?),
                    }
                }
                Object::Array(items)
            }
            Token::DictStart => {
                let mut entries = Vec::new();
                loop {
                    match self.token()? {
                        None => return Err(Declined::Damaged("字典未结束")),
                        Some(Token::DictEnd) => break,
                        Some(Token::Name(key)) => {
                            let value = match self.token()? {
                                None => return Err(Declined::Damaged("字典未结束")),
                                Some(Token::DictEnd) => {
                                    entries.push((key, Object::Null));
                                    break;
                                }
                                Some(t) => self.object_from(t, depth + 1, refs)?,
                            };
                            entries.push((key, value));
                        }
                        // A value with no key: skipped, as readers do.
                        Some(_) => {}
                    }
                }
                let dict = Dict(entries);
                if refs && self.stream_follows() {
                    let start = self.stream_data_start();
                    return Ok(Object::Stream(dict, start));
                }
                Object::Dict(dict)
            }
            Token::Keyword(b"true") => Object::Bool(true),
            Token::Keyword(b"false") => Object::Bool(false),
            Token::Keyword(b"null") => Object::Null,
            Token::ArrayEnd | Token::DictEnd | Token::Keyword(_) => Object::Null,
        })
    }

    /// After an integer `n`: `g R` makes it a reference to object `n`.
    fn reference_after(&mut self, n: i64) -> Option<Object> {
        let saved = self.pos;
        let mut look = Lexer::new(self.bytes, self.pos);
        if let (Ok(Some(Token::Int(g))), Ok(Some(Token::Keyword(b"R")))) =
            (look.token(), look.token())
        {
            if (0..=u32::MAX as i64).contains(&n) && (0..=65535).contains(&g) {
                self.pos = look.pos;
                return Some(Object::Ref(n as u32));
            }
        }
        self.pos = saved;
        None
    }

    fn stream_follows(&mut self) -> bool {
        let saved = self.pos;
        self.skip_blank();
        if self.bytes[self.pos.min(self.bytes.len())..].starts_with(b"stream") {
            self.pos += b"stream".len();
            true
        } else {
            self.pos = saved;
            false
        }
    }

    /// Where a stream's data starts: after `stream` and its line end.
    fn stream_data_start(&self) -> usize {
        let mut at = self.pos;
        if self.bytes.get(at) == Some(&b'\r') {
            at += 1;
        }
        if self.bytes.get(at) == Some(&b'\n') {
            at += 1;
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Object {
        Lexer::new(text.as_bytes(), 0).object().unwrap()
    }

    #[test]
    fn reads_every_kind_of_object() {
        assert_eq!(read("-.5"), Object::Real(-0.5));
        assert_eq!(read("12 0 R"), Object::Ref(12));
        assert_eq!(read("12 0 obj"), Object::Int(12));
        assert_eq!(read("/A#20B"), Object::Name(b"A B".to_vec()));
        assert_eq!(
            read("(a\\(b\\)\\101\\\nc)"),
            Object::String(b"a(b)Ac".to_vec())
        );
        assert_eq!(read("<4E2D 6>"), Object::String(vec![0x4e, 0x2d, 0x60]));
        // Unescaped line ends read as LF; an escaped one continues the string.
        assert_eq!(
            read("(a\r\nb\rc\\\r\nd)"),
            Object::String(b"a\nb\ncd".to_vec())
        );
        let dict = read("<</Type/Page/Kids[1 0 R 2 0 R]/N 3>>");
        let dict = dict.as_dict().unwrap();
        assert_eq!(dict.name(b"Type"), Some(&b"Page"[..]));
        assert_eq!(
            dict.get(b"Kids"),
            Some(&Object::Array(vec![Object::Ref(1), Object::Ref(2)]))
        );
    }

    #[test]
    fn a_stream_keeps_where_its_data_starts() {
        let text = b"<</Length 3>>stream\r\nabc\nendstream";
        match Lexer::new(text, 0).object().unwrap() {
            Object::Stream(_, start) => assert_eq!(&text[start..start + 3], b"abc"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn nesting_past_the_limit_is_damage() {
        let text = "[".repeat(100);
        assert!(Lexer::new(text.as_bytes(), 0).object().is_err());
    }
}
