//! 数说: the figures a piece about the report would lead with.

use crate::report::{Metric, MetricKind};

/// Most headline figures a report lists.
const HEADLINES: usize = 8;

/// The figures a 数说 piece would lead with: results with a subject, those
/// with a large magnitude or a change first, then the larger quantities; one
/// per subject, listed in document order.
pub(crate) fn headlines(metrics: &[Metric]) -> Vec<usize> {
    let score = |m: &Metric| {
        let big = m.normalized.value >= 1e8 || m.unit.contains('亿');
        usize::from(m.change.is_some()) * 2
            + usize::from(big) * 2
            + usize::from(m.unit.contains('万'))
    };
    let mut candidates: Vec<usize> = (0..metrics.len())
        .filter(|&i| metrics[i].kind == MetricKind::Result && metrics[i].subject.is_some())
        .collect();
    // Ties go to the larger quantity (2796件 before 3次).
    candidates.sort_by(|&a, &b| {
        let (x, y) = (&metrics[a], &metrics[b]);
        score(y)
            .cmp(&score(x))
            .then(y.normalized.value.total_cmp(&x.normalized.value))
            .then(a.cmp(&b))
    });
    let mut chosen: Vec<usize> = Vec::new();
    for i in candidates {
        if chosen.len() == HEADLINES {
            break;
        }
        if !chosen
            .iter()
            .any(|&c| metrics[c].subject == metrics[i].subject)
        {
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    chosen
}
