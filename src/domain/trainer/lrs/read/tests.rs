use super::*;

#[test]
fn timestamps_read_as_lrss_write_them() {
    let t = 1_795_370_709_250;
    assert_eq!(parse_timestamp("2026-11-22T18:05:09.250Z"), Some(t));
    assert_eq!(parse_timestamp("2026-11-22T18:05:09.250000+00:00"), Some(t));
    assert_eq!(parse_timestamp("2026-11-22T19:05:09.25+01:00"), Some(t));
    assert_eq!(parse_timestamp("2026-11-22T13:35:09.250-0430"), Some(t));
    assert_eq!(parse_timestamp("2026-11-22T18:05:09Z"), Some(t - 250));
    assert_eq!(parse_timestamp("1970-01-01T00:00:00Z"), Some(0));
    assert_eq!(
        parse_timestamp("2000-02-29T00:00:00Z"),
        Some(951_782_400_000)
    );
    for bad in [
        "",
        "2026-11-22",
        "2026-11-22T18:05:09",
        "2026-13-22T18:05:09Z",
        "2026-11-22T25:05:09Z",
        "2026-11-22T18:05:09.Z",
        "2026-11-22T18:05:09+1",
        "2026-11-2xT18:05:09Z",
        "1969-12-31T23:59:59Z",
        "２０２６-11-22T18:05:09Z",
    ] {
        assert_eq!(parse_timestamp(bad), None, "{bad}");
    }
}

#[test]
fn durations_read_back_in_seconds() {
    use crate::domain::shared::calendar::duration;
    for s in [0, 59, 60, 3725, 86_399] {
        assert_eq!(parse_duration(&duration(s)), Some(s));
    }
    assert_eq!(parse_duration("PT1.5S"), Some(1));
    assert_eq!(parse_duration("PT9999H"), Some(MAX_ATTEMPT_SECONDS));
    assert_eq!(parse_duration("P1D"), None);
    assert_eq!(parse_duration("PT5"), None);
}

#[test]
fn more_links_stay_on_the_endpoint_s_origin() {
    let e = "http://127.0.0.1:8100/xAPI/";
    assert_eq!(
        next_page(e, "/xAPI/statements?pit_id=x&search_after=y"),
        Some("http://127.0.0.1:8100/xAPI/statements?pit_id=x&search_after=y".into())
    );
    assert_eq!(
        next_page(e, "http://127.0.0.1:8100/xAPI/statements?p=2"),
        Some("http://127.0.0.1:8100/xAPI/statements?p=2".into())
    );
    // The read key never goes to another host.
    assert_eq!(next_page(e, "https://evil.example/steal"), None);
    assert_eq!(next_page(e, "//evil.example/steal"), None);
    assert_eq!(next_page(e, "http://127.0.0.1:8100.evil.example/"), None);
    assert_eq!(next_page(e, ""), None);
}
