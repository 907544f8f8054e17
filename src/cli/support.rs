//! `okpay support faq|contact|news`: the help centre (works without a wallet), the contact
//! channels and the announcements. Tickets are in `support_ticket`.

use serde_json::{json, Value};

use super::args_support::{ContactCommand, FaqCommand, SupportArgs, SupportCommand};
use super::context::Ctx;
use super::credentials::unlock;
use super::markdown::{self, Style};
use super::messages::{t, tr, Lang};
use super::render::{key_values, table, Paint};
use crate::clock;
use crate::error::{Code, Error, Result};
use crate::support::articles::{self, Article};
use crate::support::maintenance::{State, Window};
use crate::support::search;

pub fn run(ctx: &Ctx, args: SupportArgs) -> Result<()> {
    match args.command {
        SupportCommand::Faq(a) => match a.command {
            Some(FaqCommand::Show { id }) => faq_show(ctx, &id),
            None => faq(ctx, &a.query.join(" ")),
        },
        SupportCommand::Contact(a) => match a.command {
            None => contact(ctx),
            Some(ContactCommand::Set { key, value }) => contact_set(ctx, &key, &value),
        },
        SupportCommand::News => news(ctx),
        SupportCommand::Ticket(a) => super::support_ticket::run(ctx, a),
    }
}

/// The articles' language for the user's.
fn article_lang(lang: Lang) -> articles::Lang {
    match lang {
        Lang::En => articles::Lang::En,
        Lang::Zh => articles::Lang::Zh,
    }
}

fn article(ctx: &Ctx, source: &articles::Source) -> Article {
    source.article(article_lang(ctx.lang))
}

/// `support faq [QUERY]`: every article, or the ones matching QUERY, best first.
fn faq(ctx: &Ctx, query: &str) -> Result<()> {
    let query = query.trim();
    if !query.is_empty() {
        crate::text::refuse_hidden(query, "query")?;
    }
    let hits: Vec<(Article, Option<u32>)> = if query.is_empty() {
        articles::SOURCES
            .iter()
            .map(|s| (article(ctx, s), None))
            .collect()
    } else {
        search::search(query)
            .into_iter()
            .filter_map(|hit| articles::find(hit.id).map(|s| (article(ctx, s), Some(hit.score))))
            .collect()
    };
    if ctx.json {
        let list: Vec<Value> = hits
            .iter()
            .map(|(a, score)| json!({"id": a.id, "title": a.title, "score": score}))
            .collect();
        ctx.print_json(&json!({ "articles": list }));
        return Ok(());
    }
    if ctx.quiet {
        for (a, _) in &hits {
            outln!("{}", a.id);
        }
        return Ok(());
    }
    let l = ctx.lang;
    if hits.is_empty() {
        outln!("{}", tr(l, "support.faq.none", &[("query", query)]));
        outln!("{}", t(l, "support.faq.none_hint"));
        return Ok(());
    }
    let mut tbl = table(vec![
        t(l, "support.field.article"),
        t(l, "support.field.title"),
    ]);
    for (a, _) in &hits {
        tbl.add_row(vec![a.id, a.title]);
    }
    outln!("{}", tbl.text(ctx));
    outln!("{}", t(l, "support.faq.hint"));
    Ok(())
}

/// The width articles are laid out to: the terminal's (`COLUMNS`), within bounds.
fn text_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .unwrap_or(80)
        .clamp(markdown::WIDTH_MIN, markdown::WIDTH_MAX)
}

/// `support faq show ID`: one article, in the user's language.
fn faq_show(ctx: &Ctx, id: &str) -> Result<()> {
    crate::text::refuse_hidden(id, "id")?;
    let source = articles::find(id.trim())
        .ok_or_else(|| Error::new(Code::NotFound, "err.faq.not_found").arg_detail("id", id))?;
    let a = article(ctx, source);
    if ctx.json {
        ctx.print_json(&json!({"article": {
            "id": a.id,
            "title": a.title,
            "body": a.body,
            "lang": ctx.lang.code(),
        }}));
        return Ok(());
    }
    if ctx.quiet {
        outln!("{}", a.id);
        return Ok(());
    }
    let style = Style {
        color: ctx.color,
        width: text_width(),
    };
    out!("{}", markdown::render(a.title, a.body, &style));
    outln!();
    let other = match ctx.lang {
        Lang::En => "zh",
        Lang::Zh => "en",
    };
    let footer = tr(
        ctx.lang,
        "support.faq.footer",
        &[("id", a.id), ("other", other)],
    );
    outln!("{}", ctx.paint(Paint::Dim, &footer));
    Ok(())
}

/// The name of a contact channel in the user's language.
fn channel_name(lang: Lang, key: &str) -> String {
    t(lang, &format!("support.channel.{key}"))
}

/// `support contact`: every channel (no unlocking; without a wallet, the defaults).
fn contact(ctx: &Ctx) -> Result<()> {
    let channels = if ctx.db.exists() {
        ctx.open_read_only()?.desk().support_contacts()?
    } else {
        crate::support::contact::views(&[])
    };
    if ctx.json {
        ctx.print_json(&json!({ "channels": channels }));
        return Ok(());
    }
    if ctx.quiet {
        for c in &channels {
            outln!("{}\t{}", c.key, c.value);
        }
        return Ok(());
    }
    let l = ctx.lang;
    let mut tbl = table(vec![
        t(l, "support.field.channel"),
        t(l, "support.field.key"),
        t(l, "support.field.address"),
    ]);
    for c in &channels {
        let value = if c.default {
            format!("{} ({})", c.value, t(l, "support.contact.default"))
        } else {
            c.value.clone()
        };
        tbl.add_row(vec![channel_name(l, c.key), c.key.to_string(), value]);
    }
    outln!("{}", tbl.text(ctx));
    outln!("{}", t(l, "support.contact.hint"));
    Ok(())
}

/// `support contact set KEY VALUE`.
fn contact_set(ctx: &Ctx, key: &str, value: &str) -> Result<()> {
    let channel = crate::support::contact::channel(key)?;
    crate::support::contact::check_value(channel, value)?;
    let mut wallet = ctx.open()?;
    unlock(ctx, &mut wallet)?;
    let view = wallet.unlocked()?.support().contact_set(key, value)?;
    if ctx.json {
        ctx.print_json(&json!({ "channel": view }));
    } else if ctx.quiet {
        outln!("{}", view.value);
    } else {
        let name = channel_name(ctx.lang, view.key);
        outln!(
            "{}",
            tr(
                ctx.lang,
                "support.contact.set",
                &[("channel", &name), ("value", &view.value)]
            )
        );
    }
    Ok(())
}

/// A maintenance window in words, in the wallet's zone.
pub fn window_text(
    lang: Lang,
    window: &Window,
    now: jiff::Timestamp,
    zone: &jiff::tz::TimeZone,
) -> String {
    let local = |at: Option<jiff::Timestamp>| at.map(|a| clock::local(a, zone)).unwrap_or_default();
    let (from, until) = (local(window.from), local(window.until));
    let key = match (
        window.state(now),
        window.from.is_some(),
        window.until.is_some(),
    ) {
        (State::Scheduled, _, _) => "support.news.scheduled",
        (State::Ended, _, _) => "support.news.ended",
        (State::InProgress, true, true) => "support.news.in_progress",
        (State::InProgress, true, false) => "support.news.in_progress_open",
        (State::InProgress, false, _) => "support.news.in_progress_unknown",
    };
    let mut text = tr(lang, key, &[("from", &from), ("until", &until)]);
    if let Some(note) = &window.note {
        if lang == Lang::En {
            text.push(' ');
        }
        text.push_str(&tr(lang, "support.news.note", &[("note", note)]));
    }
    text
}

/// `support news`: the maintenance window (scheduled, in progress or ended) and the notices.
fn news(ctx: &Ctx) -> Result<()> {
    let l = ctx.lang;
    let mut items: Vec<Value> = Vec::new();
    let mut email_default = true;
    if ctx.db.exists() {
        let wallet = ctx.open_read_only()?;
        let now = wallet.now();
        if let Some(window) = wallet.desk().maintenance_window()? {
            let mut item = window.to_json(now);
            item["kind"] = json!("maintenance");
            item["message"] = json!(window_text(l, &window, now, wallet.zone()));
            items.push(item);
        }
        email_default = wallet
            .desk()
            .support_contacts()?
            .iter()
            .any(|c| c.key == "email" && c.default);
    }
    let mut notices = vec!["simulated_rails"];
    if email_default {
        notices.push("contact_placeholders");
    }
    for id in notices {
        items.push(json!({
            "kind": "notice",
            "id": id,
            "message": t(l, &format!("support.notice.{id}")),
        }));
    }
    if ctx.json {
        ctx.print_json(&json!({ "news": items }));
        return Ok(());
    }
    let mut rows = Vec::new();
    if !items.iter().any(|i| i["kind"] == "maintenance") {
        rows.push((t(l, "support.news.maintenance"), t(l, "support.news.none")));
    }
    for item in &items {
        let label = if item["kind"] == "maintenance" {
            t(l, "support.news.maintenance")
        } else {
            t(l, "support.news.notice")
        };
        let message = item["message"].as_str().unwrap_or_default().to_string();
        let message = match item["state"].as_str() {
            Some("in_progress") => ctx.paint(Paint::Warn, &message),
            _ => message,
        };
        rows.push((label, message));
    }
    out!("{}", key_values(&rows));
    Ok(())
}
