//! The hand-off code: the answers of a diagnosis with the version of the knowledge base they
//! were given against, short enough to read out and type (`3f9a1c-1.5.y`). The web page shows
//! it when an employee's problem is not solved; `diagnose --resume CODE` continues from it.

use std::fmt::Write;

use crate::engine::{Answer, Session};
use crate::error::Error;
use crate::kb::Kb;
use crate::kb::normalize::half_width;

/// Hex digits of the version in a code: enough to tell versions apart, few enough to type.
const VERSION_DIGITS: usize = 6;

/// The version of a knowledge base as far as answers are concerned: a hash of its questions
/// (ids, options, premises) and of what its solutions state and confirm. Rewording a text keeps
/// it; a change that could make the same answers mean something else changes it.
pub fn version(kb: &Kb) -> String {
    let mut shape = String::new();
    for q in &kb.questions {
        let _ = write!(shape, "q{}:{:?}:{:?};", q.id, q.options, q.after);
    }
    for s in &kb.solutions {
        let _ = write!(shape, "s{}:{:?}:{:?};", s.id, s.facts, s.confirm);
    }
    let hash = fnv1a(shape.as_bytes());
    format!("{:0width$x}", hash >> (64 - 4 * VERSION_DIGITS), width = VERSION_DIGITS)
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike the standard library's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The code for `answers` given to a session that stood at `start` (a fresh session, or one
/// started from a description, whose own answers the code leaves out): the version, then each
/// answer as `--answers` takes it, an option of a choice by its number as listed.
pub fn code(kb: &Kb, start: &Session, answers: &[(usize, Answer)]) -> String {
    let mut session = start.clone();
    let tokens: Vec<String> = (answers.iter().skip(start.history().len()))
        .map(|&(question, answer)| {
            let token = match answer {
                Answer::Yes => "y".to_owned(),
                Answer::No => "n".to_owned(),
                Answer::Unsure => "u".to_owned(),
                Answer::Pick(option) => {
                    let listed = session.options(question);
                    (listed.iter().position(|&o| o == option))
                        .map_or_else(|| kb.questions[option].id.clone(), |k| (k + 1).to_string())
                }
            };
            session.answer(answer);
            token
        })
        .collect();
    format!("{}-{}", version(kb), tokens.join("."))
}

/// The answers a code carries, as `--answers` takes them, once its version is checked
/// against `kb`'s. A code holds only what [`code`] writes: any other word is a code mistyped.
pub fn answers(kb: &Kb, code: &str) -> Result<String, Error> {
    // Read out and typed by hand: full-width forms and capitals are the same code.
    let typed: String = code.trim().chars().map(half_width).collect::<String>().to_lowercase();
    let bad = || Error::BadResumeCode { code: code.to_owned() };
    let (version, answers) = typed.split_once('-').ok_or_else(bad)?;
    // What `code` writes: y, n, u, or an item's number as listed.
    let answer = |a: &str| {
        matches!(a, "y" | "n" | "u") || (!a.is_empty() && a.len() <= 3 && a.bytes().all(|b| b.is_ascii_digit()))
    };
    let well_formed = version.len() == VERSION_DIGITS
        && version.bytes().all(|b| b.is_ascii_hexdigit())
        && (answers.is_empty() || answers.split('.').all(answer));
    if !well_formed {
        return Err(bad());
    }
    if version != self::version(kb) {
        return Err(Error::ResumeKbChanged { code: code.to_owned() });
    }
    Ok(answers.replace('.', ","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_is_the_published_function() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn a_code_holds_what_code_writes_and_nothing_else() {
        let kb = crate::knowledge::load(&crate::kb::KbSource::Embedded, crate::lang::Lang::Zh).unwrap();
        let kb = kb.kb().unwrap();
        let v = version(&kb);
        assert_eq!(answers(&kb, &format!("{v}-1.12.Y.n.u")).unwrap(), "1,12,y,n,u");
        assert_eq!(answers(&kb, &format!("{v}-")).unwrap(), "");
        for wrong in ["b", "1.b", "yes", "msg_disabled", "1..5", "1.", "1234", "?"] {
            let code = format!("{v}-{wrong}");
            assert!(
                matches!(answers(&kb, &code), Err(Error::BadResumeCode { .. })),
                "{code}"
            );
        }
    }
}
