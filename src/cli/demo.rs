//! `okpay demo`: a narrated, non-interactive tour in a throw-away sandbox wallet. It shows what
//! okpay can do today and grows with every feature.

use serde_json::{json, Value};

use super::args::DemoArgs;
use super::context::Ctx;
use super::messages::{t, tr};
use super::render::{self, Paint};
use crate::auth::password::Password;
use crate::auth::vault::random_bytes;
use crate::error::{Error, Result};
use crate::funding::bank::CheckedIban;
use crate::funding::card::{CardNumber, Expiry};
use crate::funding::source::{BankAccount, NewSource};
use crate::funding::topup::TopupRequest;
use crate::ledger::view::TxView;
use crate::money::{Currency, Money};
use crate::payments::checkout::PayOptions;
use crate::payments::request::{parse_item_flag, RawRequest};
use crate::wallet::{Credential, InitOptions, Wallet};
use zeroize::Zeroizing;

/// How far in the tour shows what each step printed (tables fit what is left of the width).
const SHOW_INDENT: u16 = 3;

/// The narrator: prints each step in the user's language, or collects them for `--json`.
struct Tour<'a> {
    ctx: &'a Ctx,
    step: usize,
    log: Vec<Value>,
}

impl Tour<'_> {
    fn step(&mut self, key: &str, args: &[(&str, &str)]) {
        self.step += 1;
        self.log.push(json!({"step": self.step, "says": key}));
        if !self.ctx.json && !self.ctx.quiet {
            let title = tr(self.ctx.lang, key, args);
            outln!(
                "\n{}",
                self.ctx
                    .paint(Paint::Bold, &format!("{}. {title}", self.step))
            );
        }
    }

    fn show(&self, text: &str) {
        if !self.ctx.json && !self.ctx.quiet {
            let indent = " ".repeat(usize::from(SHOW_INDENT));
            for line in text.trim_end().lines() {
                outln!("{indent}{line}");
            }
        }
    }

    fn refusal(&mut self, e: &Error) {
        let (message, advice) = render::error_text(self.ctx.lang, e);
        if let Some(last) = self.log.last_mut() {
            last["error"] = json!(e.code_str());
        }
        let l = self.ctx.lang;
        let label = self
            .ctx
            .paint(Paint::Error, &render::label(l, &t(l, "label.error")));
        self.show(&format!(
            "{label}{message} [{}]\n{}{advice}",
            e.code_str(),
            render::label(l, &t(l, "label.advice"))
        ));
    }
}

pub fn run(ctx: &Ctx, args: DemoArgs) -> Result<()> {
    let temp;
    let dir = match &args.keep {
        Some(dir) => dir.clone(),
        None => {
            temp = tempfile::Builder::new().prefix("okpay-demo-").tempdir()?;
            // Ctrl-C, a kill or a closed pipe (`okpay demo | head -1`) still removes it.
            super::demo_cleanup::on_signal_remove(temp.path());
            temp.path().to_path_buf()
        }
    };
    let path = dir.join("demo-wallet.db");
    let mut tour = Tour {
        ctx,
        step: 0,
        log: Vec::new(),
    };
    let l = ctx.lang;
    if !ctx.json && !ctx.quiet {
        outln!("{}", ctx.paint(Paint::Bold, &t(l, "demo.title")));
        outln!("{}", t(l, "demo.intro"));
    }

    // A strong throw-away password from the CSPRNG; the demo never shows it.
    let secret = format!("demo-{}-Wallet!", hex::encode(random_bytes::<12>()));
    let password = || Password::new(secret.clone());

    let path_text = path.display().to_string();
    tour.step("demo.step.init", &[("path", &path_text)]);
    let options = InitOptions {
        username: "alice".to_string(),
        base_currency: Currency::CNY,
        sandbox: true,
        time_zone: "Asia/Shanghai".to_string(),
        password: password(),
    };
    let mut wallet = Wallet::init(&path, options, jiff::Timestamp::now())?;
    let info = wallet.info();
    tour.show(&tr(
        l,
        "demo.init_details",
        &[(
            "kdf",
            &format!(
                "argon2id m={} KiB t={}",
                info.kdf.memory_kib, info.kdf.iterations
            ),
        )],
    ));

    tour.step("demo.step.balance", &[]);
    tour.show(&balance_text(ctx, &wallet)?);

    tour.step("demo.step.login", &[]);
    let (token, expires) = wallet.login(
        Some("alice"),
        &password(),
        jiff::SignedDuration::from_mins(15),
    )?;
    let until = crate::clock::local(expires, wallet.zone());
    tour.show(&tr(l, "demo.login_details", &[("until", &until)]));
    let mut second = Wallet::open(&path)?;
    second.unlock(Credential::Session(token.as_str().to_string()))?;
    tour.show(&t(l, "demo.session_unlocks"));

    tour.step("demo.step.clock", &[]);
    let moved = wallet
        .unlocked()?
        .sandbox()
        .clock_advance(jiff::SignedDuration::from_mins(20))?;
    tour.show(&tr(
        l,
        "demo.clock_moved",
        &[("time", &crate::clock::local(moved, wallet.zone()))],
    ));
    let mut third = Wallet::open(&path)?;
    match third.unlock(Credential::Session(token.as_str().to_string())) {
        Err(e) => tour.refusal(&e),
        Ok(_) => return Err(Error::internal("demo: an expired session unlocked")),
    }

    tour.step("demo.step.wrong_password", &[]);
    let mut fourth = Wallet::open(&path)?;
    match fourth.unlock(Credential::Password(Password::new(
        "not-the-password".to_string(),
    ))) {
        Err(e) => tour.refusal(&e),
        Ok(_) => return Err(Error::internal("demo: a wrong password unlocked")),
    }

    money_tour(&mut tour, &mut wallet)?;
    scan_tour(&mut tour, &mut wallet, &dir)?;

    tour.step("demo.step.verify", &[]);
    let problems = wallet.integrity().verify()?;
    if !problems.is_empty() {
        return Err(Error::internal("demo: verify found problems"));
    }
    tour.show(&t(l, "verify.ok_chain"));

    let kept = args.keep.is_some();
    if ctx.json {
        ctx.print_json(&json!({"demo": {"wallet": if kept { Some(path_text) } else { None }, "steps": tour.log}}));
    } else if !ctx.quiet {
        outln!();
        if kept {
            outln!(
                "{}",
                tr(l, "demo.kept", &[("path", &path.display().to_string())])
            );
        } else {
            outln!("{}", t(l, "demo.done"));
        }
        outln!();
        outln!("{}", t(l, "demo.next"));
    }
    Ok(())
}

fn balance_text(ctx: &Ctx, wallet: &Wallet) -> Result<String> {
    Ok(super::balance::table_text(
        ctx,
        wallet,
        &wallet.books().balances(None)?,
        SHOW_INDENT,
    ))
}

fn card(number: &str) -> Result<NewSource> {
    Ok(NewSource::Card {
        holder: "Alice".to_string(),
        expiry: Expiry::parse("12/30")?,
        credit: false,
        number: CardNumber::parse(number)?,
        cvc: Zeroizing::new("123".to_string()),
    })
}

fn topup(wallet: &mut Wallet, amount: &str, source_id: &str) -> Result<TxView> {
    let request = TopupRequest::New {
        amount: amount.to_string(),
        currency: None,
        source_id: source_id.to_string(),
    };
    let prepared = wallet.topups().prepare_topup(&request, None)?;
    wallet.unlocked()?.funding().execute_topup(&prepared)
}

fn pay(wallet: &mut Wallet, raw: RawRequest) -> Result<TxView> {
    let request = raw.check(wallet.base_currency())?;
    let prepared = wallet
        .checkout()
        .prepare_payment(request, PayOptions::default(), None)?;
    wallet.unlocked()?.payments().execute(&prepared, None)
}

/// The next Friday at 15:00 in the wallet's zone, for the bank transfer.
fn next_friday_afternoon(wallet: &Wallet) -> Result<jiff::Timestamp> {
    let mut date = wallet.now().to_zoned(wallet.zone().clone()).date();
    for _ in 0..7 {
        date = date.tomorrow().map_err(Error::internal)?;
        if date.weekday() == jiff::civil::Weekday::Friday {
            break;
        }
    }
    let at = date
        .at(15, 0, 0, 0)
        .to_zoned(wallet.zone().clone())
        .map_err(Error::internal)?;
    Ok(at.timestamp())
}

/// Top-ups, a declined card, a bank transfer that settles, a purchase, a decline, a refund.
fn money_tour(tour: &mut Tour<'_>, wallet: &mut Wallet) -> Result<()> {
    let ctx = tour.ctx;
    let l = ctx.lang;

    tour.step("demo.step.card", &[]);
    let visa = wallet.unlocked()?.funding().add_source(
        card("4242424242424242")?,
        None,
        Some(t(l, "demo.data.card_label")),
    )?;
    tour.show(&super::source::describe(ctx, &visa));

    tour.step("demo.step.topup", &[]);
    let tx = topup(wallet, "200", &visa.id)?;
    tour.show(&super::receipt::render(ctx, wallet, &tx));

    tour.step("demo.step.declined_card", &[]);
    let declined =
        wallet
            .unlocked()?
            .funding()
            .add_source(card("4000000000000002")?, None, None)?;
    match topup(wallet, "50", &declined.id) {
        Err(e) => tour.refusal(&e),
        Ok(_) => return Err(Error::internal("demo: the declined test card succeeded")),
    }

    tour.step("demo.step.bank", &[]);
    let friday = next_friday_afternoon(wallet)?;
    wallet.unlocked()?.sandbox().clock_set(friday)?;
    let bank = wallet.unlocked()?.funding().add_source(
        NewSource::Bank {
            holder: "Alice".to_string(),
            account: BankAccount::Iban(CheckedIban::parse("DE89 3704 0044 0532 0130 00")?),
        },
        None,
        None,
    )?;
    let transfer = topup(wallet, "500", &bank.id)?;
    let arrives = transfer
        .available_at
        .as_deref()
        .and_then(|at| at.parse::<jiff::Timestamp>().ok())
        .ok_or_else(|| Error::internal("demo: a bank transfer without available_at"))?;
    tour.show(&tr(
        l,
        "demo.bank_pending",
        &[
            ("now", &crate::clock::local(friday, wallet.zone())),
            ("arrives", &crate::clock::local(arrives, wallet.zone())),
        ],
    ));
    tour.show(&balance_text(ctx, wallet)?);

    tour.step("demo.step.settle", &[]);
    wallet.unlocked()?.sandbox().clock_set(arrives)?;
    tour.show(&tr(
        l,
        "demo.clock_moved_to",
        &[("time", &crate::clock::local(arrives, wallet.zone()))],
    ));
    tour.show(&balance_text(ctx, wallet)?);

    tour.step("demo.step.pay", &[]);
    let purchase = pay(
        wallet,
        RawRequest {
            merchant: Some(t(l, "demo.data.tea_house")),
            order: Some("A-1001".to_string()),
            memo: Some(t(l, "demo.data.memo")),
            items: vec![
                parse_item_flag(&format!("{}:2:12.50", t(l, "demo.data.green_tea")))?,
                parse_item_flag(&format!("{}:4:8.00", t(l, "demo.data.mooncake")))?,
            ],
            ..RawRequest::default()
        },
    )?;
    tour.show(&super::receipt::render(ctx, wallet, &purchase));

    tour.step("demo.step.insufficient", &[]);
    let too_much = RawRequest {
        merchant: Some(t(l, "demo.data.jewellers")),
        amount: Some(serde_json::Value::String("5000".to_string())),
        ..RawRequest::default()
    };
    match pay(wallet, too_much) {
        Err(e) => tour.refusal(&e),
        Ok(_) => return Err(Error::internal("demo: an overdraft went through")),
    }

    tour.step("demo.step.refund", &[]);
    let refund = wallet.unlocked()?.payments().refund(
        &purchase.id,
        Money::from_minor(800, Currency::CNY),
        Some(t(l, "demo.data.refund_reason")),
    )?;
    tour.show(&super::receipt::render(ctx, wallet, &refund));
    let payment = wallet.books().receipt(&purchase.id)?;
    tour.show(&tr(
        l,
        "demo.refund_status",
        &[("status", &t(l, &format!("status.{}", payment.status)))],
    ));

    tour.step("demo.step.history", &[]);
    let mut out = Vec::new();
    let query = crate::store::ledger::HistoryQuery {
        limit: Some(20),
        ..Default::default()
    };
    super::history::write_table(ctx, wallet, &query, SHOW_INDENT, &mut out)?;
    tour.show(&String::from_utf8_lossy(&out));
    Ok(())
}

/// Scan to pay: a merchant's signed request drawn and saved as PNG, paid by reading the
/// picture, and an unsigned code in the merchant's name refused.
fn scan_tour(tour: &mut Tour<'_>, wallet: &mut Wallet, dir: &std::path::Path) -> Result<()> {
    use crate::payments::merchant::NewMerchant;
    use crate::payments::{request, scan, uri};
    let ctx = tour.ctx;
    let l = ctx.lang;
    let market = t(l, "demo.data.night_market");
    let key = ed25519_dalek::SigningKey::from_bytes(&random_bytes::<32>());
    wallet.unlocked()?.payments().add_merchant(&NewMerchant {
        name: market.clone(),
        accepts_okpay: true,
        category: None,
        currencies: Vec::new(),
        verify_key: Some(key.verifying_key().to_bytes()),
    })?;
    let png = dir.join("demo-request.png");
    let png_text = png.display().to_string();
    tour.step("demo.step.request", &[("path", &png_text)]);
    let mut req = RawRequest {
        merchant: Some(market.clone()),
        order: Some("N-88".to_string()),
        items: vec![parse_item_flag(&format!(
            "{}:2:18.00",
            t(l, "demo.data.noodles")
        ))?],
        ..RawRequest::default()
    }
    .check(wallet.base_currency())?;
    let in_15_minutes = wallet
        .now()
        .checked_add(jiff::SignedDuration::from_mins(15))
        .map_err(Error::internal)?;
    req.expires_at =
        Some(jiff::Timestamp::from_second(in_15_minutes.as_second()).map_err(Error::internal)?);
    let link = uri::write(&req, Some(&key))?;
    super::qr::write_png(&link, &png)?;
    tour.show(&super::qr::terminal(&link, ctx.color)?);
    tour.show(&link);

    tour.step("demo.step.scan", &[]);
    let scanned = scan::request_in(&std::fs::read(&png)?, &png_text)?;
    let paid = pay(wallet, request::from_uri(&scanned)?)?;
    tour.show(&super::receipt::render(ctx, wallet, &paid));

    tour.step("demo.step.swapped", &[]);
    let sticker = format!(
        "okpay:pay?merchant={}&amount=36.00&currency=CNY",
        percent_encoding::utf8_percent_encode(&market, percent_encoding::NON_ALPHANUMERIC)
    );
    match pay(wallet, request::from_uri(&sticker)?) {
        Err(e) => tour.refusal(&e),
        Ok(_) => return Err(Error::internal("demo: an unsigned request was paid")),
    }
    Ok(())
}
