//! Finding entries from the employee's own words: normalized character bigrams, synonyms from
//! the knowledge base, and field weights.

mod candidates;
mod index;

pub use candidates::{pointed_at, solutions};
pub use index::{Field, Hit, Index, Passage, QUOTES_MESSAGE};
