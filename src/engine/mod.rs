//! The decision engine: question choice, the diagnosis session, and the tree it implies. Pure:
//! no I/O.

mod choose;
mod session;
mod tree;

pub use choose::best_question;
pub use session::{Answer, Session, Step};
pub use tree::{Node, Path, TreeStats};
