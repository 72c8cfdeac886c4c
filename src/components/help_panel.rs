//! 使用说明: what each panel shows and how a figure is read (its qualifier,
//! its kind), in a few lines. The kinds' names come from `MetricKind::label`,
//! as the metrics table's do.

use report_lens_analysis::MetricKind;
use yew::prelude::*;

/// What a kind means, by its label.
fn kind_meaning(kind: MetricKind) -> &'static str {
    match kind {
        MetricKind::Result => {
            "已经做到或达到的数：回顾部分的数，或句中有“了”“已”“累计”“完成”等字样的数。"
        }
        MetricKind::Target => {
            "定下的目标：“预期目标”“力争”“确保”等之后的数；部署部分里带“左右”“以上”“以内”“突破”等限定词，或“达到”“提高到”“控制在”等之后的数，以及增速、比重这类百分比。"
        }
        MetricKind::Plan => {
            "要做的事的数量：部署部分里其余的数，如“拟”“计划”“将”“今年”句中要新建、安排的数量。"
        }
    }
}

/// One term of the list and what it means.
fn entry(term: &'static str, meaning: &'static str) -> Html {
    html! { <><dt>{ term }</dt><dd>{ meaning }</dd></> }
}

#[function_component]
pub fn HelpPanel() -> Html {
    html! {
        <section class="panel help-panel" data-testid="help" aria-label="使用说明">
            <h2>{ "使用说明" }</h2>
            <dl class="help">
                { entry("输入", "粘贴全文，或把文件（.txt .md .docx .html .csv .pdf）拖到页面任意位置。分析全部在本机浏览器里完成，文字不会上传。") }
                { entry("提纲", "按报告自己的编号（一、（一）一是 1.（1））和段首的领起句排出层级；每节下面是字数、占全文的比例、数据个数和本节关键词。点一节，全文跳到那里；方向键可在提纲里移动、展开、收起。") }
                { entry("关键词云", "字越大，词在这篇报告里越有分量（TF-IDF 或 TextRank，可切换）；“过滤套话”去掉各篇报告都常用的词。点一个词（或用 Tab 选中后按回车），下面列出它在各节的用法。") }
                { entry("数说", "写稿时最可能引用的几个数；点一张卡片，全文里标出它所在的句子。") }
                <dt>{ "数据表" }</dt>
                <dd>
                    { "报告里每一个带单位的数：数值照原文，单位含量级（万元、亿元、%、个百分点），“对象”是句中说明这个数衡量什么的词。" }
                    <br />
                    { "“限定”一栏照原文记下限定词，数值不改：“3000余名”记作 3000、限定“余”，意思是比 3000 多（“多”同此）；“近”是接近而不到；“约”“左右”是大约；“超过”“超”“逾”“突破”是多于这个数，“以上”是不少于，“以内”“以下”是不多于；“累计”是多年或多批合起来的总数。" }
                </dd>
                <dt>{ "类型" }</dt>
                <dd>
                    <ul>
                        { for MetricKind::ALL.into_iter().map(|kind| html! {
                            <li><strong>{ kind.label() }</strong>{ "：" }{ kind_meaning(kind) }</li>
                        }) }
                    </ul>
                    { "“变化”一栏是增长还是下降，以及比较的基准（比上年、同比、年均）。" }
                </dd>
                { entry("提法与文本提示", "“提法”是报告里的固定说法（如“四个意识”、八项规定）及其次数；“文本提示”列出编号跳号、标题重复、文本被截断等需要留意的地方，点一条即可在全文中查看。") }
                { entry("文库、对比、历年", "把多篇报告存进本机浏览器的文库；“对比”把两篇并排：关键词的显著差异、新提法、上一年的目标与下一年报告的完成情况、提纲对照；“历年”按年份看高频词、提法的首现与末现、指标历年值。") }
                { entry("导出", "“导出报告”得到一个不含脚本、可离线阅读的 HTML 文件；“下载 JSON”与命令行工具输出的完全相同。") }
            </dl>
        </section>
    }
}
