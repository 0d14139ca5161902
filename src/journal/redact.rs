//! Masks personal data in what an employee typed, before it reaches the disk: mobile numbers,
//! e-mail addresses and ID-card numbers.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::kb::t;
use crate::lang::Lang;

/// What stands in for a masked number or address: its kind, so a reader still sees what was
/// said. Written in Chinese; `masks_in` names them in the reader's language (the catalog's
/// `journal-mask-` messages, whose Chinese are these).
const MOBILE: &str = "[手机号]";
const EMAIL: &str = "[邮箱]";
const ID_CARD: &str = "[身份证号]";

/// A digit, ASCII or full-width (Chinese input methods type both).
const D: &str = "[0-9０-９]";

/// Separators people type inside a number: spaces (also full-width) and dashes.
const SEP: &str = "[ \u{3000}\u{00a0}\\-－—]?";

/// ID-card numbers: 18 characters, the last a digit or X; or the old 15 digits. Not inside a
/// longer run of digits.
static ID_CARD_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    // Written whole, or in its parts (region, birth date, sequence) with spaces or dashes.
    let pattern = format!(
        "(?:^|[^0-9０-９])({D}{{6}}{SEP}{D}{{8}}{SEP}{D}{{3}}[0-9０-９XxＸｘ]|{D}{{6}}{SEP}{D}{{6}}{SEP}{D}{{3}})(?:$|[^0-9０-９XxＸｘ])"
    );
    Regex::new(&pattern).expect("the ID-card pattern compiles")
});

/// Mainland mobile numbers, `1[3-9]` and nine more digits, with spaces or dashes anywhere
/// between them and an optional +86 / 0086 / 86 before.
static MOBILE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    let pattern =
        format!("(?:^|[^0-9０-９])((?:(?:\\+|＋|00)?86{SEP})?[1１]{SEP}[3-9３-９](?:{SEP}{D}){{9}})(?:$|[^0-9０-９])");
    Regex::new(&pattern).expect("the mobile pattern compiles")
});

/// E-mail addresses, generously: something@something.something.
static EMAIL_ADDRESS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+\-]+[@＠][\w\-]+(?:[.．][\w\-]+)+").expect("the e-mail pattern compiles"));

/// `text` with the masks [`redact`] put in named in `lang` (the journal holds them in
/// Chinese).
pub fn masks_in(text: &str, lang: Lang) -> String {
    (text.replace(MOBILE, &t!(lang, "journal-mask-mobile")))
        .replace(EMAIL, &t!(lang, "journal-mask-email"))
        .replace(ID_CARD, &t!(lang, "journal-mask-id-card"))
}

/// `text` without the masks [`redact`] put in: what is left of what was said, for comparing
/// texts (two descriptions alike but for a number are alike).
pub fn without_masks(text: &str) -> String {
    [MOBILE, EMAIL, ID_CARD]
        .iter()
        .fold(text.to_owned(), |text, mask| text.replace(mask, " "))
}

/// `text` with every mobile number, e-mail address and ID-card number masked.
pub fn redact(text: &str) -> Cow<'_, str> {
    let text = mask_group(text, &ID_CARD_NUMBER, ID_CARD);
    let text = mask_group(&text, &MOBILE_NUMBER, MOBILE).into_owned();
    let masked = EMAIL_ADDRESS.replace_all(&text, EMAIL).into_owned();
    Cow::Owned(masked)
}

/// `text` with the first group of each match of `pattern` replaced by `mask`. The patterns
/// take the character on either side to see that a number stands alone, so matches next to
/// each other are found by searching again from the end of the number.
fn mask_group<'t>(text: &'t str, pattern: &Regex, mask: &str) -> Cow<'t, str> {
    let mut out = String::new();
    let mut copied = 0;
    let mut from = 0;
    while let Some(found) = pattern.captures_at(text, from) {
        let number = found.get(1).expect("the pattern has a group");
        out.push_str(&text[copied..number.start()]);
        out.push_str(mask);
        copied = number.end();
        from = number.end();
    }
    if copied == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[copied..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn mobile_numbers_are_masked_however_they_are_written() {
        for (typed, shown) in [
            ("我的手机13812345678登不上", "我的手机[手机号]登不上"),
            ("号码 138 1234 5678", "号码 [手机号]"),
            ("138-1234-5678。", "[手机号]。"),
            ("+86 13812345678", "[手机号]"),
            ("+86-138-1234-5678", "[手机号]"),
            ("zzqq 8613812345678", "zzqq [手机号]"),
            ("0086 138 1234 5678", "[手机号]"),
            ("１３８１２３４５６７８", "[手机号]"),
            ("13812345678,15987654321", "[手机号],[手机号]"),
            ("13812345678 15987654321", "[手机号] [手机号]"),
        ] {
            assert_eq!(redact(typed), shown, "{typed}");
        }
    }

    #[test]
    fn masks_read_in_the_readers_language() {
        use crate::lang::Lang;
        let masked = redact("13812345678 a@b.cn");
        assert_eq!(super::masks_in(&masked, Lang::Zh), "[手机号] [邮箱]");
        assert_eq!(super::masks_in(&masked, Lang::En), "[mobile number] [e-mail address]");
    }

    #[test]
    fn masks_are_left_out_for_comparing() {
        assert_eq!(super::without_masks(&redact("工资条 13812345678")), "工资条  ");
    }

    #[test]
    fn other_numbers_are_kept() {
        for typed in [
            "错误码 45009",
            "订单 12812345678",
            "2026-12-01 10:30",
            "FAQ 16.2",
            "12345678901234",
        ] {
            assert_eq!(redact(typed), typed);
        }
    }

    #[test]
    fn id_cards_and_addresses_are_masked() {
        assert_eq!(redact("身份证440106199001011234"), "身份证[身份证号]");
        assert_eq!(redact("身份证 44010619900101123X 号"), "身份证 [身份证号] 号");
        assert_eq!(redact("旧证 440106900101123"), "旧证 [身份证号]");
        assert_eq!(redact("证号 110101 19900307 1234 登不上"), "证号 [身份证号] 登不上");
        assert_eq!(redact("110101-19900307-123x"), "[身份证号]");
        assert_eq!(redact("发到 zhang.san+oa@oppein.com 了"), "发到 [邮箱] 了");
        assert_eq!(redact("邮箱：li_si＠qq．com"), "邮箱：[邮箱]");
    }
}
