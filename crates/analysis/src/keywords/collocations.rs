//! Recurring multi-word expressions found by statistics alone: runs of two
//! to a few (`max_tokens`) adjacent tokens that recur, hold together (the pointwise mutual
//! information of their weakest split) and stand free (the branching
//! entropy of the tokens seen just left and just right of them), without
//! the runs that only set two units side by side (推动 + 高质量发展) or are
//! fragments of a longer one (高质量 of 高质量发展).
//!
//! The same finder serves one report (`new_words`) and, offline, the whole
//! corpus (`corpus_mining`, run by `examples/mine_phrases.rs`).

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// What a run must show to be kept.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Thresholds {
    /// Fewest occurrences.
    pub min_count: usize,
    /// Fewest documents it occurs in.
    pub min_documents: usize,
    /// Least pointwise mutual information of its weakest split (nats).
    pub min_pmi: f64,
    /// Least branching entropy on either side (nats), at most this share
    /// of the most a run seen this often can have (ln count).
    pub min_entropy: f64,
    pub entropy_share: f64,
    /// A run seen inside a longer one this share of its occurrences or
    /// more is a fragment of it; two units seen together less than this
    /// share of the rarer one's occurrences are only side by side.
    pub nested_share: f64,
    /// Most tokens in one run.
    pub max_tokens: usize,
}

/// Tokens in one run: byte ranges into one text, each touching the next.
pub(crate) struct Run<'t> {
    pub text: &'t str,
    pub tokens: Vec<(usize, usize)>,
    pub document: usize,
}

impl<'t> Run<'t> {
    fn span(&self, from: usize, to: usize) -> &'t str {
        &self.text[self.tokens[from].0..self.tokens[to - 1].1]
    }

    /// Each token's length in characters.
    fn char_widths(&self) -> Vec<usize> {
        self.tokens
            .iter()
            .map(|&(from, to)| self.text[from..to].chars().count())
            .collect()
    }
}

/// One n-gram's record: how often, where first seen, in how many
/// documents.
#[derive(Default)]
struct Gram {
    count: usize,
    first: (usize, usize),
    tokens: usize,
    documents: usize,
    last_document: Option<usize>,
}

/// The tokens seen just left and just right of a candidate (None: the
/// run's edge, each one distinct).
#[derive(Default)]
struct Neighbours<'t> {
    left: Vec<Option<&'t str>>,
    right: Vec<Option<&'t str>>,
}

/// A run found: its text and how often it occurs.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Collocation<'t> {
    pub text: &'t str,
    pub count: usize,
    pub documents: usize,
}

/// The collocations of `runs` passing `thresholds`, most frequent first.
/// `may_open` and `may_close` say which tokens may stand first and last
/// in one (no function word, no lone glue character).
pub(crate) fn collocations<'t>(
    runs: &[Run<'t>],
    thresholds: &Thresholds,
    may_open: &dyn Fn(&str) -> bool,
    may_close: &dyn Fn(&str) -> bool,
    chars: std::ops::RangeInclusive<usize>,
) -> Vec<Collocation<'t>> {
    let (grams, total) = count_grams(runs, thresholds.max_tokens, *chars.end());
    let count = |key: &str| grams.get(key).map_or(0, |g| g.count);
    let mut candidates: HashMap<&'t str, (&Gram, Neighbours<'t>)> = grams
        .iter()
        .filter(|(key, g)| {
            let run = &runs[g.first.0];
            let (i, n) = (g.first.1, g.tokens);
            n >= 2
                && g.count >= thresholds.min_count
                && g.documents >= thresholds.min_documents
                && chars.contains(&key.chars().count())
                && may_open(run.span(i, i + 1))
                && may_close(run.span(i + n - 1, i + n))
                && weakest_pmi(run, i, n, total, &count) >= thresholds.min_pmi
        })
        .map(|(k, g)| (*k, (g, Neighbours::default())))
        .collect();
    count_neighbours(runs, &mut candidates, thresholds.max_tokens);
    candidates.retain(|_, (g, seen)| stands_free(g.count, seen, thresholds));
    let mut kept: Vec<(&'t str, &Gram)> = candidates.iter().map(|(k, (g, _))| (*k, *g)).collect();
    // Juxtapositions first, then fragments of what is left: keep the units.
    drop_juxtapositions(runs, &mut kept, thresholds, &count);
    drop_fragments(runs, &mut kept, thresholds.nested_share);
    let mut found: Vec<Collocation<'t>> = kept
        .into_iter()
        .map(|(text, g)| Collocation {
            text,
            count: g.count,
            documents: g.documents,
        })
        .collect();
    found.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| b.text.len().cmp(&a.text.len()))
            .then_with(|| a.text.cmp(b.text))
    });
    found
}

/// Every n-gram of `runs` up to `max_tokens` tokens and `max_chars`
/// characters (a single token whatever its length), and the runs' tokens.
fn count_grams<'t>(
    runs: &[Run<'t>],
    max_tokens: usize,
    max_chars: usize,
) -> (HashMap<&'t str, Gram>, usize) {
    // Counts of every n-gram no longer than the longest collocation.
    // Most n-grams of a few tokens occur once: room for about two per token.
    let tokens: usize = runs.iter().map(|run| run.tokens.len()).sum();
    let mut grams: HashMap<&'t str, Gram> =
        HashMap::with_capacity_and_hasher(2 * tokens, Default::default());
    let mut total = 0usize;
    for (r, run) in runs.iter().enumerate() {
        total += run.tokens.len();
        let widths = run.char_widths();
        for i in 0..run.tokens.len() {
            let mut width = 0;
            for n in 1..=max_tokens.min(run.tokens.len() - i) {
                width += widths[i + n - 1];
                if n > 1 && width > max_chars {
                    break;
                }
                let gram = grams.entry(run.span(i, i + n)).or_insert_with(|| Gram {
                    first: (r, i),
                    tokens: n,
                    ..Gram::default()
                });
                gram.count += 1;
                if gram.last_document != Some(run.document) {
                    gram.documents += 1;
                    gram.last_document = Some(run.document);
                }
            }
        }
    }
    (grams, total)
}

/// The tokens seen just left and right of each candidate, wherever it occurs.
fn count_neighbours<'t>(
    runs: &[Run<'t>],
    candidates: &mut HashMap<&'t str, (&Gram, Neighbours<'t>)>,
    max_tokens: usize,
) {
    for run in runs {
        for i in 0..run.tokens.len() {
            for n in 2..=max_tokens.min(run.tokens.len() - i) {
                if let Some((_, seen)) = candidates.get_mut(run.span(i, i + n)) {
                    seen.left.push(i.checked_sub(1).map(|k| run.span(k, k + 1)));
                    seen.right
                        .push(run.tokens.get(i + n).map(|_| run.span(i + n, i + n + 1)));
                }
            }
        }
    }
}

/// Drops the runs that only set two units side by side.
fn drop_juxtapositions(
    runs: &[Run],
    kept: &mut Vec<(&str, &Gram)>,
    thresholds: &Thresholds,
    count: &dyn Fn(&str) -> usize,
) {
    let selected: HashSet<&str> = kept.iter().map(|(k, _)| *k).collect();
    kept.retain(|(_, g)| {
        let run = &runs[g.first.0];
        let (i, n) = (g.first.1, g.tokens);
        // Two units side by side, one of them a run found here, seen
        // together less than this share of the rarer alone: 推动 +
        // 高质量发展, 民营经济 + 高质量发展. Two single tokens (乡村 + 振兴)
        // are judged by their mutual information alone.
        let juxtaposed = (1..n).any(|k| {
            let (left, right) = (run.span(i, i + k), run.span(i + k, i + n));
            let unit = |side: &str, tokens: usize| tokens == 1 || selected.contains(side);
            (k > 1 || n - k > 1)
                && unit(left, k)
                && unit(right, n - k)
                && (g.count as f64) < thresholds.nested_share * count(left).min(count(right)) as f64
        });
        !juxtaposed
    });
}

/// Drops the runs nearly always seen inside one longer run that is kept.
fn drop_fragments(runs: &[Run], kept: &mut Vec<(&str, &Gram)>, nested_share: f64) {
    // A fragment: nearly always inside one longer unit, as a run of its
    // tokens. Each unit's shorter runs with the most the longer ones count.
    let mut most_inside: HashMap<&str, usize> = HashMap::default();
    for (_, g) in kept.iter() {
        let run = &runs[g.first.0];
        let (i, n) = (g.first.1, g.tokens);
        for from in i..i + n {
            for to in from + 1..=i + n {
                if to - from < n {
                    let inside = most_inside.entry(run.span(from, to)).or_default();
                    *inside = (*inside).max(g.count);
                }
            }
        }
    }
    kept.retain(|(key, g)| {
        most_inside
            .get(key)
            .is_none_or(|&c| (c as f64) < nested_share * g.count as f64)
    });
}

/// The least pointwise mutual information over the ways to cut the run in
/// two: ln(P(whole) / (P(left) × P(right))), probabilities per token.
fn weakest_pmi(run: &Run, i: usize, n: usize, total: usize, count: &dyn Fn(&str) -> usize) -> f64 {
    let total = total.max(1) as f64;
    let p = |key: &str| count(key).max(1) as f64 / total;
    let whole = p(run.span(i, i + n));
    (1..n)
        .map(|k| (whole / (p(run.span(i, i + k)) * p(run.span(i + k, i + n)))).ln())
        .fold(f64::INFINITY, f64::min)
}

/// Whether the tokens next to a run vary: branching entropy at least the
/// threshold (or the given share of the most possible) on one side, and at
/// least half of it on the other — a policy phrase often has one verb it
/// goes with (构建新发展格局), a fragment has one neighbour (高质量|发展).
fn stands_free(count: usize, seen: &Neighbours, thresholds: &Thresholds) -> bool {
    let least = thresholds
        .min_entropy
        .min(thresholds.entropy_share * (count as f64).ln());
    let (left, right) = (entropy(&seen.left), entropy(&seen.right));
    left.max(right) >= least && left.min(right) >= least / 2.0
}

/// Branching entropy of the neighbours seen (tokens here, characters for
/// `keywords`' fragments), each edge (`None`: a run's or a clause's) counted
/// as a neighbour of its own.
pub(super) fn entropy<T: Eq + std::hash::Hash>(neighbours: &[Option<T>]) -> f64 {
    let n = neighbours.len() as f64;
    if n == 0.0 {
        return 0.0;
    }
    let mut counts: HashMap<&T, usize> = HashMap::default();
    let mut edges = 0usize;
    for neighbour in neighbours {
        match neighbour {
            Some(token) => *counts.entry(token).or_default() += 1,
            None => edges += 1,
        }
    }
    let term = |c: usize| {
        let p = c as f64 / n;
        -p * p.ln()
    };
    counts.values().map(|&c| term(c)).sum::<f64>() + edges as f64 * term(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs_of<'t>(sentences: &[&'t str]) -> Vec<Run<'t>> {
        sentences
            .iter()
            .enumerate()
            .map(|(document, s)| {
                let mut tokens = Vec::new();
                let mut at = 0;
                for word in s.split('|') {
                    tokens.push((at, at + word.len()));
                    at += word.len() + 1;
                }
                Run {
                    text: s,
                    tokens,
                    document,
                }
            })
            .collect()
    }

    #[test]
    fn recurring_units_are_found_and_their_variants_are_not() {
        // Spelled with | between tokens; the run's text keeps the bars, so
        // spans are compared with them.
        let text = [
            "推动|高质量|发展",
            "实现|高质量|发展",
            "坚持|高质量|发展",
            "着力|高质量|发展",
            "高质量|发展|取得|成效",
            "城市|更新",
            "加快|城市|更新",
            "生产|发展",
        ];
        let runs = runs_of(&text);
        let thresholds = Thresholds {
            min_count: 3,
            min_documents: 1,
            min_pmi: 0.0,
            min_entropy: 1.0,
            entropy_share: 0.6,
            nested_share: 0.5,
            max_tokens: 4,
        };
        let found = collocations(&runs, &thresholds, &|_| true, &|_| true, 1..=40);
        let texts: Vec<&str> = found.iter().map(|c| c.text).collect();
        assert_eq!(texts, ["高质量|发展"]);
        assert_eq!(found[0].count, 5);
    }
}
