//! Which entries an employee's description points at, to narrow a diagnosis to their solutions.

use super::rank::{Hit, QUOTES_MESSAGE};

/// With a description, hits scoring at least this share of the best one stay candidates.
const CLOSE_TO_BEST: f64 = 0.8;

/// The hits a description points at, best first: those that quote an on-screen message when
/// any does, else those scoring close to the best. Empty when nothing matches.
pub fn pointed_at(hits: &[Hit]) -> Vec<&Hit> {
    let quoted: Vec<&Hit> = hits.iter().filter(|h| h.message_match >= QUOTES_MESSAGE).collect();
    if !quoted.is_empty() {
        return quoted;
    }
    let top = hits.first().map_or(0.0, |h| h.score);
    hits.iter().filter(|h| h.score >= top * CLOSE_TO_BEST).collect()
}

/// The solutions of the hits, in knowledge-base order.
pub fn solutions(hits: &[&Hit]) -> Vec<usize> {
    let mut solutions: Vec<usize> = hits.iter().flat_map(|h| h.solutions.iter().copied()).collect();
    solutions.sort_unstable();
    solutions
}
