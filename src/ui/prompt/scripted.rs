//! Answers given up front (`--answers`, a hand-off code, a web page's URL), and the words an
//! answer may be written in, which a dumb terminal's typed answer reads too.

use super::{Asking, Choice, Prompter};
use crate::engine::Answer;
use crate::error::{Accepts, By, Error, Refused, Why};
use crate::kb::normalize::half_width;

/// Answers from `--answers`: y 是, n 否, ? 不确定, b 返回上一步; at a choice, an option's
/// number (from 1) or id, n 都不是, ? 记不清.
#[derive(Debug, Clone)]
pub struct ScriptedPrompter {
    tokens: std::vec::IntoIter<(Token, String)>,
    given: usize,
}

/// One answer of `--answers`, before it meets its question.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    Answer(Answer),
    Back,
    /// An option of a choice by its number as shown, from 1.
    Number(usize),
    /// An option of a choice by its question id: the question's index.
    Option(usize),
    /// No answer at all: refused when it meets its question, so that the refusal can say what
    /// that question takes.
    Unknown,
}

impl ScriptedPrompter {
    /// Parses a comma-separated list such as `y,n,?,b`; spaces and empty items are ignored,
    /// full-width forms are read as half-width (`？`, `，`), and the words of the menu are
    /// accepted too: 是/否/不确定/返回 and yes/no/not sure/back. `options` are the ids an answer
    /// may name an option of a choice by, with the options' question indices.
    pub fn parse(script: &str, options: &[(&str, usize)]) -> Self {
        let mut tokens = script
            .split(|c: char| half_width(c) == ',' || c.is_whitespace())
            .filter(|t| !t.is_empty())
            .peekable();
        let mut parsed = Vec::new();
        while let Some(token) = tokens.next() {
            let mut word: String = token.chars().map(half_width).collect::<String>().to_lowercase();
            // "not sure" is one answer written as two words.
            if word == "not" && tokens.peek().is_some_and(|next| next.eq_ignore_ascii_case("sure")) {
                tokens.next();
                word.push_str(" sure");
            }
            let parsed_token = match word.as_str() {
                "y" | "yes" | "是" => Token::Answer(Answer::Yes),
                "n" | "no" | "否" | "none" | "都不是" => Token::Answer(Answer::No),
                "?" | "u" | "unsure" | "not sure" | "不确定" | "记不清" => Token::Answer(Answer::Unsure),
                "b" | "back" | "返回" | "返回上一步" => Token::Back,
                number if !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit()) => {
                    Token::Number(number.parse().unwrap_or(0))
                }
                id => match options.iter().find(|(option, _)| option.eq_ignore_ascii_case(id)) {
                    Some(&(_, q)) => Token::Option(q),
                    None => Token::Unknown,
                },
            };
            parsed.push((parsed_token, token.to_owned()));
        }
        ScriptedPrompter {
            tokens: parsed.into_iter(),
            given: 0,
        }
    }

    /// The answer `word` (one answer of the `--answers` grammar, an option by one of `options`'
    /// ids included) gives at `asking`, if it is one it offers: what a numbered menu takes
    /// besides the numbers.
    pub fn word(word: &str, options: &[(&str, usize)], asking: Asking) -> Option<Choice> {
        let mut one = ScriptedPrompter::parse(word, options);
        (one.unused() == 1).then_some(())?;
        one.choose(asking).ok()
    }

    /// How many answers were not needed.
    pub fn unused(&self) -> usize {
        self.tokens.len()
    }

    /// Once the session reached its result: how many answers were not needed, or, when one of
    /// those is no answer at all, the error that names it. A typo past the result is refused as
    /// one before it is, by every front end.
    pub fn finish(&self) -> Result<usize, Error> {
        let rest = self.tokens.as_slice();
        match rest.iter().position(|(token, _)| *token == Token::Unknown) {
            Some(k) => Err(Error::PastResult {
                token: rest[k].1.clone(),
                position: self.given + k + 1,
            }),
            None => Ok(rest.len()),
        }
    }
}

impl Prompter for ScriptedPrompter {
    fn choose(&mut self, asking: Asking) -> Result<Choice, Error> {
        let accepts = accepts(asking);
        let Some((token, written)) = self.tokens.next() else {
            return Err(Error::AnswersRunOut {
                question: asking.question.text.clone(),
                accepts,
            });
        };
        self.given += 1;
        let offered = |answer: Answer| asking.offered.iter().any(|&(a, _)| a == answer).then_some(answer);
        let answer = match token {
            Token::Back => return Ok(Choice::Back),
            Token::Answer(answer) => offered(answer),
            Token::Number(n) => (n.checked_sub(1))
                .and_then(|k| asking.offered.get(k))
                .map(|&(a, _)| a)
                .filter(|a| matches!(a, Answer::Pick(_))),
            Token::Option(q) => offered(Answer::Pick(q)),
            Token::Unknown => None,
        };
        if let Some(answer) = answer {
            return Ok(Choice::Answer(answer));
        }
        // The question alone: `drive`, which knows the options' ids, lists its answers.
        Err(Error::Refused {
            by: By::Answers,
            why: match token {
                Token::Unknown => Why::Unknown,
                _ => Why::DoesNotFit,
            },
            refused: Refused {
                token: written,
                position: self.given,
                question: asking.question.text.clone(),
                accepts,
            },
        })
    }
}

/// What an answer may be at `asking`.
pub fn accepts(asking: Asking) -> Accepts {
    let count = (asking.offered.iter())
        .filter(|(answer, _)| matches!(answer, Answer::Pick(_)))
        .count();
    match asking.question.is_choice() {
        true => Accepts::Choice { count },
        false => Accepts::YesNo,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::Question;

    fn question() -> Question {
        Question {
            id: "q".into(),
            text: "问题？".into(),
            option: None,
            after: Vec::new(),
            phrases: Vec::new(),
            options: Vec::new(),
        }
    }

    fn yes_no() -> Vec<(Answer, String)> {
        [Answer::Yes, Answer::No, Answer::Unsure]
            .map(|a| (a, format!("{a:?}")))
            .to_vec()
    }

    fn choose(p: &mut ScriptedPrompter, offered: &[(Answer, String)]) -> Result<Choice, Error> {
        let question = question();
        p.choose(Asking {
            question: &question,
            offered,
            number: 1,
            previous: None,
        })
    }

    #[test]
    fn scripted_answers_parse_in_order() {
        let mut p = ScriptedPrompter::parse("y, n,?,b，是", &[]);
        let got: Vec<Choice> = (0..5).map(|_| choose(&mut p, &yes_no()).unwrap()).collect();
        assert_eq!(
            got,
            [
                Choice::Answer(Answer::Yes),
                Choice::Answer(Answer::No),
                Choice::Answer(Answer::Unsure),
                Choice::Back,
                Choice::Answer(Answer::Yes)
            ]
        );
        assert!(
            matches!(choose(&mut p, &yes_no()), Err(Error::AnswersRunOut { question, .. }) if question == "问题？")
        );
    }

    #[test]
    fn scripted_answers_take_the_words_of_the_menu() {
        let mut p = ScriptedPrompter::parse("Yes,not sure, No  Not Sure，不确定，？,back", &[]);
        let got: Vec<Choice> = (0..7).map(|_| choose(&mut p, &yes_no()).unwrap()).collect();
        let unsure = Choice::Answer(Answer::Unsure);
        assert_eq!(
            got,
            [
                Choice::Answer(Answer::Yes),
                unsure,
                Choice::Answer(Answer::No),
                unsure,
                unsure,
                unsure,
                Choice::Back
            ]
        );
        assert_eq!(p.unused(), 0);
    }

    #[test]
    fn scripted_answers_name_a_bad_token() {
        // Refused where it meets its question, so that the refusal can say what that takes.
        let mut p = ScriptedPrompter::parse("y,x,zz", &[]);
        assert!(matches!(p.finish(), Err(Error::PastResult { ref token, position: 2 }) if token == "x"));
        choose(&mut p, &yes_no()).unwrap();
        let err = choose(&mut p, &yes_no()).unwrap_err();
        assert!(
            matches!(err, Error::Refused { why: Why::Unknown, refused: Refused { ref token, position: 2, accepts: Accepts::YesNo, .. }, .. } if token == "x")
        );
        assert!(matches!(p.finish(), Err(Error::PastResult { position: 3, .. })));
    }

    #[test]
    fn a_choice_takes_an_option_by_number_or_id() {
        let offered = vec![
            (Answer::Pick(7), "七".to_owned()),
            (Answer::Pick(9), "九".to_owned()),
            (Answer::No, "都不是".to_owned()),
            (Answer::Unsure, "记不清".to_owned()),
        ];
        let mut p = ScriptedPrompter::parse("2,msg_seven,n,?,3,y", &[("msg_seven", 7)]);
        let got: Vec<Choice> = (0..4).map(|_| choose(&mut p, &offered).unwrap()).collect();
        assert_eq!(
            got,
            [Answer::Pick(9), Answer::Pick(7), Answer::No, Answer::Unsure].map(Choice::Answer)
        );
        // The third listed is 都不是, not an option; 是 is no answer to a choice.
        for position in [5, 6] {
            let err = choose(&mut p, &offered).unwrap_err();
            assert!(
                matches!(err, Error::Refused { why: Why::DoesNotFit, refused: Refused { position: p, .. }, .. } if p == position)
            );
        }
        // An option's number is no answer to a yes/no question.
        let mut p = ScriptedPrompter::parse("1", &[]);
        assert!(matches!(
            choose(&mut p, &yes_no()),
            Err(Error::Refused {
                why: Why::DoesNotFit,
                ..
            })
        ));
        assert_eq!(p.finish().unwrap(), 0);
    }

    #[test]
    fn a_typed_word_names_an_option_by_id() {
        let offered = vec![(Answer::Pick(7), "七".to_owned()), (Answer::No, "都不是".to_owned())];
        let question = question();
        let asking = Asking {
            question: &question,
            offered: &offered,
            number: 1,
            previous: None,
        };
        let options = [("msg_seven", 7)];
        assert_eq!(
            ScriptedPrompter::word("MSG_seven", &options, asking),
            Some(Choice::Answer(Answer::Pick(7)))
        );
        assert_eq!(ScriptedPrompter::word("msg_eight", &options, asking), None);
    }
}
