//! The fixed words of the output, in each language.

use crate::engine::{Answer, TreeStats};
use crate::lang::Lang;
use crate::search::Field;

/// The fixed words renderers put around the knowledge base's texts.
#[derive(Debug)]
pub struct Labels {
    pub lang: Lang,
    pub yes: &'static str,
    pub no: &'static str,
    pub unsure: &'static str,
    pub back: &'static str,
    pub category: &'static str,
    pub symptoms: &'static str,
    pub on_screen: &'static str,
    pub cause: &'static str,
    pub solution: &'static str,
    pub note: &'static str,
    pub related: &'static str,
    pub result: &'static str,
    pub result_title: &'static str,
    pub record: &'static str,
    pub no_questions: &'static str,
    pub conclusion: &'static str,
    pub employee_said: &'static str,
    pub number: &'static str,
    pub problem: &'static str,
    /// Between items of a list in running text.
    pub and: &'static str,
    /// After a label, before its text.
    pub colon: &'static str,
    /// Around a quoted message.
    pub quotes: (&'static str, &'static str),
    /// Around an aside.
    pub parens: (&'static str, &'static str),
    /// Around a match when the output has no colour.
    pub mark: (&'static str, &'static str),
}

static ZH: Labels = Labels {
    lang: Lang::Zh,
    yes: "是",
    no: "否",
    unsure: "不确定",
    back: "返回上一步",
    category: "分类",
    symptoms: "症状",
    on_screen: "屏幕提示",
    cause: "原因",
    solution: "解决方案",
    note: "注意",
    related: "相关",
    result: "诊断结果",
    result_title: "问诊结果",
    record: "问诊记录",
    no_questions: "（没有问任何问题）",
    conclusion: "结论",
    employee_said: "员工原话",
    number: "编号",
    problem: "问题",
    and: "、",
    colon: "：",
    quotes: ("“", "”"),
    parens: ("（", "）"),
    mark: ("「", "」"),
};

static EN: Labels = Labels {
    lang: Lang::En,
    yes: "yes",
    no: "no",
    unsure: "not sure",
    back: "back",
    category: "Category",
    symptoms: "Symptoms",
    on_screen: "On screen",
    cause: "Cause",
    solution: "Solution",
    note: "Note",
    related: "Related",
    result: "Result",
    result_title: "Diagnosis",
    record: "Questions asked",
    no_questions: "(no question was asked)",
    conclusion: "Result",
    employee_said: "In the employee's words",
    number: "No.",
    problem: "Problem",
    and: ", ",
    colon: ": ",
    // The English messages quote the screen themselves, with the Chinese original after.
    quotes: ("", ""),
    parens: (" (", ")"),
    mark: ("[", "]"),
};

impl Labels {
    /// The labels of a language.
    pub fn of(lang: Lang) -> &'static Labels {
        match lang {
            Lang::Zh => &ZH,
            Lang::En => &EN,
        }
    }

    /// How an answer is written.
    pub fn answer(&self, answer: Answer) -> &'static str {
        match answer {
            Answer::Yes => self.yes,
            Answer::No => self.no,
            Answer::Unsure => self.unsure,
        }
    }

    /// How the place of a matched passage is named.
    pub fn field(&self, field: Field) -> &'static str {
        match (self.lang, field) {
            (Lang::Zh, Field::Message) => "屏幕提示",
            (Lang::Zh, Field::Title) => "标题",
            (Lang::Zh, Field::Symptom) => "症状",
            (Lang::Zh, Field::Condition) => "情况",
            (Lang::Zh, Field::Cause) => "原因",
            (Lang::Zh, Field::Step) => "步骤",
            (Lang::Zh, Field::Note) => "注意",
            (Lang::En, Field::Message) => "On screen",
            (Lang::En, Field::Title) => "Title",
            (Lang::En, Field::Symptom) => "Symptom",
            (Lang::En, Field::Condition) => "Case",
            (Lang::En, Field::Cause) => "Cause",
            (Lang::En, Field::Step) => "Step",
            (Lang::En, Field::Note) => "Note",
        }
    }

    /// "问题 3" / "Question 3".
    pub fn question(&self, number: usize) -> String {
        match self.lang {
            Lang::Zh => format!("问题 {number}"),
            Lang::En => format!("Question {number}"),
        }
    }

    /// The heading over several possible solutions.
    pub fn several(&self, count: usize) -> String {
        match self.lang {
            Lang::Zh => format!("有 {count} 个可能的解决方案，最可能的在前："),
            Lang::En => format!("{count} possible solutions, most likely first:"),
        }
    }

    /// The line under the tree.
    pub fn footer(&self, stats: TreeStats) -> String {
        let TreeStats { solutions, mean, max } = stats;
        match self.lang {
            Lang::Zh => format!("{solutions} 个解决方案，平均 {mean:.2} 个问题，最多 {max} 个"),
            Lang::En => format!("{solutions} solutions; {mean:.2} questions on average to reach one, {max} at most"),
        }
    }
}
