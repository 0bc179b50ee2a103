//! Dates and times as files and standards write them: calendar dates
//! (`YYYY-MM-DD`), ISO 8601 timestamps in UTC and durations. Times are
//! milliseconds since 1970, as the browser's clock gives them.

/// The calendar date (proleptic Gregorian) of a day count since 1970-01-01.
fn civil(days: i64) -> (i64, u32, u32) {
    // Howard Hinnant's days-to-civil algorithm, in eras of 400 years.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The date, `YYYY-MM-DD`, at `ms` in a time zone `offset_minutes` east of
/// UTC (the learner's "today" for due dates).
pub fn date_of(ms: u64, offset_minutes: i32) -> String {
    let local = ms as i64 + i64::from(offset_minutes) * 60_000;
    let (y, m, d) = civil(local.div_euclid(86_400_000));
    format!("{y:04}-{m:02}-{d:02}")
}

/// An ISO 8601 timestamp in UTC with milliseconds:
/// `2026-11-22T18:05:09.250Z`.
pub fn timestamp(ms: u64) -> String {
    let ms = ms as i64;
    let (y, m, d) = civil(ms.div_euclid(86_400_000));
    let in_day = ms.rem_euclid(86_400_000);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        in_day / 3_600_000,
        in_day / 60_000 % 60,
        in_day / 1000 % 60,
        in_day % 1000
    )
}

/// An ISO 8601 duration of whole seconds: `PT1H2M5S`, `PT0S`.
pub fn duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut out = String::from("PT");
    if h > 0 {
        out.push_str(&format!("{h}H"));
    }
    if m > 0 {
        out.push_str(&format!("{m}M"));
    }
    if s > 0 || (h == 0 && m == 0) {
        out.push_str(&format!("{s}S"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_timestamps_match_known_instants() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00.000Z");
        // 2026-11-22T18:05:09.250Z, and a leap day.
        assert_eq!(timestamp(1_795_370_709_250), "2026-11-22T18:05:09.250Z");
        assert_eq!(date_of(951_782_400_000, 0), "2000-02-29");
        // Late evening in UTC is already tomorrow two hours east.
        assert_eq!(date_of(1_795_384_800_000, 0), "2026-11-22");
        assert_eq!(date_of(1_795_384_800_000, 120), "2026-11-23");
        assert_eq!(date_of(1_795_384_800_000, -600), "2026-11-22");
    }

    #[test]
    fn durations_use_hours_minutes_and_seconds() {
        assert_eq!(duration(0), "PT0S");
        assert_eq!(duration(59), "PT59S");
        assert_eq!(duration(60), "PT1M");
        assert_eq!(duration(3725), "PT1H2M5S");
    }
}
