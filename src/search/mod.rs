//! Finding entries from the employee's own words: normalized character bigrams, synonyms from
//! the knowledge base, and field weights.

mod index;
mod normalize;
mod packed;

pub use index::{Field, Hit, Index, Passage, QUOTES_MESSAGE};
pub use normalize::{Synonyms, normalize};
