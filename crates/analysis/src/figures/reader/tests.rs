//! The figure reader on the phrasings reports use.

use super::*;

/// (text, value, upper, magnitude + unit, qualifier) of a figure.
type Read = (String, f64, Option<f64>, String, Option<&'static str>);

fn read(text: &str) -> Vec<Read> {
    figures(text)
        .into_iter()
        .map(|f| {
            (
                text[f.start..f.end].to_owned(),
                f.value,
                f.upper,
                format!("{}{}", f.magnitude.map_or("", |m| m.word), f.unit.written()),
                f.qualifier,
            )
        })
        .collect()
}

fn one(text: &str) -> Read {
    let mut found = read(text);
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    found.remove(0)
}

#[test]
fn arabic_with_thousands_separators() {
    assert_eq!(
        one("新增就业1,206万人"),
        ("1,206万人".into(), 1206.0, None, "万人".into(), None)
    );
}

#[test]
fn full_width_digits_and_point() {
    assert_eq!(
        one("国内生产总值４７．２万亿元"),
        ("４７．２万亿元".into(), 47.2, None, "万亿元".into(), None)
    );
}

#[test]
fn decimals_and_percent() {
    assert_eq!(
        one("增长5.2%"),
        ("5.2%".into(), 5.2, None, "%".into(), None)
    );
    assert_eq!(
        one("增长5.2％"),
        ("5.2％".into(), 5.2, None, "％".into(), None)
    );
}

#[test]
fn chinese_numerals() {
    assert_eq!(
        one("举办三届论坛"),
        ("三届".into(), 3.0, None, "届".into(), None)
    );
    assert_eq!(
        one("建成一百二十个站点"),
        ("一百二十个".into(), 120.0, None, "个".into(), None)
    );
    assert_eq!(
        one("培训三千余人"),
        ("三千余人".into(), 3000.0, None, "人".into(), Some("余"))
    );
    assert_eq!(
        one("新增两万人"),
        ("两万人".into(), 2.0, None, "万人".into(), None)
    );
    assert_eq!(
        one("建设十二个园区"),
        ("十二个".into(), 12.0, None, "个".into(), None)
    );
}

#[test]
fn magnitude_with_a_qualifier_alone() {
    assert_eq!(
        one("筹措物资近亿元"),
        ("近亿元".into(), 1.0, None, "亿元".into(), Some("近"))
    );
}

#[test]
fn mixed_arabic_and_magnitude() {
    assert_eq!(
        one("减税1.5万亿元"),
        ("1.5万亿元".into(), 1.5, None, "万亿元".into(), None)
    );
    assert_eq!(
        one("惠及3万多户"),
        ("3万多户".into(), 3.0, None, "万户".into(), Some("多"))
    );
    assert_eq!(
        one("惠及3700多万学生"),
        ("3700多万".into(), 3700.0, None, "万".into(), Some("多"))
    );
    assert_eq!(
        one("惠及40余万名乡村教师"),
        ("40余万名".into(), 40.0, None, "万名".into(), Some("余"))
    );
}

#[test]
fn percent_in_words() {
    assert_eq!(
        one("占比达到百分之三十"),
        ("百分之三十".into(), 30.0, None, "%".into(), None)
    );
}

#[test]
fn percentage_points_stay_distinct() {
    assert_eq!(
        one("下降0.6个百分点"),
        ("0.6个百分点".into(), 0.6, None, "个百分点".into(), None)
    );
}

#[test]
fn multiples_and_tenths() {
    assert_eq!(
        one("增长1.5倍"),
        ("1.5倍".into(), 1.5, None, "倍".into(), None)
    );
    assert_eq!(
        one("提高三成"),
        ("三成".into(), 3.0, None, "成".into(), None)
    );
    assert_eq!(read("成为全国第一"), vec![]);
}

#[test]
fn ranges() {
    assert_eq!(
        one("增长3%—5%"),
        ("3%—5%".into(), 3.0, Some(5.0), "%".into(), None)
    );
    assert_eq!(
        one("每人5万至8万元"),
        ("5万至8万元".into(), 5.0, Some(8.0), "万元".into(), None)
    );
    assert_eq!(
        one("补贴3至5个百分点"),
        (
            "3至5个百分点".into(),
            3.0,
            Some(5.0),
            "个百分点".into(),
            None
        )
    );
}

#[test]
fn rates_per_unit() {
    assert_eq!(
        one("劳动生产率达58万元/人左右"),
        (
            "58万元/人左右".into(),
            58.0,
            None,
            "万元/人".into(),
            Some("左右")
        )
    );
    assert_eq!(
        one("死亡率控制在0.6人/百亿元以下"),
        (
            "0.6人/百亿元以下".into(),
            0.6,
            None,
            "人/百亿元".into(),
            Some("以下")
        )
    );
}

#[test]
fn fractions() {
    let (text, value, _, unit, _) = one("占全国三分之一");
    assert_eq!((text.as_str(), unit.as_str()), ("三分之一", "分之"));
    assert!((value - 1.0 / 3.0).abs() < 1e-9);
}

#[test]
fn measures() {
    assert_eq!(
        one("粮食产量1.37万亿斤"),
        ("1.37万亿斤".into(), 1.37, None, "万亿斤".into(), None)
    );
    assert_eq!(
        one("生猪出栏6.7亿头（只）"),
        ("6.7亿头（只）".into(), 6.7, None, "亿头（只）".into(), None)
    );
    assert_eq!(
        one("新建高速公路8000公里"),
        ("8000公里".into(), 8000.0, None, "公里".into(), None)
    );
}

#[test]
fn qualifiers() {
    for (text, q) in [
        ("收入超过126万亿元", "超过"),
        ("突破20万亿元", "突破"),
        ("累计724条", "累计"),
        ("约3000人", "约"),
        ("超1万亿元", "超"),
        ("增长5.5%左右", "左右"),
        ("1100万人以上", "以上"),
        ("控制在3%以内", "以内"),
        ("涨幅3%以下", "以下"),
        ("调研报告280余篇", "余"),
        ("共计50多次", "多"),
        ("近千万家", "近"),
    ] {
        assert_eq!(one(text).4, Some(q), "{text}");
    }
    // 达到 is the verb "reach": the figure is what is reached.
    assert_eq!(
        one("达到114万亿元"),
        ("114万亿元".into(), 114.0, None, "万亿元".into(), None)
    );
}

#[test]
fn measures_days_ages_and_size_classes() {
    for (text, figure, unit) in [
        ("新建污水管线2847米", "2847米", "米"),
        ("空气优良天数达到350天", "350天", "天"),
        ("人均预期寿命78.6岁", "78.6岁", "岁"),
        ("缩短至5个工作日", "5个工作日", "个工作日"),
        (
            "PM2.5平均浓度35.2微克/立方米",
            "35.2微克/立方米",
            "微克/立方米",
        ),
        ("货物贸易增长一倍", "一倍", "倍"),
    ] {
        let (written, _, _, found_unit, _) = one(text);
        assert_eq!(
            (written.as_str(), found_unit.as_str()),
            (figure, unit),
            "{text}"
        );
    }
    for text in [
        "建成30万吨级航道",
        "打造千亿级产业集群",
        "天然气",
        "一天也不能耽误",
    ] {
        assert_eq!(read(text), vec![], "{text}");
    }
}

#[test]
fn size_classes_name_what_is_counted() {
    let written = |text: &str| read(text).into_iter().map(|r| r.0).collect::<Vec<_>>();
    assert_eq!(
        written("推进12个百亿元、70个30亿元以上项目建设"),
        ["12个", "70个"]
    );
    assert_eq!(written("百亿元以上产业链15条"), ["15条"]);
    assert_eq!(written("再上一个万亿元台阶"), Vec::<String>::new());
    // Counts of their own: two counts of the same things, a batch's items.
    assert_eq!(
        written("改造老旧小区1343个52.54万户"),
        ["1343个", "52.54万户"]
    );
    assert_eq!(written("上线两批21件事项"), ["两批", "21件"]);
    assert_eq!(written("开展第二批301个典型镇建设"), ["301个"]);
    assert_eq!(written("连续6年稳定在万亿斤以上并逐年增加"), ["万亿斤以上"]);
    // A figure with 的 before the thing, or ending its clause, measures it.
    assert_eq!(written("总投资500亿元以上的精细化工项目"), ["500亿元以上"]);
    assert_eq!(written("全年新增减负超过千亿元，"), ["超过千亿元"]);
    assert_eq!(written("投资百亿元以上。"), ["百亿元以上"]);
}

#[test]
fn ordinals_dates_durations_and_formulations_are_not_figures() {
    for text in [
        "政协衡阳市第十二届委员会",
        "对十三届市政协的工作提出建议",
        "2021年12月29日",
        "过去五年",
        "庆祝人民政协成立70周年大会",
        "增强“四个意识”",
        "连续3年分党派提交报告",
        "一个党派监督一个县市区",
        "走进千家万户",
        "在第15届泛珠三角区域合作会议上",
        "“四同步”调研协商模式",
        "落实中央八项规定精神",
        "G20峰会",
        "汽车零部件",
        "国家会议中心二期、首都国际会展中心",
        "市十六届人大三次会议确定的目标任务",
        // An unclosed quote before a short one: 3个100 is still a name.
        "提出“打造全省一流的营商环境，实施“3个100”工程",
    ] {
        assert_eq!(read(text), vec![], "{text}");
    }
}
