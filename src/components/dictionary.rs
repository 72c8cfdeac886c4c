//! The user dictionary: words to keep whole, words never to show, and the
//! new words the analysis found. Saved in the browser; applied on the next
//! analysis.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::settings::Settings;
use crate::state::SharedAnalysis;

#[derive(Properties, PartialEq)]
pub struct DictionaryProps {
    pub settings: Settings,
    /// The analysis whose new words are offered for hiding.
    pub analysis: SharedAnalysis,
    pub on_settings: Callback<Settings>,
}

#[function_component]
pub fn Dictionary(props: &DictionaryProps) -> Html {
    let input = use_node_ref();
    let change = |edit: fn(&mut Settings, String)| {
        let (settings, on_settings) = (props.settings.clone(), props.on_settings.clone());
        Callback::from(move |word: String| {
            let mut next = settings.clone();
            edit(&mut next, word);
            on_settings.emit(next);
        })
    };
    let add = change(|s, w| {
        if !w.is_empty() && !s.options.user_words.contains(&w) {
            s.options.user_words.push(w.clone());
        }
        s.options.removed_words.retain(|r| *r != w);
    });
    let drop_user = change(|s, w| s.options.user_words.retain(|u| *u != w));
    let hide = change(|s, w| {
        if !s.options.removed_words.contains(&w) {
            s.options.removed_words.push(w);
        }
    });
    let unhide = change(|s, w| s.options.removed_words.retain(|r| *r != w));
    let on_add = {
        let (input, add) = (input.clone(), add.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(field) = input.cast::<HtmlInputElement>() {
                add.emit(field.value().trim().to_owned());
                field.set_value("");
            }
        })
    };
    let chip = |word: &String,
                label: &'static str,
                testid: &'static str,
                action: &Callback<String>| {
        let word = word.clone();
        let onclick = action.reform({
            let word = word.clone();
            move |_: MouseEvent| word.clone()
        });
        html! { <li data-testid={testid}>{ &word }<button {onclick} aria-label={label} title={label}>{ label }</button></li> }
    };
    let options = &props.settings.options;
    let new_words = &props.analysis.report.new_words;
    html! {
        <section class="panel dictionary" aria-label="词典">
            <h2>{ "词典" }<small>{ "（下次分析时生效，保存在本机浏览器）" }</small></h2>
            <form onsubmit={on_add} class="filters">
                <input ref={input} data-testid="user-word-input" placeholder="添加一个词，如 新质生产力" />
                <button type="submit" data-testid="user-word-add">{ "添加" }</button>
            </form>
            if !options.user_words.is_empty() {
                <p class="label">{ "我的词：" }</p>
                <ul class="chips">{ for options.user_words.iter().map(|w| chip(w, "删除", "user-word", &drop_user)) }</ul>
            }
            if !options.removed_words.is_empty() {
                <p class="label">{ "不作为关键词：" }</p>
                <ul class="chips">{ for options.removed_words.iter().map(|w| chip(w, "恢复", "removed-word", &unhide)) }</ul>
            }
            if !new_words.is_empty() {
                <p class="label">{ "本文发现的新词：" }</p>
                <ul class="chips" data-testid="new-words">{ for new_words.iter().map(|w| chip(w, "屏蔽", "new-word", &hide)) }</ul>
            }
        </section>
    }
}
