//! The decision engine: question choice, the diagnosis session, and the tree it implies. Pure:
//! no I/O.

mod choose;
mod facts;
mod outcome;
mod session;
mod tree;

pub use choose::best_question;
pub use facts::Table;
pub use outcome::Outcome;
pub use session::{Answer, Session, Step};
pub use tree::TooLarge;
pub use tree::{Node, Path, TreeStats};

#[cfg(test)]
mod tests;
