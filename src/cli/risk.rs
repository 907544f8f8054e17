//! `okpay risk rules`, `risk set`, and the words of risk decisions: each rule that fired is
//! recorded with the values that explain it, and worded here, in the user's language, wherever
//! a decision is shown (`reason` in JSON, the message of a block or a challenge, the receipt).

use serde_json::{json, Map, Value};

use super::args::{RiskArgs, RiskCommand, RiskSetArgs};
use super::context::Ctx;
use super::credentials::{step_up, unlock};
use super::messages::{lookup, t, tr, Lang};
use super::render::table;
use crate::error::Error;
use crate::ledger::view::TxView;
use crate::risk::engine::Hit;
use crate::risk::rules::RuleId;
use crate::wallet::RiskRulesView;

pub fn run(ctx: &Ctx, args: RiskArgs) -> crate::error::Result<()> {
    match args.command {
        RiskCommand::Rules => {
            let wallet = ctx.open_read_only()?;
            let view = wallet.rules().risk_rules()?;
            print(ctx, &view, None)
        }
        RiskCommand::Set(a) => set(ctx, a),
    }
}

fn set(ctx: &Ctx, args: RiskSetArgs) -> crate::error::Result<()> {
    let mut wallet = ctx.open()?;
    let change = wallet.rules().risk_change(&args.rule, &args.pairs)?;
    // Loosening a rule is a step-up: the password again, even inside a session.
    let proof = if wallet.rules().risk_change_loosens(&change)? {
        Some(step_up(ctx, &mut wallet)?)
    } else {
        unlock(ctx, &mut wallet)?;
        None
    };
    let view = wallet
        .unlocked()?
        .risk()
        .set_rule(&change, proof.as_ref())?;
    print(ctx, &view, Some(t(ctx.lang, "risk.updated")))
}

fn print(ctx: &Ctx, view: &RiskRulesView, note: Option<String>) -> crate::error::Result<()> {
    if ctx.json {
        ctx.print_json(&json!({
            "rules": view.rules,
            "thresholds": view.thresholds,
            "currency": view.currency,
        }));
        return Ok(());
    }
    if ctx.quiet {
        return Ok(());
    }
    let l = ctx.lang;
    if let Some(note) = note {
        outln!("{note}");
    }
    let mut tbl = table(vec![
        t(l, "field.rule"),
        t(l, "field.enabled"),
        t(l, "field.params"),
        t(l, "field.fired"),
    ]);
    for rule in &view.rules {
        let on = if rule.enabled { "risk.on" } else { "risk.off" };
        tbl.add_row(vec![
            super::render::Field::from(rule.id),
            super::render::Field::from(t(l, on)),
            super::render::Field::from(pairs(rule.id, &rule.params)),
            super::render::amount_cell(rule.fired.to_string()),
        ]);
    }
    outln!("{}", tbl.text(ctx));
    let number = |k: &str| {
        view.thresholds
            .get(k)
            .map(Value::to_string)
            .unwrap_or_default()
    };
    outln!(
        "{}",
        tr(
            l,
            "risk.thresholds",
            &[
                ("elevated", &number("elevated")),
                ("highest", &number("highest")),
                ("currency", &view.currency),
            ]
        )
    );
    Ok(())
}

/// `key=value key=value` in the rule's documented order, strings unquoted.
fn pairs(rule: &str, params: &Map<String, Value>) -> String {
    let keys = RuleId::parse(rule).map_or(&[][..], RuleId::params);
    keys.iter()
        .filter_map(|d| params.get(d.key).map(|v| (d.key, v)))
        .map(|(k, v)| match v {
            Value::String(s) => format!("{k}={s}"),
            other => format!("{k}={other}"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A duration as recorded (`10m`, `24h`) in words.
fn duration_words(lang: Lang, text: &str) -> String {
    let Some(unit) = text.chars().last() else {
        return text.to_string();
    };
    let number = &text[..text.len() - unit.len_utf8()];
    let Ok(n) = number.parse::<i64>() else {
        return text.to_string();
    };
    let form = if n == 1 { "one" } else { "other" };
    let key = format!("risk.duration.{unit}.{form}");
    match lookup(lang, &key) {
        Some(_) => tr(lang, &key, &[("n", number)]),
        None => text.to_string(),
    }
}

/// Why a rule fired, in words, from its recorded values.
pub fn reason(lang: Lang, hit: &Hit) -> String {
    let mut key = format!("risk.reason.{}", hit.rule.as_str());
    if hit.rule == RuleId::AfterCredentialChange {
        let change = hit.values.get("change").map_or("password", String::as_str);
        key = format!("{key}.{change}");
    }
    let worded: Vec<(&str, String)> = hit
        .values
        .iter()
        .map(|(k, v)| {
            let v = if k == "window" {
                duration_words(lang, v)
            } else {
                v.clone()
            };
            (k.as_str(), v)
        })
        .collect();
    let args: Vec<(&str, &str)> = worded.iter().map(|(k, v)| (*k, v.as_str())).collect();
    tr(lang, &key, &args)
}

/// Add `reason` to every recorded rule of a `rules` array; returns the reasons in order.
pub fn word_rules(lang: Lang, rules: &mut Value) -> Vec<String> {
    let mut reasons = Vec::new();
    for entry in rules.as_array_mut().into_iter().flatten() {
        if let Some(hit) = Hit::from_json(entry) {
            let text = reason(lang, &hit);
            entry["reason"] = json!(text);
            reasons.push(text);
        }
    }
    reasons
}

/// Word the rules of a transaction's risk decision and of its decline.
pub fn word_tx_map(lang: Lang, tx: &mut Map<String, Value>) {
    if let Some(rules) = tx.get_mut("risk").and_then(|r| r.get_mut("rules")) {
        word_rules(lang, rules);
    }
    if let Some(rules) = tx
        .get_mut("decline")
        .and_then(|d| d.get_mut("details"))
        .and_then(|d| d.get_mut("rules"))
    {
        word_rules(lang, rules);
    }
}

/// A transaction with its risk decision worded, and its failure or decline given its message
/// and advice.
pub fn word_tx(lang: Lang, tx: &TxView) -> TxView {
    let mut tx = tx.clone();
    word_tx_mut(lang, &mut tx);
    tx
}

/// [`word_tx`] in place.
pub fn word_tx_mut(lang: Lang, tx: &mut TxView) {
    word_tx_map(lang, &mut tx.extra);
    super::receipt::word_refusal(lang, &tx.id, tx.source.as_deref(), &mut tx.extra);
}

/// An error about rules (a block, a challenge) with each rule's reason in `details.rules` and
/// the reasons in its message, and a recorded refusal with its transaction's risk decision
/// worded; `None` for any other error.
pub fn word_error(lang: Lang, e: &Error) -> Option<Error> {
    let tx_risk = e
        .transaction
        .as_ref()
        .is_some_and(|tx| tx.get("risk").is_some());
    if !e.details.contains_key("rules") && !tx_risk {
        return None;
    }
    let mut e = e.clone();
    let reasons = e
        .details
        .get_mut("rules")
        .map(|rules| word_rules(lang, rules))
        .unwrap_or_default();
    if !reasons.is_empty() {
        e.args
            .insert("reasons", reasons.join(&t(lang, "risk.separator")));
    }
    if let Some(Value::Object(tx)) = e.transaction.as_mut() {
        word_tx_map(lang, tx);
    }
    Some(e)
}

/// The receipt's lines about the risk decision: the decision, the score and how a challenge
/// was answered, then one line per rule that fired.
pub fn receipt_lines(lang: Lang, tx: &TxView) -> Option<(String, Vec<String>)> {
    let risk = tx.extra.get("risk")?;
    let decision = risk.get("decision")?.as_str()?;
    let score = risk.get("score").and_then(Value::as_i64).unwrap_or(0);
    let mut summary = tr(
        lang,
        &format!("risk.decision.{decision}"),
        &[("score", &score.to_string())],
    );
    if let Some(answer) = risk.get("answered").and_then(Value::as_str) {
        summary = format!("{summary}{}", t(lang, &format!("risk.answered.{answer}")));
    }
    let lines = risk
        .get("rules")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Hit::from_json)
        .map(|hit| {
            format!(
                "  • {} (+{}): {}",
                hit.rule.as_str(),
                hit.score,
                reason(lang, &hit)
            )
        })
        .collect();
    Some((summary, lines))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(rule: RuleId, values: &[(&str, &str)]) -> Hit {
        Hit {
            rule,
            score: 50,
            values: values
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn every_rule_has_words_in_both_languages_with_every_value_filled() {
        let all = [
            ("amount", "2500.00"),
            ("currency", "CNY"),
            ("count", "5"),
            ("window", "10m"),
            ("min_amount", "100.00"),
            ("usual", "50.00"),
            ("multiplier", "5"),
            ("payments", "10"),
            ("merchant", "Jade"),
            ("time", "02:30"),
            ("start", "00:00"),
            ("end", "06:00"),
            ("topped_up", "3000.00"),
            ("changed_at", "2027-03-10 11:00 CST"),
        ];
        for rule in RuleId::ALL {
            for change in ["password", "2fa"] {
                let mut values = all.to_vec();
                values.push(("change", change));
                let h = hit(rule, &values);
                for lang in [Lang::En, Lang::Zh] {
                    let text = reason(lang, &h);
                    assert!(!text.contains("%{"), "{rule:?} {lang:?}: {text}");
                    assert!(
                        !text.starts_with("risk.reason"),
                        "{rule:?} {lang:?}: {text}"
                    );
                }
            }
        }
        let h = hit(RuleId::Velocity, &all);
        assert!(
            reason(Lang::En, &h).contains("10 minutes"),
            "{}",
            reason(Lang::En, &h)
        );
        assert!(
            reason(Lang::Zh, &h).contains("10 分钟"),
            "{}",
            reason(Lang::Zh, &h)
        );
        assert_eq!(duration_words(Lang::En, "1h"), "1 hour");
        assert_eq!(duration_words(Lang::En, "odd"), "odd");
    }

    #[test]
    fn the_help_states_every_default() {
        use crate::risk::rules::Unit;
        let help = crate::cli::args::RISK_HELP;
        for rule in RuleId::ALL {
            let line = help
                .lines()
                .find(|l| l.trim_start().starts_with(&format!("{} ", rule.as_str())))
                .unwrap_or_else(|| panic!("{rule:?} is not in the help"));
            for d in rule.params() {
                let value = match d.unit {
                    Unit::Duration => {
                        crate::clock::format_duration(jiff::SignedDuration::from_secs(d.default))
                            .replace("1d", "24h")
                    }
                    _ => d.default.to_string(),
                };
                let token = format!("{}={value}", d.key);
                assert!(line.contains(&token), "{token} missing from: {line}");
            }
        }
        assert!(help.contains("elevated=40, highest=100"));
    }

    #[test]
    fn an_error_about_rules_gets_their_reasons() {
        let h = hit(
            RuleId::RepeatedDeclines,
            &[("count", "5"), ("window", "30m")],
        );
        let e = Error::new(crate::error::Code::RiskBlocked, "err.risk.blocked")
            .detail("rules", json!([h.to_json()]));
        let worded = word_error(Lang::En, &e).unwrap();
        let reason = worded.details["rules"][0]["reason"].as_str().unwrap();
        assert!(reason.contains("30 minutes"), "{reason}");
        assert_eq!(worded.args["reasons"], reason);
        assert!(word_error(Lang::En, &Error::invalid("err.usage")).is_none());
    }
}
