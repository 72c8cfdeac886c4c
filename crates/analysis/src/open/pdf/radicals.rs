//! Characters a PDF's text layer gives in a form no report is written in:
//! the Kangxi radicals (U+2F00–U+2FD5) that fonts map their glyphs to (⼯
//! for 工, ⼀ for 一, as Chromium's and Word's subsets do), read back as the
//! ideographs they look like. The Kangxi table is Unicode's own
//! compatibility mapping (NFKC) of the block; the supplement's radicals
//! (U+2E80–U+2EF3) have none but two, and those that are whole simplified
//! characters in the same shape (⺠ 民, ⻓ 长, ⻅ 见: Unicode's names say
//! C-SIMPLIFIED LONG, SEE) are read as them.

/// The ideograph each Kangxi radical U+2F00… stands for, in order.
const KANGXI: [&str; 6] = [
    "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀",
    "寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋",
    "比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸",
    "缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛",
    "辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻",
    "黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠",
];

/// Radicals of the supplement that are whole characters: (radical, character).
const SUPPLEMENT: &[(char, char)] = &[
    ('\u{2E9F}', '母'),
    ('\u{2EA0}', '民'),
    ('\u{2EC4}', '西'),
    ('\u{2EC5}', '见'),
    ('\u{2EC6}', '角'),
    ('\u{2EC9}', '贝'),
    ('\u{2ECB}', '车'),
    ('\u{2ED3}', '长'),
    ('\u{2ED4}', '门'),
    ('\u{2ED8}', '青'),
    ('\u{2ED9}', '韦'),
    ('\u{2EDA}', '页'),
    ('\u{2EDB}', '风'),
    ('\u{2EDC}', '飞'),
    ('\u{2EDD}', '食'),
    ('\u{2EE2}', '马'),
    ('\u{2EE3}', '骨'),
    ('\u{2EE5}', '鱼'),
    ('\u{2EE6}', '鸟'),
    ('\u{2EE7}', '卤'),
    ('\u{2EE8}', '麦'),
    ('\u{2EE9}', '黄'),
    ('\u{2EEA}', '黾'),
    ('\u{2EEC}', '齐'),
    ('\u{2EEE}', '齿'),
    ('\u{2EF0}', '龙'),
    ('\u{2EF3}', '龟'),
];

/// A run's text as the report wrote it: radicals read as ideographs, and
/// the one glyph a font shapes `——` into (U+2E3A TWO-EM DASH, `———` the
/// three-em U+2E3B) as the two dashes typed.
pub(super) fn as_written(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{2E3A}' => out.push_str("——"),
            '\u{2E3B}' => out.push_str("———"),
            c => out.push(ideograph(c)),
        }
    }
    out
}

/// `c`, or the ideograph it stands for when it is a radical.
fn ideograph(c: char) -> char {
    match c as u32 {
        0x2F00..=0x2FD5 => {
            let index = c as usize - 0x2F00;
            KANGXI[index / 40].chars().nth(index % 40).unwrap_or(c)
        }
        0x2E80..=0x2EF3 => SUPPLEMENT
            .iter()
            .find(|(radical, _)| *radical == c)
            .map_or(c, |(_, ideograph)| *ideograph),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radicals_read_as_their_ideographs() {
        assert_eq!(ideograph('\u{2F00}'), '一');
        assert_eq!(ideograph('\u{2F2F}'), '工');
        assert_eq!(ideograph('\u{2FD5}'), '龠');
        assert_eq!(ideograph('工'), '工');
        assert_eq!(ideograph('\u{2EA0}'), '民');
        assert_eq!(ideograph('\u{2ED3}'), '长');
        assert_eq!(ideograph('\u{2E8C}'), '\u{2E8C}');
        assert_eq!(as_written("\u{2E3A}经济实力\u{2F2F}作"), "——经济实力工作");
        assert_eq!(KANGXI.concat().chars().count(), 214);
    }
}
