//! Counts of texts (what employees typed, redacted), each distinct text once with how often it
//! was seen, holding at most a bounded number of distinct texts whatever the journals hold.

use std::collections::HashMap;

/// The most distinct texts a tally holds; texts first seen after that are only counted.
pub const MAX_HELD: usize = 100_000;

/// How often each text was seen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    counts: HashMap<String, u64>,
    /// Every text counted, held or not.
    pub total: u64,
    /// Texts counted but not held: first seen when the tally was full.
    pub unheld: u64,
}

impl Tally {
    /// Counts `text` `n` times, copying it only the first time it is seen.
    pub fn add(&mut self, text: &str, n: u64) {
        self.total += n;
        if let Some(count) = self.counts.get_mut(text) {
            *count += n;
        } else if self.counts.len() < MAX_HELD {
            self.counts.insert(text.to_owned(), n);
        } else {
            self.unheld += n;
        }
    }

    /// The distinct texts held, with their counts, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u64)> {
        self.counts.iter().map(|(text, &n)| (text.as_str(), n))
    }

    /// How many distinct texts are held.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.total == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_text_once_and_stops_holding_when_full() {
        let mut tally = Tally::default();
        tally.add("a", 1);
        tally.add("a", 2);
        tally.add("b", 1);
        assert_eq!((tally.len(), tally.total, tally.unheld), (2, 4, 0));
        for n in 0..MAX_HELD {
            tally.add(&n.to_string(), 1);
        }
        assert_eq!(tally.len(), MAX_HELD);
        assert_eq!(tally.unheld, 2, "two numbers came after the tally was full");
        tally.add("a", 1);
        assert_eq!(tally.iter().find(|(t, _)| *t == "a").map(|(_, n)| n), Some(4));
    }
}
