//! The days `--since` and `--until` name, as the period counted, and the times the report
//! shows: both in the machine's local time zone (its `mktime` and `localtime_r` on unix; UTC
//! where there is no such call).

use std::fmt;

use super::Problem;
use super::observed::Period;
use crate::kb::normalize::half_width;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Day {
    /// `YYYY-MM-DD` (a month or day of one digit too), digits typed half- or full-width; `None`
    /// for anything else, a day that does not exist (`2026-02-30`) included.
    pub fn parse(given: &str) -> Option<Day> {
        let (year, month, day) = Day::numbers(given)?;
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day {
            year: i32::try_from(year).ok()?,
            month,
            day,
        })
    }

    /// The year, month and day of `given` written in the form `parse` reads, whether or not
    /// there is such a day.
    fn numbers(given: &str) -> Option<(u32, u32, u32)> {
        let given: String = given.trim().chars().map(half_width).collect();
        let mut parts = given.split('-');
        let mut number = |digits: std::ops::RangeInclusive<usize>| {
            let part = parts.next()?;
            (digits.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())).then(|| part.parse().ok())?
        };
        let numbers = (number(4..=4)?, number(1..=2)?, number(1..=2)?);
        parts.next().is_none().then_some(numbers)
    }

    /// The day after.
    fn next(self) -> Day {
        let Day { year, month, day } = self;
        if day < days_in_month(year.unsigned_abs(), month) {
            Day { day: day + 1, ..self }
        } else if month < 12 {
            Day {
                month: month + 1,
                day: 1,
                ..self
            }
        } else {
            Day {
                year: year + 1,
                month: 1,
                day: 1,
            }
        }
    }

    /// Days since 1970-01-01 (negative before).
    fn days(self) -> i64 {
        // Howard Hinnant's `days_from_civil`, with the year starting in March.
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let of_era = year - era * 400;
        let month = i64::from(self.month);
        let of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let of_era_days = of_era * 365 + of_era / 4 - of_era / 100 + of_year;
        era * 146_097 + of_era_days - 719_468
    }

    /// The day `days` after 1970-01-01.
    fn from_days(days: i64) -> Day {
        let days = days + 719_468;
        let era = days.div_euclid(146_097);
        let of_era = days - era * 146_097;
        let year_of_era = (of_era - of_era / 1460 + of_era / 36_524 - of_era / 146_096) / 365;
        let of_year = of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted = (5 * of_year + 2) / 153;
        let day = of_year - (153 * shifted + 2) / 5 + 1;
        let month = if shifted < 10 { shifted + 3 } else { shifted - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Day {
            year: i32::try_from(year).unwrap_or(i32::MAX),
            month: month as u32,
            day: day as u32,
        }
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The days `--since` and `--until` gave, both included.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Days {
    pub since: Option<Day>,
    pub until: Option<Day>,
}

impl Days {
    /// Reads the options' dates; a date that cannot be read, or an end before the start, is
    /// refused.
    pub fn parse(since: Option<&str>, until: Option<&str>) -> Result<Days, Problem> {
        let day = |option: &'static str, given: Option<&str>| {
            given
                .map(|given| {
                    Day::parse(given).ok_or_else(|| match Day::numbers(given) {
                        Some(_) => Problem::NoSuchDay {
                            option,
                            given: given.to_owned(),
                        },
                        None => Problem::BadDate {
                            option,
                            given: given.to_owned(),
                        },
                    })
                })
                .transpose()
        };
        let days = Days {
            since: day("--since", since)?,
            until: day("--until", until)?,
        };
        if let (Some(since), Some(until)) = (days.since, days.until)
            && until < since
        {
            return Err(Problem::UntilBeforeSince { since, until });
        }
        Ok(days)
    }

    /// From the start of the first day to the end of the last, in local time.
    pub fn period(self) -> Period {
        Period {
            since: self.since.map(start),
            until: self.until.map(|day| start(day.next())),
        }
    }
}

/// A moment as the machine's clock reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Local {
    pub day: Day,
    pub hour: u32,
    pub minute: u32,
    /// Seconds east of UTC.
    pub offset: i64,
}

impl Local {
    /// `at` (seconds since 1970 UTC) in local time.
    pub fn of(at: i64) -> Local {
        let (fields, offset) = local_fields(at).unwrap_or((at, 0));
        let seconds = fields.rem_euclid(86_400);
        Local {
            day: Day::from_days(fields.div_euclid(86_400)),
            hour: (seconds / 3600) as u32,
            minute: (seconds % 3600 / 60) as u32,
            offset,
        }
    }

    /// The time zone: `UTC+08:00`.
    pub fn zone(self) -> String {
        let sign = if self.offset < 0 { '-' } else { '+' };
        let minutes = self.offset.abs() / 60;
        format!("UTC{sign}{:02}:{:02}", minutes / 60, minutes % 60)
    }
}

impl fmt::Display for Local {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {:02}:{:02}", self.day, self.hour, self.minute)
    }
}

/// The first second of `day` in local time (the first that exists, where the clocks jump over
/// midnight).
fn start(day: Day) -> i64 {
    local_start(day).unwrap_or(day.days() * 86_400)
}

/// `at` as local time written as seconds since 1970 (as if the local clock were UTC), with
/// the offset from UTC.
#[cfg(unix)]
fn local_fields(at: i64) -> Option<(i64, i64)> {
    let time = libc::time_t::try_from(at).ok()?;
    // SAFETY: `tm` is plain data that localtime_r fills; all zeroes is a valid value of it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    // SAFETY: both pointers are valid for the call; localtime_r is the thread-safe form.
    if unsafe { libc::localtime_r(&time, &mut tm) }.is_null() {
        return None;
    }
    let day = Day {
        year: tm.tm_year.checked_add(1900)?,
        month: u32::try_from(tm.tm_mon + 1).ok()?,
        day: u32::try_from(tm.tm_mday).ok()?,
    };
    let fields = day.days() * 86_400 + i64::from(tm.tm_hour) * 3600 + i64::from(tm.tm_min) * 60 + i64::from(tm.tm_sec);
    Some((fields, fields - at))
}

#[cfg(not(unix))]
fn local_fields(_at: i64) -> Option<(i64, i64)> {
    None
}

/// The first second of `day` in local time, from the C library.
#[cfg(unix)]
fn local_start(day: Day) -> Option<i64> {
    // SAFETY: as above.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = day.year - 1900;
    tm.tm_mon = i32::try_from(day.month).ok()? - 1;
    tm.tm_mday = i32::try_from(day.day).ok()?;
    // Whether summer time is in force at midnight is for mktime to find out.
    tm.tm_isdst = -1;
    // SAFETY: `tm` is valid for the call; mktime only reads and normalizes it.
    let time = unsafe { libc::mktime(&mut tm) };
    #[allow(clippy::useless_conversion, reason = "time_t is narrower than i64 on some systems")]
    let time = i64::from(time);
    (time != -1).then_some(time)
}

#[cfg(not(unix))]
fn local_start(_day: Day) -> Option<i64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(year: i32, month: u32, day: u32) -> Day {
        Day { year, month, day }
    }

    #[test]
    fn dates_are_read_strictly() {
        assert_eq!(Day::parse("2026-12-01"), Some(day(2026, 12, 1)));
        assert_eq!(Day::parse(" 2026-1-9 "), Some(day(2026, 1, 9)));
        assert_eq!(Day::parse("２０２６－１２－０１"), Some(day(2026, 12, 1)));
        assert_eq!(Day::parse("2024-02-29"), Some(day(2024, 2, 29)));
        for bad in [
            "",
            "2026",
            "2026-12",
            "2026/12/01",
            "26-12-01",
            "2026-13-01",
            "2026-00-10",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-12-01-",
            "2026-12-001",
            "+2026-12-01",
            "yesterday",
            "2026-12-01T00:00",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn days_count_from_1970() {
        assert_eq!(day(1970, 1, 1).days(), 0);
        assert_eq!(day(2000, 3, 1).days(), 11_017);
        assert_eq!(day(1969, 12, 31).days(), -1);
        for days in [-800_000, -1, 0, 59, 365, 11_016, 20_513, 2_932_896] {
            assert_eq!(Day::from_days(days).days(), days);
        }
        assert_eq!(day(2024, 2, 28).next(), day(2024, 2, 29));
        assert_eq!(day(2026, 12, 31).next(), day(2027, 1, 1));
        assert_eq!(day(2026, 4, 30).next(), day(2026, 5, 1));
    }

    #[test]
    fn the_period_takes_both_days_whole() {
        let days = Days::parse(Some("2026-12-01"), Some("2026-12-01")).unwrap();
        let period = days.period();
        let (since, until) = (period.since.unwrap(), period.until.unwrap());
        // A day is 23 to 25 hours long, where the clocks change.
        assert!((23 * 3600..=25 * 3600).contains(&(until - since)), "{period:?}");
        assert_eq!(Local::of(since).to_string(), "2026-12-01 00:00");
        assert_eq!(Local::of(until - 1).day, day(2026, 12, 1));
    }

    #[test]
    fn an_end_before_the_start_or_a_bad_date_is_refused() {
        assert!(matches!(
            Days::parse(Some("2026-12-02"), Some("2026-12-01")),
            Err(Problem::UntilBeforeSince { .. })
        ));
        assert!(matches!(
            Days::parse(None, Some("2026/12/01")),
            Err(Problem::BadDate { option: "--until", .. })
        ));
        assert!(matches!(
            Days::parse(None, Some("2026-12-32")),
            Err(Problem::NoSuchDay { option: "--until", .. })
        ));
        assert!(matches!(
            Days::parse(Some("2026-02-30"), None),
            Err(Problem::NoSuchDay { option: "--since", .. })
        ));
        assert!(matches!(
            Days::parse(None, Some("2026-13-01")),
            Err(Problem::NoSuchDay { option: "--until", .. })
        ));
        assert_eq!(Days::parse(None, None).unwrap().period(), Period::default());
    }

    #[test]
    fn zones_are_written_with_their_sign() {
        let at = |offset| Local {
            day: day(2026, 1, 1),
            hour: 0,
            minute: 0,
            offset,
        };
        assert_eq!(at(8 * 3600).zone(), "UTC+08:00");
        assert_eq!(at(-(3 * 3600 + 1800)).zone(), "UTC-03:30");
        assert_eq!(at(0).zone(), "UTC+00:00");
    }
}
