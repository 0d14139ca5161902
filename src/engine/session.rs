//! A diagnosis in progress: the answers given so far, and what to ask next or the result.

use std::sync::Arc;

use super::choose::best_question;
use super::facts::Table;
use crate::kb::Kb;

/// An answer to a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    /// To a choice: none of its options (都不是).
    No,
    /// Leaves the candidates as they are; the question is not asked again. To a choice: the
    /// caller cannot say (记不清).
    Unsure,
    /// To a choice: this option (a question index), which is answered 是 and the others 否.
    Pick(usize),
}

/// What the session needs next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Ask this question (an index into [`Kb::questions`]).
    Ask(usize),
    /// The result, best first: every solution still possible, each confirmed as far as the
    /// answers allow. Empty when every solution was ruled out: the knowledge base does not
    /// cover the problem.
    Done(Vec<usize>),
}

/// What is known of each question: `Some(Yes | No | Unsure)` once answered, directly or
/// through a choice; a choice that was asked holds `Some(Unsure)`.
pub type Known = Vec<Option<Answer>>;

/// A pure diagnosis: takes answers, returns the next question or the result. Cloning one is
/// cheap: the table it reads is shared.
#[derive(Debug, Clone)]
pub struct Session {
    table: Arc<Table>,
    start: Vec<usize>,
    history: Vec<(usize, Answer)>,
    /// How many of the first answers came from the caller's own description.
    from_text: usize,
    known: Known,
    candidates: Vec<usize>,
    step: Step,
}

impl Session {
    /// A session over every solution of the knowledge base.
    pub fn new(kb: &Kb) -> Self {
        Self::with_candidates(kb, (0..kb.solutions.len()).collect())
    }

    /// A session over some solutions only (solution indices).
    pub fn with_candidates(kb: &Kb, start: Vec<usize>) -> Self {
        let mut session = Session {
            table: Arc::new(Table::of(kb)),
            candidates: start.clone(),
            start,
            history: Vec::new(),
            from_text: 0,
            known: Vec::new(),
            step: Step::Done(Vec::new()),
        };
        session.settle();
        session
    }

    /// A session over every solution, started from what the caller's description said:
    /// `said` are the questions it answers 是; `boost` multiplies each solution's weight by how
    /// well the description matches it.
    pub fn from_description(kb: &Kb, said: &[usize], boost: &[f64]) -> Self {
        let mut session = Self::new(kb);
        Arc::make_mut(&mut session.table).boost(boost);
        session.history = said.iter().map(|&q| (q, Answer::Yes)).collect();
        session.from_text = session.history.len();
        session.settle();
        session
    }

    /// What to do next.
    pub fn step(&self) -> &Step {
        &self.step
    }

    /// The answers given so far, in order: (question index, answer).
    pub fn history(&self) -> &[(usize, Answer)] {
        &self.history
    }

    /// How many of the first answers of [`Session::history`] came from the caller's description.
    pub fn from_text(&self) -> usize {
        self.from_text
    }

    /// The solutions still possible.
    pub fn candidates(&self) -> &[usize] {
        &self.candidates
    }

    /// The solutions of a result that were not confirmed: a fact they must confirm was
    /// answered 不确定, or could not be asked because its premise was.
    pub fn unconfirmed(&self, solutions: &[usize]) -> Vec<usize> {
        (solutions.iter().copied())
            .filter(|&s| !confirmed(&self.table, &self.known, s))
            .collect()
    }

    /// The options of a choice worth showing: those not answered yet that some candidate
    /// states true. For a yes/no question, empty.
    pub fn options(&self, question: usize) -> Vec<usize> {
        shown_options(&self.table, &self.candidates, &self.known, question)
    }

    /// The answers `question` offers now, in the order shown (返回上一步 aside).
    pub fn offered(&self, question: usize) -> Vec<Answer> {
        let mut offered = definite_answers(&self.table, &self.candidates, &self.known, question);
        offered.push(Answer::Unsure);
        offered
    }

    /// Answers the pending question; does nothing once the session is done, or when the answer
    /// does not fit the question (a pick for a yes/no question, or an option not shown).
    pub fn answer(&mut self, answer: Answer) {
        if let Step::Ask(q) = self.step {
            if let Answer::Pick(o) = answer
                && !self.options(q).contains(&o)
            {
                return;
            }
            self.history.push((q, answer));
            self.settle();
        }
    }

    /// Takes back the last answer, whether given or read from the description; `false` when
    /// there is none.
    pub fn undo(&mut self) -> bool {
        let undone = self.history.pop().is_some();
        if undone {
            self.from_text = self.from_text.min(self.history.len());
            self.settle();
        }
        undone
    }

    /// Recomputes what is known, the candidates and the next step from the start and the
    /// answers.
    fn settle(&mut self) {
        self.known = vec![None; self.table.questions()];
        for &(q, answer) in &self.history {
            record(&self.table, &mut self.known, q, answer);
        }
        self.candidates = (self.start.iter().copied())
            .filter(|&c| consistent(&self.table, &self.known, c))
            .collect();
        self.step = next_step(&self.table, &self.candidates, &self.known);
    }
}

/// Records an answer to `question`: a choice's answer goes to its options not answered yet.
/// The options of a choice exclude each other, so 是 to one is 否 to the others and settles the
/// choice.
pub fn record(table: &Table, known: &mut Known, question: usize, answer: Answer) {
    let options = table.options(question);
    if options.is_empty() {
        known[question] = Some(answer);
        if let (Answer::Yes, Some(choice)) = (answer, table.choice_of(question)) {
            record(table, known, choice, Answer::Pick(question));
        }
        return;
    }
    known[question] = Some(Answer::Unsure);
    for &o in options {
        if known[o].is_none() {
            known[o] = Some(match answer {
                Answer::Pick(picked) if picked == o => Answer::Yes,
                Answer::Pick(_) | Answer::No => Answer::No,
                Answer::Yes | Answer::Unsure => Answer::Unsure,
            });
        }
    }
}

/// Whether a solution agrees with every 是 and 否 known.
pub fn consistent(table: &Table, known: &Known, solution: usize) -> bool {
    (table.row(solution).iter().zip(known)).all(|(fact, answer)| {
        !matches!(
            (fact, answer),
            (Some(true), Some(Answer::No)) | (Some(false), Some(Answer::Yes))
        )
    })
}

/// Whether `question` may be asked now: not answered, and its premises answered 是.
pub fn askable(table: &Table, known: &Known, question: usize) -> bool {
    known[question].is_none() && (table.after(question).iter()).all(|&p| known[p] == Some(Answer::Yes))
}

/// The options of a choice worth showing: not answered yet, and stated true by a candidate; in
/// the order written, so that an option keeps its number whatever was said before.
pub fn shown_options(table: &Table, candidates: &[usize], known: &Known, question: usize) -> Vec<usize> {
    (table.options(question).iter().copied())
        .filter(|&o| known[o].is_none() && candidates.iter().any(|&c| table.row(c)[o] == Some(true)))
        .collect()
}

/// A weight, ordered as `f64::total_cmp` orders it.
#[derive(PartialEq)]
struct Weight(f64);

impl Eq for Weight {}

impl PartialOrd for Weight {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Weight {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// How many of the answers 是 and 否 a solution states itself: of two solutions both possible,
/// the one the answers speak of is the likelier.
fn support(table: &Table, known: &Known, solution: usize) -> usize {
    (table.row(solution).iter().zip(known))
        .filter(|(fact, answer)| fact.is_some() && matches!(answer, Some(Answer::Yes | Answer::No)))
        .count()
}

/// The definite answers `question` offers: 是 and 否, or a choice's options shown and then 都不是.
pub fn definite_answers(table: &Table, candidates: &[usize], known: &Known, question: usize) -> Vec<Answer> {
    if table.options(question).is_empty() {
        return vec![Answer::Yes, Answer::No];
    }
    (shown_options(table, candidates, known, question).into_iter())
        .map(Answer::Pick)
        .chain([Answer::No])
        .collect()
}

/// Whether every fact a solution must confirm was answered (是 or 否, not 不确定).
fn confirmed(table: &Table, known: &Known, solution: usize) -> bool {
    (table.confirm(solution).iter()).all(|&q| matches!(known[q], Some(Answer::Yes | Answer::No)))
}

/// What follows from these candidates and what is known: the question that best tells them
/// apart; else a fact the likeliest unconfirmed candidate must confirm; else the result, the
/// confirmed first, then those most answers speak of, then the most common.
pub fn next_step(table: &Table, candidates: &[usize], known: &Known) -> Step {
    if candidates.len() > 1
        && let Some(q) = best_question(table, candidates, known)
    {
        return Step::Ask(q);
    }
    let mut ordered = candidates.to_vec();
    // Each key reckoned once per candidate, not at every comparison.
    ordered.sort_by_cached_key(|&c| {
        (
            std::cmp::Reverse(confirmed(table, known, c)),
            std::cmp::Reverse(support(table, known, c)),
            std::cmp::Reverse(Weight(table.weight(c))),
            c,
        )
    });
    let confirmation = (ordered.iter())
        .flat_map(|&c| table.confirm(c).iter().copied())
        .find(|&q| askable(table, known, q));
    match confirmation {
        Some(q) => Step::Ask(q),
        None => Step::Done(ordered),
    }
}
