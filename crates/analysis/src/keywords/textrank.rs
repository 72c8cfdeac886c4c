//! TextRank: PageRank over a graph of the report's own terms, linked when
//! they occur within a few words of each other in a paragraph. Needs no
//! outside statistics; weights are scaled so the top term weighs 1.

use rustc_hash::FxHashMap as HashMap;

use super::terms::Terms;

/// Words on each side that TextRank links.
const TEXTRANK_WINDOW: usize = 5;
const TEXTRANK_DAMPING: f64 = 0.85;
const TEXTRANK_ROUNDS: usize = 30;

/// TextRank: PageRank over the graph linking candidate terms that occur
/// within a window of each other in the same paragraph.
pub(super) fn textrank<'t>(terms: &Terms<'t>, candidates: &[usize]) -> HashMap<&'t str, f64> {
    let mut ids: HashMap<&str, usize> = HashMap::default();
    let words: Vec<usize> = candidates
        .iter()
        .map(|&i| {
            let next = ids.len();
            *ids.entry(terms.sequence[i].text).or_insert(next)
        })
        .collect();
    let n = ids.len();
    let mut edges: Vec<HashMap<usize, f64>> = vec![HashMap::default(); n];
    for (k, &a) in words.iter().enumerate() {
        let paragraph = terms.sequence[candidates[k]].paragraph;
        for (j, &b) in words
            .iter()
            .enumerate()
            .skip(k + 1)
            .take(TEXTRANK_WINDOW - 1)
        {
            if terms.sequence[candidates[j]].paragraph != paragraph || a == b {
                continue;
            }
            *edges[a].entry(b).or_default() += 1.0;
            *edges[b].entry(a).or_default() += 1.0;
        }
    }
    let out: Vec<f64> = edges.iter().map(|e| e.values().sum()).collect();
    let mut score = vec![1.0; n];
    for _ in 0..TEXTRANK_ROUNDS {
        let mut next = vec![1.0 - TEXTRANK_DAMPING; n];
        for (a, links) in edges.iter().enumerate() {
            for (&b, &w) in links {
                if out[b] > 0.0 {
                    next[a] += TEXTRANK_DAMPING * w / out[b] * score[b];
                }
            }
        }
        score = next;
    }
    let max = score
        .iter()
        .copied()
        .fold(f64::MIN, f64::max)
        .max(f64::MIN_POSITIVE);
    ids.into_iter()
        .map(|(word, id)| (word, score[id] / max))
        .collect()
}
