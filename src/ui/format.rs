//! Dates and sizes as a reader of each language expects them.

use crate::domain::shared::language::Lang;

fn locale_date(date: &js_sys::Date, lang: Lang, utc: bool) -> String {
    let options = js_sys::Object::new();
    for (k, v) in [("day", "numeric"), ("month", "long"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    if utc {
        let _ = js_sys::Reflect::set(&options, &"timeZone".into(), &"UTC".into());
    }
    String::from(date.to_locale_date_string(lang.tag(), &options))
}

/// A moment's date, from milliseconds since 1970, in the language's usual
/// form ("22 November 2026", « 22 novembre 2026 »). Callers pass dates a
/// browser can represent (imports refuse others), so this never throws.
pub fn date_text(ms: u64, lang: Lang) -> String {
    locale_date(
        &js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)),
        lang,
        false,
    )
}

/// A calendar date (`YYYY-MM-DD`, as due dates are kept) in the language's
/// usual form; the text itself if it is not a date.
pub fn day_text(day: &str, lang: Lang) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(day));
    if date.get_time().is_nan() {
        return day.to_owned();
    }
    locale_date(&date, lang, true)
}

/// The calendar date `days` after `day` (for a default due date).
pub fn day_after(day: &str, days: u32) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(day));
    if date.get_time().is_nan() {
        return day.to_owned();
    }
    let later = date.get_time() as u64 + u64::from(days) * 86_400_000;
    crate::domain::shared::calendar::date_of(later, 0)
}

/// A size as a reader expects it: "820 B", "12.5 KB"; "12,5 Ko" in French.
pub fn size_text(bytes: usize, lang: Lang) -> String {
    let (unit, kilo, point) = match lang {
        Lang::Fr => ("o", "Ko", ','),
        Lang::En => ("B", "KB", '.'),
    };
    if bytes < 1024 {
        format!("{bytes}\u{a0}{unit}")
    } else {
        let tenths = bytes * 10 / 1024;
        format!("{}{point}{}\u{a0}{kilo}", tenths / 10, tenths % 10)
    }
}

/// A percentage: "75%" in English, « 75 % » in French.
pub fn percent_text(percent: u8, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{percent}\u{a0}%"),
        Lang::En => format!("{percent}%"),
    }
}

/// Text in Unicode's composed form (NFC), as the browser makes it: so that
/// a name typed with a separate accent, or copied from elsewhere, gives the
/// same verification code as one typed with its accented letters.
pub fn normalized(text: &str) -> String {
    String::from(js_sys::JsString::from(text).normalize("NFC"))
}
