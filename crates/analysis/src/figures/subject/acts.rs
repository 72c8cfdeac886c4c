//! Acts that make, change, admit or remove the things a figure counts
//! (改造危桥556座, 新建绿地1000公顷, 取消和停征100项行政事业性收费): the
//! thing alone would read as the whole stock of such things, so the act
//! stays in the subject. Acts that only carry out or report work (开展,
//! 完成, 实施, 收到, 发布) are not among them: what they count exists only
//! through them.

/// Building and opening, changing and repairing, fitting, removing and
/// cutting, designating and admitting, and making or repealing laws (not
/// issuing a policy, 出台: a policy is counted only as issued).
const CHANGING_ACTS: &[&str] = &[
    // building, opening, setting up
    "建设", "建成", "新建", "扩建", "改建", "改扩建", "兴建", "修建", "筹建", "续建", "新增",
    "新开工", "开工", "开通", "通车", "组建", "创建", "设立", "筹措", "供应", "配建", "布局建设",
    // changing and repairing
    "改造", "更新", "维修", "修缮", "加固", "整治", "治理", "修复", "提标", "升级", "盘活",
    // fitting
    "加装", "安装", "增设", "配备", // removing and cutting
    "拆除", "拆迁", "关停", "关闭", "淘汰", "退出", "取消", "停征", "免征", "减免", "撤并", "压减",
    "化解", "消除", "搬迁", "腾退", // designating and admitting
    "认定", "新认定", "评定", "获批", "入选", "入围", "引进", "招引", "认证", "纳入",
    "新纳入", // rules
    "制定", "修订", "废止",
];

use jieba_rs::Jieba;

/// What joins two acts done to the same things: 取消和停征, 新建改扩建及维修改造.
const ACT_JOINERS: &[&str] = &["及", "和", "、", "与"];

/// The acts opening `words` that change the things after them, joined or
/// run together (建设筹措, 新建改扩建及维修改造), as a prefix of `words`.
pub(super) fn leading_acts(words: &str) -> Option<&str> {
    let mut at = 0;
    let mut end = None;
    loop {
        let rest = &words[at..];
        let Some(act) = longest_act(rest) else {
            break;
        };
        at += act.len();
        end = Some(at);
        if let Some(joiner) = ACT_JOINERS
            .iter()
            .find(|j| words[at..].starts_with(**j) && longest_act(&words[at + j.len()..]).is_some())
        {
            at += joiner.len();
        }
    }
    end.map(|end| &words[..end])
}

/// The acts closing `words` that change the things the figure after them
/// counts (建设筹措7万套, 取消和停征100项), as a suffix of `words`: the
/// longest run of acts that reaches the end and opens on a word's start
/// (not 城市|更新 read inside 重建|设).
pub(super) fn trailing_acts<'w>(jieba: &Jieba, words: &'w str) -> Option<&'w str> {
    // Most clauses end with no such act: no need to cut them.
    if !CHANGING_ACTS.iter().any(|act| words.ends_with(act)) {
        return None;
    }
    let starts: Vec<usize> = jieba
        .tag(words, false)
        .iter()
        .map(|t| t.byte_start)
        .collect();
    starts
        .into_iter()
        .map(|at| &words[at..])
        .find(|tail| leading_acts(tail).is_some_and(|acts| acts.len() == tail.len()))
}

/// Whether `words` open or close with an act that changes the things
/// counted (大中型水闸除险加固 needs no act from the item before it).
pub(super) fn holds_an_act(words: &str) -> bool {
    leading_acts(words).is_some() || CHANGING_ACTS.iter().any(|act| words.ends_with(act))
}

/// Whether `words` are an act and what it acts on (新增托位, 设备更新), not
/// an act alone (新增, 废止), with an adverb (分别淘汰) or a bare suffix
/// (化解率).
pub(super) fn act_with_object(jieba: &Jieba, words: &str) -> bool {
    let object = match leading_acts(words) {
        Some(acts) => &words[acts.len()..],
        None => match CHANGING_ACTS.iter().find(|act| words.ends_with(*act)) {
            Some(act) => &words[..words.len() - act.len()],
            None => return false,
        },
    };
    object.chars().count() >= 2
        && jieba
            .tag(object, false)
            .first()
            .is_some_and(|t| !matches!(t.tag.chars().next(), Some('d' | 'p' | 'c' | 'u')))
}

/// The longest act opening `text`.
fn longest_act(text: &str) -> Option<&'static str> {
    CHANGING_ACTS
        .iter()
        .copied()
        .filter(|act| text.starts_with(act))
        .max_by_key(|act| act.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acts_run_together_or_joined() {
        assert_eq!(leading_acts("改造危桥"), Some("改造"));
        assert_eq!(
            leading_acts("新建改扩建及维修改造公办幼儿园"),
            Some("新建改扩建及维修改造")
        );
        assert_eq!(leading_acts("取消和停征行政事业性收费"), Some("取消和停征"));
        assert_eq!(leading_acts("开展专题协商"), None);
        let (jieba, _) = crate::keywords::lexicon::load();
        assert_eq!(
            trailing_acts(&jieba, "坚持租购并举，建设筹措"),
            Some("建设筹措")
        );
        assert_eq!(trailing_acts(&jieba, "加上取消和停征"), Some("取消和停征"));
        assert_eq!(trailing_acts(&jieba, "完成"), None);
    }
}
