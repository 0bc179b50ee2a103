//! End-to-end journeys: the release site as built by Trunk, served from
//! `dist/` on loopback, driven in headless Chromium through chromedriver
//! (fantoccini). Each journey gets a new browser with an empty profile.
//!
//! The test target has `harness = false` (libtest-mimic): one chromedriver
//! and one static server serve every journey and are stopped at the end,
//! while the output stays libtest's (names, counts, filters).
//!
//! The journeys, by file: `lessons.rs` (language switch mid-lesson, deep
//! links, bilingual mode, progress, keyboard, figures), `quiz.rs`
//! (checkpoints, pools, exercises, practice), `storage.rs` (issue 6's
//! storage faults and the data page), `nothing_lost.rs` (issue 14's defects,
//! two tabs), `faults.rs` (every stored document under every fault; the
//! table of what the user sees heads that file), `assign.rs` (issue 7:
//! trainer, learner and dashboard across two browsers), `offline.rs`
//! (issue 13), `certificate.rs` (issue 19's certificate), `scorm.rs`
//! (issue 20's SCORM package in a stand-in LMS), `lrs.rs` (issue 20's
//! live xAPI to a real LRS, Ralph, which the harness starts), `cmi5.rs`
//! (issue 20's cmi5 package, launched as an LMS does, with Ralph), `axe.rs`
//! (accessibility). They act through the page objects
//! of `pages.rs`. No journey sleeps a fixed time: each waits for the
//! condition a sleep would stand for (but one, in `lrs.rs`, that waits to
//! see that nothing is sent). After each journey the harness reads
//! the browser console and fails it on any Content Security Policy
//! violation.

#[path = "../support/answers.rs"]
mod answers;
mod assign;
mod axe;
mod certificate;
mod cmi5;
mod controls;
mod faults;
mod harness;
mod lessons;
mod lrs;
mod nothing_lost;
mod offline;
mod pages;
mod quiz;
mod scorm;
mod storage;
mod workbook;

use assign::{
    a_trainer_assigns_a_learner_passes_and_the_dashboard_shows_the_score,
    an_unreadable_dashboard_is_said_kept_and_can_be_removed,
    axe_finds_no_violations_on_trainer_assignment_and_dashboard_pages,
    bad_assignment_links_are_explained_and_store_nothing,
};
use axe::{
    axe_finds_no_violations_on_a_checkpoint_before_and_after_answering,
    axe_finds_no_violations_on_catalog_module_and_lesson,
};
use certificate::a_certificate_says_what_is_missing_then_certifies_every_module_and_the_dashboard_checks_its_code;
use cmi5::a_cmi5_au_reports_to_the_lms_s_lrs_and_passes_once_per_registration;
use controls::{
    a_tampered_controls_address_is_applied_in_part_and_said,
    the_controls_explorer_filters_searches_and_shares_in_both_languages,
};
use fantoccini::{Client, Locator};
use faults::{
    every_fault_of_the_accepted_assignments_is_told_and_nothing_is_overwritten,
    every_fault_of_the_class_dashboard_is_told_and_nothing_is_overwritten,
    every_fault_of_the_preferences_is_told_and_nothing_newer_or_unread_is_overwritten,
};
use harness::{eval_string, new_browser, wait_for, BoxError, BrowserProfile, Chromedriver};
use lessons::{
    a_figures_labels_change_language_in_place, bilingual_mode_shows_both_languages_with_their_lang,
    completing_a_lesson_shows_in_progress_and_resume, french_deep_link_opens_the_lesson_in_french,
    switching_language_mid_lesson_keeps_place_focus_and_reflection,
    the_keyboard_alone_switches_mode_and_language_and_skips,
};
use libtest_mimic::{Arguments, Failed, Trial};
use lrs::a_learner_s_statements_reach_the_lrs_once_through_an_outage_and_the_dashboard_reads_them;
use nothing_lost::{
    an_older_tab_never_writes_over_a_newer_versions_progress,
    defect_10_a_module_from_another_version_is_named_and_copies_are_told_apart,
    defect_1_every_refused_write_is_told_and_retried,
    defect_2_a_stale_tab_never_overwrites_another_tabs_text,
    defect_3_a_failed_read_is_told_and_never_written_over,
    defect_4_a_second_link_with_the_same_id_cannot_hijack_an_assignment,
    defect_5_the_dashboard_never_claims_what_storage_did_not_keep,
    defect_6_unreadable_or_newer_assignments_are_told_and_kept,
    defect_7_an_import_is_checked_by_the_loaders_rules, defect_8_a_file_too_large_is_said_so,
    defect_9_no_page_scrolls_sideways_at_320_px,
    two_tabs_keep_each_others_exercises_answers_and_assignments,
};
use offline::{
    a_development_build_is_never_trapped_by_a_release_worker,
    a_pages_code_is_fetched_when_first_opened_and_a_failed_fetch_is_retried,
    offline_after_one_visit_then_a_new_version_when_the_learner_chooses,
    the_app_replaces_the_shell_in_place_and_keeps_focus,
    the_content_security_policy_refuses_inline_script_and_the_check_sees_it,
    the_static_shell_shows_before_the_code_in_the_pages_language,
};
use quiz::{
    a_failed_checkpoint_retried_asks_other_questions_and_a_switch_keeps_them,
    a_lesson_exercise_works_by_keyboard_and_gives_feedback,
    checkpoint_answers_survive_a_switch_and_free_text_is_accepted_in_either_language,
    spaced_review_brings_back_wrong_answers_when_due,
};
use savoir::adapters::content::catalog;
use scorm::a_module_package_reports_to_the_lms_and_resumes_from_its_suspend_data;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use storage::{
    fault_10_storage_cleared_then_importing_the_last_export_restores_everything,
    fault_11_a_write_that_reads_back_different_is_reported,
    fault_12_export_then_import_gives_the_same_state_byte_for_byte,
    fault_1_no_stored_data_starts_clean_and_saves,
    fault_2_corrupt_json_is_kept_aside_told_and_downloadable, fault_3_an_older_schema_is_migrated,
    fault_4_a_newer_schema_is_read_only_and_never_overwritten,
    fault_5_bad_parts_are_dropped_with_a_notice_and_good_parts_kept,
    fault_6_quota_exceeded_under_each_name_keeps_state_and_offers_export,
    fault_7_storage_throwing_security_error_runs_in_memory_with_a_banner,
    fault_8_null_local_storage_runs_in_memory_with_a_banner,
    fault_9_two_tabs_writing_merge_and_show_each_other_live,
};

type Journey = for<'a> fn(
    &'a Client,
    &'a str,
) -> Pin<Box<dyn Future<Output = Result<(), BoxError>> + Send + 'a>>;

struct Context {
    runtime: tokio::runtime::Runtime,
    driver: Chromedriver,
    base: String,
}

/// Waits for the app to have mounted and taken the language `lang`, and for
/// a page whose code is fetched when first opened (`src/ui/lazy.rs`) to be
/// there (or to say why it is not).
async fn ready_in(client: &Client, lang: &str) -> Result<(), BoxError> {
    wait_for(
        client,
        &format!("document.documentElement.dataset.ready === 'true' && document.documentElement.lang === '{lang}' && !document.querySelector('[data-testid=page-loading]')"),
        &format!("the app to be ready in `{lang}`"),
    )
    .await
}

async fn path(client: &Client) -> Result<String, BoxError> {
    Ok(client.current_url().await?.path().to_owned())
}

/// The text content of the first element matching `css`, exactly as the DOM
/// holds it (WebDriver's own "visible text" turns no-break spaces into spaces
/// and hides off-screen elements such as the skip link).
async fn text(client: &Client, css: &str) -> Result<String, BoxError> {
    let element = client.find(Locator::Css(css)).await?;
    let value = client
        .execute(
            "return arguments[0].textContent;",
            vec![serde_json::to_value(&element)?],
        )
        .await?;
    Ok(value.as_str().unwrap_or_default().to_owned())
}

/// Every text of the page a reader sees, one per element that has text of its own.
const VISIBLE_TEXTS: &str = r#"Array.from(document.body.querySelectorAll('*'))
    .filter(e => e.offsetParent !== null || e === document.body)
    .flatMap(e => Array.from(e.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent.trim()))
    .filter(t => t.length > 0)"#;

async fn language_choice_is_remembered_across_reload(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    c.goto(&format!("{base}/")).await?;
    ready_in(c, "en").await?;
    assert_eq!(path(c).await?, "/en/");
    let module = &catalog().modules[0];
    assert_eq!(text(c, ".module-card__title").await?, module.title.en);
    let english: Vec<String> = serde_json::from_value(harness::eval(c, VISIBLE_TEXTS).await?)?;

    pages::switch_language(c, savoir::domain::shared::language::Lang::Fr).await?;
    assert_eq!(path(c).await?, "/fr/");
    assert_eq!(text(c, ".module-card__title").await?, module.title.fr);
    assert_eq!(eval_string(c, "document.title").await?, "Savoir");
    // Every string that differs between the languages has changed.
    let french: Vec<String> = serde_json::from_value(harness::eval(c, VISIBLE_TEXTS).await?)?;
    let same_in_both = ["Savoir", "English", "Français", "Modules"];
    let left_over: Vec<&String> = french
        .iter()
        .filter(|t| english.contains(t) && !same_in_both.contains(&t.as_str()))
        .collect();
    assert!(
        left_over.is_empty(),
        "still in English after the switch: {left_over:?}"
    );

    c.refresh().await?;
    ready_in(c, "fr").await?;
    assert_eq!(path(c).await?, "/fr/");
    assert_eq!(text(c, "[aria-current=true]").await?, "Français");

    // Arriving without a language now follows the remembered choice.
    c.goto(&format!("{base}/")).await?;
    ready_in(c, "fr").await?;
    assert_eq!(path(c).await?, "/fr/");
    Ok(())
}

async fn first_visit_follows_the_browser_language(c: &Client, base: &str) -> Result<(), BoxError> {
    c.goto(&format!("{base}/")).await?;
    ready_in(c, "fr").await?;
    assert_eq!(path(c).await?, "/fr/");
    assert_eq!(text(c, ".skip-link").await?, "Aller au contenu principal");
    Ok(())
}

async fn french_link_opens_in_french_in_a_fresh_profile(
    c: &Client,
    base: &str,
) -> Result<(), BoxError> {
    c.goto(&format!("{base}/fr/")).await?;
    ready_in(c, "fr").await?;
    assert_eq!(
        text(c, "h1").await?,
        "ISO/IEC 27002\u{a0}: les mesures de sécurité de l’information en pratique"
    );
    // Opening a shared link is not a choice: the browser's language stays the default.
    c.goto(&format!("{base}/")).await?;
    ready_in(c, "en").await?;
    Ok(())
}

async fn unknown_address_shows_a_not_found_page(c: &Client, base: &str) -> Result<(), BoxError> {
    c.goto(&format!("{base}/fr/no/such/page")).await?;
    ready_in(c, "fr").await?;
    assert_eq!(
        text(c, "[data-testid=not-found] h1").await?,
        "Page introuvable"
    );
    // Following an in-app link must not reload the page: a marker set on
    // `window` survives only if the router handled it.
    c.execute("window.__sameDocument = true;", vec![]).await?;
    c.find(Locator::Css("[data-testid=not-found] a"))
        .await?
        .click()
        .await?;
    wait_for(
        c,
        "location.pathname === '/fr/'",
        "the link back to the French home",
    )
    .await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=module-list]')",
        "the home page",
    )
    .await?;
    assert_eq!(
        harness::eval(c, "window.__sameDocument === true").await?,
        true
    );
    // Back returns to the previous page, again without a reload.
    c.back().await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=not-found]')",
        "the not-found page after Back",
    )
    .await?;
    assert_eq!(
        harness::eval(c, "window.__sameDocument === true").await?,
        true
    );
    Ok(())
}

/// The `/content/` files the page has requested so far.
const CONTENT_REQUESTS: &str =
    "performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('/content/'))";

async fn lessons_are_fetched_only_when_opened(c: &Client, base: &str) -> Result<(), BoxError> {
    c.goto(&format!("{base}/en/")).await?;
    ready_in(c, "en").await?;
    let fetched: Vec<String> = serde_json::from_value(harness::eval(c, CONTENT_REQUESTS).await?)?;
    assert!(
        fetched.is_empty(),
        "the first load fetched lesson files: {fetched:?}"
    );

    let module = &catalog().modules[0];
    let lesson = &module.lessons[0];
    c.find(Locator::Css(".lesson-link__title"))
        .await?
        .click()
        .await?;
    wait_for(c, "document.querySelector('.lesson__title')", "the lesson").await?;
    assert_eq!(text(c, ".lesson__title").await?, lesson.title.en);
    let fetched: Vec<String> = serde_json::from_value(harness::eval(c, CONTENT_REQUESTS).await?)?;
    assert_eq!(
        fetched,
        vec![format!("{base}/content/{}/{}.json", module.id, lesson.id)],
        "opening one lesson fetches exactly its bundle"
    );

    // Back home and into the same lesson again: parsed once and kept.
    c.back().await?;
    wait_for(
        c,
        "document.querySelector('[data-testid=module-list]')",
        "the home page",
    )
    .await?;
    c.find(Locator::Css(".lesson-link__title"))
        .await?
        .click()
        .await?;
    wait_for(
        c,
        "document.querySelector('.lesson__title')",
        "the lesson again",
    )
    .await?;
    let again: Vec<String> = serde_json::from_value(harness::eval(c, CONTENT_REQUESTS).await?)?;
    assert_eq!(again.len(), 1, "the lesson was fetched twice: {again:?}");
    Ok(())
}

/// One trial per journey, named after its function.
macro_rules! journeys {
    ($ctx:ident; $($name:ident: $profile:expr),* $(,)?) => {
        vec![$(trial(&$ctx, stringify!($name), $profile, |c, b| Box::pin($name(c, b)))),*]
    };
}

fn trial(ctx: &Arc<Context>, name: &str, profile: BrowserProfile, journey: Journey) -> Trial {
    let ctx = Arc::clone(ctx);
    Trial::test(name, move || {
        ctx.runtime.block_on(async {
            let client = new_browser(&ctx.driver, &profile)
                .await
                .map_err(|e| Failed::from(e.to_string()))?;
            let mut outcome = journey(&client, &ctx.base).await;
            if outcome.is_ok() {
                outcome = harness::assert_no_csp_violation(&client).await;
            }
            let _ = client.close().await;
            outcome.map_err(|e| Failed::from(e.to_string()))
        })
    })
}

fn main() {
    let args = Arguments::from_args();
    let context = (|| -> Result<Context, BoxError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?;
        let dist = harness::dist_dir()?;
        let addr = runtime.block_on(harness::serve_static(dist))?;
        let driver = Chromedriver::start()?;
        let _ = harness::DRIVER_URL.set(driver.url.clone());
        Ok(Context {
            runtime,
            driver,
            base: format!("http://{addr}"),
        })
    })();
    let ctx = match context {
        Ok(ctx) => Arc::new(ctx),
        Err(e) => {
            eprintln!("e2e: cannot set up: {e}");
            std::process::exit(1);
        }
    };
    let english = BrowserProfile::default();
    let french = BrowserProfile {
        accept_language: "fr-CA,fr",
        ..BrowserProfile::default()
    };
    let trials = journeys![ctx;
        language_choice_is_remembered_across_reload: english.clone(),
        first_visit_follows_the_browser_language: french,
        french_link_opens_in_french_in_a_fresh_profile: english.clone(),
        unknown_address_shows_a_not_found_page: english.clone(),
        lessons_are_fetched_only_when_opened: english.clone(),
        switching_language_mid_lesson_keeps_place_focus_and_reflection: english.clone(),
        french_deep_link_opens_the_lesson_in_french: english.clone(),
        bilingual_mode_shows_both_languages_with_their_lang: english.clone(),
        completing_a_lesson_shows_in_progress_and_resume: english.clone(),
        the_keyboard_alone_switches_mode_and_language_and_skips: english.clone(),
        checkpoint_answers_survive_a_switch_and_free_text_is_accepted_in_either_language: english.clone(),
        spaced_review_brings_back_wrong_answers_when_due: english.clone(),
        a_certificate_says_what_is_missing_then_certifies_every_module_and_the_dashboard_checks_its_code: english.clone(),
        a_lesson_exercise_works_by_keyboard_and_gives_feedback: english.clone(),
        fault_1_no_stored_data_starts_clean_and_saves: english.clone(),
        fault_2_corrupt_json_is_kept_aside_told_and_downloadable: english.clone(),
        fault_3_an_older_schema_is_migrated: english.clone(),
        fault_4_a_newer_schema_is_read_only_and_never_overwritten: english.clone(),
        fault_5_bad_parts_are_dropped_with_a_notice_and_good_parts_kept: english.clone(),
        fault_6_quota_exceeded_under_each_name_keeps_state_and_offers_export: english.clone(),
        fault_7_storage_throwing_security_error_runs_in_memory_with_a_banner: english.clone(),
        fault_8_null_local_storage_runs_in_memory_with_a_banner: english.clone(),
        fault_9_two_tabs_writing_merge_and_show_each_other_live: english.clone(),
        fault_10_storage_cleared_then_importing_the_last_export_restores_everything: english.clone(),
        fault_11_a_write_that_reads_back_different_is_reported: english.clone(),
        fault_12_export_then_import_gives_the_same_state_byte_for_byte: english.clone(),
        axe_finds_no_violations_on_a_checkpoint_before_and_after_answering: english.clone(),
        axe_finds_no_violations_on_catalog_module_and_lesson: english.clone(),
        the_controls_explorer_filters_searches_and_shares_in_both_languages: english.clone(),
        a_tampered_controls_address_is_applied_in_part_and_said: english.clone(),
        a_trainer_assigns_a_learner_passes_and_the_dashboard_shows_the_score: english.clone(),
        bad_assignment_links_are_explained_and_store_nothing: english.clone(),
        an_unreadable_dashboard_is_said_kept_and_can_be_removed: english.clone(),
        axe_finds_no_violations_on_trainer_assignment_and_dashboard_pages: english.clone(),
        offline_after_one_visit_then_a_new_version_when_the_learner_chooses: english.clone(),
        a_pages_code_is_fetched_when_first_opened_and_a_failed_fetch_is_retried: english.clone(),
        the_static_shell_shows_before_the_code_in_the_pages_language: english.clone(),
        the_app_replaces_the_shell_in_place_and_keeps_focus: english.clone(),
        the_content_security_policy_refuses_inline_script_and_the_check_sees_it: english.clone(),
        a_development_build_is_never_trapped_by_a_release_worker: english.clone(),
        defect_1_every_refused_write_is_told_and_retried: english.clone(),
        defect_2_a_stale_tab_never_overwrites_another_tabs_text: english.clone(),
        defect_3_a_failed_read_is_told_and_never_written_over: english.clone(),
        defect_4_a_second_link_with_the_same_id_cannot_hijack_an_assignment: english.clone(),
        defect_6_unreadable_or_newer_assignments_are_told_and_kept: english.clone(),
        defect_5_the_dashboard_never_claims_what_storage_did_not_keep: english.clone(),
        defect_7_an_import_is_checked_by_the_loaders_rules: english.clone(),
        defect_8_a_file_too_large_is_said_so: english.clone(),
        defect_9_no_page_scrolls_sideways_at_320_px: english.clone(),
        defect_10_a_module_from_another_version_is_named_and_copies_are_told_apart: english.clone(),
        every_fault_of_the_preferences_is_told_and_nothing_newer_or_unread_is_overwritten: english.clone(),
        every_fault_of_the_accepted_assignments_is_told_and_nothing_is_overwritten: english.clone(),
        every_fault_of_the_class_dashboard_is_told_and_nothing_is_overwritten: english.clone(),
        two_tabs_keep_each_others_exercises_answers_and_assignments: english.clone(),
        an_older_tab_never_writes_over_a_newer_versions_progress: english.clone(),
        a_failed_checkpoint_retried_asks_other_questions_and_a_switch_keeps_them: english.clone(),
        a_module_package_reports_to_the_lms_and_resumes_from_its_suspend_data: english.clone(),
        a_learner_s_statements_reach_the_lrs_once_through_an_outage_and_the_dashboard_reads_them: english.clone(),
        a_cmi5_au_reports_to_the_lms_s_lrs_and_passes_once_per_registration: english.clone(),
        a_figures_labels_change_language_in_place: english,
    ];
    let conclusion = libtest_mimic::run(&args, trials);
    drop(ctx);
    conclusion.exit();
}
