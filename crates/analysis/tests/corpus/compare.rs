//! Reports compared: each national report's GDP growth target against the
//! result the next year's report gives, and a profile's term counts against
//! its keywords.

use report_lens_analysis::{
    compare, comparison_html, series, Comparison, KeynessOptions, TargetStatus,
};

use crate::files::{analyze_file, profile_file};

/// The national reports 2003–2013 of the corpus, in year order.
fn national(year: u32) -> String {
    if year == 2013 {
        "gov_national_2013.txt".to_owned()
    } else {
        format!("more/gov_national_{year}.txt")
    }
}

/// The national report of `a` compared with that of `b`, default cut-offs.
fn national_pair(a: u32, b: u32) -> Comparison {
    compare(
        &profile_file(&national(a)),
        &profile_file(&national(b)),
        &KeynessOptions::default(),
    )
}

/// The growth of 国内生产总值 each report sets for its year and the next
/// report gives for that year, as the reports write them (read from their
/// text; the 2008 report gives no one-year figure for 2007, only 年均 and
/// since-2002 ones; the 2011 report gives 2010's in its part looking
/// ahead, after 过去一年 in the sentence before).
const GDP_CHAIN: &[(u32, &str, Option<&str>)] = &[
    (2003, "７％左右", Some("９．１％")),
    (2004, "７％左右", Some("9．5％")),
    (2005, "8％左右", Some("9.9%")),
    (2006, "8%左右", Some("10.7%")),
    (2007, "8%左右", None),
    (2008, "8%左右", Some("９％")),
    (2009, "８％左右", Some("８．７％")),
    (2010, "８％左右", Some("10.3%")),
    (2011, "8%左右", Some("9．2%")),
    (2012, "7．5%", Some("7.8%")),
];

#[test]
fn national_growth_targets_meet_the_next_years_results() {
    let mut table = String::new();
    for &(year, target, result) in GDP_CHAIN {
        let comparison = national_pair(year, year + 1);
        assert_eq!(comparison.a.year, Some(year as i32));
        let check = comparison
            .targets
            .iter()
            .find(|t| t.subject == "国内生产总值" && t.unit == "%")
            .unwrap_or_else(|| panic!("{year}: no GDP growth target"));
        assert_eq!(check.target.text, target, "{year}");
        assert_eq!(
            check.result.as_ref().map(|r| r.text.as_str()),
            result,
            "{year}"
        );
        let expected = if result.is_some() {
            TargetStatus::Met
        } else {
            TargetStatus::NoResult
        };
        assert_eq!(check.status, expected, "{year}");
        table.push_str(&format!(
            "{year} {target} -> {} {}\n",
            result.unwrap_or("—"),
            check.status.label()
        ));
    }
    eprintln!("{table}");
}

/// Other targets of the national reports and the next report's results,
/// as the reports write them: 2010's prices rose 3.3% against 3%左右 (a
/// ceiling), its jobs 1168万 against 900万以上 (the 2011 report's five-year
/// review gives 5771万 for 2006–2010 first: not that year's).
#[test]
fn prices_and_jobs_against_their_targets() {
    let comparison = national_pair(2010, 2011);
    let check = |subject: &str| {
        comparison
            .targets
            .iter()
            .find(|t| t.subject == subject)
            .unwrap_or_else(|| panic!("{subject}"))
    };
    let prices = check("居民消费价格");
    assert_eq!(
        prices.result.as_ref().map(|r| r.text.as_str()),
        Some("3.3%")
    );
    assert_eq!(prices.status, TargetStatus::Missed);
    let jobs = check("城镇新增就业");
    assert_eq!(
        jobs.result.as_ref().map(|r| r.text.as_str()),
        Some("1168万人")
    );
    assert_eq!(jobs.status, TargetStatus::Met);
    // 2007: 3%以内, and the 2008 report's review of five years gives
    // 去年…上涨4.8%, dated to the year by 去年.
    let comparison = national_pair(2007, 2008);
    let prices = comparison
        .targets
        .iter()
        .find(|t| t.subject == "居民消费价格")
        .expect("the 2007 price target");
    assert_eq!(
        prices.result.as_ref().map(|r| r.text.as_str()),
        Some("4.8%")
    );
    assert_eq!(prices.status, TargetStatus::Missed);
}

#[test]
fn term_counts_are_the_keywords_counts() {
    for name in [
        "hengyang_cppcc_2021.txt",
        "gov_national_2022.txt",
        "more/gov_anhui_2025.docx",
    ] {
        let profile = profile_file(name);
        assert_eq!(
            profile.report,
            analyze_file(name).1,
            "{name}: the same analysis"
        );
        let tokens = profile.terms.tokens();
        assert!(
            tokens > 1000 && tokens < profile.report.stats.words,
            "{name}: {tokens}"
        );
        for keyword in &profile.report.keywords {
            let counted = profile.terms.terms.iter().find(|t| t.text == keyword.word);
            assert_eq!(
                counted.map(|t| t.count),
                Some(keyword.count),
                "{name}: {}",
                keyword.word
            );
        }
    }
}

#[test]
fn a_report_against_itself_has_no_key_words_nor_new_phrases() {
    let profile = profile_file("gov_national_2013.txt");
    let same = compare(&profile, &profile, &KeynessOptions::default());
    assert!(same.keyness.is_empty());
    assert!(same.new_in_b.is_empty() && same.dropped_in_b.is_empty());
    assert!(same
        .sections
        .iter()
        .all(|p| p.a == p.b && p.similarity > 0.99));
    assert!(same.indicators.iter().all(|p| p.change == 0.0));
    assert!(!same.indicators.is_empty());
}

#[test]
fn the_national_series_in_year_order() {
    // Given out of order, the 2013 report first.
    let mut names = vec![national(2013)];
    names.extend((2003..=2012).map(national));
    let profiles: Vec<_> = names.iter().map(|n| profile_file(n)).collect();
    let series = series(&profiles);
    let years: Vec<Option<i32>> = series.reports.iter().map(|r| r.year).collect();
    assert_eq!(years, (2003..=2013).map(Some).collect::<Vec<_>>());
    assert_eq!(series.order[10], 0, "the 2013 report, given first, is last");
    // 十一五 (2006–2010) is first named as a plan in the 2005 report; 应对
    // 国际金融危机 first in 2009's, after the crisis of 2008.
    let span = |text: &str| {
        series
            .phrases
            .iter()
            .find(|p| p.text == text)
            .unwrap_or_else(|| panic!("{text}"))
    };
    assert_eq!(span("十一五").first_year, Some(2005));
    assert_eq!(span("应对国际金融危机").first_year, Some(2009));
    let gdp = series
        .indicators
        .iter()
        .find(|i| i.subject == "国内生产总值" && i.unit == "%")
        .expect("GDP growth year by year");
    assert!(gdp.values.iter().flatten().count() >= 10);
    for (i, row) in series.similarity.iter().enumerate() {
        assert!((row[i] - 1.0).abs() < 1e-9);
        // Neighbouring years are more alike than the two ends.
        if i + 1 < row.len() {
            assert!(row[i + 1] > series.similarity[0][10], "{i}");
        }
    }
    let chained = series
        .targets
        .iter()
        .filter(|t| t.subject == "国内生产总值" && t.unit == "%")
        .count();
    assert_eq!(chained, 10);
}

#[test]
fn the_comparison_page_holds_the_chart_and_the_tables() {
    let comparison = national_pair(2012, 2013);
    let page = comparison_html(&comparison);
    assert!(!page.contains("<script") && page.contains("default-src 'none'"));
    assert_eq!(page.matches("<svg").count(), 1);
    let side = |positive: bool| {
        let n = comparison
            .keyness
            .iter()
            .filter(|k| (k.g2 > 0.0) == positive)
            .count();
        n.min(15)
    };
    assert_eq!(page.matches("<rect").count(), side(true) + side(false));
    for heading in [
        "关键词对比", "新提法", "不再提", "章节对照", "同一指标", "目标与结果",
    ] {
        assert!(page.contains(heading), "{heading}");
    }
    assert!(
        page.contains("<td>7．5%</td><td>7.8%</td><td>完成</td>"),
        "{page}"
    );
    // Every keyness row, and one row per aligned section.
    let rows = page.matches("<tr>").count();
    let tables = 1 + 1 + 1 + 1;
    assert_eq!(
        rows,
        tables
            + comparison.keyness.len()
            + comparison.sections.len()
            + comparison.indicators.len()
            + comparison.targets.len()
    );
}

/// Every report of the corpus names where it was given: the national ones
/// 全国, each province's 2025 report its province (自治区 and 直辖市
/// included), the 衡阳 CPPCC report its city.
#[test]
fn every_report_names_its_region_and_level() {
    use report_lens_analysis::{report_region, Level};
    let mut wrong = Vec::new();
    for name in crate::files::every_file() {
        let (text, report) = analyze_file(&name);
        let expected = if name.contains("national") {
            Some(Level::National)
        } else if name.contains("hengyang") {
            Some(Level::City)
        } else if name.contains("cpc_congress") {
            // 中国共产党第十九次全国代表大会: the party's national congress.
            None
        } else {
            Some(Level::Province)
        };
        let found = report_region(&report, &text);
        if expected.is_some() && found.as_ref().map(|r| r.level) != expected {
            wrong.push(format!("{name}: {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
