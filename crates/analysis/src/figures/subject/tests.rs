use super::*;

fn subject_of(sentence: &str, figure: &str, counted: bool) -> Option<String> {
    let (jieba, _) = crate::keywords::lexicon::load();
    let start = sentence.find(figure).unwrap();
    let unit = if counted {
        Unit::Word("个")
    } else {
        Unit::Word("%")
    };
    subject(&jieba, sentence, start, start + figure.len(), unit)
}

/// Money named by what it does, or by the act that made it.
#[test]
fn money_is_named_by_its_use_or_the_act_that_made_it() {
    let (jieba, _) = crate::keywords::lexicon::load();
    for (sentence, figure, expected) in [
        ("用好1800亿元引导基金。", "1800亿元", Some("引导基金")),
        (
            "去年新增减税降费超过1万亿元。",
            "超过1万亿元",
            Some("新增减税降费"),
        ),
    ] {
        let start = sentence.find(figure).unwrap();
        let found = subject(
            &jieba,
            sentence,
            start,
            start + figure.len(),
            Unit::Word("元"),
        );
        assert_eq!(found.as_deref(), expected, "{sentence}");
    }
}

/// Counts: the noun phrase after the figure, else what is named before it.
#[test]
fn a_count_names_the_thing_counted_after_it_or_the_indicator_before() {
    for (sentence, figure, counted, expected) in [
        ("共收到委员提案2796件。", "2796件", true, Some("委员提案")),
        (
            "市县两级政协委员结对帮扶贫困户家庭1365户。",
            "1365户",
            true,
            Some("贫困户家庭"),
        ),
        (
            "9项成果获国家科学技术奖。",
            "9项",
            true,
            Some("成果获国家科学技术奖"),
        ),
        (
            "做精做优食用菌等7个优势特色产业。",
            "7个",
            true,
            Some("优势特色产业"),
        ),
        ("新建绿道130个。", "130个", true, Some("新建绿道")),
        ("改造危桥556座。", "556座", true, Some("改造危桥")),
        (
            "新增3000个公办幼儿园托班托额。",
            "3000个",
            true,
            Some("新增公办幼儿园托班托额"),
        ),
        (
            "川渝通办事项扩展至355项。",
            "355项",
            true,
            Some("川渝通办事项"),
        ),
        (
            "全国２２３５万城市居民得到最低生活保障。",
            "２２３５万",
            true,
            Some("城市居民得到最低生活保障"),
        ),
        (
            "五星抽水蓄能电站等518个项目开工建设。",
            "518个",
            true,
            Some("项目开工建设"),
        ),
        (
            "剩余9项问题均取得突破性进展。",
            "9项",
            true,
            Some("剩余问题"),
        ),
        (
            "再开工20项重大水利工程。",
            "20项",
            true,
            Some("开工重大水利工程"),
        ),
        (
            "新建24座环保式公共厕所。",
            "24座",
            true,
            Some("新建环保式公共厕所"),
        ),
        (
            "建设筹措7万套（间）保障性租赁住房。",
            "7万套（间）",
            true,
            Some("建设筹措保障性租赁住房"),
        ),
        (
            "加上取消和停征100项行政事业性收费。",
            "100项",
            true,
            Some("取消和停征行政事业性收费"),
        ),
        (
            "建成20个无人化智慧农场。",
            "20个",
            true,
            Some("建成无人化智慧农场"),
        ),
        ("首批10个产业园区启动建设。", "10个", true, Some("产业园区")),
        (
            "实施100个以上关键技术攻关项目。",
            "100个以上",
            true,
            Some("关键技术攻关项目"),
        ),
        (
            "提升发展12个自治区级集群，支持中小企业。",
            "12个",
            true,
            Some("自治区级集群"),
        ),
        ("培育8个千亿级产业链。", "8个", true, Some("千亿级产业链")),
        (
            "建成500个社区就业服务站点，城镇新增就业60万人。",
            "500个",
            true,
            Some("建成社区就业服务站点"),
        ),
        (
            "完成662万农户延包任务。",
            "662万",
            true,
            Some("农户延包任务"),
        ),
        (
            "组织680余名国省市三级政协委员集中视察。",
            "680余名",
            true,
            Some("政协委员"),
        ),
        (
            "为1.17万个乡镇卫生院配备了医疗设备。",
            "1.17万个",
            true,
            Some("乡镇卫生院"),
        ),
        (
            "各民主党派、工商联、无党派人士提交提案、大会发言、调研报告等850余篇。",
            "850余篇",
            true,
            Some("大会发言、调研报告"),
        ),
        (
            "建设筹措7万套保障性租赁住房，实现“十四五”末总量达到60万套。",
            "60万套",
            true,
            Some("总量"),
        ),
        (
            "实施16个国家重大科技专项。",
            "16个",
            true,
            Some("国家重大科技专项"),
        ),
        ("增长94.5%、达168.4万辆。", "168.4万辆", true, None),
        // How work goes is no part of the things (nor its manner).
        (
            "黄百等4个在建铁路项目加快建设。",
            "4个",
            true,
            Some("在建铁路项目"),
        ),
        ("157项改革任务有序推进。", "157项", true, Some("改革任务")),
        // An act and its object before the count; not an act alone.
        ("新增托位4万个。", "4万个", true, Some("新增托位")),
        // What is joined after an act and cut short by its own act is dropped.
        (
            "完成西山自然保护区内3家企业拆迁及厂区植被恢复工作。",
            "3家",
            true,
            Some("企业拆迁"),
        ),
    ] {
        assert_eq!(
            subject_of(sentence, figure, counted).as_deref(),
            expected,
            "{sentence}"
        );
    }
}

/// Measures: the indicator before the figure, its period and introducing verbs left out.
#[test]
fn a_measure_names_the_indicator_before_it() {
    for (sentence, figure, counted, expected) in [
        (
            "全年国内生产总值增长5.2%。",
            "5.2%",
            false,
            Some("国内生产总值"),
        ),
        (
            "2025年末国家外汇储备3.2万亿美元。",
            "3.2万亿美元",
            false,
            Some("国家外汇储备"),
        ),
        (
            "逐步降低农业税税率，平均每年降低1个百分点以上。",
            "1个百分点以上",
            false,
            Some("农业税税率"),
        ),
        (
            "PM2.5平均浓度35.2微克/立方米。",
            "35.2微克/立方米",
            false,
            Some("PM2.5平均浓度"),
        ),
        ("赤字率拟按3%安排。", "3%", false, Some("赤字率")),
        // A bare target word: the target of the sentence's topic.
        (
            "经济增速是综合性指标，今年预期目标设定为6%以上。",
            "6%以上",
            false,
            Some("经济增速预期目标"),
        ),
        (
            "全国财政赤字合计9500亿元。",
            "9500亿元",
            false,
            Some("财政赤字"),
        ),
        (
            "提出8%左右的国内生产总值增长目标。",
            "8%左右",
            false,
            Some("国内生产总值"),
        ),
        (
            "城镇新增就业 75.95万人。",
            "75.95万人",
            false,
            Some("城镇新增就业"),
        ),
        (
            "中央财政用于洪涝、干旱等救灾救济支出80亿元。",
            "80亿元",
            false,
            Some("中央财政救灾救济支出"),
        ),
        ("突破1600亿斤大关。", "1600亿斤", false, None),
        (
            "粮食连续五年增产，总产量52850万吨。",
            "52850万吨",
            false,
            Some("粮食总产量"),
        ),
        (
            "中央财政新增47亿元专项补助资金。",
            "47亿元",
            false,
            Some("中央财政专项补助资金"),
        ),
        (
            "今年农业税率降低可使农民减轻负担７０亿元。",
            "７０亿元",
            false,
            Some("农业税率降低农民减轻负担"),
        ),
        (
            "首期规模500亿元的浙江社保科创基金签约落地。",
            "500亿元",
            false,
            Some("浙江社保科创基金首期规模"),
        ),
        (
            "民间资本参与海上风电、核电等重大项目参股比例不低于10%。",
            "10%",
            false,
            Some("民间资本参与重大项目参股比例"),
        ),
        (
            "确保全省生猪出栏稳定在6000万头以上。",
            "6000万头以上",
            false,
            Some("生猪出栏"),
        ),
    ] {
        assert_eq!(
            subject_of(sentence, figure, counted).as_deref(),
            expected,
            "{sentence}"
        );
    }
}

/// Occasions opening their clause count the act that follows.
#[test]
fn occasions_count_the_act_after_them() {
    let (jieba, _) = crate::keywords::lexicon::load();
    let sentence = "三次较大幅度提高粮食最低收购价，提价幅度超过２０％。";
    let figure = "三次";
    let at = sentence.find(figure).unwrap();
    assert_eq!(
        subject(&jieba, sentence, at, at + figure.len(), Unit::Word("次")).as_deref(),
        Some("较大幅度提高粮食最低收购价")
    );
}
