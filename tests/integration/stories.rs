//! The customer stories the product is built on, and morphology/negation cases, classified from the CLI.

use crate::classify::classify_one;
use crate::util::theme_ids;

/// (text, themes that must be reported, themes that must not be)
const STORIES: &[(&str, &[&str], &[&str])] = &[
    (
        "I ordered a printer and got an order confirmation, but then they told me it was out of stock. Nobody offered an alternative.",
        &["stockout", "missed_needs"],
        &["praise"],
    ),
    (
        "Bought a new computer. Nobody told me it needed a USB mouse, the one I have doesn't fit.",
        &["missed_needs"],
        &["praise"],
    ),
    (
        "The salesperson promised next-day installation, but the delivery team said they never do that.",
        &["overpromising"],
        &["praise"],
    ),
    ("Ковер обещали доставить за 10 дней, прошло три недели.", &["delivery_failure", "overpromising"], &["praise"]),
    ("They refused my refund, saying the rug is non-refundable.", &["refund_refusal"], &["praise"]),
    ("In the end the wrong style was delivered.", &["wrong_item"], &["praise"]),
    ("Toimitus oli ajallaan ja palvelu ystävällistä", &["praise"], &["delivery_failure", "staff_conduct"]),
    ("Toimitus myöhästyi kaksi viikkoa.", &["delivery_failure"], &["praise"]),
    ("Toimituksen kanssa oli ongelmia: paketti oli myöhässä viikon.", &["delivery_failure"], &[]),
    ("Toimitusaika venyi luvatusta kolmella viikolla.", &["delivery_failure"], &[]),
    ("Paketti ei ollut myöhässä, kaikki toimi hyvin.", &[], &["delivery_failure"]),
    ("Заказ так и не доставили.", &["delivery_failure"], &["praise"]),
    ("Заказ доставили вовремя, спасибо!", &["praise"], &["delivery_failure"]),
    ("Не было никакой задержки, все пришло на следующий день.", &[], &["delivery_failure"]),
    ("The parcel arrived on time and nothing was missing.", &[], &["delivery_failure", "wrong_item"]),
    ("The staff were not rude at all.", &[], &["staff_conduct"]),
    ("Оператор грубил и спорил со мной.", &["staff_conduct"], &["praise"]),
    ("Asiakaspalvelu ei vastaa sähköposteihin.", &["communication_breakdown"], &["praise"]),
];

#[test]
fn stories_classify_right() {
    let mut failures = Vec::new();
    for (text, must, must_not) in STORIES {
        let record = classify_one(text, None);
        let got = theme_ids(&record);
        let missing: Vec<_> = must
            .iter()
            .filter(|t| !got.iter().any(|g| g == *t))
            .collect();
        let wrong: Vec<_> = must_not
            .iter()
            .filter(|t| got.iter().any(|g| g == *t))
            .collect();
        if !missing.is_empty() || !wrong.is_empty() {
            failures.push(format!(
                "{text:?}: got {got:?}, missing {missing:?}, unwanted {wrong:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
