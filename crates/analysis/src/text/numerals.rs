//! Numbers in Chinese numerals and full-width digits: read (三千五百,
//! 二〇二一, ４７．２) and written (heading numerals, Word's list formats).

/// True for the characters a Chinese numeral is made of.
pub(crate) fn is_chinese_numeral(c: char) -> bool {
    matches!(
        c,
        '零' | '〇'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '亿'
            | '两'
    )
}

/// A place-value multiplier (十百千万亿): a magnitude, not a digit.
pub(crate) fn is_multiplier(c: char) -> bool {
    matches!(c, '十' | '百' | '千' | '万' | '亿')
}

/// A five-year plan's name: 十四五, 十五五 (three characters, 十…五).
pub(crate) fn is_plan_name(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next(), chars.next()),
        (Some('十'), Some(_), Some('五'), None)
    )
}

/// A digit, half- or full-width (`7`, `７`).
pub(crate) fn is_digit(c: char) -> bool {
    ascii_digit(c).is_some()
}

/// The ASCII digit of a half- or full-width digit (`７` → `7`).
pub(crate) fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
        _ => None,
    }
}

fn digit_value(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// The value of a Chinese numeral such as 三千五百, 十二, 一百二十, 两万, 亿.
/// Digit strings without multipliers (二〇二一) read digit by digit.
///
/// Returns `None` for text that is not a well-formed numeral.
pub(crate) fn parse_chinese(numeral: &str) -> Option<f64> {
    if numeral.is_empty() {
        return None;
    }
    if numeral.chars().count() > 1 && numeral.chars().all(|c| digit_value(c).is_some()) {
        let mut value = 0u64;
        for c in numeral.chars() {
            value = value.checked_mul(10)? + digit_value(c)?;
        }
        return Some(value as f64);
    }
    let mut total = 0u64; // finished 亿 groups
    let mut section = 0u64; // finished 万 groups below 亿
    let mut group = 0u64; // below 万
    let mut digit: Option<u64> = None;
    for c in numeral.chars() {
        if let Some(d) = digit_value(c) {
            if digit.is_some_and(|prev| prev != 0) {
                return None; // two digits in a row: 三五 (一千零五 is fine)
            }
            digit = Some(d);
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => {
                section = (section + group + digit.take().unwrap_or(0)).max(1) * 10_000;
                group = 0;
                continue;
            }
            '亿' => {
                let below = (section + group + digit.take().unwrap_or(0)).max(1);
                total = (total + below) * 100_000_000;
                section = 0;
                group = 0;
                continue;
            }
            _ => return None,
        };
        group += digit.take().unwrap_or(1) * unit;
    }
    Some((total + section + group + digit.unwrap_or(0)) as f64)
}

/// The ordinal position of a heading number (一 → 1, 十二 → 12, 3 → 3).
pub(crate) fn ordinal(number: &str) -> Option<u32> {
    if let Ok(n) = number.parse::<u32>() {
        return Some(n);
    }
    if let Some(c) = number
        .chars()
        .next()
        .filter(|_| number.chars().count() == 1)
    {
        if let Some(n) = circled(c) {
            return Some(n);
        }
    }
    parse_chinese(number).map(|v| v as u32)
}

/// ① … ⑳ as 1 … 20.
pub(crate) fn circled(c: char) -> Option<u32> {
    match c {
        '①'..='⑳' => Some(c as u32 - '①' as u32 + 1),
        _ => None,
    }
}

/// `n` written as a heading numeral: 一, 十, 十一, 二十三, 一百零五.
pub(crate) fn chinese_numeral(n: u32) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n >= 1000 {
        return n.to_string();
    }
    let (hundreds, tens, ones) = (n / 100, n / 10 % 10, n % 10);
    let mut out = String::new();
    if hundreds > 0 {
        out.push(DIGITS[hundreds as usize]);
        out.push('百');
        if tens == 0 && ones > 0 {
            out.push('零');
        }
    }
    if tens > 0 {
        if tens > 1 || hundreds > 0 {
            out.push(DIGITS[tens as usize]);
        }
        out.push('十');
    }
    if ones > 0 || n == 0 {
        out.push(DIGITS[ones as usize]);
    }
    out
}

pub(crate) fn roman(mut n: u32) -> String {
    const DIGITS: &[(u32, &str)] = &[
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for &(value, digits) in DIGITS {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_common_numerals() {
        for (text, value) in [
            ("十二", 12.0),
            ("一百二十", 120.0),
            ("三千", 3000.0),
            ("两万", 20000.0),
            ("亿", 100_000_000.0),
            ("一千零五", 1005.0),
            ("三千五百万", 35_000_000.0),
            ("二〇二一", 2021.0),
            ("十", 10.0),
        ] {
            assert_eq!(parse_chinese(text), Some(value), "{text}");
        }
        assert_eq!(parse_chinese("三十五"), Some(35.0));
        assert_eq!(parse_chinese("五三十"), None);
    }

    #[test]
    fn writes_heading_numerals() {
        let written: Vec<String> = [1, 10, 11, 20, 23, 100, 105, 110]
            .map(chinese_numeral)
            .into();
        assert_eq!(
            written,
            [
                "一", "十", "十一", "二十", "二十三", "一百", "一百零五", "一百一十"
            ]
        );
        for n in 1..200 {
            assert_eq!(ordinal(&chinese_numeral(n)), Some(n), "{n}");
        }
    }

    #[test]
    fn heading_ordinals() {
        assert_eq!(ordinal("五"), Some(5));
        assert_eq!(ordinal("十一"), Some(11));
        assert_eq!(ordinal("12"), Some(12));
        assert_eq!(ordinal("③"), Some(3));
    }
}
