//! Finding entries from the employee's own words: normalized character bigrams, synonyms from
//! the knowledge base, and field weights.

mod highlight;
mod index;
mod rank;
mod said;
mod sets;
mod wire;

pub use highlight::Passage;
pub use index::{Field, Index};
pub use rank::Hit;
