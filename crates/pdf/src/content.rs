//! A page's content stream run for its text: the graphics and text state,
//! the text-showing operators, form XObjects entered, and each upright
//! glyph placed on the page and gathered into runs — glyphs of one font
//! name, size and baseline that follow each other. Blank glyphs only move
//! the pen; a gap wider than a thin space is written as a blank and a wide
//! one starts a new run, as pdf.js does
//! (`crates/analysis/src/open/pdf/lines.rs` reads the runs after).

use std::collections::{HashMap, HashSet};

use crate::file::File;
use crate::fonts::{Font, Glyph};
use crate::syntax::{Dict, Lexer, Object, Token};
use crate::{Declined, Run};

/// A gap of more than this share of the size is a blank in the run.
const SPACE_GAP: f64 = 0.102;
/// A gap of more than this share of the size, or a step back of more than
/// `BACK_GAP`, starts a new run.
const RUN_GAP: f64 = 0.6;
const BACK_GAP: f64 = 0.2;
/// Deepest form XObject entered (forms drawing forms).
const MAX_FORMS: usize = 8;
/// Most fonts one document may load (a font written in place in a form's
/// resources is loaded each time the form is drawn).
const MAX_FONTS: usize = 50_000;

type Matrix = [f64; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` moved by `tx`, `ty` in its own space first (Td, T*, a glyph's advance).
fn translated(tx: f64, ty: f64, m: &Matrix) -> Matrix {
    times(&[1.0, 0.0, 0.0, 1.0, tx, ty], m)
}

/// `m` then `n`: a point goes through `m` first.
fn times(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

/// The graphics state, with the text state in it (a form starts with the
/// state it is drawn in).
#[derive(Clone)]
pub struct GraphicsState {
    ctm: Matrix,
    font: Option<usize>,
    size: f64,
    char_spacing: f64,
    word_spacing: f64,
    scale: f64,
    leading: f64,
    rise: f64,
}

impl GraphicsState {
    /// A page's state at its start: `ctm`, no font.
    pub fn new(ctm: Matrix) -> Self {
        GraphicsState {
            ctm,
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

/// What a document's pages share: fonts read once, by object number, each
/// with the number of its name in `names`; the fonts a form's resources
/// name, by the form's object number and the name (a font written in
/// place in a form is loaded once, not at every `Do`); the XObjects found
/// to be no forms.
#[derive(Default)]
pub struct Shared {
    fonts: Vec<(Font, usize)>,
    /// Font names, by number in `Run::font`, in the order first loaded.
    pub names: Vec<String>,
    by_number: HashMap<u32, usize>,
    form_fonts: HashMap<(u32, Vec<u8>), Option<usize>>,
    not_forms: HashSet<u32>,
}

/// What a page's text makes: its runs, in the order drawn.
pub struct PageText<'f, 'a> {
    file: &'f mut File<'a>,
    shared: &'f mut Shared,
    pub runs: Vec<Run>,
    glyphs: Vec<Glyph>,
}

impl<'f, 'a> PageText<'f, 'a> {
    pub fn new(file: &'f mut File<'a>, shared: &'f mut Shared) -> Self {
        PageText {
            file,
            shared,
            runs: Vec::new(),
            glyphs: Vec::new(),
        }
    }

    /// Runs `content` with `resources`, from `state`; `form`: the object
    /// number of the form whose resources these are (None for a page's).
    pub fn run(
        &mut self,
        content: &[u8],
        resources: &Dict,
        form: Option<u32>,
        mut state: GraphicsState,
        depth: usize,
    ) -> Result<(), Declined> {
        let mut saved: Vec<GraphicsState> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        let mut operands: Vec<Object> = Vec::new();
        // This content's font and XObject names, looked up once (Chromium
        // sets a font for almost every glyph).
        let mut named: HashMap<Vec<u8>, Option<usize>> = HashMap::new();
        let mut xobjects: HashMap<Vec<u8>, Option<Object>> = HashMap::new();
        let mut lexer = Lexer::new(content, 0);
        while let Some(token) = lexer.token()? {
            let op = match token {
                Token::Keyword(op) => op,
                token => {
                    if operands.len() > 64 {
                        operands.clear();
                    }
                    operands.push(lexer.object_from(token, 0, false)?);
                    continue;
                }
            };
            self.file.spend(1)?;
            let num = |i: usize| operands.get(i).and_then(Object::as_f64).unwrap_or(0.0);
            match op {
                b"q" if saved.len() < 256 => saved.push(state.clone()),
                b"Q" => {
                    if let Some(s) = saved.pop() {
                        state = s;
                    }
                }
                b"cm" if operands.len() == 6 => {
                    let m = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    state.ctm = times(&m, &state.ctm);
                }
                b"BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                b"Tf" => {
                    state.size = num(1);
                    state.font = match operands.first() {
                        Some(Object::Name(name)) => match named.get(name) {
                            Some(&font) => font,
                            None => {
                                let font = self.form_font(resources, form, name)?;
                                named.insert(name.clone(), font);
                                font
                            }
                        },
                        _ => None,
                    };
                }
                b"Tc" => state.char_spacing = num(0),
                b"Tw" => state.word_spacing = num(0),
                b"Tz" => state.scale = num(0) / 100.0,
                b"TL" => state.leading = num(0),
                b"Ts" => state.rise = num(0),
                b"Td" => {
                    tlm = translated(num(0), num(1), &tlm);
                    tm = tlm;
                }
                b"TD" => {
                    state.leading = -num(1);
                    tlm = translated(num(0), num(1), &tlm);
                    tm = tlm;
                }
                b"Tm" if operands.len() == 6 => {
                    tlm = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    tm = tlm;
                }
                b"T*" => {
                    tlm = translated(0.0, -state.leading, &tlm);
                    tm = tlm;
                }
                b"Tj" => {
                    if let Some(Object::String(s)) = operands.first() {
                        self.show(&state, &mut tm, s)?;
                    }
                }
                b"'" => {
                    tlm = translated(0.0, -state.leading, &tlm);
                    tm = tlm;
                    if let Some(Object::String(s)) = operands.first() {
                        self.show(&state, &mut tm, s)?;
                    }
                }
                b"\"" => {
                    state.word_spacing = num(0);
                    state.char_spacing = num(1);
                    tlm = translated(0.0, -state.leading, &tlm);
                    tm = tlm;
                    if let Some(Object::String(s)) = operands.get(2) {
                        self.show(&state, &mut tm, s)?;
                    }
                }
                b"TJ" => {
                    if let Some(Object::Array(items)) = operands.first() {
                        for item in items {
                            match item {
                                Object::String(s) => self.show(&state, &mut tm, s)?,
                                other => {
                                    let adjust = other.as_f64().unwrap_or(0.0);
                                    let tx = -adjust / 1000.0 * state.size * state.scale;
                                    tm = translated(tx, 0.0, &tm);
                                }
                            }
                        }
                    }
                }
                b"Do" => {
                    if let Some(Object::Name(name)) = operands.first() {
                        if !xobjects.contains_key(name) {
                            let found = self.file.lookup(resources, b"XObject")?;
                            self.file.spend(found.as_dict().map_or(0, |d| d.0.len()))?;
                            let entry = found.as_dict().and_then(|d| d.get(name)).cloned();
                            xobjects.insert(name.clone(), entry);
                        }
                        if let Some(Some(entry)) = xobjects.get(name) {
                            let entry = entry.clone();
                            self.form(resources, &entry, &state, depth)?;
                        }
                    }
                }
                b"BI" => skip_inline_image(&mut lexer),
                _ => {}
            }
            operands.clear();
        }
        Ok(())
    }

    /// The font `name` in `resources`; in a form's own resources (`form`
    /// its number), found once for every time the form is drawn.
    fn form_font(
        &mut self,
        resources: &Dict,
        form: Option<u32>,
        name: &[u8],
    ) -> Result<Option<usize>, Declined> {
        let Some(n) = form else {
            return self.font(resources, name);
        };
        let key = (n, name.to_vec());
        if let Some(&font) = self.shared.form_fonts.get(&key) {
            return Ok(font);
        }
        let font = self.font(resources, name)?;
        self.shared.form_fonts.insert(key, font);
        Ok(font)
    }

    /// The font a page's resources name, loaded once.
    fn font(&mut self, resources: &Dict, name: &[u8]) -> Result<Option<usize>, Declined> {
        let fonts = self.file.lookup(resources, b"Font")?;
        self.file.spend(fonts.as_dict().map_or(0, |d| d.0.len()))?;
        let Some(entry) = fonts.as_dict().and_then(|d| d.get(name)).cloned() else {
            return Ok(None);
        };
        if let Object::Ref(n) = entry {
            if let Some(&i) = self.shared.by_number.get(&n) {
                return Ok(Some(i));
            }
        }
        let dict = self.file.resolve(&entry)?;
        let Some(dict) = dict.as_dict() else {
            return Ok(None);
        };
        if self.shared.fonts.len() >= MAX_FONTS {
            return Err(Declined::Unsupported("字体过多"));
        }
        let font = Font::load(self.file, dict)?;
        let name = match self.shared.names.iter().position(|n| *n == font.name) {
            Some(i) => i,
            None => {
                self.shared.names.push(font.name.clone());
                self.shared.names.len() - 1
            }
        };
        self.shared.fonts.push((font, name));
        let i = self.shared.fonts.len() - 1;
        if let Object::Ref(n) = entry {
            self.shared.by_number.insert(n, i);
        }
        Ok(Some(i))
    }

    /// The XObject `entry` (a resource's value) drawn: a form is run,
    /// images and the rest are passed by.
    fn form(
        &mut self,
        resources: &Dict,
        entry: &Object,
        state: &GraphicsState,
        depth: usize,
    ) -> Result<(), Declined> {
        let number = match entry {
            Object::Ref(n) => Some(*n),
            _ => None,
        };
        if depth >= MAX_FORMS || number.is_some_and(|n| self.shared.not_forms.contains(&n)) {
            return Ok(());
        }
        let object = self.file.resolve(entry)?;
        let is_form =
            matches!(&object, Object::Stream(d, _) if d.name(b"Subtype") == Some(b"Form"));
        let Object::Stream(dict, start) = object else {
            return Ok(());
        };
        if !is_form {
            if let Some(n) = number {
                self.shared.not_forms.insert(n);
            }
            return Ok(());
        }
        let matrix = match dict.get(b"Matrix").and_then(Object::as_array) {
            Some(m) if m.len() == 6 => {
                let v: Vec<f64> = m.iter().map(|x| x.as_f64().unwrap_or(0.0)).collect();
                [v[0], v[1], v[2], v[3], v[4], v[5]]
            }
            _ => IDENTITY,
        };
        let content = self.file.stream_data(&dict, start)?;
        // A form's fonts are kept by its number only when they are its own.
        let (own, key) = match self.file.lookup(&dict, b"Resources")? {
            Object::Dict(d) => (d, number),
            _ => (resources.clone(), None),
        };
        let mut inner = state.clone();
        inner.ctm = times(&matrix, &state.ctm);
        self.run(&content, &own, key, inner, depth + 1)
    }

    /// A string shown: each glyph placed, the text matrix moved past it.
    fn show(
        &mut self,
        state: &GraphicsState,
        tm: &mut Matrix,
        bytes: &[u8],
    ) -> Result<(), Declined> {
        let Some(font_index) = state.font else {
            return Ok(());
        };
        let mut glyphs = std::mem::take(&mut self.glyphs);
        let (loaded, font) = &self.shared.fonts[font_index];
        let font = *font;
        loaded.glyphs(bytes, &mut glyphs)?;
        let size = state.size;
        let scale = state.scale;
        for glyph in &glyphs {
            // The text rendering matrix: size and scale, rise, then Tm, then the CTM.
            let trm = times(
                &times(&[size * scale, 0.0, 0.0, size, 0.0, state.rise], tm),
                &state.ctm,
            );
            let upright =
                trm[1].abs() < 1e-3 && trm[2].abs() < 1e-3 && trm[0] > 0.0 && trm[3] > 0.0;
            // A blank glyph only moves the pen: the gap it leaves is a
            // blank, or a new run, by the rules of `place` (pdf.js does
            // the same, so a line's leading 　　 is no part of its text).
            if upright && !glyph.text.chars().all(char::is_whitespace) {
                let x = trm[4];
                let end = x + glyph.width * trm[0];
                self.place(&glyph.text, x, end, trm[5], trm[3], font);
            }
            let advance = (glyph.width * size
                + state.char_spacing
                + if glyph.space { state.word_spacing } else { 0.0 })
                * scale;
            *tm = translated(advance, 0.0, tm);
        }
        self.glyphs = glyphs;
        Ok(())
    }

    /// A glyph's text at `x`–`end` on baseline `y`, added to the last run
    /// when it follows it.
    fn place(&mut self, text: &str, x: f64, end: f64, y: f64, size: f64, font: usize) {
        if !(x.is_finite() && end.is_finite() && y.is_finite() && size.is_finite()) {
            return;
        }
        if let Some(run) = self.runs.last_mut() {
            let gap = x - run.end;
            let same = run.font == font
                && (run.y - y).abs() < 0.01 * size
                && (run.size - size).abs() < 0.01 * size
                && gap > -BACK_GAP * size;
            if same && gap <= RUN_GAP * size {
                if gap > SPACE_GAP * size && !run.text.ends_with(' ') && !text.starts_with(' ') {
                    run.text.push(' ');
                }
                run.text.push_str(text);
                run.end = run.end.max(end);
                return;
            }
        }
        self.runs.push(Run {
            text: text.to_owned(),
            x,
            y,
            end,
            size,
            font,
        });
    }
}

/// Past an inline image's data: from `ID` to the `EI` after it.
fn skip_inline_image(lexer: &mut Lexer) {
    let bytes = lexer.bytes;
    // The dictionary's keys and values up to `ID`.
    while let Ok(Some(token)) = lexer.token() {
        if token == Token::Keyword(b"ID") {
            break;
        }
    }
    let mut at = lexer.pos + 1;
    while at + 2 <= bytes.len() {
        if &bytes[at..at + 2] == b"EI"
            && crate::syntax::is_whitespace(bytes[at - 1])
            && bytes
                .get(at + 2)
                .is_none_or(|&b| crate::syntax::is_whitespace(b))
        {
            lexer.pos = at + 2;
            return;
        }
        at += 1;
    }
    lexer.pos = bytes.len();
}
