//! Reading one figure out of running text: qualifier, number (Arabic,
//! full-width or Chinese), magnitude, range, unit. What the figure counts
//! and where it stands is the business of the rest of `figures`.
//!
//! A figure needs a unit: a bare number is a year, a code or a formulation.
//! Ordinals (第十二届), durations (五年), anniversaries (70周年) and numbers
//! inside short quotes (“四个意识”) are not figures.

use super::units::{
    is_phase, per_unit, unit_fits, Magnitude, Unit, APPROXIMATE, MAGNITUDES, PREFIX_QUALIFIERS,
    RANGE_MARKS, SUFFIX_QUALIFIERS, UNITS, UNIT_RATES,
};
use crate::text::chars::is_han;
use crate::text::numerals::{ascii_digit, is_chinese_numeral, is_multiplier, parse_chinese};
use crate::text::phrases::FIXED_FORMULATIONS;
use crate::text::quotes::quoted;

/// A quotation this long or shorter, its opening mark counted, is a name
/// (“四个意识”, “三高四新”): numbers in it are no figures.
const MAX_QUOTE_CHARS: usize = 12;
/// How 百分之三十 is written before its number.
const PERCENT_IN_WORDS: &str = "百分之";

/// A figure as found in a paragraph's text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figure {
    /// Byte range in the paragraph text, qualifiers included.
    pub start: usize,
    pub end: usize,
    /// The number as written (the lower end of a range).
    pub value: f64,
    /// The upper end of a range, as written.
    pub upper: Option<f64>,
    /// 万, 亿… with its factor.
    pub magnitude: Option<Magnitude>,
    pub unit: Unit,
    pub qualifier: Option<&'static str>,
}

/// A number as read, before what follows it.
#[derive(Debug, Clone, Copy)]
struct Number {
    value: f64,
    /// A magnitude written inside a Chinese numeral (两万 → 2, 万).
    magnitude: Option<Magnitude>,
    /// Written in Arabic (or full-width) digits.
    arabic: bool,
}

/// What follows a figure's number: its magnitude, range, unit.
struct Quantity {
    upper: Option<f64>,
    magnitude: Option<Magnitude>,
    unit: Unit,
    /// 余 or 多 after the number or the magnitude.
    approximate: Option<&'static str>,
}

/// A position in a paragraph's text, moving forward.
struct Cursor<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Cursor<'t> {
    fn rest(&self) -> &'t str {
        &self.text[self.at..]
    }

    fn eat(&mut self, word: &str) -> bool {
        let found = self.rest().starts_with(word);
        if found {
            self.at += word.len();
        }
        found
    }

    fn eat_any(&mut self, words: &[&'static str]) -> Option<&'static str> {
        let word = words
            .iter()
            .find(|w| self.rest().starts_with(**w))
            .copied()?;
        self.at += word.len();
        Some(word)
    }

    fn eat_magnitude(&mut self) -> Option<Magnitude> {
        let m = MAGNITUDES
            .iter()
            .find(|m| self.rest().starts_with(m.word))
            .copied()?;
        self.at += m.word.len();
        Some(m)
    }

    /// The number at the cursor.
    fn number(&mut self) -> Option<Number> {
        let rest = self.rest();
        let first = rest.chars().next()?;
        if ascii_digit(first).is_some() {
            let mut digits = String::new();
            let mut len = 0;
            let mut chars = rest.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                let digit_follows = chars.peek().is_some_and(|&(_, d)| ascii_digit(d).is_some());
                match c {
                    _ if ascii_digit(c).is_some() => digits.push(ascii_digit(c)?),
                    '.' | '．' if digit_follows => digits.push('.'),
                    ',' if digit_follows => {}
                    _ => break,
                }
                len = i + c.len_utf8();
            }
            self.at += len;
            return Some(Number {
                value: digits.parse().ok()?,
                magnitude: None,
                arabic: true,
            });
        }
        let len: usize = rest
            .chars()
            .take_while(|&c| is_chinese_numeral(c))
            .map(char::len_utf8)
            .sum();
        if len == 0 {
            return None;
        }
        let numeral = &rest[..len];
        self.at += len;
        // 两万 → 2 with magnitude 万, as 2万 would be.
        let (core, magnitude) = match MAGNITUDES
            .iter()
            .find(|m| numeral.ends_with(m.word) && numeral.len() > m.word.len())
        {
            Some(&m) => (&numeral[..numeral.len() - m.word.len()], Some(m)),
            None => (numeral, None),
        };
        // 万 or 亿 alone is one of it (近亿元).
        let alone = MAGNITUDES.iter().find(|m| m.word == core).copied();
        let (value, magnitude) = match alone.filter(|m| matches!(m.word, "万" | "亿")) {
            Some(m) => (1.0, Some(m)),
            None => (parse_chinese(core)?, magnitude),
        };
        Some(Number {
            value,
            magnitude,
            arabic: false,
        })
    }
}

/// Every figure in a paragraph, in order.
pub(crate) fn figures(text: &str) -> Vec<Figure> {
    let quotes = short_quotes(text);
    let mut found = Vec::new();
    let mut at = 0;
    while let Some((offset, c)) = text[at..]
        .char_indices()
        .find(|&(_, c)| ascii_digit(c).is_some() || is_chinese_numeral(c))
    {
        let start = at + offset;
        match read_figure(text, start, &quotes) {
            Some(figure) => {
                at = figure.end;
                found.push(figure);
            }
            None => {
                // Skip the whole numeral: 十二届 is not 二届.
                let numeral = text[start..]
                    .chars()
                    .take_while(|&d| ascii_digit(d).is_some() || is_chinese_numeral(d) || d == '.');
                at = start + numeral.map(char::len_utf8).sum::<usize>().max(c.len_utf8());
            }
        }
    }
    found
}

/// The figure starting at byte `start`, if there is one.
fn read_figure(text: &str, start: usize, quotes: &[(usize, usize)]) -> Option<Figure> {
    if !may_open_figure(text, start, quotes) {
        return None;
    }
    let before = &text[..start];
    let prefix = PREFIX_QUALIFIERS
        .iter()
        .copied()
        .find(|q| before.ends_with(q));
    let in_words = before.ends_with(PERCENT_IN_WORDS);
    let figure_start = match prefix {
        Some(q) => start - q.len(),
        None if in_words => start - PERCENT_IN_WORDS.len(),
        None => start,
    };
    let mut cursor = Cursor { text, at: start };
    let number = cursor.number()?;
    if is_word_numeral(&text[start..cursor.at], number, prefix, cursor.rest()) {
        return None;
    }
    let (value, quantity) = if !number.arabic && cursor.eat("分之") {
        // 三分之一: the number after 分之 over the one before.
        let numerator = cursor.number().filter(|n| !n.arabic)?;
        let share = Quantity {
            upper: None,
            magnitude: None,
            unit: Unit::Fraction,
            approximate: None,
        };
        (numerator.value / number.value, share)
    } else {
        (number.value, quantity(&mut cursor, number, in_words)?)
    };
    let before_suffix = cursor.at;
    let suffix = cursor.eat_any(SUFFIX_QUALIFIERS);
    if names_a_size_class(
        before,
        &text[start..before_suffix],
        quantity.unit,
        suffix,
        cursor.rest(),
    ) {
        return None;
    }
    // A fraction's span has always stopped before its suffix (三分之一 of
    // 三分之一以上, qualifier 以上), unlike every other figure's; kept so for
    // now, as the report JSON is pinned while the code is reorganised.
    let end = match quantity.unit {
        Unit::Fraction => before_suffix,
        _ => cursor.at,
    };
    Some(Figure {
        start: figure_start,
        end,
        value,
        upper: quantity.upper,
        magnitude: quantity.magnitude,
        unit: quantity.unit,
        qualifier: quantity.approximate.or(prefix).or(suffix),
    })
}

/// Whether a figure may start at `start`: not in an ordinal (第十二届), a
/// code (G20), a fixed formulation (八项规定) or a name in quotes; a Chinese
/// numeral right after a closing quote sums up a list (“…”四个环节).
fn may_open_figure(text: &str, start: usize, quotes: &[(usize, usize)]) -> bool {
    let prev = text[..start].chars().next_back();
    let arabic = text[start..].chars().next().and_then(ascii_digit).is_some();
    // 第十二届, 十一届八次(全会): a numeral after 第 or a term's 届 is an ordinal.
    if matches!(prev, Some('第' | '届')) || prev.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    if FIXED_FORMULATIONS
        .iter()
        .any(|f| text[start..].starts_with(f))
    {
        return false;
    }
    let in_quote = quotes.iter().any(|&(s, e)| s <= start && start < e);
    !(in_quote || (!arabic && prev == Some('”')))
}

/// Measure words of a count that a size class can follow.
const CLASS_COUNTERS: &[char] = &['个', '家', '条', '项', '座', '所', '处'];

/// Whether an amount of money (`written` in `unit`, then its suffix) names
/// a class of the things counted rather than measuring anything: right
/// after a count (12个百亿元、70个30亿元以上项目, 再上一个万亿元台阶), or a
/// bare magnitude with 以上 or 以下 before the thing's name
/// (百亿元以上产业链15条). Other units after a count are counts of their
/// own (改造老旧小区1343个52.54万户).
fn names_a_size_class(
    before: &str,
    written: &str,
    unit: Unit,
    suffix: Option<&str>,
    rest: &str,
) -> bool {
    if !matches!(unit, Unit::Word(word) if word.ends_with('元')) {
        return false;
    }
    let mut back = before.chars().rev();
    let after_count = back.next().is_some_and(|c| CLASS_COUNTERS.contains(&c))
        && back
            .next()
            .is_some_and(|c| ascii_digit(c).is_some() || is_chinese_numeral(c))
        && back.next() != Some('第');
    let bare_magnitude = written.chars().next().is_some_and(is_multiplier)
        && !written.chars().any(|c| ascii_digit(c).is_some());
    let names_next = rest.chars().next().is_some_and(|c| {
        is_han(c) && !matches!(c, '的' | '和' | '或' | '及' | '与' | '并' | '且' | '而')
    });
    after_count || (bare_magnitude && matches!(suffix, Some("以上" | "以下")) && names_next)
}

/// 一个 (an article), 千家万户, 百花齐放: Chinese numerals that are words,
/// unless a qualifier vouches for a lone 万 or 亿 (近亿元).
fn is_word_numeral(numeral: &str, number: Number, prefix: Option<&str>, rest: &str) -> bool {
    // 增加一倍, 提高一成: 一 with a multiple or a tenth is a figure.
    let share = numeral == "一" && rest.starts_with(['倍', '成']);
    let lone =
        number.magnitude.is_none() && matches!(numeral, "一" | "十" | "百" | "千" | "零" | "〇");
    !number.arabic && !share && (lone || (matches!(numeral, "万" | "亿") && prefix.is_none()))
}

/// What follows a number: 余/多, magnitude, the upper end of a range, the
/// unit (or a rate: 58万元/人), and a range whose unit repeats (3%—5%).
/// `in_words`: the number followed 百分之, so its unit is %.
fn quantity(cursor: &mut Cursor, number: Number, in_words: bool) -> Option<Quantity> {
    let mut approximate = cursor.eat_any(APPROXIMATE);
    let mut magnitude = number.magnitude;
    if magnitude.is_none() {
        magnitude = cursor.eat_magnitude();
    }
    approximate = approximate.or_else(|| cursor.eat_any(APPROXIMATE));
    // 4万多亿元: 万 and 亿 with 多 between are 万亿.
    if approximate.is_some() && magnitude.is_some_and(|m| m.word == "万") {
        let at = cursor.at;
        match cursor.eat_magnitude() {
            Some(m) if m.word == "亿" => {
                magnitude = MAGNITUDES.iter().copied().find(|m| m.word == "万亿")
            }
            Some(_) => cursor.at = at,
            None => {}
        }
    }
    let mut upper = read_upper_end(cursor, number.arabic, &mut magnitude);
    let unit = if in_words {
        Unit::Word("%")
    } else {
        match cursor.eat_any(UNITS) {
            Some(word) => Unit::Word(word),
            // 3700多万学生: a magnitude with nothing after it still counts.
            None if magnitude.is_some() && number.arabic => Unit::Bare,
            None => return None,
        }
    };
    let rest = cursor.rest();
    if !unit_fits(unit.written(), rest)
        || (!number.arabic && unit == Unit::Word("期") && is_phase(rest))
    {
        return None;
    }
    let unit = rate(cursor, unit);
    if upper.is_none() {
        upper = upper_end_with_unit(cursor, number.arabic, unit);
    }
    Some(Quantity {
        upper,
        magnitude,
        unit,
        approximate,
    })
}

/// 58万元/人, 0.6人/百亿元: a unit per something, if it is one of the
/// rates reports use (the `/…` is read either way).
fn rate(cursor: &mut Cursor, unit: Unit) -> Unit {
    let Some(per) = per_unit(cursor.rest()) else {
        return unit;
    };
    cursor.at += per.len();
    let written = format!("{}{per}", unit.written());
    UNIT_RATES
        .iter()
        .find(|rate| **rate == written)
        .map_or(unit, |&rate| Unit::Word(rate))
}

/// 3%—5%: the upper end of a range written after the unit, with the unit again.
fn upper_end_with_unit(cursor: &mut Cursor, arabic: bool, unit: Unit) -> Option<f64> {
    let mut probe = Cursor {
        text: cursor.text,
        at: cursor.at,
    };
    probe.eat_any(RANGE_MARKS)?;
    let high = probe.number().filter(|high| arabic && high.arabic)?;
    probe.eat_magnitude();
    if !probe.eat(unit.written()) {
        return None;
    }
    cursor.at = probe.at;
    Some(high.value)
}

/// `5万至8万` / `3至5`: the upper end of a range written before the unit.
fn read_upper_end(
    cursor: &mut Cursor,
    arabic: bool,
    magnitude: &mut Option<Magnitude>,
) -> Option<f64> {
    let mut probe = Cursor {
        text: cursor.text,
        at: cursor.at,
    };
    probe.eat_any(RANGE_MARKS)?;
    let high = probe.number()?;
    if high.arabic != arabic {
        return None;
    }
    if let Some(high_magnitude) = probe.eat_magnitude().or(high.magnitude) {
        if magnitude.is_some_and(|m| m.word != high_magnitude.word) {
            return None;
        }
        *magnitude = Some(high_magnitude);
    }
    cursor.at = probe.at;
    Some(high.value)
}

/// Byte ranges of short quotations (“四个意识”), opening mark to closing
/// mark: numbers inside them are names.
fn short_quotes(text: &str) -> Vec<(usize, usize)> {
    quoted(text, '“', '”')
        .map(|inner| (inner.start - '“'.len_utf8(), inner.end))
        .filter(|&(open, close)| text[open..close].chars().count() <= MAX_QUOTE_CHARS)
        .collect()
}

#[cfg(test)]
mod tests;
